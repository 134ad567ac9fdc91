// The header's search box: choosing a hit adds the entity to the canvas and opens it; choosing it
// with Shift finds the path to it from the selected node (or opens the path finder from it).
import type { Core } from '../core/core.ts';
import { displayName } from '../core/text.ts';
import { entityPicker, hitName } from './entity-picker.ts';

export function registerSearch(core: Core): void {
  const picker = entityPicker(core, {
    id: 'search',
    label: 'Search entities',
    placeholder: 'Search people, groups, units, places… ( / )',
    source: 'search',
    title: 'Enter adds the entity to the canvas; Shift+Enter finds the path to it from the selected node',
    onChoose: async (hit, { shift }) => {
      picker.input.value = '';
      if (shift) {
        const chosen = { id: hit.id, name: hitName(hit, core.preferences.latin) };
        const node = core.cy.nodes(':selected').first();
        const selected = node.nonempty() ? core.store.nodes.get(node.id()) : undefined;
        const from = selected && { id: selected.id, name: displayName(selected, core.preferences.latin) };
        core.services.require('findPath')(from ?? chosen, from ? chosen : undefined);
        return;
      }
      const entity = await core.attempt('search', () => core.api.entity(hit.id));
      if (!entity) return;
      core.mergeGraph({ nodes: [{ data: entity.entity }], edges: [] });
      core.setView('graph');
      core.selectNode(hit.id);
    },
  });
  core.regions.header.append(picker.element);
}
