// Words of geography claims: where a place, a body or an event is, who holds an area, who went where.
import { keys } from '../gazetteer/words.ts';

export const GEOGRAPHY_WORDS = {
  /** Words between two places of one list that say how much of the second (`ومعظم قرى ناحية`, `وأجزاء من`). */
  partitive: keys(
    'معظم أغلب بعض أجزاء جزء كامل عدة قرى بلدات مدن أحياء حي مدينة بلدة قرية ناحية منطقة مناطق من',
  ),
  /** Acts done to a person somewhere: `قتل X في`, `مقتل X في`, `اعتقال X في`, `لقي مصرعه في`. */
  actsOnPerson: keys(
    'قتل قتلا قتلت قتلوا مقتل مصرع مصرعه اغتيال اغتيل اغتالت استهداف استهدف استهدفت اعتقال اعتقل اعتقلت القبض اختطاف اختطف اختطفت تصفية',
  ),
  /** Acts whose victim comes before them (`X قتل في`, `X لقي مصرعه`): verbs, not nouns. */
  actsAfterVictim: keys('قتل قتلا قتلوا مصرعه اغتيل'),
  /** Prepositions of where: `في قرية X`, `على طريق X`, `داخل منزله`. */
  locative: keys('في داخل على قرب أمام'),
  /** Settings between the locative and the place (`في منزله بحي X`, `في جبهة X`, `على طريق بلدة X`). */
  setting: keys(
    'منزل منزله منزلها منزلهما منزلهم مركز جبهة طريق محيط أطراف مقر مقره عملية غارة مدينة بلدة قرية حي محافظة منطقة ناحية العاصمة',
  ),
  /** Speech verbs: a person before them is the speaker, not the victim of a later act. */
  /** Words that open a new clause (`موضحا أنه`, `إن أخاه`): an act's place is not read past them. */
  newClause: keys('أن أنه أنها موضحا مضيفا مؤكدا مشيرا'),
  /** `X الواقعة شرقي Y`, `X الواقع في Y`. */
  situated: keys('الواقعة الواقع الواقعتين'),
  /** `ومقرها X`, `الذي يتمركز في X`, `الصادرة في X`: where a body sits. */
  seat: keys('مقرها مقره يتمركز تتمركز يتواجد يتواجدون تتواجد الصادرة'),
  /** Relative pronouns: `البلدة التي تسيطر عليها X`. */
  relatives: keys('الذي التي'),
  /** `ريال مدريد`, `مانشستر يونايتد`: words of a sports club's name before or after its city's. */
  clubBefore: keys('ريال دينامو ستيوا أتلتيكو باير بوروسيا أولمبيك إنتر فريق نادي'),
  /** `ملعب ثاني بن جاسم`, `مطار رفيق الحريري`, `جائزة نوبل`: what bears a person's name, not the person. */
  namedAfter: keys('ملعب استاد مطار شارع ساحة دوار جامعة مستشفى جامع مدرسة قاعة جائزة'),
  /** Prepositions before a place: `في مدريد`, `إلى حلب`, `من دمشق`. */
  toPlace: keys('في إلى من'),
  /** `بتوقيت مكة المكرمة`: the city after it names the time, not a place of the report. */
  clockTime: keys('توقيت'),
  clubAfter: keys('يونايتد سيتي'),
  /** `يسيطر X على`, `التي تسيطر عليها X`. */
  controlVerbs: keys('يسيطر تسيطر سيطر سيطرت يسيطرون'),
  controlNouns: keys('سيطرة'),
  /** `الخاضعة لسيطرة X`. */
  under: keys('الخاضعة الخاضع الخاضعتين الواقعة'),
  underNext: keys('سيطرة'),
  /** `مناطق سيطرة X`, `المناطق الخاضعة لسيطرة X`. */
  areasOf: keys('مناطق'),
  /** `عليه`, `عليها`: the place a relative clause of control is about. */
  onIt: keys('عليه عليها عليهما'),
  /** `صاحبة النفوذ في X`: the power in an area. */
  holderOf: keys('صاحبة صاحب'),
  influence: keys('النفوذ'),
  /** `X (معقل Y)`, `التي تعد أحد أهم معاقل Y`. */
  stronghold: keys('معقل معاقل'),
  /** A past tense that makes a stronghold a former one (`التي كانت تعد معقل`). */
  was: keys('كان كانت'),
  /** Flight and return, often with no subject of their own (`هرب إلى سوريا`, `عاد متسللا إلى`). */
  flight: keys('هرب هربوا فر فروا الفرار فرار تسلل تسللوا عاد عادوا وصل'),
  /**
   * Arrival (`وكان “X” قد وصل إلى`): its mover is named with it, so a sentence that names none is
   * not taken to be about the article's person, as a subjectless flight is.
   */
  arrival: keys('وصل'),
  /** The destination's preposition. */
  toward: keys('إلى'),
};
