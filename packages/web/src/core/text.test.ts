import { expect, test } from 'vitest';
import { displayName, hasArabic, isolate, stripIsolates, textDirection } from './text.ts';

test('direction follows the first strong character', () => {
  expect(textDirection('أبو نجم (Abu Najm)')).toBe('rtl');
  expect(textDirection('(2018) أبو نجم')).toBe('rtl');
  expect(textDirection('ISIS داعش')).toBe('ltr');
  expect(textDirection('123')).toBe('ltr');
});

test('canvas labels are isolates of their own direction, and the isolates come off again', () => {
  expect(isolate('داعش')).toBe('\u2067داعش\u2069');
  expect(isolate('Da’ash')).toBe('\u2066Da’ash\u2069');
  expect(stripIsolates(isolate('ابو نجم'))).toBe('ابو نجم');
  expect(hasArabic('Abu ابو')).toBe(true);
});

test('the display name is the Latin transliteration only when asked for and present', () => {
  expect(displayName({ id: 'x', name: 'داعش', latin: "Da'ash" }, true)).toBe("Da'ash");
  expect(displayName({ id: 'x', name: 'داعش', latin: "Da'ash" }, false)).toBe('داعش');
  expect(displayName({ id: 'x', name: 'داعش' }, true)).toBe('داعش');
  expect(displayName({ id: 'x' }, false)).toBe('x');
});
