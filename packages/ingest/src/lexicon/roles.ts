// Words of posts that no title word names: taking charge of a ministry, a portfolio.
import { keys } from '../gazetteer/words.ts';

export const ROLE_WORDS = {
  /** `يتولى X وزارة الإعلام`, `تكليف X بوزارة الدفاع`: taking charge of a body. */
  takingCharge: keys('يتولى تولى تتولى تسلم يتسلم تكليف كلف كلفت'),
  /** `وزارة الإعلام التي كان يشغلها X`, `وتسلمها X`: holding a post a pronoun stands for. */
  holdingIt: keys('يشغلها شغلها يتولاها تولاها تسلمها'),
  /** Verbs and nouns of a charge newly given: the post is `appointed`, not held. */
  charging: keys('تكليف كلف كلفت'),
  /** The head word of a ministry's name. */
  ministry: keys('وزارة الوزارة'),
  /** `X الذي بات وزيراً للداخلية`, `X يعد قيادياً`: verbs of becoming or being counted as, between a
   * name and the title it takes. */
  becoming: keys('بات أصبح صار سيكون يعد يعتبر'),
  /** `X ما يسمى والي الفلوجة`, `ويُعرف بأنه “والي الرقة”`: words that give a title as a name's label. */
  soCalled: keys('يسمى يعرف'),
  /** `سبق أن أشرف على`, `لم يعلق`: particles a verb follows, so a lone word after one is no name. */
  verbParticles: keys('أن قد لقد لم لن'),
  /** `X تم تعيينه`: the auxiliary of a passive, whose pronoun is the one named before, not the agent. */
  passiveAuxiliaries: keys('تم يتم جرى'),
  /** `قياديين ... هم A وB`: the pronoun that opens the list of those a plural title names. */
  listOpeners: keys('هم وهم منهم بينهم'),
};
