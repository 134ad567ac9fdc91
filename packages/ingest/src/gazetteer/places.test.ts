import { nameKey } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { mentionList } from '../test-helpers.ts';
import { PLACES } from './places.ts';

const places = (text: string) => mentionList(text).filter((m) => m.startsWith('place:'));

describe('place gazetteer', () => {
  it('finds towns, camps, crossings and bases of Syria without a place word', () => {
    expect(places('وقتل عنصر في المزيريب، كما سيطرت القوات على الشعفة والسوسة قرب هجين.')).toEqual([
      'place:المزيريب',
      'place:الشعفة',
      'place:السوسة',
      'place:هجين',
    ]);
    expect(places('ونقل الرتل من مطار المزة العسكري إلى مطار T4 ثم إلى قاعدة حميميم.')).toEqual([
      'place:مطار المزة العسكري',
      'place:مطار التيفور',
      'place:قاعدة حميميم',
    ]);
    expect(places('ووصلت الشاحنات عبر معبر سيمالكا إلى مخيم روج.')).toEqual([
      'place:معبر سيمالكا',
      'place:مخيم روج',
    ]);
    // The form without ال names the same place.
    expect(places('وانسحب التنظيم من شعفة نحو الباغوز.')).toEqual(['place:الشعفة', 'place:الباغوز']);
  });

  it('finds Iraqi districts and Baghdad neighbourhoods', () => {
    expect(places('وانفجرت عبوة في الكرادة وأخرى في مدينة الصدر، فيما اعتقل مطلوب في الصقلاوية.')).toEqual([
      'place:الكرادة',
      'place:مدينة الصدر',
      'place:الصقلاوية',
    ]);
    expect(places('وانتشرت القوات في طوزخورماتو وبعشيقة.')).toEqual(['place:طوز خورماتو', 'place:بعشيقة']);
  });

  it('takes a place that is also a common word only after a place word', () => {
    expect(places('وقال إن نصيب الفصائل من الأموال كبير، وحضر الاجتماع ممثلون عن العشائر.')).toEqual([]);
    expect(places('وأكد المسؤول أن الدورة المقبلة ستعقد قريباً.')).toEqual([]);
    expect(places('وقصفت الطائرات بلدة نصيب، وانفجرت عبوة في حي الدورة.')).toEqual([
      'place:نصيب',
      'place:الدورة',
    ]);
  });

  it('holds each name once', () => {
    const count = new Map<string, number>();
    for (const place of PLACES) {
      for (const form of [place.name, ...place.aliases, ...place.ambiguousAliases]) {
        count.set(nameKey(form), (count.get(nameKey(form)) ?? 0) + 1);
      }
    }
    // Hamza variants that fold together are the only repeats.
    const repeated = [...count].filter(([, n]) => n > 1).map(([key]) => key);
    expect(repeated.sort()).toEqual(['اسطنبول', 'اعزاز', 'عمان'].sort());
  });
});
