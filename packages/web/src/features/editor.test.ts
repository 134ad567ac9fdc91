import { expect, test } from 'vitest';
import { ApiError } from '../core/api.ts';
import { errorOffset, foldParams, formatParams, outcomeLine, parseParams } from './editor.ts';

test('parameters are a JSON object, or empty; anything else says what is wrong', () => {
  expect(parseParams('')).toEqual({ params: {} });
  expect(parseParams('{"name": "أبو نجم"}')).toEqual({ params: { name: 'أبو نجم' } });
  expect(parseParams('[1]')).toEqual({ error: expect.stringContaining('must be a JSON object') });
  expect(parseParams('{oops')).toEqual({ error: expect.stringContaining('not valid JSON') });
  expect(formatParams({})).toBe('');
  expect(parseParams(formatParams({ a: [1, 'ب'] }))).toEqual({ params: { a: [1, 'ب'] } });
});

test('Fold spelling folds every text of the parameters as stored keys are folded, and nothing else', () => {
  expect(foldParams({ name: 'أبو نَجم', names: ['إدلب', 'الرقّة'], n: 3, nested: { x: 'ـأميرـ' } })).toEqual({
    name: 'ابو نجم',
    names: ['ادلب', 'الرقه'],
    n: 3,
    nested: { x: 'امير' },
  });
});

test('a syntax error is marked where the server said, within the query', () => {
  const error = new ApiError(400, 'query_error', 'Invalid input', {
    position: { line: 2, column: 1, offset: 17 },
  });
  expect(errorOffset(error, 30)).toBe(17);
  expect(errorOffset(error, 10)).toBe(10); // the text grew shorter since
  expect(errorOffset(new ApiError(400, 'query_error', 'no position'), 30)).toBeUndefined();
  expect(errorOffset(new Error('network'), 30)).toBeUndefined();
});

test('a finished run reads as rows and time, or how it ended', () => {
  const run = { query: 'RETURN 1', params: {}, ms: 42 };
  expect(outcomeLine({ ...run, status: 'ok', rows: 1 })).toBe('1 row in 42 ms');
  expect(outcomeLine({ ...run, status: 'ok', rows: 12 })).toBe('12 rows in 42 ms');
  expect(outcomeLine({ ...run, status: 'cancelled' })).toBe('Cancelled after 42 ms');
  expect(outcomeLine({ ...run, status: 'failed', error: new Error('x') })).toBe('Failed after 42 ms');
});
