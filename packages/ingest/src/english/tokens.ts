// English words with their offsets: a hyphenated or apostrophized word (`al-Julani`, `group's`) is
// one token; `lower` is its lower-case form without a possessive `'s`, which `possessive` records.
import type { Sentence } from '../stages/split.ts';

export interface EnToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  sentence: number;
  /** Starts with a capital letter (Arabic script has none, so a quoted Arabic name never is). */
  cap: boolean;
  word: boolean;
  possessive: boolean;
}

/** Initials (`U.S.`), words joined by hyphens or apostrophes, or one other character. */
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|\S/gu;
const POSSESSIVE = /['’]s$/;

/** The readable sentences' tokens (bylines and datelines carry no claims). */
export function tokenize(sentences: readonly Sentence[]): EnToken[] {
  const tokens: EnToken[] = [];
  for (const s of sentences) {
    if (s.kind === 'byline' || s.kind === 'dateline') continue;
    for (const m of s.text.matchAll(TOKEN)) {
      const raw = m[0];
      const word = /[\p{L}\p{N}]/u.test(raw);
      const possessive = POSSESSIVE.test(raw);
      const lower = raw.toLowerCase().replace(POSSESSIVE, '').replace(/’/g, "'");
      const start = s.start + m.index;
      tokens.push({
        text: raw,
        lower,
        start,
        end: start + raw.length,
        sentence: s.index,
        cap: /^\p{Lu}/u.test(raw),
        word,
        possessive,
      });
    }
  }
  // `HTS’ media office`: a bare apostrophe after a word makes that word possessive.
  for (const [i, t] of tokens.entries())
    if ((t.text === '’' || t.text === "'") && i > 0 && tokens[i - 1]!.end === t.start)
      tokens[i - 1]!.possessive = true;
  return tokens;
}
