// One lexicon, each word once: a list that names a word twice under two spellings that fold alike
// (`إلى` and `الى`, `خلفا` and `خلفاً`), or once more with a proclitic the lookup peels (`وأعلن`),
// says nothing more and hides which spelling a rule relies on.
import { describe, expect, it } from 'vitest';
import { exactKeys, keys, REDUNDANT_WORDS } from '../gazetteer/words.ts';
import '../pipeline.ts';
import { EVENT_WORDS } from './events.ts';
import { GEOGRAPHY_WORDS } from './geography.ts';
import { LEXICON } from './index.ts';
import { RELATION_WORDS } from './relations.ts';
import { ROLE_WORDS } from './roles.ts';
import { STRUCTURE_WORDS } from './structure.ts';

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

  it('catches a word listed with a proclitic that stemIn peels, but not in a list read by whole keys', () => {
    const before = REDUNDANT_WORDS.length;
    keys('أعلن وأعلن');
    expect(REDUNDANT_WORDS.slice(before)).toEqual(['واعلن']);
    exactKeys('كان وكان');
    expect(REDUNDANT_WORDS.slice(before)).toEqual(['واعلن']);
    REDUNDANT_WORDS.length = before;
  });

  it('declares each list name once, so no area silently replaces another area’s list', () => {
    const names = [RELATION_WORDS, ROLE_WORDS, EVENT_WORDS, STRUCTURE_WORDS, GEOGRAPHY_WORDS].flatMap(
      (part) => Object.keys(part),
    );
    expect(names.length).toBe(Object.keys(LEXICON).length);
  });

  it('gives every rule list a name a row can reference', () => {
    for (const [name, list] of Object.entries(LEXICON)) expect(list.size, name).toBeGreaterThan(0);
  });
});
