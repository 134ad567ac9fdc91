// Keys for the whole app: `/` goes to the search box, Esc closes what floats over the canvas and
// clears the selection; the canvas takes focus (Tab, or a click on it) so its keys reach it.
// Del and Ctrl+Z belong to canvas control.
import type { Core } from '../core/core.ts';
import { isTyping } from '../core/dom.ts';

export function registerKeyboard(core: Core): void {
  const canvas = core.regions.canvas;
  // Cytoscape keeps the mouse-down on the canvas from focusing it
  canvas.addEventListener('pointerdown', () => canvas.focus({ preventScroll: true }));

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/' && !isTyping(event)) {
      event.preventDefault();
      document.getElementById('search')?.focus();
    } else if (event.key === 'Escape' && !event.defaultPrevented) {
      // the editor's Escape (closing its completions) and a dialog's (closing it) are their own
      if (event.target instanceof Element && event.target.closest('.cm-editor, [aria-modal="true"]')) return;
      core.emit('dismiss', {});
      core.cy.elements().unselect();
      if (isTyping(event)) (event.target as HTMLElement).blur();
    }
  });
}
