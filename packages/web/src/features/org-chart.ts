// Collapsing a branch of an organization chart: a group or unit hides everything below it (its
// units and their office holders, found along PART_OF, HOLDS_ROLE and MEMBER_OF towards it) and
// is drawn with a double border; a second press brings them back.
import type cytoscape from 'cytoscape';
import type { Core } from '../core/core.ts';
import { h } from '../core/dom.ts';

const STRUCTURE = new Set(['PART_OF', 'HOLDS_ROLE', 'MEMBER_OF']);

/** Everything below a node of the chart: what reaches it along the structure's edges. */
export function branchBelow(node: cytoscape.NodeSingular): cytoscape.NodeCollection {
  const below = new Set<string>();
  let frontier = [node];
  let found = node.cy().collection() as cytoscape.NodeCollection;
  while (frontier.length > 0) {
    const next: cytoscape.NodeSingular[] = [];
    for (const current of frontier)
      for (const edge of current.incomers('edge')) {
        const child = edge.source();
        if (!STRUCTURE.has(String(edge.data('type'))) || child.same(node) || below.has(child.id())) continue;
        below.add(child.id());
        found = found.union(child);
        next.push(child);
      }
    frontier = next;
  }
  return found;
}

export function registerOrgChart(core: Core): void {
  const toggle = h(
    'button',
    {
      type: 'button',
      disabled: true,
      'data-testid': 'collapse-branch',
      title: 'Hide or show the units and people below the selected node',
    },
    'Collapse / expand below',
  );
  const selected = () => core.cy.nodes(':selected').first();
  const refresh = () => {
    const node = selected();
    toggle.disabled = node.empty() || (!node.hasClass('collapsed') && branchBelow(node).empty());
  };
  toggle.addEventListener('click', () => {
    const node = selected();
    if (node.empty()) return;
    const branch = branchBelow(node);
    const collapsing = !node.hasClass('collapsed');
    core.cy.batch(() => {
      if (collapsing) {
        branch.addClass('collapsed-away');
        node.addClass('collapsed');
      } else {
        branch.removeClass('collapsed-away collapsed');
        node.removeClass('collapsed');
      }
    });
    void core.runLayout({ fit: false, randomize: false });
  });
  core.cy.on('select unselect', 'node', refresh);
  core.on('graph-changed', refresh);
  core.regions.toolbar.append(toggle);
}
