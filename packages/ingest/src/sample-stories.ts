// Sample reports of the project's own wording on one fictional commander, added to the quick
// start's sample to show how sure a claim is: a wire story and an aggregator's verbatim copy of
// it (one independent source, one copy), another outlet's own report of the same role (a second
// source), his dismissal, and a report a month later that still calls him the leader (a
// contradiction). Worded so that the rule engine reads them.
import type { ArticleMeta } from '@shabaka/model';

export interface SampleStory {
  name: string;
  text: string;
  meta: ArticleMeta;
}

const WIRE_TEXT =
  'قالت مصادر محلية إن حازم الديري هو قائد كتائب الجبل منذ مطلع العام، بعد اجتماع عقده مجلس الشورى في بلدة العين الباردة. ' +
  'وأضافت المصادر أن الديري أعاد تنظيم المجموعات المسلحة في الريف الشرقي، وعيّن مساعدين جدداً للإشراف على الحواجز والطرق الزراعية. ' +
  'وبحسب المصادر، انتشر عناصر الكتائب في محيط السوق القديم، واشتكى الأهالي من الإتاوات المفروضة على الشاحنات القادمة من الساحل.';

export const STORY_SAMPLE = {
  wire: {
    name: 'wire-story',
    text: WIRE_TEXT,
    meta: { outlet: 'وكالة الشمال', title: 'قائد كتائب الجبل', publishedAt: '2026-03-10' },
  },
  /** The wire story as an aggregator republished it a day later: its own lines around the same text. */
  copy: {
    name: 'republished-copy',
    text: `نقلاً عن وكالة الشمال:\n${WIRE_TEXT.replace('الإتاوات', 'الاتاوات')}\nتابعونا على صفحتنا لمزيد من الأخبار.`,
    meta: { outlet: 'موقع الأصداء', title: 'قائد كتائب الجبل', publishedAt: '2026-03-11' },
  },
  other: {
    name: 'other-report',
    text:
      'ذكرت صحيفة السهل أن حازم الديري هو قائد كتائب الجبل، وأن مقاتليه يسيطرون على الطريق بين العين الباردة والمزارع الغربية. ' +
      'ونقلت الصحيفة عن شاهد أن الديري ظهر في تسجيل مصور وسط عشرات المقاتلين، متوعداً خصومه بالرد على أي هجوم جديد.',
    meta: { outlet: 'صحيفة السهل', title: 'الديري في تسجيل مصور', publishedAt: '2026-03-12' },
  },
  dismissal: {
    name: 'dismissal',
    text: 'أصدرت كتائب الجبل، يوم الثلاثاء، قراراً يقضي بإعفاء قائد كتائب الجبل حازم الديري من منصبه، وتكليف مجلس مؤقت بإدارة شؤونها.',
    meta: { outlet: 'إذاعة الوادي', title: 'إعفاء الديري', publishedAt: '2026-04-01' },
  },
  /** A month after the dismissal, another outlet still calls him the group's leader. */
  laterCurrent: {
    name: 'later-current',
    text: 'قالت صحيفة السهل إن قائد كتائب الجبل، حازم الديري، أشرف على تبادل للأسرى قرب المزارع الغربية.',
    meta: { outlet: 'صحيفة السهل', title: 'تبادل أسرى', publishedAt: '2026-05-02' },
  },
} as const satisfies Record<string, SampleStory>;
