// A sentence folded for the term rules' patterns, with where each folded character came from:
// marks and tatweel dropped and letters folded as names are (the model's one declaration of
// them), Arabic digits to 0-9, lower case. Offsets of a match map back through `at`.
import { ARABIC_MARK_CLASS, LETTER_FOLDS } from '@shabaka/model';

const DROPPED = new RegExp(`[${ARABIC_MARK_CLASS}\u0640]`);

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
    text += digit >= 0 ? String(digit) : (LETTER_FOLDS[c] ?? (lower.length === 1 ? lower : c));
    at.push(i);
  }
  at.push(sentence.length);
  return { text, at };
}
