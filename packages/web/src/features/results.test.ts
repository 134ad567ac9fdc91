import { expect, test } from 'vitest';
import { sortedRows } from './results.ts';

test('a table sorts by a column as researchers read it: numbers by value, Arabic by collation', () => {
  const rows = [
    ['أبو نجم', '10'],
    ['ابو معاذ', '9'],
    ['إبراهيم', '100'],
  ];
  expect(sortedRows(rows, 1, false).map((r) => r[1])).toEqual(['9', '10', '100']);
  expect(sortedRows(rows, 1, true).map((r) => r[1])).toEqual(['100', '10', '9']);
  // The hamza forms of alef compare as one letter: the later letters order the three names.
  expect(sortedRows(rows, 0, false).map((r) => r[0])).toEqual(['إبراهيم', 'ابو معاذ', 'أبو نجم']);
  expect(rows[0]![0]).toBe('أبو نجم'); // the table's own order is kept for the next sort
});
