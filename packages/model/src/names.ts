import { NAME_PARTS } from './name-parts.ts';

// Name keys: what varies between sources and never between people is folded away, so that
// `أبو العز دهمان` and `ابو العز دهمان` meet on one node and a search for `ابو العز` finds both.

/** Tashkeel and Quranic marks, as a character class: what every Arabic fold drops. */
export const ARABIC_MARK_CLASS = '\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED';
const ARABIC_MARKS = new RegExp(`[${ARABIC_MARK_CLASS}]`, 'g');
const TATWEEL = /\u0640/g;
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g; // zero-width and bidi controls
const QUOTES = /["'`\u00AB\u00BB\u2018-\u201F\u2039\u203A\u300C-\u300F]/g;
const PUNCTUATION = /[.,;:!?()[\]{}\u060C\u061B\u061F\u066A-\u066D\u06D4\-\u2010-\u2015/\\|]/g;

/** Letters that vary between sources and never between words, to the one form every fold uses. */
export const LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // آ → ا
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06CC': '\u064A', // Persian yeh → ي
  '\u06A9': '\u0643', // Persian kaf → ك
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** The kunya's case forms أبو/أبا/أبي (after folding: ابو/ابا/ابي) all become ابو. */
const KUNYA_CASES = /(^|\s)اب[اي](?=\s)/g;

/** Names repeat (every token, every mention): each spelling's key is computed once (bounded cache,
 * short strings only, so that a long text folded once is not kept). */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 100_000;
const CACHED_LENGTH = 120;

/** Folds a name (or a search query) to its matching key. Pure, browser-safe. */
export function nameKey(name: string): string {
  if (name.length > CACHED_LENGTH) return foldName(name);
  let key = KEY_CACHE.get(name);
  if (key === undefined) {
    key = foldName(name);
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(name, key);
  }
  return key;
}

function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(ARABIC_MARKS, '')
    .replace(TATWEEL, '')
    .replace(FOLDABLE, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(QUOTES, ' ')
    .replace(PUNCTUATION, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(KUNYA_CASES, '$1ابو');
}

const KUNYA_PREFIXES = new Set(['ابو', 'ام']);

/** Whether a name is the kunya part of a name (`ابو نجم`, `أم محمد`) with nothing else. */
export function isKunyaOnly(name: string): boolean {
  const words = nameKey(name).split(' ');
  return words.length === 2 && KUNYA_PREFIXES.has(words[0]!);
}

/**
 * A weak name is shared by many people: a kunya alone or a single word. MODEL.md: weak names
 * merge across articles only where the organization matches; otherwise they get a SAME_AS
 * candidate for a researcher to judge.
 */
export function isWeakName(name: string): boolean {
  const words = nameKey(name).split(' ').filter(Boolean);
  return words.length <= 1 || isKunyaOnly(name);
}

const LATIN_LETTERS: Record<string, string> = {
  چ: 'ch',
  گ: 'g',
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: "'",
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  ء: "'",
};

/**
 * A readable Latin transliteration for display and Latin search (`ابو العز دهمان` →
 * `Abu al-Izz Dahman`, `الحشد الشعبي` → `al-Hashd al-Shaabi`). Name parts news reporting has
 * settled (name-parts.ts) are looked up; other words follow letter rules. The article is always
 * `al-` (sun letters unassimilated, as news writes it). Words in Latin script stay as written.
 * Deterministic: a display aid and a search key, not a scholarly romanization.
 */
/** name-parts.ts folded as names are, so `هيئة` finds `هيئه`. */
const PARTS: ReadonlyMap<string, string> = new Map(
  [...NAME_PARTS].map(([arabic, latin]) => [nameKey(arabic), latin]),
);

export function transliterate(name: string): string {
  const words = nameKey(name).split(' ').filter(Boolean);
  const out: string[] = [];
  for (const [i, word] of words.entries()) {
    // عبد الله / عبدالله: one name, as news spells it.
    if ((word === 'عبد' && words[i + 1] === 'الله') || word === 'عبدالله') {
      out.push('Abdullah');
      continue;
    }
    if (word === 'الله' && words[i - 1] === 'عبد') continue;
    out.push(transliterateWord(word));
  }
  return out.join(' ');
}

function transliterateWord(word: string): string {
  if (!ARABIC_LETTERS.test(word)) return capitalize(word);
  const article = word.startsWith('ال') && word.length > 3;
  const stem = article ? word.slice(2) : word;
  const latin = PARTS.get(stem) ?? capitalize(spellWithEnding(stem));
  return article ? `al-${latin}` : latin;
}

const ARABIC_LETTERS = /[\u0600-\u06FF]/;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Endings of names from other languages that Arabic spells letter for letter (`أندرييف` Andreyev,
 * `كوليكوفا` Kulikova): a long word ending so keeps the ending its own language writes.
 */
const FOREIGN_ENDINGS: readonly (readonly [string, string])[] = [
  ['وفا', 'ova'],
  ['يفا', 'eva'],
  ['وف', 'ov'],
  ['يف', 'ev'],
  ['سكي', 'sky'],
];
const FOREIGN_ENDING_MIN_LETTERS = 5;

function spellWithEnding(stem: string): string {
  if ([...stem].length >= FOREIGN_ENDING_MIN_LETTERS)
    for (const [arabic, latin] of FOREIGN_ENDINGS)
      if (stem.endsWith(arabic)) return spellLetters(stem.slice(0, -arabic.length)) + latin;
  return spellLetters(stem);
}

/** Letter rules: long vowels are letters, short ones are guessed. */
function spellLetters(word: string): string {
  // نغ is a foreign `ng` (Kiringa), تش before a long vowel a foreign `ch` (Chekhov): Arabic names
  // hardly have either (تشرين keeps its t), and Persian writes them گ and چ.
  const letters = [...word.replace(/تش(?=[اوي])/g, 'چ').replace(/نغ/g, 'نگ')];
  // Medial و/ي between consonants read as vowels, an `a` opens a leading or closing consonant
  // cluster, and ayn after a consonant is a long `aa` (سعد Saad, الشعبي al-Shaabi).
  const tokens = letters.map((ch, i) => {
    const last = i === letters.length - 1;
    const next = letters[i + 1];
    const vowelBefore = i > 0 && !isConsonantLetter(letters[i - 1]!);
    if (ch === 'ا' && i > 0) return { text: 'a', vowel: true };
    if (ch === 'ع')
      return { text: i === 0 || vowelBefore || last || !isConsonantLetter(next!) ? 'a' : 'aa', vowel: true };
    if ((ch === 'و' || ch === 'ي') && i > 0 && !vowelBefore && (last || isConsonantLetter(next!)))
      return { text: ch === 'و' ? 'u' : 'i', vowel: true };
    if (ch === 'ه' && last && i > 0) return { text: 'a', vowel: true };
    return { text: LATIN_LETTERS[ch] ?? ch, vowel: false };
  });
  let out = '';
  for (const [i, token] of tokens.entries()) {
    out += token.text;
    const next = tokens[i + 1];
    const clusterStart = i === 0 && next && !next.vowel && !token.vowel;
    const clusterEnd = i > 0 && i === tokens.length - 2 && !token.vowel && next && !next.vowel;
    if (clusterStart || clusterEnd) out += 'a';
  }
  return out.replace(/'+/g, '').replace(/^aa/, 'a');
}

function isConsonantLetter(ch: string): boolean {
  return ch !== 'ا' && ch !== 'و' && ch !== 'ي' && ch !== 'ع' && LATIN_LETTERS[ch] !== undefined;
}

/** Folds a Latin query or transliteration for matching: case, hyphens, apostrophes, doubled letters. */
export function latinKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(al|el|ad|ar|as|ash|at|az|an)-/g, 'al ')
    .replace(/['`\u2018\u2019\u02BF\u02BE-]/g, ' ')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether text is mostly Arabic script (letters only). */
export function isArabicScript(text: string): boolean {
  // A loop over a table rather than two global matches: every article passes here, and a match
  // builds an array of every letter of its first 1,500 characters.
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) {
        i++;
        if (LETTER.test(String.fromCodePoint(point))) letters++; // no Arabic letter lies beyond the BMP
        continue;
      }
    }
    if (!isLetterUnit(unit)) continue;
    letters++;
    if (isArabicUnit(unit)) arabic++;
  }
  if (letters === 0) return false;
  return arabic / letters > 0.5;
}
const LETTER = /^\p{L}$/u;
/** Whether each UTF-16 unit is a letter: 0 not known yet, 1 a letter, 2 not. */
const LETTER_UNITS = new Uint8Array(0x10000);
function isLetterUnit(unit: number): boolean {
  let known = LETTER_UNITS[unit]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
    LETTER_UNITS[unit] = known;
  }
  return known === 1;
}
const isArabicUnit = (unit: number) =>
  (unit >= 0x0600 && unit <= 0x06ff) ||
  (unit >= 0x0750 && unit <= 0x077f) ||
  (unit >= 0x08a0 && unit <= 0x08ff) ||
  (unit >= 0xfb50 && unit <= 0xfdff) ||
  (unit >= 0xfe70 && unit <= 0xfeff);
