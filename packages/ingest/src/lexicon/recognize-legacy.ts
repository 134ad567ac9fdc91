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
