// `pnpm bench:translit [DIR]`: how the Arabic→Latin transliteration and Latin search fare on
// English/Arabic name pairs nobody here chose (default ../shared/benchmarks/anetac, read at run
// time, never copied). Prints, per split: exact (the transliteration equals the English form up to
// case and hyphens), search hit (the English form, folded as search.ts folds a query, matches the
// `searchText` the planner writes for the Arabic name: every word, the last as a prefix, long words
// one edit away; then also search's last tier, the cross-script key), and
// cross-script key (cross-script.ts `crossScriptKey`) agreement.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchText } from '@shabaka/ingest';
import { crossScriptKey, nameKey, searchCrossKey, transliterate } from '@shabaka/model';
import { foldQuery, MIN_FUZZY_LETTERS, MIN_PREFIX_LETTERS } from '../src/search.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = process.argv[2] ?? join(ROOT, '..', 'shared', 'benchmarks', 'anetac');

const simple = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();

/** Edit distance at most one (Lucene's `~1`, transpositions included). */
function withinOneEdit(a: string, b: string): boolean {
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

function searchHit(english: string, arabic: string, crossScript: boolean): boolean {
  const indexed = searchText([nameKey(arabic)], transliterate(arabic), searchCrossKey(arabic)).split(' ');
  const { terms, crossKey } = foldQuery(english);
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

for (const split of ['dev', 'test']) {
  const en = join(dir, `${split}.en`);
  const ar = join(dir, `${split}.ar`);
  if (!existsSync(en) || !existsSync(ar)) {
    console.log(`${split}: no ${split}.en/${split}.ar in ${dir}`);
    continue;
  }
  const english = readFileSync(en, 'utf8').split('\n');
  const arabic = readFileSync(ar, 'utf8').split('\n');
  let pairs = 0;
  let exact = 0;
  let hits = 0;
  let crossHits = 0;
  let keys = 0;
  for (const [i, e] of english.entries()) {
    const a = arabic[i]?.trim();
    if (!e.trim() || !a) continue;
    pairs++;
    if (simple(transliterate(a)) === simple(e)) exact++;
    if (searchHit(e, a, false)) hits++;
    if (searchHit(e, a, true)) crossHits++;
    if (crossScriptKey(e) === crossScriptKey(a)) keys++;
  }
  const pct = (n: number) => `${((100 * n) / pairs).toFixed(1)}%`;
  console.log(
    `${split}: ${pairs} pairs; exact ${pct(exact)} (${exact}), search hit ${pct(hits)} (${hits}) by words, ${pct(crossHits)} (${crossHits}) with the cross-script tier, cross-script key ${pct(keys)} (${keys})`,
  );
}
