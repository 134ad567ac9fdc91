// Canvas control: remove, hide and pin the selected nodes, show what was hidden, clear the canvas,
// and undo or redo any of these (and every addition: search, expansion, a path, a query), with
// buttons and keys (Del, Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y).
import type { CanvasState, Core } from '../core/core.ts';
import { h, isTyping } from '../core/dom.ts';
import { UndoStack } from './undo-stack.ts';

export function registerCanvasControl(core: Core): void {
  const history = new UndoStack<CanvasState>();
  const selectedNodes = () => core.cy.nodes(':selected').map((n) => n.id());
  const selectedClaims = () =>
    core.cy
      .edges(':selected')
      .toArray()
      .flatMap((e) => e.data('members') as string[]);

  const remove = () => {
    const nodes = selectedNodes();
    const claims = selectedClaims();
    if (nodes.length + claims.length === 0) return;
    const removed = core.removeFromGraph(nodes, claims);
    core.say({
      kind: 'info',
      source: 'canvas',
      text: `Removed ${removed.nodes} node${removed.nodes === 1 ? '' : 's'} and ${removed.edges} claim${removed.edges === 1 ? '' : 's'} from the canvas (Ctrl+Z undoes).`,
    });
  };
  const togglePin = () => {
    const nodes = selectedNodes();
    core.setPinned(nodes, !nodes.every((id) => core.pinned.has(id)));
  };
  const step = (direction: 'undo' | 'redo') => {
    const state = history[direction](core.canvasState());
    if (state) core.restoreCanvas(state);
    refresh();
  };

  const button = (label: string, testId: string, title: string, onclick: () => void) =>
    h('button', { type: 'button', 'data-testid': testId, title, onclick }, label);
  const removeButton = button(
    'Remove',
    'remove-selected',
    'Take the selected nodes and edges off the canvas (Del)',
    remove,
  );
  const hideButton = button(
    'Hide',
    'hide-selected',
    'Hide the selected nodes; Show hidden brings them back in place',
    () => core.hideNodes(selectedNodes()),
  );
  const showButton = button('Show hidden', 'show-hidden', 'Bring back every hidden node where it was', () =>
    core.showHidden(),
  );
  const pinButton = button(
    'Pin',
    'pin-selected',
    'Keep the selected nodes where they are through every layout',
    togglePin,
  );
  const clearButton = button('Clear', 'clear-canvas', 'Empty the canvas (Ctrl+Z brings it back)', () =>
    core.clearCanvas(),
  );
  const undoButton = button('Undo', 'undo', 'Undo the last change of the canvas (Ctrl+Z)', () =>
    step('undo'),
  );
  const redoButton = button('Redo', 'redo', 'Redo what was undone (Ctrl+Shift+Z or Ctrl+Y)', () =>
    step('redo'),
  );

  const refresh = () => {
    const nodes = selectedNodes();
    removeButton.disabled = nodes.length === 0 && core.cy.edges(':selected').empty();
    hideButton.disabled = nodes.length === 0;
    pinButton.disabled = nodes.length === 0;
    pinButton.textContent = nodes.length > 0 && nodes.every((id) => core.pinned.has(id)) ? 'Unpin' : 'Pin';
    showButton.disabled = core.hidden.size === 0;
    showButton.textContent = core.hidden.size > 0 ? `Show hidden (${core.hidden.size})` : 'Show hidden';
    clearButton.disabled = core.store.nodes.size === 0;
    undoButton.disabled = !history.canUndo();
    redoButton.disabled = !history.canRedo();
  };
  core.on('canvas-will-change', () => history.record(core.canvasState()));
  core.on('graph-changed', refresh);
  core.on('marks-changed', refresh);
  core.cy.on('select unselect', refresh);
  refresh();

  document.addEventListener('keydown', (event) => {
    if (isTyping(event) || event.altKey) return;
    const control = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (!control && (event.key === 'Delete' || event.key === 'Backspace')) remove();
    else if (control && key === 'z') step(event.shiftKey ? 'redo' : 'undo');
    else if (control && key === 'y') step('redo');
    else return;
    event.preventDefault();
  });

  core.regions.toolbar.append(
    h(
      'span',
      { class: 'tool-group', role: 'group', 'aria-label': 'Canvas contents' },
      removeButton,
      hideButton,
      showButton,
      pinButton,
      clearButton,
      undoButton,
      redoButton,
    ),
  );
}
