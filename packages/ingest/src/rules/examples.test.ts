// Every row of the rule table carries examples of the project's own wording: each must yield the
// claims it lists, and the row itself must be among the rules that fired on it.
import { describe, expect, it } from 'vitest';
import { checkExample } from './check-example.ts';
import { DERIVATIONS } from './derive.ts';
import { RULES } from './index.ts';

describe('rule table examples', () => {
  for (const rule of [...RULES, ...DERIVATIONS])
    for (const [n, example] of rule.examples.entries())
      it(`${rule.id} #${n + 1}`, () => checkExample(rule.id, example));
});

describe('rule table', () => {
  it('gives every row a distinct id', () => {
    const ids = [...RULES, ...DERIVATIONS].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
