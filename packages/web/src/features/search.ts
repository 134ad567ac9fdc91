// The search box: Arabic-aware search on the server, each hit with what tells namesakes apart;
// choosing a hit adds the entity to the canvas.
import type { SearchHit } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { fill, h } from '../core/dom.ts';
import { lookOf } from '../core/style.ts';
import { groupNamesakes, hitDetails, hitMeta } from './search-context.ts';

export function registerSearch(core: Core): void {
  const input = h('input', {
    type: 'search',
    id: 'search',
    dir: 'auto',
    placeholder: 'Search people, groups, units, places…',
    autocomplete: 'off',
    role: 'combobox',
    'aria-label': 'Search entities',
    'aria-autocomplete': 'list',
    'aria-controls': 'search-results',
    'aria-expanded': 'false',
  });
  const list = h('ul', { id: 'search-results', role: 'listbox', class: 'search-results', hidden: true });
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

  const choose = async (hit: SearchHit) => {
    close();
    input.value = '';
    const entity = await core.attempt('search', () => core.api.entity(hit.id));
    if (!entity) return;
    core.mergeGraph({ nodes: [{ data: entity.entity }], edges: [] });
    core.setView('graph');
    core.selectNode(hit.id);
  };

  const render = () => {
    fill(
      list,
      ...hits.map((hit, index) =>
        h(
          'li',
          {
            id: `search-hit-${index}`,
            role: 'option',
            'aria-selected': String(index === active),
            class: index === active ? 'active' : '',
            onmousedown: (event: Event) => {
              event.preventDefault();
              void choose(hit);
            },
          },
          h('span', {
            class: 'swatch',
            style: `background:${lookOf(hit.label).color}`,
            'aria-hidden': 'true',
          }),
          h('bdi', { class: 'hit-name' }, core.preferences.latin && hit.latin ? hit.latin : hit.name),
          hitMeta(hit, core.labelLanguage()),
          ...hitDetails(hit),
        ),
      ),
    );
    if (hits.length === 0)
      list.append(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, 'No match'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
  };

  const search = async (text: string) => {
    const mine = ++generation;
    const response = await core.attempt('search', () => core.api.search(text));
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
      if (hit && !list.hidden) void choose(hit);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  core.regions.header.append(h('div', { class: 'search' }, input, list));
}
