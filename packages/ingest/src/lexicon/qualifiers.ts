// Words the qualifiers read: attribution (`بحسب`, `قالت مصادر`) and the ends of a claim's clause.
import { keys } from '../gazetteer/words.ts';

export const ACCORDING_TO = keys('حسب وفق وفقا نقلا');
export const SOURCES = keys('مصادر مصدر وكالة صحيفة موقع مراسل ناشطون ناشطين شبكة المرصد');
export const SKIP_AFTER_ACCORDING = keys('ما عن ل');
export const CLAUSE_BREAKS = keys('من في أن');
/** Words that, after `،`, open a clause of their own: a denial before them does not reach past. */
export const CLAUSE_OPENERS = keys(
  'مؤكدا مؤكدة مضيفا مضيفة مشيرا مشيرة موضحا موضحة لافتا لافتة معتبرا معتبرة فيما بينما حيث إذ',
);
