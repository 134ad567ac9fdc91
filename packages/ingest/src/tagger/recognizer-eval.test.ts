import { describe, expect, it } from 'vitest';
import { defaultTagger } from './index.ts';
import { recognizerSpans } from './recognizer-eval.ts';

describe('the recognizer scored on corpus sentences', () => {
  it('carries each mention back to the corpus words it covers, clitics included', () => {
    const corpus = [
      { words: 'وقال محمد الأحمد إن الوفد وصل .'.split(' '), tags: [] },
      { words: 'وزار الوفد دمشق وبغداد .'.split(' '), tags: [] },
    ];
    const spans = recognizerSpans(corpus, defaultTagger(), 10);
    expect(spans[0]).toEqual([{ type: 'PERS', first: 1, last: 2 }]);
    // `وبغداد`: the place is the whole corpus word, its conjunction with it.
    expect(spans[1]).toEqual([
      { type: 'LOC', first: 2, last: 2 },
      { type: 'LOC', first: 3, last: 3 },
    ]);
  });
});
