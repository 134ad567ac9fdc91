// A person's name as a consonant skeleton both scripts spell alike: `Abu Mohammed al-Julani` and
// `أبو محمد الجولاني` both give `bmhmdjln`. Short vowels are unwritten in Arabic and spelt every
// which way in Latin, so vowels (and medial و/ي, w/y), the article, ayn and hamza, doubled letters
// and a closing h are dropped, and letters Latin spells alike fold together (ق/ك: k; ص/س: s;
// ش/sh: x, خ/kh: c, غ/gh: v, so that the key is one lower-case word a full-text index keeps).
// Many people share a skeleton: it proposes SAME_AS candidates for a researcher, never a merge.
import { isWeakName, nameKey } from './names.ts';

const ARABIC_CONSONANTS: Record<string, string> = {
  ب: 'b',
  پ: 'b',
  ت: 't',
  ط: 't',
  ث: 't',
  ج: 'j',
  چ: 'j',
  ح: 'h',
  ه: 'h',
  خ: 'K',
  د: 'd',
  ض: 'd',
  ذ: 'd',
  ظ: 'z',
  ز: 'z',
  ر: 'r',
  س: 's',
  ص: 's',
  ش: 'S',
  غ: 'G',
  ف: 'f',
  ڤ: 'f',
  ق: 'k',
  ك: 'k',
  گ: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  و: 'w',
  ي: 'y',
};
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/sh|ch/g, 'S'],
  [/kh/g, 'K'],
  [/gh/g, 'G'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
  [/[qck]/g, 'k'],
  [/v/g, 'f'],
  [/x/g, 'ks'],
  [/g/g, 'j'],
];
const ARABIC_LETTER = /[\u0600-\u06FF]/;
const LATIN_ARTICLE = /^(al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en)-/;
const LATIN_ARTICLE_WORDS = new Set(['al', 'el']);

function skeleton(letters: string): string {
  // w/y open a word as consonants; inside one they are the vowels ū/ī (`Yusuf`, يوسف: ys f).
  let out = letters.replace(/(?!^)[wy]/g, '').replace(/h$/, '');
  out = out.replace(/(.)\1+/g, '$1');
  return out;
}

function arabicWord(word: string): string {
  const bare = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  return skeleton([...bare].map((ch) => ARABIC_CONSONANTS[ch] ?? '').join(''));
}

function latinWord(word: string): string {
  if (LATIN_ARTICLE_WORDS.has(word)) return '';
  let w = word.replace(LATIN_ARTICLE, '').replace(/^abd[aeiou]l/, 'abd');
  for (const [from, to] of LATIN_DIGRAPHS) w = w.replace(from, to);
  return skeleton(w.replace(/[aeiou]/g, '').replace(/[^a-zA-Z]/g, ''));
}

/** The cross-script skeleton of a name in either script (words run together: `Abdullah` = `عبد الله`). */
export function crossScriptKey(name: string): string {
  const words = nameKey(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['`\u2018\u2019\u02BF\u02BE]/g, '')
    .split(' ')
    .filter(Boolean);
  return words
    .map((w) => (ARABIC_LETTER.test(w) ? arabicWord(w) : latinWord(w)))
    .join('')
    .replace(/[SKG]/g, (ch) => LOWER_CASE_CONSONANTS[ch]!);
}
/** sh, kh and gh take letters the skeleton has no other use for, so it is one lower-case word. */
const LOWER_CASE_CONSONANTS: Record<string, string> = { S: 'x', K: 'c', G: 'v' };

/** A skeleton shorter than this (`Ali Hassan`: lhsn) is shared by too many people to propose anything. */
export const MIN_CROSS_KEY_LETTERS = 5;

/** The cross-script key of a name, when it is long enough to narrow a search. */
export function searchCrossKey(name: string): string | undefined {
  const key = crossScriptKey(name);
  return key.length >= MIN_CROSS_KEY_LETTERS ? key : undefined;
}

/** The cross-script key of a strong name, when it is long enough to tell people apart. */
export function strongCrossKey(name: string): string | undefined {
  return isWeakName(name) ? undefined : searchCrossKey(name);
}
