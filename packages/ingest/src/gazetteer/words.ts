// Function words and cue words of news Arabic. Every set holds name keys (see `keys`), so lookups
// ignore hamza forms, taa marbuta and tanween.
import { nameKey, type RoleClass, type RoleStatus } from '@shabaka/model';
import { stemsOf, WordList } from '../text/tokens.ts';

/**
 * Words of a list that fold to a key the list already holds, or that are a word of the list with
 * a proclitic `stemIn` peels (`وأعلن` beside `أعلن`): the lexicon test requires none.
 */
export const REDUNDANT_WORDS: string[] = [];

/** A list looked up through `stemIn`, which reads `وأعلن` as `أعلن`: only the bare words are listed. */
export function keys(words: string): WordList {
  const set = exactKeys(words);
  for (const key of set) if (stemsOf(key).some((s, k) => k > 0 && set.has(s.key))) REDUNDANT_WORDS.push(key);
  return set;
}

/** A list read by whole keys (`STOP_WORDS`: the tagger's features and name ends), so `وكان` is listed too. */
export function exactKeys(words: string): WordList {
  const set = new WordList();
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const key = nameKey(word);
    if (set.has(key)) REDUNDANT_WORDS.push(word);
    set.add(key);
  }
  return set;
}

/** Words that end a name: particles, prepositions, pronouns, auxiliaries, time words, speech verbs. */
export const STOP_WORDS = exactKeys(`
  في من على إلى عن مع حتى منذ بعد قبل خلال عند لدى نحو ضد حول بين دون عبر تحت فوق أمام خلف وراء لصالح
  و ف ثم أو أم بل لكن لكنه بيد إن إنه إنها الذي التي الذين اللذين اللتين اللواتي ما ماذا لا لم لن ليس
  هو هي هم هما هن نحن أحد إحدى أنا هذا هذه هذان ذلك تلك هؤلاء أولئك هناك هنا كل بعض جميع أي غير سوى أيضا فقط كذلك
  قد لقد كان كانت كانوا يكون تكون كما وقد وكان وكانت حيث إذ إذا لو كي لكي بسبب رغم إثر عقب إضافة بالإضافة
  اليوم أمس غدا الماضي الماضية الأسبوع الشهر العام عام السنة سنة الجاري الحالي الحالية الأخير الأخيرة الأخيرين صباح مساء ليلة
  قال قالت يقول تقول أكد أكدت يؤكد أضاف أضافت أفاد أفادت ذكر ذكرت أعلن أعلنت صرح صرحت أوضح أوضحت كشف كشفت نقل
  تم يتم جرى يعتبر ويعتبر اعتبر يعد تعد وصف بحسب حسب وفق وفقا نقلا مصدر مصادر المصدر المصادر شخص أشخاص عنصر عناصر
  المنطقة منطقة مناطق الخاضعة الخاضع التابعة التابع تابعة تابع برفقة بأمر بتنسيق
  منصب منصبا موقعا
  عليه عليها عليهم له لها لهم منه منها منهم فيه فيها فيهم به بها بهم عنه عنها عنهم
`);

/** Words after which the next words are a person's name (`المدعو “X”`). */
export const PERSON_CUES = keys(`
 المدعو المدعوة الملقب المكنى المعروف الشيخ الحاج السيد السيدة الشهيد الصحفي الناشط الناشطة الشاب
 الطبيب الدكتور المهندس المحامي اللواء العقيد العميد الفريق الركن الرائد النقيب المقدم الملازم المساعد الرقيب
 الملا المولوي
`);
/**
 * `الفنان X`, `الحارس X`: occupations before a name. Each is an everyday noun too (`اللاعب رقم
 * عشرة`), so the word after one is a name only when it is no ordinary word.
 */
export const OCCUPATIONS = keys(`
  الجنرال الباحث الكاتب الكاتبة الصحافي الإعلامي الإعلامية المفكر الأكاديمي المؤرخ الشاعر الروائي
  الفنان الفنانة الممثل الممثلة المطرب المطربة المخرج المذيع المذيعة اللاعب المدرب المهاجم المدافع الحارس
`);

/** `سموه`, `رعاه الله`: God and the honorifics that stand for a named ruler are never a name alone. */
export const NEVER_NAMES_ALONE = keys('الله سمو سموه فخامته فخامة سيادته معاليه سماحته جلالته جلالة سعادته');

