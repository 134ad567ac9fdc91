import { describe, expect, it } from 'vitest';
import { foldQuery, luceneQuery, rank } from './search.ts';

describe('search queries', () => {
  it('folds Arabic spelling variants to one key and requires every word, the last as a prefix', () => {
    const folded = foldQuery('أبو العزّ');
    expect(folded.key).toBe('ابو العز');
    expect(luceneQuery(folded)).toBe('+(ابو^3) +(العز^3 العز*)');
  });

  it('uses the Latin key for Latin input, with one edit of tolerance on longer words', () => {
    const folded = foldQuery('Abu al-Izz');
    expect(folded.terms).toEqual(['abu', 'al', 'iz']);
    expect(luceneQuery(foldQuery('Dahman'))).toBe('+(dahman^3 dahman* dahman~1)');
  });

  it('escapes Lucene syntax so input is only text', () => {
    expect(luceneQuery(foldQuery('a+b && c*'))).toBe('+(a\\+b^3) +(\\&\\&^3) +(c\\*^3 c\\**)');
    expect(luceneQuery(foldQuery('x:y'))).toContain('x\\:y');
  });

  it('ranks exact and prefix matches above mere word matches', () => {
    const folded = foldQuery('ابو العز');
    const hits = rank(folded, [
      { name: 'محمد ابو العز', aliases: [], score: 5, mentions: 1 },
      { name: 'أبو العز دهمان', aliases: [], score: 3, mentions: 1 },
      { name: 'ابو العز', aliases: [], score: 1, mentions: 1 },
    ]);
    expect(hits.map((h) => h.name)).toEqual(['ابو العز', 'أبو العز دهمان', 'محمد ابو العز']);
  });
});
