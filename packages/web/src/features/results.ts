// The results area: graph, table and JSON views of the same result. The table view doubles
// as the keyboard-usable twin of the graph: every node and relationship is a focusable row.
import type { Core, ResultView } from '../core/core.ts';
import { fill, h } from '../core/dom.ts';
import { nodesTable, relationshipsTable, rowsTable, type Table } from '../core/tables.ts';

/** Rows drawn at most per table, so that a 10,000-edge graph does not freeze the view. */
export const TABLE_ROW_CAP = 500;
const JSON_CHAR_CAP = 400_000;

const VIEWS: readonly { view: ResultView; title: string }[] = [
  { view: 'graph', title: 'Graph' },
  { view: 'table', title: 'Table' },
  { view: 'json', title: 'JSON' },
];

export function registerResults(core: Core): void {
  const { tabs, canvas, table, json } = core.regions;
  const panels: Record<ResultView, HTMLElement> = { graph: canvas, table, json };
  const buttons = VIEWS.map(({ view, title }) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${view}`,
        'aria-controls': panels[view].id,
        onclick: () => core.setView(view),
      },
      title,
    ),
  );
  fill(tabs, ...buttons);
  tabs.setAttribute('role', 'tablist');
  tabs.setAttribute('aria-label', 'Result views');
  tabs.addEventListener('keydown', (event) => {
    const index = VIEWS.findIndex((v) => v.view === core.view);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const rtl = getComputedStyle(tabs).direction === 'rtl' ? -1 : 1;
    const next = VIEWS[(index + step * rtl + VIEWS.length) % VIEWS.length]!;
    core.setView(next.view);
    buttons[VIEWS.indexOf(next)]?.focus();
  });

  const show = () => {
    for (const [i, { view }] of VIEWS.entries()) {
      const selected = view === core.view;
      buttons[i]!.setAttribute('aria-selected', String(selected));
      buttons[i]!.tabIndex = selected ? 0 : -1;
      panels[view].hidden = !selected;
    }
    if (core.view === 'graph') {
      core.cy.resize();
    } else if (core.view === 'table') {
      renderTables();
    } else {
      renderJson();
    }
  };

  const renderTables = () => {
    const tables: Table[] = [];
    if (core.lastRun && core.lastRun.result.columns.length > 0) tables.push(rowsTable(core.lastRun.result));
    tables.push(
      nodesTable(core.cy, core.preferences.latin),
      relationshipsTable(core.cy, core.preferences.latin),
    );
    fill(table, ...tables.map((t) => tableElement(core, t)));
  };

  const renderJson = () => {
    const value = core.lastRun ? core.lastRun.result : core.store.toGraph();
    const text = JSON.stringify(value, null, 2);
    json.textContent =
      text.length > JSON_CHAR_CAP
        ? `${text.slice(0, JSON_CHAR_CAP)}\n… (cut at ${JSON_CHAR_CAP} characters; export JSON for all)`
        : text;
  };

  core.on('view-changed', show);
  core.on('graph-changed', () => {
    if (core.view !== 'graph') show();
  });
  core.on('preferences-changed', () => {
    if (core.view === 'table') renderTables();
  });
  core.on('query-result', ({ result }) => {
    if (result.rows.length === 0)
      core.say({ kind: 'info', source: 'query', text: 'The query returned no rows.' });
    else if (result.graph.nodes.length === 0 && core.view === 'graph') core.setView('table');
  });
  show();
}

/** Cells compared as researchers read them: numbers by value, Arabic and Latin by collation. */
const COLLATOR = new Intl.Collator(['ar', 'en'], { numeric: true, sensitivity: 'base' });

/** Rows ordered by one column (ascending or descending); stable, so ties keep their order. */
export function sortedRows(rows: readonly string[][], column: number, descending: boolean): string[][] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * COLLATOR.compare(a[column] ?? '', b[column] ?? ''));
}

function tableElement(core: Core, table: Table): HTMLElement {
  const isGraphTwin = table.headers.at(-1) === 'id';
  const body = h('tbody');
  const fillBody = (rows: readonly string[][]) =>
    fill(body, ...rows.slice(0, TABLE_ROW_CAP).map((row) => rowElement(core, row, isGraphTwin)));
  fillBody(table.rows);
  // A click on a column's header sorts by it; a second click reverses.
  let sortedBy: { column: number; descending: boolean } | undefined;
  const headers = table.headers.map((header, column) => {
    const th = h('th', { scope: 'col', 'aria-sort': 'none' });
    const sort = () => {
      const descending = sortedBy?.column === column && !sortedBy.descending;
      sortedBy = { column, descending };
      for (const other of headers) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      fillBody(sortedRows(table.rows, column, descending));
    };
    th.append(
      h('button', { type: 'button', class: 'sort', title: `Sort by ${header}`, onclick: sort }, header),
    );
    return th;
  });
  const note =
    table.rows.length > TABLE_ROW_CAP
      ? h(
          'p',
          { class: 'note', role: 'status' },
          `Showing the first ${TABLE_ROW_CAP} of ${table.rows.length} rows; export CSV for all.`,
        )
      : null;
  return h(
    'section',
    { class: 'table-block' },
    h(
      'table',
      { class: 'data-table' },
      h('caption', {}, table.caption),
      h('thead', {}, h('tr', {}, ...headers)),
      body,
    ),
    note,
  );
}

function rowElement(core: Core, row: readonly string[], isGraphTwin: boolean): HTMLElement {
  const id = isGraphTwin ? row.at(-1) : undefined;
  const open = () => {
    if (id === undefined) return;
    if (core.cy.getElementById(id).isEdge()) core.selectEdge(id);
    else core.selectNode(id);
  };
  return h(
    'tr',
    id === undefined
      ? {}
      : {
          tabindex: 0,
          'aria-label': `${row.slice(0, 3).join(' ')}: press Enter for details`,
          onclick: open,
          onkeydown: (event: Event) => {
            if ((event as KeyboardEvent).key === 'Enter') open();
          },
        },
    ...row.map((cell) => h('td', { dir: 'auto' }, cell)),
  );
}
