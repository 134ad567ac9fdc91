// Words of the acts and contacts that relate two entities: arrests, killings, successions.
import { keys } from '../gazetteer/words.ts';

export const RELATION_WORDS = {
  /**
   * Verbs of saying: the one list read wherever a statement is (`وقال X مدير ...` names a speaker,
   * `قالت مصادر` a source, `صرح لوكالة X` whom it was said to).
   */
  speech: keys(
    'قال قالت أكد أكدت أضاف أضافت أوضح أوضحت صرح صرحت أعلن أعلنت كشف كشفت ذكر ذكرت أفاد أفادت أشار أشارت تحدث',
  ),
  /**
   * The verbs after which a quotation is the speaker's words (`قال: “...”`), not a name: `أعلن`
   * is left out, for `وأعلن “الفيلق الخامس”` names the one announcing.
   */
  quoting: keys('قال قالت أكد أكدت أضاف أضافت أوضح أوضحت صرح صرحت'),
  /** Prepositions that introduce the one replaced: `خلفاً لـ`, `بدلاً من`. */
  replacing: keys('خلفا بدلا'),
};
