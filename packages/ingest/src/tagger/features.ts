// The tagger's features. Most depend on one word only (its key, stem, affixes, shape, gazetteer
// flags) and are named with the offset at which the word stands from the tagged token, so that
// a word's features at every offset are computed once per word type and cached. The rest come
// from the sentence: multi-word gazetteer names, and the sentence's edges.
import { formsStartingWith } from '../gazetteer/index.ts';
import { GIVEN_KEYS, NAME_CONNECTORS } from '../gazetteer/names.ts';
import { PERSON_CUES, ROLE_HEADS, STOP_WORDS } from '../gazetteer/words.ts';
import type { Token } from '../text/tokens.ts';
import { lexiconBit } from './tags.ts';

/** Offsets of the context window, in the order of `wordFeatures`' lists. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const;
export const WINDOW = 2;

const GIVEN = GIVEN_KEYS;
const CONNECTORS = NAME_CONNECTORS;
const ARTICLE = 'ال';

/** The most stripped reading (proclitics off) and that reading without the article. */
function cores(token: Token): { stem: string; bare: string; clitic: string } {
  const last = token.stems[token.stems.length - 1]!;
  const stem = last.key;
  const bare = stem.startsWith(ARTICLE) && stem.length > 4 ? stem.slice(2) : stem;
  return { stem, bare, clitic: token.key.slice(0, token.key.length - stem.length) };
}

function shape(token: Token): string {
  if (token.kind !== 'word') return token.kind === 'number' ? 'num' : token.kind;
  if (/^[a-z]+$/.test(token.key)) return 'latin';
  return /^[\u0600-\u06FF]+$/.test(token.key) ? 'arabic' : 'mixed';
}

/** Lexicon flags of a word: any of its readings in a gazetteer or cue list. */
function flags(token: Token): string[] {
  if (token.kind !== 'word') return [];
  const out: string[] = [];
  const readings = token.stems.map((s) => s.key);
  const { bare } = cores(token);
  if (readings.some((k) => GIVEN.has(k)) || GIVEN.has(bare)) out.push('given');
  if (readings.some((k) => CONNECTORS.has(k))) out.push('connector');
  if (readings.some((k) => ROLE_HEADS.has(k))) out.push('role');
  if (readings.some((k) => PERSON_CUES.has(k))) out.push('cue');
  if (STOP_WORDS.has(token.key)) out.push('stop');
  for (const k of readings) {
    for (const form of formsStartingWith(k)) {
      out.push(form.words.length === 1 ? `gaz1:${form.entry.type}` : `gazStart:${form.entry.type}`);
    }
  }
  return [...new Set(out)];
}

/** Prefixes and suffixes, and the letter trigrams that tell a transliterated name from a word. */
function affixes(stem: string): string[] {
  const out: string[] = [];
  for (let n = 1; n <= 3 && n < stem.length; n++) {
    out.push(`pre${n}=${stem.slice(0, n)}`, `suf${n}=${stem.slice(-n)}`);
  }
  const padded = `^${stem}$`;
  for (let i = 0; i + 3 <= padded.length; i++) out.push(`tri=${padded.slice(i, i + 3)}`);
  return out;
}

/**
 * The features of one word, for each offset of OFFSETS at which it can stand. Without `identity`
 * the word's own spellings are left out, as they are for a word the model never saw: training does
 * this for rare words, so that the weights also learn what to do with unknown ones. `names`: the
 * word's name-lexicon features (see lexicon.ts).
 */
export function wordFeatures(token: Token, identity = true, names: readonly string[] = []): string[][] {
  const { stem, bare, clitic } = cores(token);
  const lexicon = flags(token);
  const form = shape(token);
  const spelled = identity ? [`k=${token.key}`, `s=${stem}`, `b=${bare}`] : ['unknown'];
  const near = [...spelled, `shape=${form}`, ...lexicon, ...names];
  const here = [
    ...near,
    ...(identity ? [`w=${token.text}`] : []),
    `cl=${clitic}`,
    `al=${stem.startsWith(ARTICLE)}`,
    `len=${Math.min(bare.length, 8)}`,
    ...affixes(bare),
  ];
  const far = [
    ...spelled.slice(identity ? 1 : 0, 2),
    ...lexicon.filter((f) => f === 'role' || f === 'given' || f === 'cue'),
  ];
  const at = (offset: number, list: string[]) => list.map((f) => `${offset}${f}`);
  return [at(-2, far), at(-1, [...near, `suf2=${bare.slice(-2)}`]), here, at(1, near), at(2, far)];
}

/** Features of the positions past the sentence's edges, in OFFSETS order. */
export function edgeFeatures(offset: number): string {
  return `${offset}${offset < 0 ? '<s>' : '</s>'}`;
}

/** What an article says elsewhere about a word, by its bare stem: a bit mask of CUES. */
export type DocumentCues = ReadonlyMap<string, number>;

export const CUES = ['repeated', 'afterGiven', 'afterTitle'] as const;
const [REPEATED, AFTER_GIVEN, AFTER_TITLE] = [1, 2, 4];
const PERSON_NAME = lexiconBit('inside', 'PERS');
const BEFORE_PERSON = lexiconBit('before', 'PERS');

