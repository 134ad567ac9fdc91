// Permalinks: the URL's hash carries the query, its parameters, the view, the layout and the
// display options, so a shared link reproduces the result; or it names a saved investigation,
// which holds the whole canvas.
import type { Core, LayoutName, ResultView } from '../core/core.ts';
import { h } from '../core/dom.ts';

export interface LinkState {
  /** a saved investigation's id: the link opens it, and carries nothing else */
  investigation?: string;
  query?: string;
  params?: Record<string, unknown>;
  view?: ResultView;
  layout?: LayoutName;
  latin?: boolean;
}

const VIEWS: readonly string[] = ['graph', 'table', 'json'];
const LAYOUTS: readonly string[] = ['fcose', 'dagre'];

export function encodeLink(state: LinkState): string {
  const search = new URLSearchParams();
  if (state.investigation) {
    search.set('investigation', state.investigation);
    return search.toString();
  }
  if (state.query) search.set('q', state.query);
  if (state.params && Object.keys(state.params).length > 0) search.set('p', JSON.stringify(state.params));
  if (state.view && state.view !== 'graph') search.set('view', state.view);
  if (state.layout && state.layout !== 'fcose') search.set('layout', state.layout);
  if (state.latin) search.set('latin', '1');
  return search.toString();
}

export function decodeLink(hash: string): LinkState {
  const search = new URLSearchParams(hash.replace(/^#/, ''));
  const state: LinkState = {};
  const investigation = search.get('investigation');
  if (investigation) state.investigation = investigation;
  const query = search.get('q');
  if (query) state.query = query;
  const params = search.get('p');
  if (params) {
    try {
      const value: unknown = JSON.parse(params);
      if (value && typeof value === 'object' && !Array.isArray(value))
        state.params = value as Record<string, unknown>;
    } catch {
      // a damaged link still opens its query, without parameters
    }
  }
  const view = search.get('view');
  if (view && VIEWS.includes(view)) state.view = view as ResultView;
  const layout = search.get('layout');
  if (layout && LAYOUTS.includes(layout)) state.layout = layout as LayoutName;
  if (search.get('latin') === '1') state.latin = true;
  return state;
}

export function registerPermalink(core: Core): void {
  const investigation = () => core.services.optional('currentInvestigation')?.() ?? null;
  /** the canvas holds more than the last query drew (expansions, searches, removals, filters) */
  let beyondQuery = false;
  const update = () => {
    const run = core.lastRun;
    const open = investigation();
    const hash = encodeLink({
      ...(open ? { investigation: open.id } : {}),
      ...(run ? { query: run.query, params: run.params } : {}),
      view: core.view,
      layout: core.layout,
      latin: core.preferences.latin,
    });
    history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  };
  core.on('query-result', update);
  core.on('view-changed', update);
  core.on('layout-changed', update);
  core.on('preferences-changed', update);
  core.on('graph-changed', ({ reason }) => {
    beyondQuery = reason !== 'replace';
    if (reason === 'replace' && !core.lastRun) update();
  });

  const copy = h(
    'button',
    { type: 'button', 'data-testid': 'copy-link', title: 'Copy a link that reproduces this result' },
    'Copy link',
  );
  copy.addEventListener('click', async () => {
    update();
    const open = investigation();
    const caveat = open?.changed
      ? ` It opens “${open.name}” as last saved: save it to share the changes since.`
      : !open && beyondQuery
        ? ' It reproduces the last query only, not what was added, removed or filtered since: save the canvas as an investigation (Investigations…) to share all of it.'
        : '';
    const kind = caveat ? 'warning' : 'info';
    try {
      await navigator.clipboard.writeText(location.href);
      core.say({ kind, source: 'permalink', text: `Link copied.${caveat}` });
    } catch {
      core.say({ kind, source: 'permalink', text: `Link: ${location.href}${caveat}` });
    }
  });
  core.regions.header.append(copy);

  /** Opens what the URL names: a query, or else the overview. */
  const open = () => {
    const state = decodeLink(location.hash);
    if (state.investigation) return void core.services.require('openInvestigation')(state.investigation);
    if (state.latin !== undefined) core.setPreferences({ latin: state.latin });
    if (state.layout) core.setLayout(state.layout);
    if (state.view) core.setView(state.view);
    if (state.query) core.emit('editor-load', { query: state.query, params: state.params ?? {}, run: true });
    else void core.services.require('loadOverview')();
  };
  window.addEventListener('popstate', open);
  core.services.provide('openFromUrl', open);
}
