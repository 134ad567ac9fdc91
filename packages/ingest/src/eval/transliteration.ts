// How the Arabic→Latin transliteration and Latin search fare on English/Arabic name pairs nobody
// here chose (ANETAC, ../shared/benchmarks/anetac, read at run time, never copied). Per split:
// exact (the transliteration equals the English form up to case and hyphens), search hit (the
// English form, folded as search folds a query, matches the `searchText` the planner writes for the
// Arabic name: every word, the last as a prefix, long words one edit away; then also search's last
// tier, the cross-script key), and cross-script key agreement.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  crossScriptKey,
  foldQuery,
  MIN_FUZZY_LETTERS,
  MIN_PREFIX_LETTERS,
  nameKey,
  searchCrossKey,
  transliterate,
} from '@shabaka/model';
import { searchText } from '../stages/plan.ts';
import { REPO_ROOT } from './sets.ts';

export const ANETAC_DIR = join(REPO_ROOT, '..', 'shared', 'benchmarks', 'anetac');
const SPLITS = ['dev', 'test'] as const;

export interface TransliterationFigures {
  split: string;
  pairs: number;
  exact: number;
  searchHits: number;
  crossScriptHits: number;
  sameCrossKey: number;
}

export type TransliterationBenchmark =
  | { dir: string; splits: TransliterationFigures[] }
  | { dir: string; skipped: string };

const simple = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();

/** Edit distance at most one (Lucene's `~1`, transpositions included). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether a search for the Latin spelling finds a node named by the Arabic one. */
export function searchFinds(latin: string, arabic: string, crossScript: boolean): boolean {
  const indexed = searchText([nameKey(arabic)], transliterate(arabic), searchCrossKey(arabic)).split(' ');
  const { terms, crossKey } = foldQuery(latin);
  if (crossScript && crossKey && indexed.includes(crossKey)) return true;
  return terms.every((term, i) =>
    indexed.some(
      (word) =>
        word === term ||
        (i === terms.length - 1 && term.length >= MIN_PREFIX_LETTERS.latin && word.startsWith(term)) ||
        (term.length >= MIN_FUZZY_LETTERS && withinOneEdit(word, term)),
    ),
  );
}

/** The figures of line-aligned English and Arabic names. */
export function measurePairs(split: string, english: string[], arabic: string[]): TransliterationFigures {
  const figures = { split, pairs: 0, exact: 0, searchHits: 0, crossScriptHits: 0, sameCrossKey: 0 };
  for (const [i, e] of english.entries()) {
    const a = arabic[i]?.trim();
    if (!e.trim() || !a) continue;
    figures.pairs++;
    if (simple(transliterate(a)) === simple(e)) figures.exact++;
    if (searchFinds(e, a, false)) figures.searchHits++;
    if (searchFinds(e, a, true)) figures.crossScriptHits++;
    if (crossScriptKey(e) === crossScriptKey(a)) figures.sameCrossKey++;
  }
  return figures;
}

/** Every split of the benchmark folder; skipped, with why, when the folder or its files are absent. */
export function measureTransliteration(dir = ANETAC_DIR): TransliterationBenchmark {
  if (!existsSync(dir))
    return { dir, skipped: `${dir} does not exist (the shared folder is not beside this checkout)` };
  const present = SPLITS.filter((s) => existsSync(join(dir, `${s}.en`)) && existsSync(join(dir, `${s}.ar`)));
  if (present.length === 0) return { dir, skipped: `${dir} holds no dev.en/dev.ar or test.en/test.ar` };
  const lines = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n');
  return { dir, splits: present.map((s) => measurePairs(s, lines(`${s}.en`), lines(`${s}.ar`))) };
}

export function renderTransliteration(benchmark: TransliterationBenchmark): string {
  if ('skipped' in benchmark) return `== transliteration (ANETAC): skipped, ${benchmark.skipped}`;
  return [
    `== transliteration (ANETAC name pairs in ${benchmark.dir})`,
    ...benchmark.splits.map((f) => {
      const pct = (n: number) => `${((100 * n) / f.pairs).toFixed(1)}% (${n})`;
      return `  ${f.split}: ${f.pairs} pairs; exact ${pct(f.exact)}, search hit ${pct(f.searchHits)} by words, ${pct(f.crossScriptHits)} with the cross-script tier, cross-script key ${pct(f.sameCrossKey)}`;
    }),
  ].join('\n');
}
