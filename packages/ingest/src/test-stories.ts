// Reports of the project's own wording on one man, for the tests of republished copies and
// contradictions: a wire story, an aggregator's verbatim copy of it, an independent report of
// the same role, his dismissal, and a later report that still calls him the leader.
import type { HandArticle } from './test-articles.ts';

const LEADER = 'حازم الديري';
const GROUP = 'كتائب الجبل';

const WIRE_TEXT =
  'أفادت وكالة الشمال بأن حازم الديري يقود كتائب الجبل منذ مطلع العام، بعد اجتماع عقده مجلس الشورى في بلدة العين الباردة. ' +
  'وقالت الوكالة إن الديري أعاد تنظيم المجموعات المسلحة في الريف الشرقي، وعيّن مساعدين جدداً للإشراف على الحواجز والطرق الزراعية. ' +
  'وأضافت أن عناصر الكتائب انتشروا في محيط السوق القديم، وأن الأهالي اشتكوا من الإتاوات المفروضة على الشاحنات القادمة من الساحل.';

export const WIRE_STORY: HandArticle = {
  text: WIRE_TEXT,
  meta: { outlet: 'وكالة الشمال', title: 'قائد كتائب الجبل', publishedAt: '2026-03-10' },
  persons: [LEADER],
  organizations: [GROUP],
  roles: [[LEADER, 'leader', GROUP, 'يقود كتائب الجبل']],
};

/** The wire story as an aggregator republished it a day later: its own lines around the same text. */
export const REPUBLISHED_COPY: HandArticle = {
  ...WIRE_STORY,
  text: `نقلاً عن وكالة الشمال:\n${WIRE_TEXT.replace('أفادت', 'افادت').replace('الإتاوات', 'الاتاوات')}\nتابعونا على صفحتنا لمزيد من الأخبار.`,
  meta: { outlet: 'موقع الأصداء', title: 'قائد كتائب الجبل', publishedAt: '2026-03-11' },
};

/** Another outlet's own report of the same role, in its own words. */
export const OTHER_REPORT: HandArticle = {
  text:
    'ذكرت صحيفة السهل أن حازم الديري هو قائد كتائب الجبل، وأن مقاتليه يسيطرون على الطريق بين العين الباردة والمزارع الغربية. ' +
    'ونقلت الصحيفة عن شاهد أن الديري ظهر في تسجيل مصور وسط عشرات المقاتلين، متوعداً خصومه بالرد على أي هجوم جديد.',
  meta: { outlet: 'صحيفة السهل', title: 'الديري في تسجيل مصور', publishedAt: '2026-03-12' },
  persons: [LEADER],
  organizations: [GROUP],
  roles: [[LEADER, 'leader', GROUP, 'قائد كتائب الجبل']],
};

export const DISMISSAL_REPORT: HandArticle = {
  text: 'أعلنت كتائب الجبل في بيان عزل حازم الديري من قيادتها، وتكليف مجلس مؤقت بإدارة شؤونها إلى حين اختيار قائد جديد.',
  meta: { outlet: 'إذاعة الوادي', title: 'عزل الديري', publishedAt: '2026-04-01' },
  persons: [LEADER],
  organizations: [GROUP],
  roles: [[LEADER, 'leader', GROUP, 'عزل حازم الديري من قيادتها', 'dismissed']],
};

/** A month after the dismissal, another outlet still calls him the group's leader. */
export const LATER_CURRENT: HandArticle = {
  text: 'قالت صحيفة السهل إن قائد كتائب الجبل حازم الديري أشرف على تبادل للأسرى قرب المزارع الغربية.',
  meta: { outlet: 'صحيفة السهل', title: 'تبادل أسرى', publishedAt: '2026-05-02' },
  persons: [LEADER],
  organizations: [GROUP],
  roles: [[LEADER, 'leader', GROUP, 'قائد كتائب الجبل']],
};
