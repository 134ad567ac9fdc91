// Hedging, denial and attribution of a claim, read from its sentence: `يعتقد`, `يرجح`, `أنباء عن`
// → hedged; `نفى` → negated; `بحسب مصادر محلية`, `وكالة X`, `قالت مصادر X` → attributedTo.
import { HEDGES, NEGATIONS } from './gazetteer/words.ts';
import { LEXICON } from './lexicon/index.ts';
import { stemIn, type Token } from './text/tokens.ts';
import {
  ACCORDING_TO,
  CLAUSE_BREAKS,
  CLAUSE_OPENERS,
  SKIP_AFTER_ACCORDING,
  SOURCES,
} from './lexicon/qualifiers.ts';

export interface Qualifiers {
  hedged?: boolean;
  negated?: boolean;
  attributedTo?: string;
}

/**
 * `claimStart` is the first token of the claim: a denial or hedge counts only before it (`نفى X
 * أن يكون ...` denies what follows, not the title of X). -1: the claim is never denied (roles).
 */
export function qualifiersOf(
  tokens: readonly Token[],
  [from, to]: [number, number],
  text: string,
  claimStart: number,
): Qualifiers {
  const out: Qualifiers = {};
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (stemIn(t, HEDGES) && (claimStart < 0 || i <= claimStart + 2)) out.hedged = true;
    if (stemIn(t, NEGATIONS) && claimStart >= 0 && i < claimStart && !newClauseBetween(tokens, i, claimStart))
      out.negated = true;
    if (out.attributedTo) continue;
    if (stemIn(t, ACCORDING_TO)) {
      let a = i + 1;
      while (a <= to && SKIP_AFTER_ACCORDING.has(tokens[a]!.key)) a++;
      const phrase = wordsUntilClause(tokens, a, Math.min(to, a + 5), text);
      if (phrase) out.attributedTo = phrase;
    } else if ((stemIn(t, SOURCES) && (i === from || stemIn(tokens[i - 1], LEXICON.speech))) || i === from) {
      if (!stemIn(t, SOURCES)) continue;
      const phrase = wordsUntilClause(tokens, i, Math.min(to, i + 5), text, true);
      if (phrase) out.attributedTo = phrase;
    }
  }
  return out;
}

/** The denial at token a does not govern token b: a `؛`, or a new clause opened after `،` or by `و` + verb. */
function newClauseBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k]!;
    if (t.text === '؛' || t.text === ';') return true;
    const next = tokens[k + 1];
    if (t.text === '،' && next?.kind === 'word' && (stemIn(next, CLAUSE_OPENERS) || next.key.startsWith('و')))
      return true;
    if (t.kind === 'word' && t.key.startsWith('و') && stemIn(t, LEXICON.speech)) return true;
  }
  return false;
}

function wordsUntilClause(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
  stopAtVerb = false,
) {
  let end = from - 1;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') break;
    if (stopAtVerb && i > from && (stemIn(t, LEXICON.speech) || stemIn(t, CLAUSE_BREAKS))) break;
    end = i;
  }
  if (end < from) return undefined;
  return (
    text
      .slice(tokens[from]!.start, tokens[end]!.end)
      .replace(/[“”"«»]/g, '')
      .trim() || undefined
  );
}
