import { expect, test } from 'vitest';
import { countsByType } from './expand.ts';
import { dayAt, dayOffset } from './filters.ts';

test('neighbour counts add both directions per type, largest first', () => {
  expect(
    countsByType([
      { type: 'CONTROLS', direction: 'out', count: 4 },
      { type: 'HOLDS_ROLE', direction: 'in', count: 8 },
      { type: 'CONTROLS', direction: 'in', count: 5 },
    ]),
  ).toEqual([
    { type: 'CONTROLS', count: 9 },
    { type: 'HOLDS_ROLE', count: 8 },
  ]);
});

test('the as-of slider counts whole days from the earliest claim', () => {
  expect(dayOffset('2018-03-01', '2018-05-01')).toBe(61);
  expect(dayAt('2018-03-01', 61)).toBe('2018-05-01');
  expect(dayAt('2018-03-01', 0)).toBe('2018-03-01');
});
