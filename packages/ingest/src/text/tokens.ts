// Word-level view of the cleaned text. Every token keeps its offsets into `Article.text`, so any
// span built from tokens is a span of the stored text.
import { nameKey } from '@shabaka/model';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

export interface Token {
  index: number;
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** nameKey of the token (diacritics, hamza forms, ة/ه... folded). */
  key: string;
  /** The token's readings with clitic prefixes (و ف ب ل ك, لل → ال) peeled, least stripped first. */
  stems: Stem[];
  sentence: number;
  /** What `stemIn` found for this spelling in each word list (see WordList): shared by its tokens. */
  found: Found;
}

/** By word list slot: the index in `stems` of the reading found + 1, 0 for none; unset until asked. */
type Found = number[];

export interface Stem {
  key: string;
  /** Characters of the original token the prefix occupies. */
  prefix: number;
}

/** A word, a number, a quote mark or another sign: the group that matched gives the kind. */
const TOKEN =
  /([\p{L}\p{M}\u0640]+)|(\p{N}+(?:[.,]\p{N}+)*)|(["'«»\u201C\u201D\u201E\u201F\u2018\u2019])|[^\s\p{L}\p{M}\p{N}]/gu;

/** Single-letter proclitics that attach to a following word. */
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Words repeat across a corpus: their keys and stems are computed once (bounded cache). */
const WORD_CACHE = new Map<string, { key: string; stems: Stem[]; found: Found }>();
const WORD_CACHE_LIMIT = 100_000;

function wordReadings(raw: string): { key: string; stems: Stem[]; found: Found } {
  let cached = WORD_CACHE.get(raw);
  if (!cached) {
    const key = nameKey(raw);
    cached = { key, stems: stemsOf(key), found: [] };
    if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
    WORD_CACHE.set(raw, cached);
  }
  return cached;
}

export function tokenize(text: string, from = 0, to = text.length, sentence = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = text.slice(0, to);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const kind: TokenKind = m[1] ? 'word' : m[2] ? 'number' : m[3] ? 'quote' : 'punct';
    const { key, stems, found } =
      kind === 'word' ? wordReadings(raw) : { key: raw, stems: [{ key: raw, prefix: 0 }], found: [] };
    tokens.push({
      index: tokens.length,
      text: raw,
      start: m.index,
      end: m.index + raw.length,
      kind,
      key,
      stems,
      sentence,
      found,
    });
  }
  return tokens;
}

/**
 * The readings of a word with its proclitics peeled: `وللتنظيم` → `وللتنظيم`, `للتنظيم`,
 * `التنظيم` (ل + ال with the alef elided). Keys only; the prefix length maps back to the text.
 */
export function stemsOf(key: string): Stem[] {
  const out: Stem[] = [{ key, prefix: 0 }];
  let rest = key;
  let prefix = 0;
  for (let i = 0; i < 2 && rest.length > 3; i++) {
    const first = rest[0]!;
    if (!PROCLITICS.has(first)) break;
    if (first === 'ل' && rest[1] === 'ل' && rest.length > 4) {
      out.push({ key: `ا${rest.slice(1)}`, prefix: prefix + 1 });
      break;
    }
    rest = rest.slice(1);
    prefix += 1;
    out.push({ key: rest, prefix });
    if (first !== 'و' && first !== 'ف') break; // only و/ف may precede another proclitic
  }
  return out;
}

let wordListSlots = 0;

/**
 * A word list declared once and never changed: `stemIn` remembers, for each spelling, what it
 * found in it, since every rule asks the same lists of the same words again and again.
 */
export class WordList extends Set<string> {
  readonly slot = wordListSlots++;
}

/** The least-stripped reading of a word that is in the set. */
export function stemIn(token: Token | undefined, set: ReadonlySet<string>): Stem | undefined {
  if (token?.kind !== 'word') return undefined;
  const stems = token.stems;
  if (!(set instanceof WordList)) return stemAt(stems, firstIn(stems, set));
  const found = token.found;
  let hit = found[set.slot];
  if (hit === undefined) {
    hit = firstIn(stems, set);
    found[set.slot] = hit;
  }
  return stemAt(stems, hit);
}

function stemAt(stems: readonly Stem[], hit: number): Stem | undefined {
  return hit === 0 ? undefined : stems[hit - 1];
}

/** 1 + the index of the first stem in the set, 0 if none. */
function firstIn(stems: readonly Stem[], set: ReadonlySet<string>): number {
  // A plain loop: every rule calls this on every token, and `find`'s callback showed in profiles.
  for (let s = 0; s < stems.length; s++) if (set.has(stems[s]!.key)) return s + 1;
  return 0;
}

/** The token read as one of its readings alone (`وأحمد` as `أحمد`), with answers of its own. */
export function readAs(token: Token, stem: Stem): Token {
  return { ...token, key: stem.key, stems: [stem], found: [] };
}

export function isWord(token: Token | undefined): token is Token {
  return token?.kind === 'word';
}

export const OPENING_QUOTES = new Set(['\u201C', '«', '\u201E', '\u2018']);
export const CLOSING_QUOTES = new Set(['\u201D', '»', '\u2019', '\u201F']);
