// How search folds what a user typed (server/search.ts builds its Lucene query from this), here so
// that the transliteration benchmark in `pnpm eval` measures hits as search finds them.
import { searchCrossKey } from './cross-script.ts';
import { latinKey, nameKey } from './names.ts';

const HAS_ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const MAX_TERMS = 8;

export interface FoldedQuery {
  key: string;
  latin: string;
  /** The words the Lucene query uses: the Arabic key for Arabic input, else the Latin key. */
  terms: string[];
  arabic: boolean;
  /** The query's cross-script key, when long enough (names spelt in the other script match it). */
  crossKey?: string;
}

export function foldQuery(q: string): FoldedQuery {
  const key = nameKey(q);
  const latin = latinKey(q);
  const arabic = HAS_ARABIC.test(q);
  const terms = (arabic ? key : latin).split(' ').filter(Boolean).slice(0, MAX_TERMS);
  const crossKey = searchCrossKey(q);
  return { key, latin, terms, arabic, ...(crossKey ? { crossKey } : {}) };
}

/**
 * The shortest trailing word that gets a wildcard: a shorter prefix (`al*`, `ال*` + one letter)
 * matches most of the index and costs more than it helps. Arabic counts letters after the
 * article ال, which begins half of all words; after another word (`ابو الع`) one letter will
 * do, since every word must match and the first already narrows the search.
 */
export const MIN_PREFIX_LETTERS = { latin: 3, arabic: 2, arabicAfterAnotherWord: 1 } as const;
/** Latin words of this length or more may match one edit away (Dahman/Dehman); shorter ones match too much. */
export const MIN_FUZZY_LETTERS = 5;
