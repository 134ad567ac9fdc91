// Words several matchers read, or the relation table and the Relator.
import { keys } from '../gazetteer/words.ts';

export const FORCE_WORDS = keys('عناصر قوات دورية طيران مقاتلي مسلحين خلايا أرتال رتل');
export const ATTACHED = keys('التابع التابعة التابعين تابعة تابع المنضوي المنضوية المنضوين المرتبط المرتبطة');
export const PLACE_WORDS_IN = keys('بحي بمخيم في مدينة بلدة قرية حي محافظة ناحية إقليم منطقة');
/** Heads of bodies that belong to a larger one: `“فرع فلسطين” في المخابرات العسكرية`. */
export const RANK_AMONG = keys('أحد إحدى كبرى أكبر أبرز');
export const COMPONENTS = keys('مكونات ألوية فصائل كتائب تشكيلات فرق مجموعات ميليشيات أذرع');
export const SUB_BODY = keys('فرع لواء ألوية كتيبة الفيلق فيلق قطاع مكتب خلية سرية فرقة');
export const DEFECT = keys('انشق انشقت انشقاق ينشق ينشقون تنشق');
export const MEET = keys('التقى التقت اجتمع اجتمعت استقبل استقبلت يلتقي تلتقي');
export const NEGOTIATE = keys('فاوض فاوضت تفاوض تفاوضت يفاوض تفاوضوا فاوضوا');
/** Nouns of contact, whose subject is the one who held them (`اجتماع عقده X مع Y`). */
export const MEETING_NOUNS = keys('اجتماع اجتماعا لقاء لقاءات');
export const NEGOTIATION_NOUNS = keys('مفاوضات محادثات مباحثات');
export const HELD = keys('عقده عقدها عقد عقدت أجرى أجراها أجراه');
/** Who else sat in: `بحضور X`, `في حضور X`. */
export const PRESENCE = keys('حضور');
/** Words between a contact verb and its object that name no party (`فاوض قيادة الفيلق`). */
export const ENVOYS = keys('قيادة قيادات قادة ممثلين ممثلي ممثلا وفد وفدا عن من');
export const MOVE = keys('انتقل انتقلت وصل وصلت توجه توجهت');
export const TO = keys('إلى');
export const WITH = keys('مع');
export const FROM = keys('عن من');
/** `انشق عن صفوفها`: the ranks of the body the pronoun refers to. */
export const RANKS = keys('صفوف');
export const RANKS_OF_IT = keys('صفوفه صفوفها صفوفهم');
