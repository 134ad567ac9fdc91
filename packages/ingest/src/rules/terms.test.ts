// Every row of the term table carries examples of our own wording: a claim of the example's status
// in that sentence is given exactly the term it lists, and by that row.
import { describe, expect, it } from 'vitest';
import { statedTerms } from '../stages/terms.ts';
import { TERM_RULES } from './terms.ts';

function termFor(text: string, status = 'unknown') {
  const read = statedTerms(text).filter((m) => !m.rule.statuses || m.rule.statuses.includes(status as never));
  const term: { validFrom?: string; validTo?: string } = {};
  for (const m of read) {
    term.validFrom ??= m.validFrom;
    term.validTo ??= m.validTo;
  }
  return { rules: read.map((m) => m.rule.id), term: JSON.parse(JSON.stringify(term)) };
}

describe('term rule examples', () => {
  for (const rule of TERM_RULES)
    for (const [n, { text, status, ...expected }] of rule.examples.entries())
      it(`${rule.id} #${n + 1}`, () => {
        const { rules, term } = termFor(text, status);
        expect(term).toEqual(expected);
        if (Object.keys(expected).length > 0) expect(rules).toContain(rule.id);
      });
});

describe('stated terms', () => {
  it('reads no term from a number that is not a year, nor from a range that runs backwards', () => {
    expect(statedTerms('قُتل 2500 شخص منذ بداية الحرب.')).toEqual([]);
    expect(statedTerms('He led it from 2019 to 2015.')).toEqual([]);
  });

  it('gives the offsets of the stated words in the sentence, diacritics and all', () => {
    const text = 'وكان أميراً منذُ عامِ ٢٠١٩ في المدينة.';
    const [found] = statedTerms(text);
    expect(text.slice(found!.start, found!.end)).toBe('منذُ عامِ ٢٠١٩');
  });
});
