// Rows of the terms a sentence states for a post or a membership: a range (`بين عامي 2016
// و2018`, `from 2015 to 2017`), a start (`منذ 2019`), an end (`حتى 2018`), or the date of an
// appointment or a dismissal (`عُيّن في مارس 2020`). Each row is data: an id, its pattern built
// from the lexicon's words (DATE stands for a date), which ends it gives, the statuses it reads
// for, and examples of our own wording that run as tests (terms.test.ts).
import type { RoleStatus } from '@shabaka/model';
import { MONTH_WORDS, TERM_WORDS } from '../lexicon/terms.ts';

export type TermEnd = 'from' | 'to';

export interface TermExample {
  text: string;
  status?: RoleStatus;
  validFrom?: string;
  validTo?: string;
}

export interface TermRule {
  id: string;
  /** Lexicon list names in braces, `DATE` for a date, spaces for any run of spaces. */
  pattern: string;
  gives: readonly TermEnd[];
  /** Only claims of these statuses read the row (a date of appointment starts a term, of dismissal ends it). */
  statuses?: readonly RoleStatus[];
  examples: readonly TermExample[];
}

export const TERM_RULES: readonly TermRule[] = [
  {
    id: 'term.between',
    pattern: '{between} DATE AND DATE',
    gives: ['from', 'to'],
    examples: [
      { text: 'شغل سامر الحلبي منصب الأمير الأمني بين عامي 2016 و2018.', validFrom: '2016', validTo: '2018' },
      { text: 'He led the brigade between March 2014 and 2016.', validFrom: '2014-03', validTo: '2016' },
    ],
  },
  {
    id: 'term.from-to',
    pattern: '{from} DATE و?{rangeTo} DATE',
    gives: ['from', 'to'],
    examples: [
      { text: 'قاد الفرقة من عام 2015 إلى عام 2017.', validFrom: '2015', validTo: '2017' },
      {
        text: 'وتولى المكتب الإعلامي من آذار ٢٠١٥ وحتى أيلول ٢٠١٧.',
        validFrom: '2015-03',
        validTo: '2017-09',
      },
      { text: 'She was the group’s spokeswoman from 2012 to 2013.', validFrom: '2012', validTo: '2013' },
    ],
  },
  {
    id: 'term.span',
    pattern: 'DATE ?[-–] ?DATE',
    gives: ['from', 'to'],
    examples: [
      { text: 'The former commander (2011–2014) was seen in the town.', validFrom: '2011', validTo: '2014' },
    ],
  },
  {
    id: 'term.since',
    pattern: 'و?{since} DATE',
    gives: ['from'],
    examples: [
      { text: 'ويقود أبو هاشم كتيبة الصخرة منذ عام 2019.', validFrom: '2019' },
      { text: 'The council has been chaired by Omar Nadim since 4 June 2021.', validFrom: '2021-06-04' },
    ],
  },
  {
    id: 'term.until',
    pattern: 'و?{until} DATE',
    gives: ['to'],
    examples: [
      { text: 'وبقي قائداً للواء حتى شباط 2020.', validTo: '2020-02' },
      { text: 'He remained its treasurer until 2018.', validTo: '2018' },
    ],
  },
  {
    id: 'term.appointed-in',
    pattern: '{in} DATE',
    gives: ['from'],
    statuses: ['appointed'],
    examples: [
      { text: 'وعُيّن قائداً للقطاع الشمالي في مارس 2020.', status: 'appointed', validFrom: '2020-03' },
      { text: 'وعُيّن قائداً للقطاع الشمالي في مارس 2020.', status: 'current' },
    ],
  },
  {
    id: 'term.dismissed-in',
    pattern: '{in} DATE',
    gives: ['to'],
    statuses: ['dismissed'],
    examples: [
      { text: 'He was dismissed as police chief in October 2019.', status: 'dismissed', validTo: '2019-10' },
    ],
  },
];

const wordPattern = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(wordPattern)
    .join('|');
const listOf = (name: keyof typeof TERM_WORDS) => TERM_WORDS[name].split(' ');

const MONTHS = MONTH_WORDS.map((m) => m.split(','));
const MONTH = `(?:${alternatives(MONTHS.flat())})`;
/** Each month's spellings as one pattern, January first. */
export const MONTH_PATTERNS = MONTHS.map(
  (spellings) => new RegExp(`(?<!\\p{L})(?:${alternatives(spellings)})(?!\\p{L})`, 'u'),
);
const YEAR = '(?:19|20)\\d{2}';
/** A date as the text writes it, from a year alone to a day: `عام 2019`, `آذار 2015`, `4 June 2021`, `June 4, 2021`. */
export const DATE = `(?:(?:${alternatives(listOf('year'))})\\s+)?(?:\\d{1,2}\\s+${MONTH}\\s+|${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?${YEAR}`;
const AND = '(?:\\s+و\\s*|\\s+and\\s+)';

/** A row's pattern as a regular expression: each DATE a capturing group, words at word bounds. */
export function termPattern(rule: TermRule): RegExp {
  const source = rule.pattern
    .replace(/\{(\w+)\}/g, (_, name: keyof typeof TERM_WORDS) => `(?:${alternatives(listOf(name))})`)
    .replace(/ AND /g, AND)
    .replace(/ \?/g, '\\s*')
    .replace(/ /g, '\\s+')
    .replace(/DATE/g, `(${DATE})`);
  return new RegExp(`(?<!\\p{L})${source}(?![\\p{L}\\d])`, 'gu');
}
