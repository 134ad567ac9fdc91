// A saved view of the canvas, taken and put back: what is on it (ids), where, through which
// filters and groups, in which layout, at which zoom. Pure of the network: the investigations
// feature stores and fetches it.
import type { InvestigationViewInput, OpenedInvestigation } from '@shabaka/model';
import type { Core } from '../core/core.ts';

/** Positions to a tenth of a pixel: nothing a reader sees, and a smaller save. */
const tenth = (v: number) => Math.round(v * 10) / 10;

export function captureView(core: Core): InvestigationViewInput {
  const state = core.canvasState();
  const positions: Record<string, { x: number; y: number }> = {};
  for (const [id, { x, y }] of Object.entries(state.positions)) positions[id] = { x: tenth(x), y: tenth(y) };
  const f = core.filters;
  const pan = core.cy.pan();
  return {
    nodes: state.graph.nodes.map((n) => n.data.id),
    edges: state.graph.edges.map((e) => e.data.id),
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
    expandedGroups: state.expandedGroups,
    hidden: state.hidden,
    pinned: state.pinned,
    viewport: { zoom: core.cy.zoom(), pan: { x: tenth(pan.x), y: tenth(pan.y) } },
    latin: core.preferences.latin,
  };
}

const refill = (set: Set<string>, values: readonly string[]) => {
  set.clear();
  for (const v of values) set.add(v);
};

/** Draws a saved view: the filters first, then its nodes where they were, hidden and pinned as they were. */
export function applyView(core: Core, { view, graph }: OpenedInvestigation): void {
  const f = core.filters;
  refill(f.hiddenLabels, view.filters.hiddenLabels);
  refill(f.hiddenTypes, view.filters.hiddenTypes);
  refill(f.hiddenRoles, view.filters.hiddenRoles);
  refill(f.hiddenStatuses, view.filters.hiddenStatuses);
  f.asOf = view.filters.asOf;
  f.keepUndated = view.filters.keepUndated;
  core.emit('filters-set', f);
  core.lastRun = null;
  core.setPreferences({ latin: view.latin });
  core.setLayout(view.layout, { relayout: false });
  // what the graph no longer holds is left out of the marks too
  const present = new Set(graph.nodes.map((n) => n.data.id));
  const kept = (ids: readonly string[]) => ids.filter((id) => present.has(id));
  core.emit('canvas-will-change', { change: 'replace' });
  core.restoreCanvas({
    graph,
    positions: view.positions,
    hidden: kept(view.hidden),
    pinned: kept(view.pinned),
    expandedGroups: view.expandedGroups,
  });
  if (view.viewport) {
    core.cy.zoom(view.viewport.zoom);
    core.cy.pan(view.viewport.pan);
  } else core.fitView();
}
