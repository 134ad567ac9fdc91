// A tiny element builder: enough to keep feature modules readable without a UI framework.
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (key === 'class') element.className = String(value);
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Replaces an element's children. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

/** Saves a blob under a file name through a temporary link. */
export function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The × that closes a dialog. */
export function closeButton(label: string, onclick: () => void): HTMLButtonElement {
  return h('button', { type: 'button', class: 'close', 'aria-label': label, onclick }, '×');
}

/** Opens and closes an overlay: Esc closes it, and the focus goes back to what had it before. */
export function modal(overlay: HTMLElement): { open(): void; close(): void } {
  let opener: HTMLElement | null = null;
  const close = () => {
    if (overlay.hidden) return;
    overlay.hidden = true;
    opener?.focus();
  };
  overlay.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  return {
    open: () => {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      overlay.hidden = false;
    },
    close,
  };
}

/** A modal dialog named by its title element (`titleId`). */
export function dialog(
  className: string,
  titleId: string,
  testId: string,
  ...children: Child[]
): HTMLElement {
  return h(
    'article',
    {
      class: className,
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      'data-testid': testId,
    },
    ...children,
  );
}

/**
 * A link to an article's page at its outlet, opened apart from the app (no opener, no referrer);
 * none for an address that is not http(s), which could run or open something when followed.
 */
export function sourceLink(url: string | undefined): HTMLAnchorElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return h(
    'a',
    {
      href: url,
      target: '_blank',
      rel: 'noopener noreferrer',
      class: 'source-link',
      'data-testid': 'source-link',
    },
    'source page ↗',
  );
}

/** Whether a key press goes to something the user types in (a field, the editor), not to the app. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
