import { describe, expect, it } from 'vitest';
import { sourcesLine } from './corroboration.ts';

describe('sourcesLine', () => {
  it('names the independent outlets and counts the copies, with confidence and state', () => {
    expect(
      sourcesLine({
        independentSources: 3,
        outlets: ['North Agency', 'Plain Daily'],
        articles: 5,
        copies: 2,
        confidence: 'high',
        contradicted: false,
        state: 'confirmed',
      }),
    ).toBe(
      '3 independent sources: North Agency, Plain Daily, 1 unnamed outlet; 2 copies · high confidence · confirmed',
    );
    expect(
      sourcesLine({
        independentSources: 1,
        outlets: ['North Agency'],
        articles: 2,
        copies: 1,
        confidence: 'low',
        contradicted: true,
        firstCited: '2026-03-10',
        lastCited: '2026-03-10',
      }),
    ).toBe(
      '1 independent source: North Agency; 1 copy · low confidence · contradicted · cited 2026-03-10 (article date)',
    );
  });

  it('tells the term the sources state apart from the days the claim was cited', () => {
    const line = sourcesLine({
      independentSources: 2,
      outlets: ['North Agency', 'Plain Daily'],
      articles: 2,
      copies: 0,
      confidence: 'high',
      contradicted: false,
      stated: { from: { date: '2016', precision: 'year' }, to: { date: '2018-05', precision: 'month' } },
      firstCited: '2021-03-04',
      lastCited: '2022-01-10',
    });
    expect(line).toContain(' · 2016–2018-05 (stated) · cited 2021-03-04 to 2022-01-10 (article dates)');
    expect(
      sourcesLine({
        independentSources: 1,
        outlets: ['North Agency'],
        articles: 1,
        copies: 0,
        confidence: 'low',
        contradicted: false,
        stated: { endedBy: '2022-01-10' },
        firstCited: '2022-01-10',
        lastCited: '2022-01-10',
      }),
    ).toContain(' · ended by 2022-01-10 (former, no date stated) · cited 2022-01-10 (article date)');
  });
});
