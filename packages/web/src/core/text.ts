// Bidirectional text: Arabic names must keep their order on a canvas (which has no `dir`
// attribute) and inside left-to-right interface text.

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG_ANY = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

const RLI = '\u2067';
const LRI = '\u2066';
const PDI = '\u2069';

/** Direction of the first strong character, as the Unicode bidi algorithm's `auto` decides. */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const first = STRONG_ANY.exec(text)?.[0];
  return first !== undefined && STRONG_RTL.test(first) ? 'rtl' : 'ltr';
}

export function hasArabic(text: string): boolean {
  return STRONG_RTL.test(text);
}

/**
 * Wraps text in a directional isolate of its own direction, so a canvas label such as
 * `أبو نجم (media_chief)` keeps the name whole and its neutrals (brackets, digits) on the right side.
 */
export function isolate(text: string): string {
  return `${textDirection(text) === 'rtl' ? RLI : LRI}${text}${PDI}`;
}

/** Removes the isolates again, for text that leaves the app (CSV, clipboard, tests). */
export function stripIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

/** A node's display name: its Latin transliteration when the user asked for it and the data has one. */
export function displayName(
  data: { name?: string | undefined; latin?: string | undefined; id: string },
  preferLatin: boolean,
): string {
  if (preferLatin && data.latin) return data.latin;
  return data.name ?? data.latin ?? data.id;
}

/** A `<bdi>`-like span: an element whose direction the browser decides from its own text. */
export function bidiSpan(text: string, className?: string): HTMLElement {
  const span = document.createElement('bdi');
  span.textContent = text;
  if (className) span.className = className;
  return span;
}
