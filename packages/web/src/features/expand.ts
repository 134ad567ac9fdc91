// Double-click a node: first the counts per relationship type, then the chosen neighbours.
import { API_LIMITS, type TypeCount } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { h } from '../core/dom.ts';

/** Sums in and out counts per type, largest first. */
export function countsByType(counts: readonly TypeCount[]): { type: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const { type, count } of counts) totals.set(type, (totals.get(type) ?? 0) + count);
  return [...totals].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count);
}

export const EXPAND_LIMIT = API_LIMITS.neighborNodes.default;

export function registerExpand(core: Core): void {
  const popup = h('div', { class: 'popup', role: 'dialog', 'aria-label': 'Expand neighbours', hidden: true });
  core.regions.canvas.parentElement?.append(popup);

  const close = () => {
    popup.hidden = true;
    popup.replaceChildren();
  };

  const expand = async (id: string, types: string[]) => {
    close();
    const graph = await core.attempt('expand', () => core.api.neighbors(id, { types, limit: EXPAND_LIMIT }));
    if (!graph) return;
    const added = core.mergeGraph(graph, id);
    core.say({
      kind: graph.truncated ? 'warning' : 'info',
      source: 'expand',
      text: graph.truncated
        ? `Capped: showing the first ${EXPAND_LIMIT} neighbours only (${added.length} new). Pick fewer relationship types to see the rest.`
        : `Added ${added.length} new neighbours.`,
    });
  };

  /** Opens the chooser for a node; exposed so the inspector's "Expand…" button does the same. */
  const open = async (id: string) => {
    const response = await core.attempt('expand', () => core.api.neighborCounts(id));
    if (!response) return;
    const totals = countsByType(response.counts);
    const boxes = totals.map(({ type, count }) =>
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', value: type, checked: type !== 'MENTIONED_IN' }),
        ` ${type} `,
        h('span', { class: 'count' }, String(count)),
      ),
    );
    const chosen = () =>
      boxes
        .map((b) => b.querySelector('input')!)
        .filter((i) => i.checked)
        .map((i) => i.value);
    const node = core.cy.getElementById(id);
    const at = node.nonempty() ? node.renderedPosition() : { x: 40, y: 40 };
    popup.style.insetInlineStart = '';
    popup.style.left = `${Math.max(8, at.x + 20)}px`;
    popup.style.top = `${Math.max(8, at.y - 20)}px`;
    popup.replaceChildren(
      h('h3', {}, 'Expand neighbours'),
      totals.length === 0
        ? h('p', {}, 'No relationships.')
        : h('fieldset', {}, h('legend', {}, 'Relationship types'), ...boxes),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            disabled: totals.length === 0,
            onclick: () => void expand(id, chosen()),
          },
          'Expand',
        ),
        h('button', { type: 'button', onclick: close }, 'Cancel'),
      ),
      h('p', { class: 'hint' }, `At most ${EXPAND_LIMIT} neighbours are added at once.`),
    );
    popup.hidden = false;
    popup.querySelector<HTMLElement>('button.primary, button')?.focus();
  };

  popup.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  core.cy.on('dbltap', 'node', (event) => void open(event.target.id()));
  core.cy.on('tap', (event) => {
    if (event.target === core.cy) close();
  });
  core.on('dismiss', close);
  core.services.provide('expandNode', open);
}
