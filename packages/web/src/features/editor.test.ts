import { expect, test } from 'vitest';
import { formatParams, parseParams } from './editor.ts';

test('parameters are a JSON object, or empty; anything else says what is wrong', () => {
  expect(parseParams('')).toEqual({ params: {} });
  expect(parseParams('{"name": "أبو نجم"}')).toEqual({ params: { name: 'أبو نجم' } });
  expect(parseParams('[1]')).toEqual({ error: expect.stringContaining('must be a JSON object') });
  expect(parseParams('{oops')).toEqual({ error: expect.stringContaining('not valid JSON') });
  expect(formatParams({})).toBe('');
  expect(parseParams(formatParams({ a: [1, 'ب'] }))).toEqual({ params: { a: [1, 'ب'] } });
});
