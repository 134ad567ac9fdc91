// Investigations: the canvas saved under a name, with notes, on the server for anyone with
// access; listed, opened, renamed, duplicated, deleted. The one open is named in the header,
// with word of changes not yet saved, and its permalink (#investigation=id) opens it whole.
import type { InvestigationSummary, OpenedInvestigation } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { closeButton, dialog, fill, h, modal } from '../core/dom.ts';
import { applyView, captureView } from './investigation-view.ts';
import { encodeLink } from './permalink.ts';

interface Current {
  id: string;
  name: string;
  notes: string;
  changed: boolean;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What an opened investigation lacks now, in words; null when it is whole. */
export function missingNote({ missing }: Pick<OpenedInvestigation, 'missing'>): string | null {
  const { nodes, edges } = missing;
  if (nodes.length === 0 && edges.length === 0) return null;
  const parts = [
    nodes.length ? plural(nodes.length, 'node') : '',
    edges.length ? plural(edges.length, 'claim') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return `${parts} of this investigation ${nodes.length + edges.length === 1 ? 'is' : 'are'} no longer in the graph (their articles were retracted or read again since it was saved).`;
}

export function registerInvestigations(core: Core): void {
  let current: Current | null = null;
  /** set while a saved view is drawn, so that drawing it is not taken for a change */
  let opening = false;

  const chip = h('span', {
    class: 'current-investigation',
    'data-testid': 'current-investigation',
    hidden: true,
  });
  const saveChip = h('button', { type: 'button', hidden: true, onclick: () => void saveCurrent() }, 'Save');
  const showCurrent = () => {
    chip.hidden = !current;
    saveChip.hidden = !current?.changed;
    // the name in its own direction: an Arabic name does not reorder the words around it
    if (current)
      fill(chip, 'Investigation: ', h('bdi', {}, current.name), current.changed ? ' · unsaved changes' : '');
    else fill(chip);
  };
  const become = (next: Current | null) => {
    current = next;
    showCurrent();
    if (current) history.replaceState(null, '', `#${encodeLink({ investigation: current.id })}`);
  };
  const changed = () => {
    if (opening || !current || current.changed) return;
    current.changed = true;
    showCurrent();
  };
  core.on('graph-changed', ({ reason }) => {
    if (opening) return;
    // a query or the overview replaced the canvas: it no longer shows the investigation
    if (reason === 'replace') become(null);
    else changed();
  });
  core.on('layout-changed', changed);
  core.on('preferences-changed', changed);
  core.cy.on('dragfree', 'node', changed);

  const open = async (id: string) => {
    const opened = await core.attempt('investigation', () => core.api.openInvestigation(id));
    if (!opened) return;
    opening = true;
    try {
      become({ id: opened.id, name: opened.name, notes: opened.notes, changed: false });
      applyView(core, opened);
    } finally {
      opening = false;
    }
    close();
    const note = missingNote(opened);
    core.say({
      kind: note ? 'warning' : 'info',
      source: 'investigation',
      text: note ?? `Opened “${opened.name}”: ${plural(opened.graph.nodes.length, 'node')}.`,
    });
  };
  core.services.provide('openInvestigation', open);
  core.services.provide('currentInvestigation', () => (current ? { ...current } : null));

  const saveCurrent = async () => {
    if (!current) return;
    const { id } = current;
    const saved = await core.attempt('investigation', () =>
      core.api.updateInvestigation(id, { view: captureView(core), notes: notes.value }),
    );
    if (!saved) return;
    become({ id, name: saved.name, notes: saved.notes, changed: false });
    core.say({ kind: 'info', source: 'investigation', text: `Saved “${saved.name}”.` });
    void refresh();
  };
  const saveNew = async () => {
    const name = nameInput.value.trim();
    if (!name) {
      status.textContent = 'Give the investigation a name first.';
      nameInput.focus();
      return;
    }
    const saved = await core.attempt('investigation', () =>
      core.api.saveInvestigation({ name, notes: notes.value, view: captureView(core) }),
    );
    if (!saved) return;
    become({ id: saved.id, name: saved.name, notes: saved.notes, changed: false });
    nameInput.value = '';
    core.say({
      kind: 'info',
      source: 'investigation',
      text: `Saved “${saved.name}” (${plural(saved.nodes, 'node')}, ${plural(saved.edges, 'claim')}); its link opens it for anyone with access.`,
    });
    close();
  };

  // ---- the dialog ----
  const overlay = h('div', { class: 'overlay investigations-overlay', hidden: true });
  document.body.append(overlay);
  const nameInput = h('input', { type: 'text', 'aria-label': 'Name', maxlength: 120, dir: 'auto' });
  const notes = h('textarea', {
    'aria-label': 'Notes',
    rows: 4,
    dir: 'auto',
    'data-testid': 'investigation-notes',
  });
  const saveChanges = h('button', { type: 'button', onclick: () => void saveCurrent() }, 'Save changes');
  const list = h('ul', { class: 'investigation-list', 'data-testid': 'investigation-list' });
  const status = h('p', { class: 'hint', role: 'status' });

  const row = (item: InvestigationSummary): HTMLElement => {
    const name = h(
      'button',
      { type: 'button', class: 'link', onclick: () => void open(item.id) },
      h('bdi', {}, item.name),
    );
    const meta = h(
      'span',
      { class: 'hint' },
      `${plural(item.nodes, 'node')} · ${plural(item.edges, 'claim')} · ${item.updatedAt.slice(0, 16).replace('T', ' ')}${item.createdBy ? ` · ${item.createdBy}` : ''}`,
    );
    const entry = h('li', { 'data-id': item.id }, name, meta);
    const act = (label: string, run: () => unknown) =>
      h(
        'button',
        { type: 'button', 'aria-label': `${label} ${item.name}`, onclick: () => void run() },
        label,
      );
    const rename = () => {
      const input = h('input', {
        type: 'text',
        value: item.name,
        'aria-label': `New name of ${item.name}`,
        dir: 'auto',
      });
      input.addEventListener('keydown', async (event) => {
        if (event.key === 'Escape') {
          event.stopPropagation(); // Esc leaves the renaming, not the dialog
          return void refresh();
        }
        if (event.key !== 'Enter') return;
        const renamed = await core.attempt('investigation', () =>
          core.api.updateInvestigation(item.id, { name: input.value }),
        );
        if (renamed && current?.id === item.id) become({ ...current, name: renamed.name });
        void refresh();
      });
      fill(entry, input);
      input.focus();
      input.select();
    };
    const remove = () => {
      const yes = h('button', { type: 'button', class: 'danger' }, 'Delete');
      const no = h('button', { type: 'button', onclick: () => void refresh() }, 'Keep');
      yes.addEventListener('click', async () => {
        const deleted = await core.attempt('investigation', () => core.api.deleteInvestigation(item.id));
        if (deleted && current?.id === item.id) {
          become(null);
          history.replaceState(null, '', location.pathname + location.search); // its link is gone
        }
        void refresh();
      });
      fill(
        entry,
        h('span', {}, 'Delete ', h('bdi', {}, item.name), '? The graph itself is not touched. '),
        yes,
        no,
      );
      no.focus();
    };
    entry.append(
      h(
        'span',
        { class: 'actions' },
        act('Rename', rename),
        act('Duplicate', async () => {
          await core.attempt('investigation', () => core.api.duplicateInvestigation(item.id));
          await refresh();
        }),
        act('Delete', remove),
      ),
    );
    return entry;
  };

  const refresh = async () => {
    const answer = await core.attempt('investigation', () => core.api.investigations());
    if (!answer) return;
    const lostFocus = list.contains(document.activeElement) || document.activeElement === document.body;
    fill(list, ...answer.investigations.map(row));
    status.textContent = answer.investigations.length === 0 ? 'No investigation saved yet.' : '';
    // the row that had the focus is drawn anew: the dialog keeps it, so Esc still closes it
    if (lostFocus && !overlay.hidden) box.focus();
  };

  const dialogOpen = modal(overlay);
  const close = dialogOpen.close;
  const currentPart = h('p', { class: 'hint' });
  const box = dialog(
    'article-view investigations',
    'investigations-title',
    'investigations',
    h('header', {}, h('h2', { id: 'investigations-title' }, 'Investigations'), closeButton('Close', close)),
    h('h3', {}, 'This canvas'),
    currentPart,
    h('label', { class: 'field' }, 'Notes ', notes),
    h(
      'div',
      { class: 'actions' },
      saveChanges,
      h('label', { class: 'field' }, 'Name ', nameInput),
      h('button', { type: 'button', onclick: () => void saveNew() }, 'Save as new investigation'),
    ),
    h('h3', {}, 'Saved'),
    list,
    status,
  );
  box.tabIndex = -1;
  overlay.append(box);
  nameInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void saveNew();
  });

  core.regions.header.append(
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'investigations-button',
        onclick: () => {
          if (current)
            fill(
              currentPart,
              'Open: ',
              h('bdi', {}, current.name),
              current.changed ? ', with changes not saved yet.' : '.',
            );
          else
            fill(
              currentPart,
              'Not saved yet: name it to keep it, with everything on the canvas as it is now.',
            );
          saveChanges.hidden = !current;
          notes.value = current?.notes ?? '';
          status.textContent = '';
          dialogOpen.open();
          void refresh();
          (current ? notes : nameInput).focus();
        },
      },
      'Investigations…',
    ),
    chip,
    saveChip,
  );
}
