// Query history (searchable, kept across reloads) and saved queries, in localStorage. The history
// keeps every run, failed and cancelled ones too, each with how it ended.
import { nameKey } from '@shabaka/model';
import { describeError } from '../core/api.ts';
import type { Core, QueryOutcome } from '../core/core.ts';
import { fill, h } from '../core/dom.ts';
import { outcomeLine, parseParams } from './editor.ts';

export interface StoredQuery {
  query: string;
  params: Record<string, unknown>;
  at: string;
  name?: string;
  /** How the run ended (history only). */
  status?: QueryOutcome['status'];
  /** Rows and time, or the error, in a line. */
  outcome?: string;
}

const HISTORY_LIMIT = 200;

/** A list of queries kept under one storage key, newest first. */
export class QueryList {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    private readonly key: string,
  ) {}

  all(): StoredQuery[] {
    try {
      const value: unknown = JSON.parse(this.storage.getItem(this.key) ?? '[]');
      return Array.isArray(value) ? (value as StoredQuery[]) : [];
    } catch {
      return [];
    }
  }

  /** Adds an entry; an identical query with identical parameters moves to the top instead. */
  add(entry: StoredQuery): void {
    const same = (e: StoredQuery) =>
      e.query === entry.query &&
      JSON.stringify(e.params) === JSON.stringify(entry.params) &&
      e.name === entry.name;
    const next = [entry, ...this.all().filter((e) => !same(e))].slice(0, HISTORY_LIMIT);
    this.storage.setItem(this.key, JSON.stringify(next));
  }

  remove(index: number): void {
    const next = this.all();
    next.splice(index, 1);
    this.storage.setItem(this.key, JSON.stringify(next));
  }

  /**
   * Entries whose query, name or parameters contain every word of `text`, with Arabic spelling
   * folded as names are (`ابو نجم` finds a query saved with `أبو نجم`).
   */
  search(text: string): StoredQuery[] {
    const words = nameKey(text).split(' ').filter(Boolean);
    return this.all().filter((entry) => {
      const haystack = nameKey(`${entry.name ?? ''} ${entry.query} ${JSON.stringify(entry.params)}`);
      return words.every((word) => haystack.includes(word));
    });
  }
}

export function registerHistory(core: Core): void {
  const history = new QueryList(localStorage, 'shabaka.history');
  const saved = new QueryList(localStorage, 'shabaka.saved');

  const load = (entry: StoredQuery) =>
    core.emit('editor-load', { query: entry.query, params: entry.params, run: true });

  const entryButton = (entry: StoredQuery, title: string) =>
    h(
      'button',
      { type: 'button', class: 'link query-entry', title: entry.query, onclick: () => load(entry) },
      h('bdi', {}, title),
    );

  const historySearch = h('input', {
    type: 'search',
    placeholder: 'Search history',
    'aria-label': 'Search query history',
    'data-testid': 'history-search',
  });
  const historyList = h('ul', { class: 'link-list', 'data-testid': 'history-list' });
  const renderHistory = () =>
    fill(
      historyList,
      ...history
        .search(historySearch.value)
        .slice(0, 50)
        .map((entry) =>
          h(
            'li',
            { 'data-status': entry.status ?? 'ok' },
            entryButton(entry, entry.query.replace(/\s+/g, ' ')),
            entry.outcome ? h('span', { class: `run-outcome ${entry.status ?? ''}` }, entry.outcome) : '',
            h('time', { datetime: entry.at }, new Date(entry.at).toLocaleString()),
          ),
        ),
    );
  historySearch.addEventListener('input', renderHistory);

  const savedList = h('ul', { class: 'link-list', 'data-testid': 'saved-list' });
  const renderSaved = () =>
    fill(
      savedList,
      ...saved.all().map((entry, index) =>
        h(
          'li',
          {},
          entryButton(entry, entry.name ?? entry.query),
          h(
            'button',
            {
              type: 'button',
              class: 'icon',
              'aria-label': `Delete saved query ${entry.name ?? ''}`,
              onclick: () => {
                saved.remove(index);
                renderSaved();
              },
            },
            '×',
          ),
        ),
      ),
    );

  const nameInput = h('input', {
    type: 'text',
    placeholder: 'Name for the current query',
    'aria-label': 'Name for the saved query',
    dir: 'auto',
    'data-testid': 'save-name',
  });
  const save = () => {
    const editor = core.services.require('editor');
    const query = editor.text();
    const params = parseParams(editor.params());
    if (query.trim() === '' || 'error' in params) return;
    saved.add({
      query,
      params: params.params,
      at: new Date().toISOString(),
      name: nameInput.value.trim() || query.slice(0, 60),
    });
    nameInput.value = '';
    renderSaved();
  };
  nameInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') save();
  });

  core.on('query-finished', (outcome) => {
    const line = outcomeLine(outcome);
    history.add({
      query: outcome.query,
      params: outcome.params,
      at: new Date().toISOString(),
      status: outcome.status,
      outcome: outcome.status === 'failed' ? `${line}: ${describeError(outcome.error)}` : line,
    });
    renderHistory();
  });

  renderHistory();
  renderSaved();
  core.regions.workbench.append(
    h(
      'details',
      { class: 'panel', 'data-testid': 'saved' },
      h('summary', {}, h('h2', {}, 'Saved queries')),
      h('div', { class: 'row' }, nameInput, h('button', { type: 'button', onclick: save }, 'Save')),
      savedList,
    ),
    h(
      'details',
      { class: 'panel', 'data-testid': 'history' },
      h('summary', {}, h('h2', {}, 'History')),
      historySearch,
      historyList,
    ),
  );
}
