import type { SearchHit } from '@shabaka/model';
import { expect, test } from 'vitest';
import { groupNamesakes, hitContext } from './search-context.ts';

const hit = (id: string, sameAs: string[] = []): SearchHit => ({
  id,
  label: 'Person',
  name: id,
  aliases: [],
  score: 1,
  mentions: 2,
  context: {
    organizations: ['داعش'],
    role: 'security_chief',
    sameAs: sameAs.map((s) => ({ id: s, judgement: 'unsure' })),
  },
});

test('namesakes linked by SAME_AS are listed together, in the order of the first', () => {
  expect(groupNamesakes([hit('a', ['c']), hit('b'), hit('c', ['a'])]).map((h) => h.id)).toEqual([
    'a',
    'c',
    'b',
  ]);
});

test("a hit's context names its group, its role in either language and its article count", () => {
  expect(hitContext(hit('a'), 'en')).toBe('Person · in داعش · security chief · 2 articles');
  expect(hitContext(hit('a'), 'ar')).toBe('Person · in داعش · الأمني · 2 articles');
});
