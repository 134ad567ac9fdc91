import { describe, expect, it } from 'vitest';
import { EVENT_WORDS } from './events.ts';
import { LEXICON } from './index.ts';
import { RELATION_WORDS } from './relations.ts';
import { ROLE_WORDS } from './roles.ts';
import { STRUCTURE_WORDS } from './structure.ts';

describe('lexicon', () => {
  it('declares each list name once, so no area silently replaces another area’s list', () => {
    const parts = [RELATION_WORDS, ROLE_WORDS, EVENT_WORDS, STRUCTURE_WORDS];
    const names = parts.flatMap((part) => Object.keys(part));
    expect(names.length).toBe(Object.keys(LEXICON).length);
  });
});
