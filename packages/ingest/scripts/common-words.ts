// `pnpm common-words`: the words ANERcorp's training part (../shared/benchmarks/anercorp, CC BY-SA
// 4.0) uses often and never as part of a person's name, written to src/lexicon/common-words.json.
// The recognizer reads it to refuse a title's "name" that is an ordinary word (`منصب`, `سيكون`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nameKey } from '@shabaka/model';
import { GIVEN_NAMES } from '../src/gazetteer/names.ts';

const SOURCE = fileURLToPath(
  new URL('../../../../shared/benchmarks/anercorp/ANERCorp_CamelLab_train.txt', import.meta.url),
);
const TARGET = fileURLToPath(new URL('../src/lexicon/common-words.json', import.meta.url));
/** Seen at least this often outside any name, and never inside a person's name. */
const MIN_COUNT = 3;

if (!existsSync(SOURCE)) {
  console.error(`common-words: ${SOURCE} is not here (it is in ../shared beside the repository)`);
  process.exit(1);
}
const outside = new Map<string, number>();
const inName = new Set<string>();
for (const line of readFileSync(SOURCE, 'utf8').split('\n')) {
  const [token, tag] = line.trim().split(/\s+/);
  if (!token || !tag || !/\p{L}/u.test(token)) continue;
  const key = nameKey(token);
  if (tag.endsWith('PERS')) inName.add(key);
  else if (tag === 'O') outside.set(key, (outside.get(key) ?? 0) + 1);
}
const given = new Set([...GIVEN_NAMES].map(nameKey));
const words = [...outside]
  .filter(([key, n]) => n >= MIN_COUNT && !inName.has(key) && !given.has(key) && key.length >= 2)
  .map(([key]) => key)
  .sort();
const header =
  'Derived from ANERcorp (Benajiba & Rosso; CAMeL Lab train split), CC BY-SA 4.0: see ATTRIBUTION.md';
writeFileSync(TARGET, `${JSON.stringify({ about: header, words })}\n`);
console.log(`common-words: ${words.length} words written to ${TARGET}`);
