import { expect, test } from 'vitest';
import { completionKind } from './cypher-language.ts';

test('the word before the cursor is a label, a relationship type, a property or a keyword', () => {
  expect(completionKind('MATCH (p:Per')).toBe('label');
  expect(completionKind('MATCH (p:Person)-[r:HOL')).toBe('type');
  expect(completionKind('MATCH ()-[:HOLDS_ROLE|ARR')).toBe('type');
  expect(completionKind('MATCH (p) WHERE p.na')).toBe('property');
  expect(completionKind('MATCH (p:Person {na')).toBe('property');
  expect(completionKind('MATCH (p:Person {name: "a:b", ro')).toBe('property');
  expect(completionKind('MATCH (p) RET')).toBe('keyword');
  expect(completionKind("MATCH (p {name: 'x'}) WHERE p.name = 'a:")).not.toBe('type');
});
