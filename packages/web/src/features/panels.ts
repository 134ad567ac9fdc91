// On a narrow screen the canvas keeps the width: the workbench and the inspector become drawers
// over it, opened by buttons in the header (the inspector also when a node or edge is chosen)
// and closed by the same button or Esc. On a wide screen the buttons are not shown.
import type { Core } from '../core/core.ts';
import { h } from '../core/dom.ts';

type Drawer = 'workbench' | 'inspector';

export function registerPanels(core: Core): void {
  const layout = core.regions.workbench.parentElement;
  if (!layout) return;
  const toggles = new Map<Drawer, HTMLButtonElement>();
  const set = (drawer: Drawer, open: boolean) => {
    layout.classList.toggle(`${drawer}-open`, open);
    toggles.get(drawer)?.setAttribute('aria-expanded', String(open));
  };
  const toggle = (drawer: Drawer, label: string) => {
    const button = h(
      'button',
      {
        type: 'button',
        class: 'drawer-toggle',
        'aria-controls': drawer,
        'aria-expanded': 'false',
        'data-testid': `toggle-${drawer}`,
        onclick: () => set(drawer, !layout.classList.contains(`${drawer}-open`)),
      },
      label,
    );
    toggles.set(drawer, button);
    return button;
  };
  core.regions.header.prepend(toggle('workbench', 'Workbench'));
  core.regions.header.append(toggle('inspector', 'Inspector'));
  const showInspector = () => {
    set('inspector', true);
    set('workbench', false);
  };
  core.on('node-selected', showInspector);
  core.on('edge-selected', showInspector);
  core.on('dismiss', () => {
    set('workbench', false);
    set('inspector', false);
  });
}
