import { describe, expect, it } from 'vitest';
import { isWeakName, latinKey, nameKey, transliterate } from './names.ts';

describe('nameKey', () => {
  it('folds hamza forms, kunya case forms and quotes so spellings of one name meet', () => {
    expect(nameKey('أبو العز دهمان')).toBe(nameKey('ابو العز دهمان'));
    expect(nameKey('أبي العز دهمان')).toBe(nameKey('ابو العز دهمان'));
    expect(nameKey('“ابو جعفر الفيومي”')).toBe('ابو جعفر الفيومي');
  });
  it('folds diacritics, tatweel, taa marbuta and alef maqsura', () => {
    expect(nameKey('طيّارة')).toBe(nameKey('طياره'));
    expect(nameKey('مصطفـــى')).toBe(nameKey('مصطفي'));
  });
  it('drops zero-width and bidi marks', () => {
    expect(nameKey('ابو\u200f نجم')).toBe('ابو نجم');
  });
  it('keeps different names apart', () => {
    expect(nameKey('ابو نجم')).not.toBe(nameKey('ابو صخر'));
  });
});

describe('isWeakName', () => {
  it('treats a kunya alone or a single word as weak, a full name as strong', () => {
    expect(isWeakName('أبو نجم')).toBe(true);
    expect(isWeakName('دهمان')).toBe(true);
    expect(isWeakName('ابو العز دهمان')).toBe(false);
    expect(isWeakName('صلاح قطيش')).toBe(false);
  });
});

describe('transliterate', () => {
  it('gives a readable Latin form that a Latin query can match', () => {
    expect(transliterate('أبو العز دهمان')).toBe('Abu al-Az Dahman');
    expect(transliterate('صلاح قطيش')).toBe('Salah Qatish');
    expect(latinKey('Abu al-Azz Dahman')).toBe(latinKey(transliterate('ابو العز دهمان')));
  });
});
