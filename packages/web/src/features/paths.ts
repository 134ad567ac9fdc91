// Shortest path between the two selected nodes.
import { API_LIMITS } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { h } from '../core/dom.ts';

export function registerPaths(core: Core): void {
  const button = h(
    'button',
    {
      type: 'button',
      disabled: true,
      title: 'Select two nodes (Shift+click), then find the shortest path between them',
    },
    'Shortest path',
  );
  const selectedNodes = () => core.cy.nodes(':selected');
  const update = () => {
    button.disabled = selectedNodes().length !== 2;
  };
  core.cy.on('select unselect', 'node', update);

  button.addEventListener('click', async () => {
    const [from, to] = selectedNodes().map((n) => n.id());
    if (!from || !to) return;
    const response = await core.attempt('paths', () => core.api.paths(from, to));
    if (!response) return;
    core.cy.elements('.path').removeClass('path');
    const shortest = response.paths[0];
    if (!shortest) {
      core.say({
        kind: 'info',
        source: 'paths',
        text: `No path of at most ${API_LIMITS.pathLength.default} steps between the two nodes.`,
      });
      return;
    }
    core.mergeGraph(response.graph, from);
    const path = core.cy.collection();
    for (const id of shortest.nodes) path.merge(core.cy.getElementById(id));
    for (const id of shortest.edges) {
      const edge = core.drawnEdgeOf(id);
      if (edge) path.merge(edge);
    }
    path.addClass('path');
    core.say({
      kind: 'info',
      source: 'paths',
      text: `Shortest path: ${shortest.length} steps (${response.paths.length} path${response.paths.length === 1 ? '' : 's'} found, all drawn).`,
    });
  });
  core.regions.toolbar.append(button);
}
