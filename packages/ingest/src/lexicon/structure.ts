// Words of organizational structure: a unit attached to, or inside, a body.
import { keys } from '../gazetteer/words.ts';

export const STRUCTURE_WORDS = {
  /** `التابع لـ`, `المنضوي في`: attachment of a unit to its parent. */
  attached: keys('التابع التابعة التابعين تابعة تابع المنضوي المنضوية المنضوين'),
  /** The preposition of attachment, alone or as the proclitic of the parent's name (`لتنظيم`). */
  attachedTo: keys('ل إلى'),
};
