// A sentence folded for the term rules' patterns, with where each folded character came from:
// diacritics and tatweel dropped, alef forms to ا, ى to ي, ة to ه, Arabic digits to 0-9, lower
// case. Offsets of a match map back to the sentence through `at`.
const DROPPED = /[\u064B-\u065F\u0670\u0640]/;
const FOLDS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };

export interface Folded {
  text: string;
  /** The sentence offset of each folded character, and one past the end. */
  at: number[];
}

export function foldWithOffsets(sentence: string): Folded {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (DROPPED.test(c)) continue;
    const code = c.charCodeAt(0);
    const digit =
      code >= 0x660 && code <= 0x669 ? code - 0x660 : code >= 0x6f0 && code <= 0x6f9 ? code - 0x6f0 : -1;
    const lower = c.toLowerCase();
    text += digit >= 0 ? String(digit) : (FOLDS[c] ?? (lower.length === 1 ? lower : c));
    at.push(i);
  }
  at.push(sentence.length);
  return { text, at };
}
