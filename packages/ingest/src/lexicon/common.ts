// Words news prose uses often and never inside a person's name, derived from ANERcorp's training
// part (`pnpm lexicon:common-words`; CC BY-SA 4.0, see ATTRIBUTION.md). One set, read by the name
// recognizers; an evaluation reads with a list derived without the sentences it scores.
import { nameKey } from '@shabaka/model';
import { GIVEN_KEYS } from '../gazetteer/names.ts';
import COMMON from './common-words.json' with { type: 'json' };

const words = new Set<string>(COMMON.words);
export const COMMON_WORDS: ReadonlySet<string> = words;

/** A common word, or one in the accusative with its tanween unwritten (`برنامجا`, `مصدرا`). */
export function isCommonWord(key: string): boolean {
  return words.has(key) || (key.length > 3 && key.endsWith('ا') && words.has(key.slice(0, -1)));
}

/** Seen at least this often outside any name, and never inside a person's name. */
const MIN_COUNT = 3;

/** The common words of a corpus tagged in IOB2 (`B-PERS`, `O`), as name keys, sorted. */
export function commonWordsOf(corpus: readonly { words: string[]; tags: string[] }[]): string[] {
  const outside = new Map<string, number>();
  const inName = new Set<string>();
  for (const sentence of corpus) {
    sentence.words.forEach((word, i) => {
      const tag = sentence.tags[i]!;
      if (!/\p{L}/u.test(word)) return;
      const key = nameKey(word);
      if (tag.endsWith('PERS')) inName.add(key);
      else if (tag === 'O') outside.set(key, (outside.get(key) ?? 0) + 1);
    });
  }
  return [...outside]
    .filter(([key, n]) => n >= MIN_COUNT && !inName.has(key) && !GIVEN_KEYS.has(key) && key.length >= 2)
    .map(([key]) => key)
    .sort();
}

/**
 * Runs `read` with `list` as the common words, then puts the committed list back: the dev
 * evaluation reads with the list of the training sentences only, or it would learn from its gold.
 */
export function withCommonWords<T>(list: Iterable<string>, read: () => T): T {
  const committed = [...words];
  const swap = (next: Iterable<string>) => {
    words.clear();
    for (const word of next) words.add(word);
  };
  swap(list);
  try {
    return read();
  } finally {
    swap(committed);
  }
}
