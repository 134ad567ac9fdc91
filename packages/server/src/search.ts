// Search terms into a Lucene query over `searchText` (folded the way the writer folded names),
// and the re-ranking that puts names starting with the query first.
import { type FoldedQuery, latinKey, MIN_FUZZY_LETTERS, MIN_PREFIX_LETTERS, nameKey } from '@shabaka/model';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const escapeLucene = (term: string) => term.replace(LUCENE_SPECIAL, '\\$&');

// The folding lives in the model, so that `pnpm eval`'s transliteration figures use it too.
export { type FoldedQuery, foldQuery, MIN_FUZZY_LETTERS, MIN_PREFIX_LETTERS } from '@shabaka/model';

/**
 * Each tier matches more than the one before; search stops at the first that finds a page.
 * Fuzzy matching is the costly one, so it is the fallback for a query that found too little; the
 * last tier adds the names spelt in the other script (the cross-script key of a strong name).
 */
export const SEARCH_TIERS = ['prefix', 'fuzzy', 'crossScript'] as const;
export type SearchTier = (typeof SEARCH_TIERS)[number];

const letters = (term: string) => [...term].filter((ch) => /\p{L}|\p{N}/u.test(ch)).length;

function prefixable(folded: FoldedQuery, term: string): boolean {
  if (!folded.arabic) return letters(term) >= MIN_PREFIX_LETTERS.latin;
  const minimum =
    folded.terms.length > 1 ? MIN_PREFIX_LETTERS.arabicAfterAnotherWord : MIN_PREFIX_LETTERS.arabic;
  return letters(term.startsWith('ال') ? term.slice(2) : term) >= minimum;
}

const fuzzable = (folded: FoldedQuery, term: string) => !folded.arabic && letters(term) >= MIN_FUZZY_LETTERS;

/**
 * Every word must match; the last may be a prefix when it is long enough (the user is still
 * typing). At the `fuzzy` tier long Latin words also match one edit away, since
 * transliterations differ.
 */
export function luceneQuery(folded: FoldedQuery, tier: SearchTier = 'fuzzy'): string {
  if (tier === 'crossScript') {
    const words = luceneQuery(folded, 'fuzzy');
    return folded.crossKey ? `(${words}) ${escapeLucene(folded.crossKey)}` : words;
  }
  const last = folded.terms.length - 1;
  const prefix = prefixable(folded, folded.terms[last] ?? '');
  return folded.terms
    .map((term, i) => {
      const t = escapeLucene(term);
      const options = [`${t}^3`];
      if (i === last && prefix) options.push(`${t}*`);
      if (tier === 'fuzzy' && fuzzable(folded, term)) options.push(`${t}~1`);
      return `+(${options.join(' ')})`;
    })
    .join(' ');
}

/** The Lucene queries to try in order, each matching more than the one before it. */
export function searchTiers(folded: FoldedQuery): string[] {
  return [...new Set(SEARCH_TIERS.map((tier) => luceneQuery(folded, tier)))];
}

export interface Candidate {
  name: string;
  aliases: readonly string[];
  latin?: string | undefined;
  score: number;
  /** Articles mentioning the entity: counted for the returned page only, and a tie-break there. */
  mentions?: number;
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
    .sort((a, b) => b.rank - a.rank || (b.mentions ?? 0) - (a.mentions ?? 0));
}
