// Sub-units of armed groups and governments (MODEL.md `Unit`): canonical name, the forms sources
// write, and the unit kind that decides the role class of whoever heads it.
import type { UnitKind } from '@shabaka/model';

export interface UnitEntry {
  name: string;
  aliases: readonly string[];
  kind: UnitKind;
}

export const UNITS: readonly UnitEntry[] = [
  { name: 'المكتب الأمني', aliases: ['الجهاز الأمني', 'ديوان الأمن', 'ديوان الأمن العام'], kind: 'security' },
  {
    name: 'المكتب الإعلامي',
    aliases: ['الجهاز الإعلامي', 'ديوان الإعلام', 'الديوان الإعلامي'],
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
];

/** Words that head a unit's name when it is not in the list (`جهاز “X”`, `ديوان X`, `كتيبة X`). */
export const UNIT_HEADS: ReadonlyMap<string, UnitKind> = new Map([
  ['جهاز', 'other'],
  ['ديوان', 'administrative'],
  ['كتيبة', 'military'],
  ['سرية', 'military'],
]);
