// The header's search box: choosing a hit adds the entity to the canvas and opens it.
import type { Core } from '../core/core.ts';
import { entityPicker } from './entity-picker.ts';

export function registerSearch(core: Core): void {
  const picker = entityPicker(core, {
    id: 'search',
    label: 'Search entities',
    placeholder: 'Search people, groups, units, places… ( / )',
    source: 'search',
    onChoose: async (hit) => {
      picker.input.value = '';
      const entity = await core.attempt('search', () => core.api.entity(hit.id));
      if (!entity) return;
      core.mergeGraph({ nodes: [{ data: entity.entity }], edges: [] });
      core.setView('graph');
      core.selectNode(hit.id);
    },
  });
  core.regions.header.append(picker.element);
}
