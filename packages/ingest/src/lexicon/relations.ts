// Words of the acts and contacts that relate two entities: arrests, killings, successions.
import { keys } from '../gazetteer/words.ts';

export const RELATION_WORDS = {
  /** Prepositions that introduce the one replaced: `خلفاً لـ`, `بدلاً من`. */
  replacing: keys('خلفا بدلا'),
};
