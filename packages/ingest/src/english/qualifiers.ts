// Hedging, denial and attribution of an English claim, read from its sentence: `reportedly`,
// `is believed to` -> hedged; `denied`, `not` before the claim's last word -> negated; `according
// to X`, `local sources said` -> attributedTo.
import { ENGLISH_HEDGES, ENGLISH_NEGATIONS, ENGLISH_REPORTERS } from '../lexicon/english.ts';
import type { Qualifiers } from '../qualifiers.ts';
import type { EnToken } from './tokens.ts';

const SAYING = new Set(['said', 'say', 'says', 'told', 'reported', 'reports', 'claimed']);
const PHRASE_STOPS = new Set(['the', 'a', 'an', 'and', 'but', 'that', 'in', 'on', 'of', 'by']);

/** `deniable`: the claim's last token, a denial counts only before it; -1: never denied (roles). */
export function qualifiersOfEnglish(tokens: readonly EnToken[], at: number, deniable: number): Qualifiers {
  const out: Qualifiers = {};
  const sentence = tokens[at]!.sentence;
  let from = at;
  while (from > 0 && tokens[from - 1]!.sentence === sentence) from--;
  for (let i = from; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    const t = tokens[i]!;
    if (ENGLISH_HEDGES.has(t.lower)) out.hedged = true;
    if (deniable >= 0 && i <= deniable && ENGLISH_NEGATIONS.has(t.lower)) out.negated = true;
    if (out.attributedTo) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to')
      out.attributedTo = phraseFrom(tokens, i + 2);
    else if (ENGLISH_REPORTERS.has(t.lower) && SAYING.has(tokens[i + 1]?.lower ?? ''))
      out.attributedTo = phraseEndingAt(tokens, i);
  }
  if (!out.attributedTo) delete out.attributedTo;
  return out;
}

/** Up to six words from i, until punctuation. */
function phraseFrom(tokens: readonly EnToken[], i: number): string | undefined {
  const words: string[] = [];
  for (let k = i; k < i + 6 && tokens[k]?.word && tokens[k]!.sentence === tokens[i]!.sentence; k++)
    words.push(tokens[k]!.text);
  return words.join(' ') || undefined;
}

/** The noun phrase ending at i (`local security sources`): up to three words back, past no stop word. */
function phraseEndingAt(tokens: readonly EnToken[], i: number): string {
  let k = i;
  while (k > i - 3 && k > 0) {
    const prev = tokens[k - 1]!;
    if (!prev.word || prev.sentence !== tokens[i]!.sentence || PHRASE_STOPS.has(prev.lower)) break;
    k--;
  }
  return tokens
    .slice(k, i + 1)
    .map((t) => t.text)
    .join(' ');
}
