// The check every rule table's examples run (Arabic and English): the sentence of the project's
// own wording yields each claim the example lists, and the row itself fired (or repeated an
// earlier rule's claim) on it. Test-only; imported by the examples tests.
import { nameKey } from '@shabaka/model';
import { expect } from 'vitest';
import { extractArticle } from '../pipeline.ts';
import { Trace } from './trace.ts';
import type { Example } from './types.ts';

const same = (a: string | null | undefined, b: string | null | undefined) =>
  nameKey(a ?? '') === nameKey(b ?? '');

export function checkExample(id: string, example: Example, language?: string): void {
  const trace = new Trace();
  const { article, extraction } = extractArticle({ text: example.text, trace });
  if (language) expect(article.language).toBe(language);
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
  // A claim an earlier rule already made still shows the row matches (`duplicate`).
  const fired = trace.events.filter((e) => e.rule === id && e.outcome !== 'declined');
  expect(fired.length, `${id} fired on «${example.text}»`).toBeGreaterThan(0);
}
