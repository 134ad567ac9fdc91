// A search box with a list of hits (Arabic-aware search on the server, each hit with what tells
// namesakes apart), as a combobox: the header's search and the path finder's ends are each one.
import type { SearchHit } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { fill, h } from '../core/dom.ts';
import { lookOf } from '../core/style.ts';
import { groupNamesakes, hitDetails, hitMeta } from './search-context.ts';

export interface PickerOptions {
  /** the input's id; the list and its options are named after it */
  id: string;
  label: string;
  placeholder: string;
  /** where failures of the search are said (a `core.say` source) */
  source: string;
  /** `shift`: chosen with Shift+Enter or Shift+click, for a second way of using the hit */
  onChoose: (hit: SearchHit, how: { shift: boolean }) => void;
  /** a tooltip saying what choosing does */
  title?: string;
}

export interface Picker {
  element: HTMLElement;
  input: HTMLInputElement;
}

/** A hit's name as the canvas shows it: its transliteration with "Latin names" on. */
export function hitName(hit: SearchHit, latin: boolean): string {
  return latin && hit.latin ? hit.latin : hit.name;
}

export function entityPicker(core: Core, options: PickerOptions): Picker {
  const listId = `${options.id}-results`;
  const input = h('input', {
    type: 'search',
    id: options.id,
    dir: 'auto',
    placeholder: options.placeholder,
    autocomplete: 'off',
    role: 'combobox',
    'aria-label': options.label,
    'aria-autocomplete': 'list',
    'aria-controls': listId,
    'aria-expanded': 'false',
    title: options.title,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'search-results', hidden: true });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const choose = (hit: SearchHit, event: MouseEvent | KeyboardEvent) => {
    close();
    options.onChoose(hit, { shift: event.shiftKey });
  };

  const render = () => {
    fill(
      list,
      ...hits.map((hit, index) =>
        h(
          'li',
          {
            id: `${listId}-${index}`,
            role: 'option',
            'aria-selected': String(index === active),
            class: index === active ? 'active' : '',
            onmousedown: (event: Event) => {
              event.preventDefault();
              choose(hit, event as MouseEvent);
            },
          },
          h('span', {
            class: 'swatch',
            style: `background:${lookOf(hit.label).color}`,
            'aria-hidden': 'true',
          }),
          h('bdi', { class: 'hit-name' }, hitName(hit, core.preferences.latin)),
          hitMeta(hit, core.labelLanguage()),
          ...hitDetails(hit),
        ),
      ),
    );
    if (hits.length === 0)
      list.append(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, 'No match'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
  };

  const search = async (text: string) => {
    const mine = ++generation;
    const response = await core.attempt(options.source, () => core.api.search(text));
    if (!response || mine !== generation) return;
    hits = groupNamesakes(response.results);
    active = hits.length > 0 ? 0 : -1;
    render();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text === '') {
      close();
      return;
    }
    timer = setTimeout(() => void search(text), 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit && !list.hidden) choose(hit, event);
    } else if (event.key === 'Escape' && !list.hidden) {
      // closing the list is all this Escape does (not closing the panel around it too)
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  return { element: h('div', { class: 'search' }, input, list), input };
}
