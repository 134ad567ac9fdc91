import { describe, expect, it } from 'vitest';
import { checkGrowth } from './growth.ts';
import { tokenize } from './lexer.ts';

const limits = { maxRangeSize: 1_000_000 };
const growth =
  (query: string, params: Record<string, unknown> = {}) =>
  () =>
    checkGrowth(tokenize(query), params, limits);

describe('checkGrowth', () => {
  it.each<[string, RegExp, Record<string, unknown>?]>([
    ['RETURN size(reduce(s = "a", i IN range(1, 29) | s + s))', /s is added to itself/],
    ["RETURN reduce(s = 'a', i IN range(1, 29) | s + ',' + s)", /added to itself/],
    ["RETURN reduce(s = 'a', i IN range(1, 29) | (s + 'x') + (s))", /added to itself/],
    ["RETURN reduce(s = 'a', i IN range(1, 29) | s + toString(s))", /added to itself/],
    ['RETURN reduce(l = [1], i IN range(1, 29) | [l] + [l])', /added to itself/],
    ["WITH 'a' AS s WITH s + s AS t WITH t + t AS s RETURN s", /added to itself/],
    ['RETURN reduce(l = [1], i IN range(1, 29) | [l, l])', /appears twice/],
    ['RETURN reduce(m = {}, i IN range(1, 29) | {a: m, b: m})', /appears twice/],
    ["RETURN reduce(s = 'aa', i IN range(1, 9) | replace(s, 'a', s))", /appears twice/],
    ['RETURN [x IN range(1, 5000000) | x]', /5,000,000 values/],
    ['RETURN size(range(0, $n))', /1,000,001 values/, { n: 1_000_000 }],
  ])('refuses %s', (query, reason, params = {}) => {
    expect(growth(query, params)).toThrow(reason);
  });

  it.each([
    'RETURN reduce(total = 0, x IN [1, 2, 3] | total + x)',
    "RETURN reduce(s = '', x IN ['a', 'b'] | CASE WHEN s = '' THEN x ELSE s + ',' + x END)",
    'RETURN reduce(m = 0, x IN [3, 1, 2] | CASE WHEN x > m THEN x ELSE m END)',
    "MATCH (n) RETURN n.name + ' ' + n.name, [n.a, n.a], 1 + 1",
    'MATCH (a)-->(b) WITH a, b RETURN a.x + b.x',
    'UNWIND range(1, 2000000000) AS x RETURN count(x)',
    'RETURN [x IN range(1, 1000) | x * 2]',
    'RETURN [x IN range(0, size($l) - 1) | $l[x]]',
  ])('lets %s through', (query) => {
    expect(growth(query)).not.toThrow();
  });
});
