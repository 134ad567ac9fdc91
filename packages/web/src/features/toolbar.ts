// Canvas controls: layout choice, fit, separate or collapse parallel claims, overview.
import type { Core, LayoutName } from '../core/core.ts';
import { h } from '../core/dom.ts';

/** The first screen starts from the biggest groups and their people, not from everything. */
const OVERVIEW_NODES = 80;

export function registerToolbar(core: Core): void {
  const layout = h(
    'select',
    { 'aria-label': 'Layout', 'data-testid': 'layout' },
    h('option', { value: 'fcose' }, 'Force-directed (fcose)'),
    h('option', { value: 'dagre' }, 'Hierarchical (org chart)'),
  );
  layout.addEventListener('change', () => core.setLayout(layout.value as LayoutName));
  core.on('layout-changed', ({ layout: name }) => {
    layout.value = name;
  });

  const overview = async () => {
    const graph = await core.attempt('overview', () => core.api.overview(OVERVIEW_NODES));
    if (!graph) return;
    core.lastRun = null;
    core.showGraph(graph);
    if (graph.truncated) {
      core.say({
        kind: 'info',
        source: 'truncated',
        text: `The overview shows the ${OVERVIEW_NODES} best-connected entities, the biggest groups and their people first: search, open a profile or expand a node for the rest.`,
      });
    }
  };
  core.services.provide('loadOverview', overview);

  core.regions.toolbar.append(
    h('label', { class: 'inline' }, 'Layout ', layout),
    h('button', { type: 'button', onclick: () => core.fitView() }, 'Fit'),
    h('button', { type: 'button', onclick: () => void overview() }, 'Overview'),
  );
}
