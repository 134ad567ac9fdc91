// API keys: when the server answers 401 the app asks for a key in a small dialog, keeps it in
// localStorage (never in the URL, so permalinks and exports never carry it) and sends it as
// `Authorization: Bearer`; "API key…" in the header changes or forgets it. The button shows only
// when the server asks for keys (its health says so, or a request was refused with 401): a server
// running open has no key to enter.
import { credentials } from '../core/api.ts';
import type { Core } from '../core/core.ts';
import { h } from '../core/dom.ts';

export function registerApiKey(core: Core): void {
  const reason = h('p', { class: 'hint', 'data-testid': 'api-key-reason' });
  const input = h('input', {
    type: 'password',
    name: 'api-key',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-label': 'API key',
  });
  const form = h(
    'form',
    { method: 'dialog' },
    h('h2', {}, 'API key'),
    reason,
    h('label', { class: 'field' }, 'Key ', input),
    h(
      'p',
      { class: 'hint' },
      'Kept in this browser only and sent as “Authorization: Bearer”; never put in links or exports.',
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', value: 'save', class: 'primary' }, 'Save key'),
      h('button', { type: 'submit', value: 'forget' }, 'Forget key'),
      h('button', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel'),
    ),
  );
  const dialog = h('dialog', { class: 'api-key-dialog', 'aria-label': 'API key' }, form);
  document.body.append(dialog);

  /** One answer for every request that hit a 401 while the dialog was open. */
  let pending: Promise<boolean> | null = null;
  const ask = (why: string): Promise<boolean> => {
    button.hidden = false;
    if (pending) return pending;
    reason.textContent = why;
    input.value = credentials.key() ?? '';
    pending = new Promise<boolean>((resolve) => {
      dialog.addEventListener(
        'close',
        () => {
          pending = null;
          const choice = dialog.returnValue;
          const key = input.value.trim();
          if (choice === 'save' && key) {
            credentials.setKey(key);
            core.say({ kind: 'info', source: 'api-key', text: 'API key saved in this browser.' });
            resolve(true);
            return;
          }
          if (choice === 'forget') credentials.setKey(null);
          resolve(false);
        },
        { once: true },
      );
    });
    dialog.returnValue = '';
    dialog.showModal();
    input.focus();
    return pending;
  };
  credentials.ask = ask;

  const button = h(
    'button',
    {
      type: 'button',
      class: 'api-key-button',
      hidden: true,
      onclick: () =>
        void ask(credentials.key() ? 'A key is saved; enter another to replace it.' : 'No key is saved.'),
    },
    'API key…',
  );
  core.regions.header.append(button);
  void core.api.health().then(
    (health) => {
      if (health.keysRequired) button.hidden = false;
    },
    // an unreachable server says so on its own; a 401 still shows the button
    () => undefined,
  );
}
