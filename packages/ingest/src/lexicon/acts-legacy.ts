// Words the act matchers read: control, arrests and killings, attribution, departures, statements.
import { keys } from '../gazetteer/words.ts';

export const QUANTITY_STOP = keys('بأمر بعد قبل');
export const STRIKE = keys('بغارة بقصف برصاص بضربة بهجوم بتفجير');
export const CONTROL_POSSESSED = keys('سيطرته سيطرتها سيطرتهم');
export const THAT = keys('أن');
export const ON = keys('على');
export const INCLUDING = keys('منها أبرزها بينها ومن');
export const ARREST = keys('اعتقل اعتقلت اعتقال احتجز احتجزت احتجاز أسر أسرت اختطف اختطفت اختطاف خطف');
export const SEIZE = keys('القبض');
export const THROW = keys('ألقت ألقى إلقاء ألقوا');
export const KILL = keys('قتل قتلت اغتال اغتالت اغتيال أعدم أعدمت إعدام تصفية');
export const AGENT = keys('يد قبل');
/** `تقف وراء`, `بالوقوف وراء`: the one behind an act. */
export const STANDING = keys('تقف يقف تقفان الوقوف وقوف');
export const BEHIND = keys('وراء وراءها وراءه خلف');
/** `في عملية تبنتها خلايا التنظيم`, `أعلن مسؤوليته عن`: a group claims the act. */
export const CLAIMED = keys('تبنى تبنت تبنته تبنتها يتبنى');
export const RESPONSIBILITY = keys('مسؤوليته مسؤوليتها المسؤولية مسؤوليتهم');
/** Nouns of a killing with no agent, whose victim a later attribution refers to. */
export const DEATH = keys('مقتل');
/** What `تقف وراء` may point to when it points to the killing told before. */
export const KILLING_REFERENCES = keys('عملية العملية الحادثة الحادث الجريمة ذلك');
/** `خطط لخطف X`: an act planned or attempted, not done. */
export const PLANNED = keys('خطط يخطط تخطط خططت حاول حاولت يحاول تحاول محاولة');
export const DEPARTURE = keys('خروج خرج خرجت غادر غادرت مغادرة فرار فر هروب هرب انسحاب انسحب');
export const VIA_ONE = keys('عبر');
/** `من جهة`, `من خلال معبر`, `عن طريق`: two words that say by which way. */
export const VIA_TWO: [Set<string>, Set<string>][] = [
  [keys('من'), keys('جهة خلال معبر')],
  [keys('عن'), keys('طريق')],
];
export const STATEMENT_NOUNS = keys('تصريح تصريحات حديث مقابلة لقاء');
