// Every row of the rule table carries examples of the project's own wording: each must yield the
// claims it lists, and the row itself must be among the rules that fired on it.
import { nameKey } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';
import { DERIVATIONS } from './derive.ts';
import { RULES } from './index.ts';
import { Trace } from './trace.ts';
import type { Example } from './types.ts';

const same = (a: string | null | undefined, b: string | null | undefined) =>
  nameKey(a ?? '') === nameKey(b ?? '');

function check(id: string, example: Example) {
  const trace = new Trace();
  const { extraction } = extractArticle({ text: example.text, trace });
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
      `${id}: ${want.person} ${want.role} of ${want.org ?? '?'} in «${example.text}»`,
    ).toBeDefined();
  }
  for (const want of example.relations) {
    const found = extraction.relations.find(
      (r) => same(r.subject, want.subject) && r.predicate === want.predicate && same(r.object, want.object),
    );
    expect(
      found,
      `${id}: ${want.subject} ${want.predicate} ${want.object} in «${example.text}»`,
    ).toBeDefined();
  }
  // A claim an earlier rule already made still shows the row matches (`duplicate`).
  const fired = trace.events.filter((e) => e.rule === id && e.outcome !== 'declined');
  expect(fired.length, `${id} fired on «${example.text}»`).toBeGreaterThan(0);
}

describe('rule table examples', () => {
  for (const rule of [...RULES, ...DERIVATIONS])
    for (const [n, example] of rule.examples.entries())
      it(`${rule.id} #${n + 1}`, () => check(rule.id, example));
});

describe('rule table', () => {
  it('gives every row a distinct id', () => {
    const ids = [...RULES, ...DERIVATIONS].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
