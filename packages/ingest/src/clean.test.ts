import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.ts';

const seed = readFileSync(
  new URL('../../../../shared/fixtures/seed-article.ar.txt', import.meta.url),
  'utf8',
);

describe('cleanText', () => {
  it('drops the site chrome of the seed article: بحث twice at the top, اترك تعليقاً at the end', () => {
    const { text, removed } = cleanText(seed);
    expect(removed).toEqual(['بحث', 'بحث', 'اترك تعليقاً']);
    expect(text.startsWith('تدهور عسكري وأمني')).toBe(true);
    expect(text.endsWith('عشرين يوماً .')).toBe(true);
  });

  it('normalizes to NFC and keeps paragraph breaks, dropping runs of blank lines', () => {
    const decomposed = 'أ'.normalize('NFD');
    const { text } = cleanText(`${decomposed}مير\r\n\r\n\r\n\r\nسطر ثان  `);
    expect(text).toBe('أمير\n\nسطر ثان');
  });

  it('maps an offset of the cleaned text back to the input', () => {
    const input = 'بحث\n\n  قال المصدر إن التنظيم انسحب';
    const cleaned = cleanText(input);
    const at = cleaned.text.indexOf('التنظيم');
    expect(input.slice(cleaned.toSource(at), cleaned.toSource(at) + 7)).toBe('التنظيم');
  });
});
