// Words of the bodies the text builds from its own words: services, sectors, branches, formations.
import { keys } from '../gazetteer/words.ts';

export const SERVICE_HEAD = keys('جهاز');
/** Words after `جهاز المخابرات` that still name the service: `الوطني`, `العامة`. */
export const SERVICE_QUALIFIERS = keys('الوطني العام العامة');
/** A sector of an armed group named by the place it covers. */
export const SECTOR_HEADS = keys('قاطع');
/** `الفرع المصري لتنظيم X`: a group's branch in a country. */
export const BRANCH_HEADS = keys('الفرع');
/** Formations named by a number: `الفرقة 20`, `اللواء 444`, `الفوج 47`. */
export const NUMBERED_HEADS = keys('الفرقة فرقة اللواء لواء الفوج فوج الفيلق');
/** `لواء علي بن أبي طالب`: a brigade named after a historic figure is a unit, not that person. */
export const NAMED_FORMATION_HEADS = keys('لواء كتيبة سرية');
/** Heads of formations that are units of a larger force when the text attaches them to it. */
export const FORMATION_HEADS = keys('فيلق الفيلق لواء فرقة الفرقة كتيبة فوج الفوج');
