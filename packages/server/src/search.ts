// Search terms into a Lucene query over `searchText` (folded the way the writer folded names),
// and the re-ranking that puts names starting with the query first.
import { latinKey, nameKey } from '@shabaka/model';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const HAS_ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const MAX_TERMS = 8;

export const escapeLucene = (term: string) => term.replace(LUCENE_SPECIAL, '\\$&');

export interface FoldedQuery {
  key: string;
  latin: string;
  /** The words the Lucene query uses: the Arabic key for Arabic input, else the Latin key. */
  terms: string[];
  arabic: boolean;
}

export function foldQuery(q: string): FoldedQuery {
  const key = nameKey(q);
  const latin = latinKey(q);
  const arabic = HAS_ARABIC.test(q);
  const terms = (arabic ? key : latin).split(' ').filter(Boolean).slice(0, MAX_TERMS);
  return { key, latin, terms, arabic };
}

/**
 * Every word must match; the last may be a prefix (the user is still typing). Latin words of
 * four letters or more also match one edit away, since transliterations differ (Dahman/Dehman).
 */
export function luceneQuery(folded: FoldedQuery): string {
  return folded.terms
    .map((term, i) => {
      const t = escapeLucene(term);
      const options = [`${t}^3`];
      if (i === folded.terms.length - 1) options.push(`${t}*`);
      if (!folded.arabic && term.length >= 4) options.push(`${t}~1`);
      return `+(${options.join(' ')})`;
    })
    .join(' ');
}

export interface Candidate {
  name: string;
  aliases: readonly string[];
  latin?: string | undefined;
  score: number;
  mentions: number;
}

/** Exact names first, then names (or aliases, or transliterations) that start with the query. */
export function rankBonus(folded: FoldedQuery, candidate: Candidate): number {
  const keys = [candidate.name, ...candidate.aliases].map(nameKey);
  const latin = candidate.latin ? latinKey(candidate.latin) : '';
  if (keys.includes(folded.key) || (latin !== '' && latin === folded.latin)) return 100;
  if (keys.some((k) => k.startsWith(folded.key)) || (latin !== '' && latin.startsWith(folded.latin)))
    return 50;
  const words = keys.flatMap((k) => k.split(' ')).concat(latin.split(' '));
  return words.some((w) => w.startsWith(folded.terms[0] ?? '\u0000')) ? 10 : 0;
}

export function rank<T extends Candidate>(
  folded: FoldedQuery,
  candidates: readonly T[],
): Array<T & { rank: number }> {
  return candidates
    .map((c) => ({ ...c, rank: rankBonus(folded, c) + c.score }))
    .sort((a, b) => b.rank - a.rank || b.mentions - a.mentions);
}
