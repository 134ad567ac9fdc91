// Permalinks: the URL's hash carries the query, its parameters, the view, the layout and the
// display options, so a shared link reproduces the result.
import type { Core, LayoutName, ResultView } from '../core/core.ts';
import { h } from '../core/dom.ts';

export interface LinkState {
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
  const update = () => {
    const run = core.lastRun;
    const hash = encodeLink({
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
    if (reason === 'replace' && !core.lastRun) update();
  });

  const copy = h(
    'button',
    { type: 'button', 'data-testid': 'copy-link', title: 'Copy a link that reproduces this result' },
    'Copy link',
  );
  copy.addEventListener('click', async () => {
    update();
    try {
      await navigator.clipboard.writeText(location.href);
      core.say({ kind: 'info', source: 'permalink', text: 'Link copied.' });
    } catch {
      core.say({ kind: 'info', source: 'permalink', text: `Link: ${location.href}` });
    }
  });
  core.regions.header.append(copy);

  /** Opens what the URL names: a query, or else the overview. */
  const open = () => {
    const state = decodeLink(location.hash);
    if (state.latin !== undefined) core.setPreferences({ latin: state.latin });
    if (state.layout) core.setLayout(state.layout);
    if (state.view) core.setView(state.view);
    if (state.query) core.emit('editor-load', { query: state.query, params: state.params ?? {}, run: true });
    else void core.services.require('loadOverview')();
  };
  window.addEventListener('popstate', open);
  core.services.provide('openFromUrl', open);
}
