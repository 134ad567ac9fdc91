import { describe, expect, it } from 'vitest';
import { splitSentences } from './split.ts';

describe('splitSentences', () => {
  it('ends sentences at Arabic and Latin terminators and at paragraph breaks, with exact offsets', () => {
    const text = 'عنوان الخبر\nقال المصدر إن القوات انسحبت. هل عادت؟ لا\nفقرة ثانية';
    const { sentences } = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'عنوان الخبر',
      'قال المصدر إن القوات انسحبت.',
      'هل عادت؟',
      'لا',
      'فقرة ثانية',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not break at abbreviations such as د. and أ.ف.ب', () => {
    const { sentences } = splitSentences('x\nقال د. محمد الأحمد لوكالة أ.ف.ب. إن الوضع سيئ. وأضاف آخر.');
    expect(sentences.slice(1).map((s) => s.text)).toEqual([
      'قال د. محمد الأحمد لوكالة أ.ف.ب. إن الوضع سيئ.',
      'وأضاف آخر.',
    ]);
  });

  it('keeps datelines and bylines out of the sentences read for claims, and reads the outlet', () => {
    const text = 'تدهور في جنوب دمشق\nصوت العاصمة – خاص\nدمشق - (رويترز) - قال مسؤول إن المعبر أغلق.';
    const { sentences, masthead } = splitSentences(text);
    expect(sentences.map((s) => s.kind)).toEqual(['title', 'byline', 'dateline', 'body']);
    expect(sentences[3]!.text).toBe('قال مسؤول إن المعبر أغلق.');
    expect(masthead).toEqual({ title: 'تدهور في جنوب دمشق', outlet: 'صوت العاصمة', agency: 'رويترز' });
  });
});