export function cueFeature(cue: (typeof CUES)[number]): string {
  return `D=${cue}`;
}

/**
 * Cues from the whole article (or a window of sentences): a surname met alone (`وقال طالباني`) is
 * a name if elsewhere it follows a given name or a title; a word met twice is more often a name.
 * Given names and titles include the name lexicon's person names and the words before them.
 */
export function documentCues(
  sentences: readonly (readonly Token[])[],
  lexicon?: ReadonlyMap<string, number>,
): DocumentCues {
  const cues = new Map<string, number>();
  const readings = cueReadings(lexicon);
  for (const tokens of sentences) {
    // Each word's bare stem and whether it reads as a given name or a title, once.
    const read = tokens.map((t) => cueReading(readings, t, lexicon));
    const bares = read.map((r) => r.bare);
    const roles = read.map((r) => r.role);
    for (let i = 0; i < tokens.length; i++) {
      const bare = bares[i]!;
      if (bare.length < 3 || STOP_WORDS.has(tokens[i]!.key)) continue;
      const seen = cues.get(bare);
      let mask = seen === undefined ? 0 : seen | REPEATED;
      const before = roles[i - 1] ?? 0;
      if (before & GIVEN_LIKE) mask |= AFTER_GIVEN;
      if (before & TITLE_LIKE || (before & GIVEN_LIKE && (roles[i - 2] ?? 0) & TITLE_LIKE))
        mask |= AFTER_TITLE;
      cues.set(bare, mask);
    }
  }
  return cues;
}

const [GIVEN_LIKE, TITLE_LIKE] = [1, 2];
interface CueReading {
  bare: string;
  role: number;
}
const NOT_A_WORD: CueReading = { bare: '', role: 0 };
/** Each word's cue reading follows from its text and the lexicon: computed once per spelling. */
const CUE_READINGS = new WeakMap<object, Map<string, CueReading>>();
const NO_LEXICON = {};

function cueReadings(lexicon: ReadonlyMap<string, number> | undefined): Map<string, CueReading> {
  const owner = lexicon ?? NO_LEXICON;
  let readings = CUE_READINGS.get(owner);
  if (!readings) {
    readings = new Map();
    CUE_READINGS.set(owner, readings);
  }
  return readings;
}

function cueReading(
  readings: Map<string, CueReading>,
  t: Token,
  lexicon: ReadonlyMap<string, number> | undefined,
): CueReading {
  if (t.kind !== 'word') return NOT_A_WORD;
  let reading = readings.get(t.text);
  if (!reading) {
    const bare = bareOf(t);
    const mask = lexicon?.get(bare) ?? 0;
    const role =
      (isGivenName(t) || mask & PERSON_NAME ? GIVEN_LIKE : 0) |
      (isTitle(t) || mask & BEFORE_PERSON ? TITLE_LIKE : 0);
    reading = { bare, role };
    if (readings.size >= 200_000) readings.clear();
    readings.set(t.text, reading);
  }
  return reading;
}

/** A word's most stripped reading without the article: what article cues are keyed by. */
export function bareOf(token: Token): string {
  return cores(token).bare;
}

export function isGivenName(token: Token | undefined): boolean {
  return token?.kind === 'word' && (token.stems.some((s) => GIVEN.has(s.key)) || GIVEN.has(bareOf(token)));
}

function isTitle(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.stems.some((s) => ROLE_HEADS.has(s.key) || PERSON_CUES.has(s.key));
}

export const GAZETTEER_TYPES = ['organization', 'unit', 'place'] as const;

/** The feature of a token inside a multi-word gazetteer name (`G=B:place`, `G=I:place`). */
export function gazetteerFeature(inside: boolean, type: (typeof GAZETTEER_TYPES)[number]): string {
  return `G=${inside ? 'I' : 'B'}:${type}`;
}

/**
 * Spans of gazetteer names, longest first, matched on any reading of the first word and the keys
 * of the following ones: `out[i]` is 0 outside, else 1 + 2 * (index in GAZETTEER_TYPES) + (1 if inside).
 */
export function gazetteerSpans(tokens: readonly Token[], out: Int32Array): void {
  out.fill(0, 0, tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const hit = longestForm(tokens, i);
    if (!hit) continue;
    const code = 1 + 2 * GAZETTEER_TYPES.indexOf(hit.type);
    out[i] = code;
    for (let k = i + 1; k <= hit.last; k++) out[k] = code + 1;
    i = hit.last;
  }
}

function longestForm(
  tokens: readonly Token[],
  i: number,
): { type: (typeof GAZETTEER_TYPES)[number]; last: number } | undefined {
  for (const stem of tokens[i]!.stems) {
    for (const form of formsStartingWith(stem.key)) {
      let w = 1;
      while (w < form.words.length && tokens[i + w]?.key === form.words[w]) w++;
      if (w === form.words.length) return { type: form.entry.type, last: i + w - 1 };
    }
  }
  return undefined;
}
