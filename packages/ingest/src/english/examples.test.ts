// Every English row's examples (sentences of the project's own wording) must yield the claims they
// list through the whole pipeline, and the row must be among the rules that fired on them.
import { nameKey } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';
import { Trace } from '../rules/trace.ts';
import type { Example } from '../rules/types.ts';
import { ENGLISH_RULES } from './rules.ts';

const same = (a: string | null | undefined, b: string | null | undefined) =>
  nameKey(a ?? '') === nameKey(b ?? '');

function check(id: string, example: Example) {
  const trace = new Trace();
  const { article, extraction } = extractArticle({ text: example.text, trace });
  expect(article.language).toBe('en');
  for (const want of example.roles) {
    const found = extraction.roles.find(
      (r) =>
        same(r.person, want.person) &&
        r.role === want.role &&
        (want.org === undefined || same(r.org, want.org)) &&
        (want.status === undefined || r.status === want.status),
    );
    expect(
      found,
      `${id}: ${want.person} ${want.role} of ${want.org ?? '?'} in «${example.text}»\n${JSON.stringify(extraction.roles)}`,
    ).toBeDefined();
  }
  for (const want of example.relations) {
    const found = extraction.relations.find(
      (r) => same(r.subject, want.subject) && r.predicate === want.predicate && same(r.object, want.object),
    );
    expect(
      found,
      `${id}: ${want.subject} ${want.predicate} ${want.object} in «${example.text}»\n${JSON.stringify(extraction.relations)}`,
    ).toBeDefined();
  }
  const fired = trace.events.filter((e) => e.rule === id && e.outcome !== 'declined');
  expect(fired.length, `${id} fired on «${example.text}»`).toBeGreaterThan(0);
}

describe('English rule table examples', () => {
  for (const rule of ENGLISH_RULES)
    for (const [n, example] of rule.examples.entries())
      it(`${rule.id} #${n + 1}`, () => check(rule.id, example));
});
