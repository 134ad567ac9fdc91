// Words the recognizer reads: kunyas, speech, the anaphors of bodies and camps, heads of bodies that
// own or locate what they name.
import { keys } from '../gazetteer/words.ts';

export const KUNYA = keys('أبو أبا أبي');
/** In quotes `أم X` is a kunya; outside them `أم` is mostly the conjunction. */
export const QUOTED_KUNYA = keys('أبو أبا أبي أم');
export const LONE_PREPOSITIONS = keys('ل ب');
export const UNIT_LIKE = keys('خلية مكتب قطاع ديوان جهاز');
export const GROUP_ANAPHORS = keys('التنظيم تنظيم');
/** `الكتائب`, `الهيئة`, `الجهاز` alone: the body of that kind the article named last. */
export const HEAD_ANAPHORS = keys(
  'الكتائب الهيئة الجهاز الفيلق الحركة الجبهة الفصيل الفرع اللواء المجلس الفوج المحور الحشد',
);
export const CAMP_ANAPHORS = keys('المخيم');
export const LEADERSHIP = keys('قيادة');
export const GOVERNMENT_HEAD = keys('حكومة');
/** Heads that name a different body than the organization after them (`ميليشيات النظام`). */
export const OWNING_HEADS = keys('ميليشيات مليشيات الميليشيات مخابرات وزارة أجهزة');
/** Collective heads that keep a `في <place>` in their name (`فصائل المعارضة في محافظة درعا`). */
export const COLLECTIVE_HEADS = keys('فصائل الفصائل ميليشيات مليشيات مجموعات');
export const MEDIA_SOURCE = keys('مصادر مصدر مراسل');
export const PREPOSITION_IN = keys('في');
export const BRIGADE_HEADS = keys('لواء');
/** The second half of `شمال غرب`, `جنوب شرقي`. */
export const SIDEWAYS = keys('شرق غرب شرقي غربي');
export const SETTLEMENT_WORDS = keys('بلدة قرية مدينة');
/** Ranks that are also common nouns: `الفريق` the general or the team. */
export const AMBIGUOUS_CUES = keys('الفريق');
/** `الفريق أول X`, `اللواء ركن X`: grades of a rank between it and the name. */
export const RANK_GRADES = keys('أول ركن');
/** Words that join a title to what it heads: `المتحدث باسم`, `القيادي في`, `مدير لـ`. */
export const TITLE_LINKS = keys('باسم في ل عن');
/** `المتحدث الرسمي باسمه، X`: a link whose pronoun stands for the body, completing the title. */
export const LINKS_TO_IT = keys('باسمه باسمها');
/** `وكان X Y رئيساً لـ`, `وبات X نائباً`: the one an accusative title is predicated of follows. */
export const WAS_OR_BECAME = keys('كان كانت بات أصبح');
