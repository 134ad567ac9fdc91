// Finding quoted words in an article: quotation marks and whitespace runs are not meaning, so
// a quote is matched without them and its span mapped back to the article's own offsets.
import type { Span } from '@shabaka/model';

const QUOTE_MARKS = /["«»\u201C\u201D\u201E\u201F]/;

/** The text with quotation marks dropped and whitespace runs folded, and where each char came from. */
function comparable(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (QUOTE_MARKS.test(ch)) continue;
    if (/\s/.test(ch)) {
      if (out === '' || out.endsWith(' ')) continue;
      out += ' ';
    } else {
      out += ch;
    }
    origin.push(i);
  }
  return { text: out, origin };
}

/**
 * Finds a phrase (a gold annotation's or a model's quote) in the text: its `...`-separated pieces in order, verbatim but for
 * quotation marks and whitespace. The span runs from the first piece's start to the last's end.
 */
export function locatePhrase(phrase: string, text: string, from = 0): Span | undefined {
  const haystack = comparable(text);
  const pieces = phrase
    .split('...')
    .map((piece) => comparable(piece).text.trim())
    .filter(Boolean);
  let cursor = haystack.origin.findIndex((o) => o >= from);
  if (cursor < 0 || pieces.length === 0) return undefined;
  let start: number | undefined;
  let end = 0;
  for (const piece of pieces) {
    const at = haystack.text.indexOf(piece, cursor);
    if (at < 0) return undefined;
    start ??= haystack.origin[at]!;
    end = haystack.origin[at + piece.length - 1]! + 1;
    cursor = at + piece.length;
  }
  return start === undefined ? undefined : { start, end };
}

const LETTER = /\p{L}/u;
/** One-letter proclitics written joined to the next word: و ب ل ف ك. */
const PROCLITIC = /[وبلفك]/;

/** Whether a span is a whole word, allowing one joined proclitic (`والرقة`), not part of one (`الدمشقي`). */
function isWholeWord(text: string, { start, end }: Span): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const startsWord = !LETTER.test(before) || (PROCLITIC.test(before) && !LETTER.test(text[start - 2] ?? ' '));
  return startsWord && !LETTER.test(after);
}

/** Every place a name or one of its aliases is written as a word, longest first, without overlaps. */
export function mentionsOf(names: readonly string[], text: string): Span[] {
  const spans: Span[] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    let at = 0;
    for (let span = locatePhrase(name, text, at); span; span = locatePhrase(name, text, at)) {
      const overlaps = spans.some((s) => span!.start < s.end && s.start < span!.end);
      if (!overlaps && isWholeWord(text, span)) spans.push(span);
      at = span.end;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
