// Canvas controls: layout choice, fit, separate or collapse parallel claims, overview.
import { API_LIMITS } from '@shabaka/model';
import type { Core, LayoutName } from '../core/core.ts';
import { h } from '../core/dom.ts';

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
    const graph = await core.attempt('overview', () => core.api.overview());
    if (!graph) return;
    core.lastRun = null;
    core.showGraph(graph);
    if (graph.truncated) {
      core.say({
        kind: 'warning',
        source: 'truncated',
        text: `Truncated: the overview shows the ${API_LIMITS.overviewNodes.default} most connected entities only.`,
      });
    }
  };
  core.loadOverview = overview;

  core.regions.toolbar.append(
    h('label', { class: 'inline' }, 'Layout ', layout),
    h('button', { type: 'button', onclick: () => core.cy.fit(undefined, 30) }, 'Fit'),
    h('button', { type: 'button', onclick: () => void overview() }, 'Overview'),
  );
}
