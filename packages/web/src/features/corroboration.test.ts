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
    ).toBe('1 independent source: North Agency; 1 copy · low confidence · contradicted · cited 2026-03-10');
  });
});
