// Words of organizational structure: a unit attached to, inside, or joined to a body.
import { keys } from '../gazetteer/words.ts';

export const STRUCTURE_WORDS = {
  /** `التابع لـ`, `المنضوي في`: attachment of a unit to its parent. */
  attached: keys('التابع التابعة التابعين تابعة تابع المنضوي المنضوية المنضوين'),
  /** The preposition of attachment, alone or as the proclitic of the parent's name (`لتنظيم`). */
  attachedTo: keys('ل إلى'),
  /** `الجناح المسلح لحركة Y`, `الذراع العسكرية لـY`: the wing of a body. */
  wing: keys('الجناح الذراع جناح ذراع'),
  /** What kind of wing: armed, military, political, security, media. */
  wingKinds: keys('العسكري العسكرية المسلح المسلحة السياسي السياسية الأمني الأمنية الإعلامي الإعلامية'),
  /** `Y التي تضم A وB`: a coalition and its members. */
  comprises: keys('تضم يضم تضمان تتألف يتألف تتكون يتكون'),
  /** The relative pronoun between a body and `تضم`. */
  relative: keys('التي الذي اللذين اللتين'),
  /** `ضم A إلى Y`, `انضمام A إلى Y`: a body joined to another. */
  joining: keys('ضم انضمام انضمت انضم دمج اندماج'),
  /** `X، ضمن وحدة Y`: a unit inside a body. */
  within: keys('ضمن'),
  /** `إلى Y`: the body something is joined to. */
  into: keys('إلى'),
  /** Words between a body and its other name (`المعروفة بـ“X”`): the list goes on past them. */
  knownAs: keys('المعروفة المعروف الملقبة الملقب المسماة المسمى'),
};
