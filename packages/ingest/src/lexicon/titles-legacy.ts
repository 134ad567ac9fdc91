// Words the title matchers read: the frame of a role phrase, holding verbs, presidents.
import { keys } from '../gazetteer/words.ts';

export const AREA_WORDS = keys('المنطقة المدينة البلدة المحافظة منطقة');
export const WHOLE_WORDS = keys('كاملة كاملا كلها بأكملها بكاملها');
export const IN = keys('في ب باسم');
/** `القيادي فيها`, `المتحدث باسمه`: the pronoun stands for the body the clause before named. */
export const IN_IT = keys('فيه فيها فيهم منه منها لها له باسمه باسمها');
/** `الذي وصفه بأنه “والي الأنبار”`, `التي وصفتها بـ“القاضي الشرعي”`: what a title is said to be. */
export const DESCRIBED_AS = keys('أنه أنها ب');
/** Words of a genitive chain that are not nouns of a title (`قائد عمليات الأنبار` is one). */
export const CHAIN_BREAKS = keys('في من على إلى عن مع بعد قبل أن منذ خلال عند بين ضد حول الذي التي');
/** Words inside a role phrase that change nothing: `الناطق الرسمي`, `القيادي البارز`. */
export const FILLERS = keys('الرسمي الرسمية البارز البارزة بارز بارزا بارزة آخر أخرى الأول الثاني العام');
/** `رئيس`: a president, a prime minister or a group's head is a leader (see `presides`). */
export const WORKS_AS = keys('يعمل عمل تعمل');
export const PRESIDING = keys('رئيس الرئيس رئيسة الرئيسة رئيسا');
export const GOVERNMENT_WORDS = keys('الوزراء الحكومة حكومة مجلس');
export const SECTOR_WORDS = keys('قاطع قطاع ولاية');
export const POSITION = keys('منصب');
export const HOLDS = keys('يشغل شغل سيشغل تولى يتولى تسلم');
export const WAS = keys('كان كانت');
/** `نائب رئيس الهيئة`, `معاون رئيس الهيئة`: titles that govern another, which is not the holder's. */
export const DEPUTY_HEADS = keys('نائب النائب معاون مساعد مستشار');
export const COPULA = keys('هو وهو هي وهي');
export const ONE_OF = keys('أحد احدى');
/** Formations whose commander is their leader: `قائد لواء X`, `آمر الفرقة`. */
export const FORMATIONS = keys('لواء فرقة فيلق كتيبة قوة قوات فوج');
/** Civil titles that, with no body or country named, belong to the article's government (`محافظ درعا`). */
export const CIVIL_HEADS = keys('وزير محافظ');
