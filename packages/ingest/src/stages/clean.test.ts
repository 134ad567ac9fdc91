import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.ts';
import { seedArticle } from '../sample.ts';
import { describeWithSeed } from '../test-seed.ts';

// Reads the seed article of ../shared/fixtures: skipped, saying so, where it is absent.
describeWithSeed('cleanText on the seed article', () => {
  it('drops its site chrome: بحث twice at the top, اترك تعليقاً at the end', () => {
    const { text, removed } = cleanText(readFileSync(seedArticle().file, 'utf8'));
    expect(removed).toEqual(['بحث', 'بحث', 'اترك تعليقاً']);
    expect(text.startsWith('تدهور عسكري وأمني')).toBe(true);
    expect(text.endsWith('عشرين يوماً .')).toBe(true);
  });
});

describe('cleanText', () => {
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
