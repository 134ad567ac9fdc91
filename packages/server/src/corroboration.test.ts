import { describe, expect, it } from 'vitest';
import { summarize } from './corroboration.ts';

const claim = (article: string, story: string, outlet: string | null, extra = {}) => ({
  id: `c-${article}`,
  article,
  story,
  outlet,
  negated: false,
  attributedTo: null,
  target: 'كتائب الجبل',
  ...extra,
});

describe('summarize', () => {
  it('counts a story once under its original outlet, and two stories of one outlet once', () => {
    const sources = summarize(
      [
        claim('a1', 'a1', 'North', { asOf: '2026-03-10' }),
        claim('a2', 'a1', 'North', { asOf: '2026-03-11T08:00:00Z' }),
        claim('a3', 'a3', 'Plain', { asOf: '2026-02-01' }),
        claim('a4', 'a4', 'Plain'),
      ],
      false,
    );
    expect(sources).toEqual({
      independentSources: 2,
      outlets: ['North', 'Plain'],
      articles: 4,
      copies: 1,
      confidence: 'high',
      contradicted: false,
      firstCited: '2026-02-01',
      lastCited: '2026-03-11',
    });
  });

  it('counts stories of no known outlet each as a source, and one source as low confidence', () => {
    expect(summarize([claim('a1', 'a1', null), claim('a2', 'a2', null)], false).independentSources).toBe(2);
    expect(summarize([claim('a1', 'a1', 'North')], false).confidence).toBe('low');
    expect(summarize([claim('a1', 'a1', 'North'), claim('a3', 'a3', 'Plain')], true).confidence).toBe('low');
  });

  it('reads the state: announced by the group, confirmed by another story, denied', () => {
    const announced = claim('a1', 'a1', 'North', { attributedTo: 'بيان كتائب الجبل' });
    expect(summarize([announced], false).state).toBe('announced');
    expect(summarize([announced, claim('a3', 'a3', 'Plain')], false).state).toBe('confirmed');
    const denied = summarize(
      [claim('a3', 'a3', 'Plain', { negated: true }), claim('a4', 'a4', 'North')],
      false,
    );
    expect(denied).toMatchObject({ state: 'denied', contradicted: true, confidence: 'low' });
    expect(summarize([claim('a3', 'a3', 'Plain')], false).state).toBeUndefined();
  });
});
