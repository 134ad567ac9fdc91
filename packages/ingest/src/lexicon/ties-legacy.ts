// Words the tie matchers read: closeness, succession, movement, seats.
import { keys } from '../gazetteer/words.ts';

export const PRONOUNS = keys('هو وهو أنه');
export const PASSIVE_MOVED = keys('نقل');
export const MOVE_TO = keys('إلى نحو باتجاه');
/** `زيارة X إلى`, `دخول أرتال X إلى`, `وصول X إلى`: nouns of a movement, whose mover follows them. */
export const MOVEMENT_NOUNS = keys('زيارة دخول وصول');
export const DEPART = keys('خرج خرجت غادر غادرت خروج مغادرة انسحب انسحبت انسحاب');
export const IN_PLACE = keys('وسط في ب داخل');
export const PRONOUN_OBJECTS = keys('له منه لها منها');
export const PLACE_OF = keys('محل مكان');
/** `تسلم X قيادة اللواء من Y`: received a post from Y. */
export const RECEIVE = keys('تسلم يتسلم استلم يستلم');
export const POSTS = keys('منصب منصبه مهام مهامه قيادة إدارة رئاسة');
/** Bodies with a seat (`فرع فلسطين في دمشق`), unlike a brigade met or fighting somewhere. */
export const SEATED_BODY = keys('فرع مكتب إدارة');
export const REPLACING = keys('خلفا بدلا');
