// One lexicon, each word once: a list that names a word twice under two spellings that fold alike
// (`إلى` and `الى`, `خلفا` and `خلفاً`) says nothing more and hides which spelling a rule relies on.
import { describe, expect, it } from 'vitest';
import { keys, REDUNDANT_WORDS } from '../gazetteer/words.ts';
import '../pipeline.ts';
import { LEXICON } from './index.ts';

describe('lexicon', () => {
  it('declares no word twice in one list', () => {
    expect(REDUNDANT_WORDS).toEqual([]);
  });

  it('catches a word that folds to one the list holds', () => {
    const before = REDUNDANT_WORDS.length;
    keys('إلى الى');
    expect(REDUNDANT_WORDS.slice(before)).toEqual(['الى']);
    REDUNDANT_WORDS.length = before;
  });

  it('gives every rule list a name a row can reference', () => {
    for (const [name, list] of Object.entries(LEXICON)) expect(list.size, name).toBeGreaterThan(0);
  });
});
