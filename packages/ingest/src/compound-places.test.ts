import { describe, expect, it } from 'vitest';
import { mentionList, recognized } from './test-helpers.ts';

const places = (text: string) => mentionList(text).filter((m) => m.startsWith('place:'));

describe('compound places', () => {
  it('names the countryside with its side, apart from the city', () => {
    expect(places('وداهمت دورية بلدة الدانا بريف إدلب الشمالي، ثم انسحبت إلى ريف حلب.')).toEqual([
      'place:الدانا',
      'place:ريف إدلب الشمالي',
      'place:ريف حلب',
    ]);
    const rural = recognized('وقصفت الطائرات قرى في ريف حمص الشرقي.').mentions.find(
      (m) => m.type === 'place',
    );
    expect(rural?.within).toEqual({ place: 'حمص', kind: 'governorate', base: false });
  });

  it('keeps a part of a country as the text writes it, one or two directions', () => {
    expect(places('وانفجرت سيارة في شمال غرب سورية، وأخرى شمالي العراق.')).toEqual([
      'place:شمال غرب سورية',
      'place:شمالي العراق',
    ]);
    expect(places('وتقدمت القوات في الشرق السوري.')).toEqual(['place:الشرق السوري']);
  });

  it('locates in the city a side written with ي or a named settlement, and leaves gazetteer names whole', () => {
    const [north] = recognized('وتقع البلدة شمالي حلب.').mentions.filter((m) => m.type === 'place');
    expect(north?.within?.base).toBe(true);
    const [south] = recognized('وسقطت قذيفة جنوب دمشق.').mentions.filter((m) => m.type === 'place');
    expect(south?.within?.base).toBe(false);
    expect(places('وقتل جنديان في شمال سيناء وجرح آخر في ريف دمشق.')).toEqual([
      'place:شمال سيناء',
      'place:ريف دمشق',
    ]);
  });

  it('keeps a brigade named after its city a body, not a place', () => {
    expect(mentionList('وقتل قائد لواء رفح في غارة على خان يونس.')).toEqual([
      'organization:لواء رفح',
      'place:خان يونس',
    ]);
  });

  it('reads `منطقة` as a place word only before a definite name', () => {
    expect(places('وداهمت القوات منطقة المعامل ثم انتقلت إلى منطقة عسكرية قريبة.')).toEqual([
      'place:المعامل',
    ]);
  });

  it('reads the place words of regions, mountains, islands and pairs of towns', () => {
    expect(
      places('وانتشرت القوات في جبال مخمور وجزيرة الحضر وبلدتي طفس والمزيريب وإقليم جوبا الوسطى.'),
    ).toEqual(['place:جبال مخمور', 'place:جزيرة الحضر', 'place:طفس', 'place:المزيريب', 'place:جوبا الوسطى']);
  });

  it('takes `العاصمة` and the country adjective as part of the capital, not a place of their own', () => {
    expect(places('وشهدت العاصمة الليبية طرابلس اشتباكات امتدت إلى قرية أطمة.')).toEqual([
      'place:طرابلس',
      'place:أطمة',
    ]);
  });
});
