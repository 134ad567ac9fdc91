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

  it('serves the term the sources state: the earliest start, the latest end; a former post ended by its first article', () => {
    const stated = summarize(
      [
        claim('a1', 'a1', 'North', { asOf: '2021-03-04', validFrom: '2016-05', validTo: '2018' }),
        claim('a2', 'a2', 'Plain', { asOf: '2022-01-10', validFrom: '2016' }),
        claim('a3', 'a3', 'Hill', { asOf: '2022-02-01' }),
      ],
      false,
      'former',
    );
    expect(stated).toMatchObject({
      stated: { from: { date: '2016', precision: 'year' }, to: { date: '2018', precision: 'year' } },
      firstCited: '2021-03-04',
      lastCited: '2022-02-01',
    });
    expect(summarize([claim('a3', 'a3', 'Hill', { asOf: '2022-02-01' })], false, 'former').stated).toEqual({
      endedBy: '2022-02-01',
    });
    expect(
      summarize([claim('a3', 'a3', 'Hill', { asOf: '2022-02-01' })], false, 'current').stated,
    ).toBeUndefined();
  });
});
