// What the geography and control rows must not claim: each case is a reading a looser row made.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';

const claims = (text: string, predicate: string) =>
  extractArticle({ text })
    .extraction.relations.filter((r) => r.predicate === predicate)
    .map((r) => `${r.subject} ${r.object}`);

describe('geography rows', () => {
  it('does not place a speaker where the act he reports happened', () => {
    expect(claims('وقال سعيد الأحمد يوم الأحد إن أخاه قتل في مدينة حلب.', 'located_in')).toEqual([]);
  });

  it('reads past a nickname of the victim to the place, and puts no country in a town', () => {
    expect(
      claims('وقتل زعيم التنظيم سالم الحديدي، الملقب بـ”أبو خالد” في ريف إدلب بغارة.', 'located_in'),
    ).toEqual(['سالم الحديدي ريف إدلب']);
    expect(
      claims('وضربت مسيرة للتحالف بقيادة الولايات المتحدة هدفاً في منطقة جبل الزاوية.', 'located_in'),
    ).toEqual([]);
  });

  it('does not place a victim where the body in his title sits', () => {
    expect(
      claims('وقتل سالم الحديدي إلى جانب خالد الزعبي، رئيس المكتب السياسي لحماس في غزة.', 'located_in'),
    ).toEqual([]);
  });
});

describe('flight rows', () => {
  const about = 'واعتقلت الشرطة سالم الحديدي أمس. وقالت إن الحديدي يدير خلية للتنظيم.\n\n';

  it('takes a subjectless flight to be the article person’s, but not an arrival', () => {
    expect(claims(`${about}واعترف بأنه هرب إلى تركيا قبل عامين.`, 'moved_to')).toEqual([
      'سالم الحديدي تركيا',
    ]);
    expect(claims(`${about}وكان قائد الخلية قد وصل إلى مدينة حلب قبل أشهر.`, 'moved_to')).toEqual([]);
  });
});

describe('control rows', () => {
  it('reads a side of a place after a comma as where the list is, not a place held', () => {
    expect(claims('وتعد هيئة تحرير الشام صاحبة النفوذ في سهل الغاب، شمال غربي حماة.', 'controls')).toEqual([
      'هيئة تحرير الشام سهل الغاب',
    ]);
  });

  it('takes no bare region after `مناطق سيطرة X` and no former stronghold', () => {
    expect(claims('وتتدهور الأوضاع في مناطق سيطرة داعش جنوب دمشق.', 'controls')).toEqual([]);
    expect(claims('ودخلت القوات مدينة الرقة التي كانت تعد معقل تنظيم داعش.', 'controls')).toEqual([]);
  });
});
