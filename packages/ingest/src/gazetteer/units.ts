// Sub-units of armed groups and governments (MODEL.md `Unit`): canonical name, the forms sources
// write, and the unit kind that decides the role class of whoever heads it.
import { nameKey, type UnitKind } from '@shabaka/model';

export interface UnitEntry {
  name: string;
  aliases: readonly string[];
  kind: UnitKind;
  /** The organization the unit is known to belong to, when the text names none after it. */
  org?: string;
}

/** Provinces (`ولاية X`) the Islamic State declared, from Iraq and Syria to Africa and Asia. */
const ISLAMIC_STATE_PROVINCES = [
  'خراسان',
  'سيناء',
  'غرب أفريقيا',
  'وسط أفريقيا',
  'الساحل',
  'موزمبيق',
  'الصومال',
  'اليمن',
  'برقة',
  'طرابلس',
  'فزان',
  'باكستان',
  'الهند',
  'شرق آسيا',
  'القوقاز',
  'تركيا',
  'العراق',
  'الشام',
  'دجلة',
  'نينوى',
  'كركوك',
  'صلاح الدين',
  'ديالى',
  'الأنبار',
  'الفلوجة',
  'بغداد',
  'شمال بغداد',
  'الجنوب',
  'الفرات',
  'الرقة',
  'الخير',
  'البركة',
  'حلب',
  'حمص',
  'حماة',
  'دمشق',
].map(
  (province): UnitEntry => ({ name: `ولاية ${province}`, aliases: [], kind: 'administrative', org: 'داعش' }),
);

export const UNITS: readonly UnitEntry[] = [
  { name: 'المكتب الأمني', aliases: ['الجهاز الأمني', 'ديوان الأمن', 'ديوان الأمن العام'], kind: 'security' },
  {
    name: 'المكتب الإعلامي',
    aliases: ['الجهاز الإعلامي', 'ديوان الإعلام', 'الديوان الإعلامي', 'المركز الإعلامي'],
    kind: 'media',
  },
  { name: 'الحسبة', aliases: ['ديوان الحسبة', 'جهاز الحسبة', 'شرطة الحسبة', 'مركز الحسبة'], kind: 'hisbah' },
  {
    name: 'المكتب الشرعي',
    aliases: ['الهيئة الشرعية', 'المحكمة الشرعية', 'ديوان القضاء', 'ديوان القضاء والمظالم', 'القضاء الشرعي'],
    kind: 'sharia',
  },
  { name: 'الجناح العسكري', aliases: ['المكتب العسكري', 'المجلس العسكري', 'ديوان الجند'], kind: 'military' },
  { name: 'ديوان الزكاة', aliases: ['بيت المال', 'ديوان بيت المال'], kind: 'administrative' },
  { name: 'المكتب الاقتصادي', aliases: [], kind: 'administrative' },
  { name: 'المكتب السياسي', aliases: [], kind: 'administrative' },
  { name: 'ديوان التعليم', aliases: [], kind: 'administrative' },
  { name: 'مجلس الشورى', aliases: ['مجلس شورى'], kind: 'administrative' },
  { name: 'مجلس القيادة', aliases: [], kind: 'administrative' },
  { name: 'الإدارة السياسية', aliases: [], kind: 'administrative' },
  {
    name: 'هيئة الأركان العامة',
    aliases: ['هيئة الأركان', 'رئاسة الأركان', 'رئاسة هيئة الأركان'],
    kind: 'military',
  },
  { name: 'قوة الرضوان', aliases: ['وحدة الرضوان', 'قوات الرضوان'], kind: 'military', org: 'حزب الله' },
  ...ISLAMIC_STATE_PROVINCES,
];

/** Units known to belong to an organization, by their name keys and their aliases'. */
export const UNIT_PARENTS: ReadonlyMap<string, string> = new Map(
  UNITS.flatMap((u) => (u.org ? [u.name, ...u.aliases].map((form) => [nameKey(form), u.org!] as const) : [])),
);

/**
 * `جهاز المخابرات`, `جهاز الاستخبارات الصومالية`: a state's intelligence service is an organization
 * (a security branch), not a unit of the armed group the article is about.
 */
export const INTELLIGENCE_WORDS: readonly string[] = ['المخابرات', 'الاستخبارات', 'مخابرات', 'استخبارات'];

/**
 * Heads of departments and brigades any body may have (`قسم الدعوة`, `ركن العمليات`, `لواء X`):
 * their owner must be named, not assumed to be the article's main group.
 */
export const DEPARTMENT_HEADS: readonly string[] = ['جهاز', 'قسم', 'وحدة', 'وحدات', 'ركن', 'لواء'];

/** Words that head a unit's name when it is not in the list (`جهاز “X”`, `ديوان X`, `كتيبة X`). */
export const UNIT_HEADS: ReadonlyMap<string, UnitKind> = new Map([
  ['جهاز', 'other'],
  ['ديوان', 'administrative'],
  ['كتيبة', 'military'],
  ['سرية', 'military'],
  // `قاطع البادية`: a sector of the Islamic State (its `أمير` leads it); `ركن العمليات`: a staff branch.
  ['قاطع', 'other'],
  ['ركن', 'military'],
  // `قسم الدعوة`, `وحدة العمليات`: departments of any body; their owner must be named.
  ['قسم', 'other'],
  ['وحدة', 'other'],
  ['وحدات', 'other'],
]);
