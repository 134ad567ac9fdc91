// Two reports of our own wording on one post, each stating the term its holder held it: the
// first a closed range, the second an open start that overlaps it. Read by the rule engine in
// the tests of stated terms (server db test, web e2e), so they show the whole path.
import type { ArticleMeta } from '@shabaka/model';

export const TERM_POST = { group: 'هيئة تحرير الشام', role: 'security_chief' } as const;

export const CLOSED_TERM_REPORT = {
  person: 'سامر الحلبي',
  text: 'قال مصدر محلي إن سامر الحلبي شغل منصب الأمير الأمني لهيئة تحرير الشام بين عامي 2016 و2018، قبل أن ينتقل إلى إدلب.',
  meta: {
    url: 'https://plain-daily.example/terms/1',
    outlet: 'صحيفة السهل',
    publishedAt: '2021-03-04',
    title: 'الأمير الأمني السابق',
  } satisfies ArticleMeta,
};

export const OPEN_TERM_REPORT = {
  person: 'ماهر العلي',
  text: 'وقال ناشطون إن ماهر العلي يشغل منصب الأمير الأمني لهيئة تحرير الشام منذ عام 2017.',
  meta: {
    url: 'https://north-agency.example/terms/2',
    outlet: 'وكالة الشمال',
    publishedAt: '2022-01-10',
    title: 'من يقود الجهاز الأمني',
  } satisfies ArticleMeta,
};
