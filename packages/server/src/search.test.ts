import { describe, expect, it } from 'vitest';
import { foldQuery, luceneQuery, rank, searchTiers } from './search.ts';

describe('search queries', () => {
  it('folds Arabic spelling variants to one key and requires every word, the last as a prefix', () => {
    const folded = foldQuery('أبو العزّ');
    expect(folded.key).toBe('ابو العز');
    expect(luceneQuery(folded)).toBe('+(ابو^3) +(العز^3 العز*)');
  });

  it('uses the Latin key for Latin input, with one edit of tolerance on longer words as a fallback', () => {
    const folded = foldQuery('Abu al-Izz');
    expect(folded.terms).toEqual(['abu', 'al', 'iz']);
    expect(luceneQuery(foldQuery('Dahman'))).toBe('+(dahman^3 dahman* dahman~1)');
    expect(luceneQuery(foldQuery('Dahman'), 'prefix')).toBe('+(dahman^3 dahman*)');
    // Short words match too many others one edit away: no fuzzy tier at all.
    expect(searchTiers(foldQuery('Omar'))).toEqual(['+(omar^3 omar*)']);
    // Arabic words get no fuzzy tier; the cross-script one finds the name spelt in Latin.
    expect(searchTiers(foldQuery('ابو دهمان'))).toEqual([
      '+(ابو^3) +(دهمان^3 دهمان*)',
      '(+(ابو^3) +(دهمان^3 دهمان*)) bdhmn',
    ]);
    expect(searchTiers(foldQuery('Dahman'))).toEqual(['+(dahman^3 dahman*)', '+(dahman^3 dahman* dahman~1)']);
  });

  it('adds, last, the names spelt in the other script through the query cross-script key', () => {
    const latin = searchTiers(foldQuery('Abu Mohammed al-Julani'));
    const arabic = searchTiers(foldQuery('أبو محمد الجولاني'));
    expect(latin.at(-1)).toBe(`(${luceneQuery(foldQuery('Abu Mohammed al-Julani'))}) bmhmdjln`);
    expect(arabic.at(-1)).toMatch(/\) bmhmdjln$/);
    // A short skeleton would match too many names: no such tier for `Omar` or `Dahman`.
    expect(searchTiers(foldQuery('Dahman')).some((q) => q.includes('dmn'))).toBe(false);
  });

  it('makes the last word a prefix only when it is long enough to narrow the search', () => {
    expect(luceneQuery(foldQuery('jafar al'))).toBe('+(jafar^3 jafar~1) +(al^3)');
    expect(luceneQuery(foldQuery('jafar hal'))).toBe('+(jafar^3 jafar~1) +(hal^3 hal*)');
    // Arabic letters are counted after the article ال; after another word, one letter will do.
    expect(luceneQuery(foldQuery('الح'))).toBe('+(الح^3)');
    expect(luceneQuery(foldQuery('الحم'))).toBe('+(الحم^3 الحم*)');
    expect(luceneQuery(foldQuery('ابو ال'))).toBe('+(ابو^3) +(ال^3)');
    expect(luceneQuery(foldQuery('ابو الع'))).toBe('+(ابو^3) +(الع^3 الع*)');
  });

  it('escapes Lucene syntax so input is only text', () => {
    expect(luceneQuery(foldQuery('a+b && cde*'))).toBe('+(a\\+b^3) +(\\&\\&^3) +(cde\\*^3 cde\\**)');
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
