// A saved view of the canvas, taken and put back: what is on it (ids), where, through which
// filters and groups, in which layout, at which zoom. Pure of the network: the investigations
// feature stores and fetches it.
import type { InvestigationViewInput, OpenedInvestigation } from '@shabaka/model';
import type { Core } from '../core/core.ts';

/** Positions to a tenth of a pixel: nothing a reader sees, and a smaller save. */
const tenth = (v: number) => Math.round(v * 10) / 10;

export function captureView(core: Core): InvestigationViewInput {
  const positions: Record<string, { x: number; y: number }> = {};
  for (const node of core.cy.nodes()) {
    const { x, y } = node.position();
    positions[node.id()] = { x: tenth(x), y: tenth(y) };
  }
  const f = core.filters;
  const pan = core.cy.pan();
  return {
    nodes: [...core.store.nodes.keys()],
    edges: [...core.store.edges.keys()],
    positions,
    filters: {
      hiddenLabels: [...f.hiddenLabels],
      hiddenTypes: [...f.hiddenTypes],
      hiddenRoles: [...f.hiddenRoles],
      hiddenStatuses: [...f.hiddenStatuses],
      asOf: f.asOf,
      keepUndated: f.keepUndated,
    },
    layout: core.layout,
    expandedGroups: [...core.expandedGroups],
    viewport: { zoom: core.cy.zoom(), pan: { x: tenth(pan.x), y: tenth(pan.y) } },
    latin: core.preferences.latin,
  };
}

const refill = (set: Set<string>, values: readonly string[]) => {
  set.clear();
  for (const v of values) set.add(v);
};

/** Draws a saved view: the filters and groups first, then its nodes where they were. */
export function applyView(core: Core, { view, graph }: OpenedInvestigation): void {
  const f = core.filters;
  refill(f.hiddenLabels, view.filters.hiddenLabels);
  refill(f.hiddenTypes, view.filters.hiddenTypes);
  refill(f.hiddenRoles, view.filters.hiddenRoles);
  refill(f.hiddenStatuses, view.filters.hiddenStatuses);
  f.asOf = view.filters.asOf;
  f.keepUndated = view.filters.keepUndated;
  core.emit('filters-set', f);
  refill(core.expandedGroups, view.expandedGroups);
  core.lastRun = null;
  core.setPreferences({ latin: view.latin });
  core.setLayout(view.layout, { arrange: false });
  core.showArranged(graph, view.positions);
  if (view.viewport) {
    core.cy.zoom(view.viewport.zoom);
    core.cy.pan(view.viewport.pan);
  } else core.fitView();
}
