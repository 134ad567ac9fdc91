// Every English row's examples (sentences of the project's own wording) must yield the claims they
// list through the whole pipeline, and the row must be among the rules that fired on them.
import { describe, it } from 'vitest';
import { checkExample } from '../rules/check-example.ts';
import { ENGLISH_RULES } from './rules.ts';

describe('English rule table examples', () => {
  for (const rule of ENGLISH_RULES)
    for (const [n, example] of rule.examples.entries())
      it(`${rule.id} #${n + 1}`, () => checkExample(rule.id, example, 'en'));
});
