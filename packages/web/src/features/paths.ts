// The path finder: the shortest path between two entities, chosen by name (neither need be on the
// canvas), from the inspector's "Path to…", the toolbar, or two selected nodes. The path is drawn
// with everything else dimmed and listed as text; "avoid hubs" routes around entities of many
// claims (a group everyone is tied to) and says which it avoided. Esc or "Clear path" undoes it.
import { API_LIMITS, type PathsResponse } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { closeButton, fill, h } from '../core/dom.ts';
import type { Endpoint } from '../core/services.ts';
import { displayName } from '../core/text.ts';
import { entityPicker, hitName } from './entity-picker.ts';
import { type PathStep, pathSteps } from './path-steps.ts';

type End = 'from' | 'to';

export function registerPaths(core: Core): void {
  const ends: Partial<Record<End, Endpoint>> = {};
  let found: PathsResponse['paths'] = [];
  let shown = 0;
  let searches = 0;

  const endPicker = (end: End, label: string) => {
    const picker = entityPicker(core, {
      id: `path-${end}`,
      label,
      placeholder: 'Search a name…',
      source: 'paths',
      onChoose: (hit) => {
        setEnd(end, { id: hit.id, name: hitName(hit, core.preferences.latin) });
        if (ends.from && ends.to) void find();
      },
    });
    // editing the name un-chooses the entity until a hit is chosen again
    picker.input.addEventListener('input', () => {
      delete ends[end];
      refresh();
    });
    return picker;
  };
  const pickers = { from: endPicker('from', 'Path from'), to: endPicker('to', 'Path to') };
  const setEnd = (end: End, endpoint: Endpoint) => {
    ends[end] = endpoint;
    pickers[end].input.value = endpoint.name;
    refresh();
  };

  const avoid = h('input', { type: 'checkbox', 'data-testid': 'avoid-hubs' });
  const threshold = h('input', {
    type: 'number',
    min: 1,
    max: API_LIMITS.hubDegree.max,
    value: API_LIMITS.hubDegree.default,
    class: 'narrow',
    'aria-label': 'Most claims an entity on the path may have',
    'data-testid': 'hub-degree',
  });
  const findButton = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => void find() },
    'Find path',
  );
  const summary = h('p', { class: 'note', 'data-testid': 'path-summary' });
  const steps = h('ol', { class: 'path-steps', 'data-testid': 'path-steps' });
  const other = h(
    'button',
    { type: 'button', hidden: true, onclick: () => showPath(shown + 1) },
    'Other path',
  );
  const clear = h(
    'button',
    { type: 'button', 'data-testid': 'clear-path', hidden: true, onclick: () => clearPath() },
    'Clear path',
  );
  const panel = h(
    'section',
    { class: 'path-panel', 'aria-labelledby': 'path-title', 'data-testid': 'path-panel', hidden: true },
    h(
      'header',
      {},
      h('h3', { id: 'path-title' }, 'Shortest path'),
      closeButton('Close the path finder', () => close()),
    ),
    h('label', { class: 'end' }, 'From ', pickers.from.element),
    h('label', { class: 'end' }, 'To ', pickers.to.element),
    h('label', { class: 'check' }, avoid, ' avoid hubs: no entity of more than ', threshold, ' claims'),
    h('div', { class: 'actions' }, findButton, other, clear),
    summary,
    steps,
  );
  core.regions.canvas.parentElement?.append(panel);

  const refresh = () => {
    findButton.disabled = !ends.from || !ends.to;
  };
  refresh();

  const open = (from?: Endpoint, to?: Endpoint) => {
    panel.hidden = false;
    if (from) setEnd('from', from);
    if (to) setEnd('to', to);
    if (from && to) void find();
    else pickers[from ? 'to' : 'from'].input.focus();
  };
  const close = () => {
    clearPath();
    panel.hidden = true;
  };

  const find = async () => {
    const { from, to } = ends;
    if (!from || !to) return;
    const options = avoid.checked ? { maxDegree: Number(threshold.value) } : {};
    const mine = ++searches;
    const response = await core.attempt('paths', () => core.api.paths(from.id, to.id, options));
    // only the latest search is drawn, however the answers arrive
    if (!response || mine !== searches) return;
    clearPath();
    const avoided = response.avoided.length
      ? ` Avoided ${response.avoided.map((hub) => `${hub.name ?? hub.id} (${hub.degree} claims)`).join(', ')}.`
      : '';
    if (response.paths.length === 0) {
      summary.textContent = `No path of at most ${API_LIMITS.pathLength.default} steps${avoid.checked ? ' that avoids hubs' : ''}.${avoided}`;
      return;
    }
    found = response.paths;
    core.mergeGraph(response.graph, core.cy.getElementById(from.id).nonempty() ? from.id : undefined);
    core.setView('graph');
    showPath(0);
    const first = found[0]!;
    summary.textContent = `${first.length} step${first.length === 1 ? '' : 's'}; ${found.length} shortest path${found.length === 1 ? '' : 's'} found.${avoided}`;
    core.say({ kind: 'info', source: 'paths', text: `Shortest path: ${first.length} steps.${avoided}` });
  };

  /** Draws path `index` (of those found) over the dimmed rest and lists its steps. */
  const showPath = (index: number) => {
    shown = found.length ? index % found.length : 0;
    const path = found[shown];
    if (!path) return;
    highlight();
    fill(
      steps,
      ...pathSteps(path, core.store.nodes, core.store.edges, {
        language: core.labelLanguage(),
        latin: core.preferences.latin,
      }).map(stepItem),
    );
    other.hidden = found.length < 2;
    other.textContent = `Other path (${shown + 1} of ${found.length})`;
    clear.hidden = false;
  };

  const highlight = () => {
    const path = found[shown];
    if (!path) return;
    const on = core.cy.collection();
    for (const id of path.nodes) on.merge(core.cy.getElementById(id));
    for (const id of path.edges) {
      const edge = core.drawnEdgeOf(id);
      if (edge) on.merge(edge);
    }
    core.cy.batch(() => {
      core.cy.elements().removeClass('path path-end').addClass('dimmed');
      on.removeClass('dimmed').addClass('path');
      on.nodes()
        .filter((n) => n.id() === path.nodes[0] || n.id() === path.nodes.at(-1))
        .addClass('path-end');
    });
  };

  const clearPath = () => {
    found = [];
    core.cy.elements().removeClass('path path-end dimmed');
    fill(steps);
    summary.textContent = '';
    other.hidden = true;
    clear.hidden = true;
  };

  core.on('graph-changed', ({ reason }) => {
    // a new drawing has no path on it; a filtered or hidden one keeps its path drawn over the rest
    if (reason === 'replace' || reason === 'restore') clearPath();
    else highlight();
  });
  core.on('dismiss', close);

  const endpointOf = (id: string): Endpoint => {
    const node = core.store.nodes.get(id);
    return { id, name: node ? displayName(node, core.preferences.latin) : id };
  };
  core.services.provide('findPath', open);
  core.services.contribute('inspector-action', ({ entity }) =>
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'path-to',
        onclick: () => open({ id: entity.id, name: displayName(entity, core.preferences.latin) }),
      },
      'Path to…',
    ),
  );

  const toolbarButton = h(
    'button',
    {
      type: 'button',
      title: 'Find the shortest path between two entities (with two nodes selected, between them)',
      onclick: () => {
        const [from, to] = core.cy.nodes(':selected').map((n) => endpointOf(n.id()));
        open(from, to);
      },
    },
    'Shortest path…',
  );
  core.regions.toolbar.append(toolbarButton);
}

/** A step as a line read left to right, whatever the names' script: A —leader→ B, or B ←member— C. */
function stepItem(step: PathStep): HTMLElement {
  const label = h('bdi', {}, step.label);
  return h(
    'li',
    { class: 'path-step', dir: 'ltr' },
    h('bdi', {}, step.from),
    ...(step.forward ? [' —', label, '→ '] : [' ←', label, '— ']),
    h('bdi', {}, step.to),
  );
}