/** Kinship nouns: the name after them is a person (`شقيق “X”`, `ابن عم “X”`). */
export const KIN = keys('قريب شقيق أخ أخو أخي أخا ابن نجل والد صهر زوج زوجة عم خال حفيد ابنة شقيقة');

/** Cues that give another name of the person just named (`الملقب بـ“أبي طلحة”`). */
export const NICKNAME_CUES = keys('الملقب المكنى الملقبة المعروف المعروفة الشهير يدعى اسمه');
/** Words of a real name given beside a kunya: `واسمه الحقيقي`. */
export const REAL_NAME = keys('الحقيقي الحقيقية الكامل هو باسم');
/** Cue words that are also family names (`عامر الشيخ`, `حيدر الملا`) when they close a name. */
export const CUE_SURNAMES = keys('الشيخ الحاج الملا السيد المهندس');
/** Professions that close a kunya as its nickname (`أبو مهدي المهندس`), unlike a rank before a name. */
export const KUNYA_NICKNAMES = keys('المهندس الحاج الشيخ الدكتور');

/** Stance and nationality adjectives that follow, and are not part of, an outlet's name. */
export const TRAILING_ADJECTIVES = keys(`
  الموالي الموالية المعارض المعارضة المقرب المقربة الرسمي الرسمية الحكومي الحكومية المحلي المحلية التابع التابعة
  الروسي الروسية الإيراني الإيرانية التركي التركية الأمريكي الأمريكية الأميركية القطري القطرية السعودي السعودية
  البريطاني البريطانية الفرنسي الفرنسية اللبناني اللبنانية الإماراتي الإماراتية
`);

export interface RoleHead {
  role: RoleClass;
  /** `أميراً`, `قائداً`: the accusative of `عيّن X أميراً`, read as a title after the name. */
  accusative?: boolean;
  /** The head takes a modifier (`الأمني`, `الإعلامي`) or a unit that refines its class. */
  refinable?: boolean;
  /** A plural (`القياديين`, `عناصر`) that names one person only after `أحد`, or heads a list of names. */
  plural?: boolean;
  /** `معاونه`, `نائبه`: the deputy of someone named before, with no leader word after it. */
  ofNamed?: boolean;
}

const head = (role: RoleClass, words: string, extra: Omit<RoleHead, 'role'> = {}) =>
  [...keys(words)].map((key) => [key, { role, ...extra }] as const);

/** Words that head a role phrase, by role class. */
export const ROLE_HEADS: ReadonlyMap<string, RoleHead> = new Map([
  ...head('leader', 'أمير الأمير زعيم الزعيم قائد القائد والي الوالي متزعم الأمين', { refinable: true }),
  ...head('leader', 'أميرا قائدا زعيما واليا', { refinable: true, accusative: true }),
  // `آمر منطقة طبرق العسكرية`, `تكليفه آمراً لغرفة العمليات`: the commander of a named force or region.
  ...head('leader', 'آمر الآمر', { refinable: true }),
  ...head('leader', 'آمرا', { refinable: true, accusative: true }),
  // Feminine titles: women hold posts in the groups and the bodies that fight them.
  ...head('leader', 'أميرة الأميرة قائدة القائدة زعيمة الزعيمة', { refinable: true }),
  ...head('deputy_leader', 'نائب النائب'),
  ...head('deputy_leader', 'نائبا', { accusative: true }),
  ...head('deputy_leader', 'نائبه معاونه', { ofNamed: true }),
  ...head('sharia_official', 'الشرعي شرعي القاضي قاضي المفتي مفتي الشرعيين'),
  ...head('sharia_official', 'شرعيا قاضيا', { accusative: true }),
  ...head('spokesperson', 'المتحدث متحدث الناطق ناطق المتحدثة متحدثة الناطقة ناطقة'),
  ...head('spokesperson', 'متحدثا ناطقا', { accusative: true }),
  ...head('minister', 'وزير الوزير'),
  ...head('minister', 'وزيرا', { accusative: true }),
  ...head('official', 'مسؤول المسؤول رئيس الرئيس مدير المدير محافظ المحافظ', { refinable: true }),
  ...head('official', 'مستشار المستشار منسق المنسق معاون وكيل الوكيل حاكم'),
  ...head('official', 'مستشارا', { accusative: true }),
  // Posts outside a body's ranks (MODEL.md's `other`): founders, activists, researchers, envoys.
  ...head('other', 'مؤسس المؤسس الناشط الناشطة الباحث الباحثة السفير'),
  ...head('official', 'مسؤولة المسؤولة رئيسة الرئيسة مديرة المديرة', { refinable: true }),
  ...head('official', 'مسؤولا رئيسا مديرا محافظا', { refinable: true, accusative: true }),
  ...head('senior_member', 'قيادي القيادي القيادية قياديا'),
  ...head('senior_member', 'القياديين قياديين قياديي قادة القادة', { plural: true, refinable: true }),
  ...head('official', 'مسؤولي المسؤولين مسؤولين', { plural: true }),
  ...head('member', 'عنصر العنصر مقاتل المقاتل عضو العضو'),
  ...head('member', 'عنصرا عضوا', { accusative: true }),
  ...head('member', 'عناصر مقاتلي مقاتلين أعضاء', { plural: true }),
]);

