import { expect, test } from 'vitest';
import { segments, spanInSentence } from './spans.ts';

test('overlapping spans cut the text into segments that know every span covering them', () => {
  const cut = segments(10, [
    { start: 2, end: 6, value: 'mention' },
    { start: 4, end: 8, value: 'claim' },
    { start: 9, end: 20, value: 'out of range' },
  ]);
  expect(cut.map((s) => [s.start, s.end, s.covering])).toEqual([
    [0, 2, []],
    [2, 4, ['mention']],
    [4, 6, ['mention', 'claim']],
    [6, 8, ['claim']],
    [8, 10, []],
  ]);
});

test('a claim span is found inside its sentence, or null when the sentence is elsewhere', () => {
  const text = 'أولى. قال إن أبو نجم أصبح أميراً. ثالثة';
  const sentence = 'قال إن أبو نجم أصبح أميراً.';
  const start = text.indexOf('أبو نجم');
  const span = spanInSentence(text, sentence, { start, end: start + 7 });
  expect(span && sentence.slice(span.start, span.end)).toBe('أبو نجم');
  expect(spanInSentence(text, 'not there', { start, end: start + 7 })).toBeNull();
});
