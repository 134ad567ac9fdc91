// The terms an article states, read onto its role and membership claims by the whole pipeline:
// a range only where the sentence gives one, to the claim it qualifies and not its neighbour.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';

const extract = (text: string) => extractArticle({ text, meta: { publishedAt: '2021-03-04' } }).extraction;
const termOf = (item: { validFrom?: string; validTo?: string }) => [item.validFrom, item.validTo];

describe('stated terms in articles', () => {
  it('gives an Arabic role and its membership the years between which the text says it was held', () => {
    const { roles, relations } = extract(
      'قال مصدر محلي إن سامر الحلبي شغل منصب الأمير الأمني لهيئة تحرير الشام بين عامي 2016 و2018، قبل أن ينتقل إلى إدلب.',
    );
    expect(roles.map((r) => [r.person, r.role, ...termOf(r)])).toEqual([
      ['سامر الحلبي', 'security_chief', '2016', '2018'],
    ]);
    expect(relations.find((r) => r.predicate === 'member_of')).toMatchObject({
      validFrom: '2016',
      validTo: '2018',
    });
  });

  it('gives an English role its stated start and keeps an undated one undated', () => {
    const { roles } = extract(
      'Omar Nadim has been the leader of the Mountain Brigades since 2019, local sources said. Samer Ali is its spokesman.',
    );
    expect(roles.map((r) => [r.person, ...termOf(r)])).toEqual([
      ['Omar Nadim', '2019', undefined],
      ['Samer Ali', undefined, undefined],
    ]);
  });

  it('gives a stated date to the claim it follows, not to the next one in the sentence', () => {
    const { roles } = extract(
      'وعيّن التنظيم أبو طلحة الحمصي أميراً أمنياً لقطاع البادية منذ 2020، فيما بقي أبو مصعب الديري الأمير العسكري للقطاع.',
    );
    expect(roles.map((r) => [r.person, r.status, ...termOf(r)])).toEqual([
      ['أبو طلحة الحمصي', 'appointed', '2020', undefined],
      ['أبو مصعب الديري', 'current', undefined, undefined],
    ]);
  });

  it('states no term for a former post with no date: its end is only the article date', () => {
    const { roles } = extract('وكان خالد العمر القائد العسكري السابق لحركة أحرار الشام.');
    expect(roles.map((r) => [r.status, ...termOf(r)])).toEqual([['former', undefined, undefined]]);
  });

  it('reads the month of an English appointment as the start of the post', () => {
    const { roles } = extract('The group appointed Ahmad Salem as its military commander in March 2020.');
    expect(roles.map((r) => [r.status, ...termOf(r)])).toEqual([['appointed', '2020-03', undefined]]);
  });
});
