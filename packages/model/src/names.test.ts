import { describe, expect, it } from 'vitest';
import { isArabicScript, isWeakName, latinKey, nameKey, transliterate } from './names.ts';

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
    expect(transliterate('أبو العز دهمان')).toBe('Abu al-Izz Dahman');
    expect(transliterate('صلاح قطيش')).toBe('Salah Qatish');
    expect(latinKey('Abu al-Izz Dahman')).toBe(latinKey(transliterate('ابو العز دهمان')));
  });
});

describe('transliterate: name parts and letter rules', () => {
  it('spells kunyas, given names and nisbas as news reporting does', () => {
    expect(transliterate('الحشد الشعبي')).toBe('al-Hashd al-Shaabi');
    expect(transliterate('أبو محمد الجولاني')).toBe('Abu Mohammed al-Julani');
    expect(transliterate('حسين بن علي')).toBe('Hussein bin Ali');
  });
  it('keeps the article as al- before sun letters and reads ة and hamza forms through the name key', () => {
    expect(transliterate('الشامي')).toBe('al-Shami');
    expect(transliterate('هيئة تحرير الشام')).toBe('Hayat Tahrir al-Sham');
    expect(transliterate('أسامة')).toBe(transliterate('اسامه'));
    expect(transliterate('أسامة')).toBe('Osama');
  });
  it('writes عبد الله as one name and عبد before the article as Abd al-', () => {
    expect(transliterate('عبد الله الحلبي')).toBe('Abdullah al-Halabi');
    expect(transliterate('عبدالله')).toBe('Abdullah');
    expect(transliterate('عبد الرحمن')).toBe('Abd al-Rahman');
  });
  it('reads an ayn after a consonant as a long a when no dictionary word applies', () => {
    expect(transliterate('شعلان')).toBe('Shaalan');
  });
  it('keeps the endings and clusters of names from other languages that Arabic spells out', () => {
    expect(transliterate('ليبيديف')).toBe('Libidev');
    expect(transliterate('إيفانوفا')).toBe('Ayfanova');
    expect(transliterate('زيلينسكي')).toBe('Zilinsky');
    expect(transliterate('كيرينغا')).toBe('Kiringa');
    expect(transliterate('تشيكوف')).toBe('Chikov');
    // Arabic words keep their letters: a short word, and تش before a consonant.
    expect(transliterate('شريف')).toBe('Sharif');
    expect(transliterate('تشرين')).toBe('Tashrin');
    expect(transliterate('بغداد')).toBe('Baghdad');
  });
  it('leaves Latin words as written', () => {
    expect(transliterate('Hezbollah')).toBe('Hezbollah');
  });
});

describe('isArabicScript', () => {
  it('weighs letters only: digits, spaces and punctuation do not count', () => {
    expect(isArabicScript('قال 2024 ... !!! (( ))')).toBe(true);
    expect(isArabicScript('Reuters: قال')).toBe(false);
    expect(isArabicScript('12345 ،؛')).toBe(false);
  });
  it('counts a letter beyond the BMP once, and Persian and presentation forms as Arabic', () => {
    // Three astral letters against two Arabic ones: not mostly Arabic; three against four: it is.
    expect(isArabicScript('𝐀𝐁𝐂 من')).toBe(false);
    expect(isArabicScript('𝐀𝐁𝐂 پژوه')).toBe(true);
    expect(isArabicScript('ﻻﻻﻻ ab')).toBe(true);
  });
});