/** Adjectives and genitives that refine a leader/official head (`الأمير الأمني` → security_chief). */
export const ROLE_MODIFIERS: ReadonlyMap<string, RoleClass> = new Map([
  ...[...keys('الأمني أمني أمنيا الأمنية')].map((k) => [k, 'security_chief' as RoleClass] as const),
  ...[...keys('الإعلامي إعلامي إعلاميا الإعلامية')].map((k) => [k, 'media_chief' as RoleClass] as const),
  ...[...keys('العسكري عسكري عسكريا العسكرية')].map((k) => [k, 'military_commander' as RoleClass] as const),
  ...[...keys('الشرعي شرعي شرعيا الشرعية')].map((k) => [k, 'sharia_official' as RoleClass] as const),
  ...[...keys('الحسبة')].map((k) => [k, 'hisbah' as RoleClass] as const),
  ...[...keys('العام عاما')].map((k) => [k, 'leader' as RoleClass] as const),
  ...[...keys('الأركان أركان')].map((k) => [k, 'military_commander' as RoleClass] as const),
  // `القائد الميداني`, `أحد القادة الميدانيين`: a field commander.
  ...[...keys('الميداني الميدانيين الميدانية ميداني')].map(
    (k) => [k, 'military_commander' as RoleClass] as const,
  ),
  // `مسؤولاً كبيراً في هيئة تحرير الشام`: a senior official of a group is one of its leaders.
  ...[...keys('كبير كبيرا الكبير')].map((k) => [k, 'senior_member' as RoleClass] as const),
  ...[...keys('استخبارات الاستخبارات مخابرات أمن شرطة الشرطة')].map(
    (k) => [k, 'security_chief' as RoleClass] as const,
  ),
]);

/** Deputy heads become deputy_leader only before a leader word (`نائب الأمير`, `نائب قائد`). */
export const DEPUTY_OF = keys('أمير الأمير قائد القائد زعيم الزعيم رئيس الرئيس والي الوالي');

export const STATUS_WORDS: ReadonlyMap<string, RoleStatus> = new Map([
  ...[...keys('السابق السابقة سابقا المعزول المقال')].map((k) => [k, 'former' as RoleStatus] as const),
  ...[...keys('الحالي الحالية')].map((k) => [k, 'current' as RoleStatus] as const),
  ...[...keys('الجديد الجديدة المعين')].map((k) => [k, 'appointed' as RoleStatus] as const),
]);

export const APPOINTMENT_WORDS = keys('تعيين عين عينت تعيينه يعين تعين تسلم تولى تكليف كلف');
export const DISMISSAL_WORDS = keys('عزل عزله إقالة أقال أقالت إعفاء أعفى عزلت تنحية');

/** Relative clauses that make the person after them the head of the organization before. */
export const LED_BY = keys(
  'يقوده تقوده يترأسه يرأسه ترأسه يديره تديره يتزعمه يتزعمها بقيادة برئاسة يقودها يرأسها تقودها',
);

/** Words that make the next words a quantity, not a name (`أكثر من 50 عنصر`). */
export const GROUP_NOUNS = keys('خلية خلايا مجموعة مجموعات مجموعتين');
export const MEMBERS_LIST = keys('تضم يضم تتألف تتكون بينهم منهم وهم');

export const HEDGES = keys('يعتقد يرجح ترجيحات أنباء يشتبه ربما يشاع مرجح المرجح');
export const NEGATIONS = keys('نفى نفت ينفي تنفي');
