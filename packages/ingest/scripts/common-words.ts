// `pnpm common-words`: the words ANERcorp's training part (../shared/benchmarks/anercorp, CC BY-SA
// 4.0) uses often and never as part of a person's name, written to src/lexicon/common-words.json.
// The recognizer reads it to refuse a title's "name" that is an ordinary word (`منصب`, `سيكون`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commonWordsOf } from '../src/lexicon/common.ts';
import { parseConll } from '../src/tagger/corpus.ts';

const SOURCE = fileURLToPath(
  new URL('../../../../shared/benchmarks/anercorp/ANERCorp_CamelLab_train.txt', import.meta.url),
);
const TARGET = fileURLToPath(new URL('../src/lexicon/common-words.json', import.meta.url));

if (!existsSync(SOURCE)) {
  console.error(`common-words: ${SOURCE} is not here (it is in ../shared beside the repository)`);
  process.exit(1);
}
const words = commonWordsOf(parseConll(readFileSync(SOURCE, 'utf8'), SOURCE));
const header =
  'Derived from ANERcorp (Benajiba & Rosso; CAMeL Lab train split), CC BY-SA 4.0: see ATTRIBUTION.md';
writeFileSync(TARGET, `${JSON.stringify({ about: header, words })}\n`);
console.log(`common-words: ${words.length} words written to ${TARGET}`);
