import { describe, expect, it } from 'vitest';
import { stemsOf, tokenize } from './tokens.ts';

describe('tokenize', () => {
  it('keeps offsets into the text and folds keys', () => {
    const text = 'وقال “أبو العز” إن التنظيم…';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.kind)).toEqual([
      'word',
      'quote',
      'word',
      'word',
      'quote',
      'word',
      'word',
      'punct',
    ]);
    expect(tokens[2]!.key).toBe('ابو');
  });

  it('reads clitics off a word: و, ب, ل and لل before the article', () => {
    expect(stemsOf('وللتنظيم').map((s) => s.key)).toEqual(['وللتنظيم', 'للتنظيم', 'التنظيم']);
    expect(stemsOf('بالمخيم').map((s) => s.key)).toContain('المخيم');
    expect(stemsOf('دمشق').map((s) => s.key)).toEqual(['دمشق']);
  });
});
