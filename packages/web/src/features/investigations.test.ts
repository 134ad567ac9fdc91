import { expect, test } from 'vitest';
import { missingNote } from './investigations.ts';

test('an opened investigation says what of it the graph no longer holds, and nothing when whole', () => {
  expect(missingNote({ missing: { nodes: [], edges: [] } })).toBeNull();
  expect(missingNote({ missing: { nodes: ['a'], edges: [] } })).toBe(
    '1 node of this investigation is no longer in the graph (their articles were retracted or read again since it was saved).',
  );
  expect(missingNote({ missing: { nodes: ['a', 'b'], edges: ['c', 'd', 'e'] } })).toMatch(
    /^2 nodes and 3 claims of this investigation are no longer in the graph/,
  );
});
