// What the words around a capitalized name say it is: a place after `the village of` or before
// `province`, or after `in`/`near` when it is nothing else; another name of the person before it
// (`X, whose real name is Y`, `X (علي حسين بركات)`); a body named again by its head word (`the
// coalition`, `the branch's head`).
import { isArabicScript, type PlaceKind } from '@shabaka/model';
import {
  ENGLISH_ALIAS_CUES,
  ENGLISH_BODY_ANAPHORS,
  ENGLISH_KIND_ANAPHORS,
  ENGLISH_NOT_NAMES,
  ENGLISH_PLACE_PREPOSITIONS,
  ENGLISH_PLACE_TYPES,
} from '../lexicon/english.ts';
import type { EnMention } from './recognize.ts';
import type { EnToken } from './tokens.ts';

const PLACE_KIND: Record<string, PlaceKind> = {
  town: 'town',
  village: 'village',
  city: 'city',
  camp: 'camp',
  neighbourhood: 'neighbourhood',
  neighborhood: 'neighbourhood',
  suburb: 'neighbourhood',
  province: 'governorate',
  governorate: 'governorate',
  crossing: 'crossing',
  district: 'region',
  region: 'region',
  area: 'region',
  countryside: 'region',
  sector: 'region',
  desert: 'region',
  valley: 'region',
};

/** The place kind the words around a run give it (`the village of X`, `X province`), if any. */
export function placeCue(tokens: readonly EnToken[], first: number, last: number): PlaceKind | undefined {
  const sentence = tokens[first]!.sentence;
  const at = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k]!.lower : '');
  const after = tokens[last + 1];
  if (after && !after.cap && at(last + 1) && ENGLISH_PLACE_TYPES.has(after.lower))
    return PLACE_KIND[after.lower] ?? 'other';
  let k = first - 1;
  if (at(k) === 'the') k--;
  if (at(k) === 'of' && ENGLISH_PLACE_TYPES.has(at(k - 1))) return PLACE_KIND[at(k - 1)] ?? 'other';
  // `in Azaz`, `near Bab al-Hawa`: a short name after a preposition of place, not `in March`.
  if (ENGLISH_PLACE_PREPOSITIONS.has(at(first - 1)) && last - first < 3 && !ENGLISH_NOT_NAMES.has(at(first)))
    return 'other';
  return undefined;
}

const matchesAt = (tokens: readonly EnToken[], i: number, words: readonly string[]) =>
  words.every((w, k) => tokens[i + k]?.lower === w && tokens[i + k]!.sentence === tokens[i]!.sentence);

/**
 * Marks the person mention after an alias cue as another name of the person before it, and
 * gives a person the Arabic-script name in parentheses right after it.
 */
export function linkAliases(text: string, tokens: readonly EnToken[], mentions: readonly EnMention[]): void {
  const starting = new Map(mentions.map((m) => [m.first, m]));
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    let k = m.last + 1;
    if (tokens[k]?.text === '(') {
      let close = k + 1;
      while (tokens[close] && tokens[close]!.text !== ')' && close - k < 8) close++;
      const inner =
        tokens[close]?.text === ')' ? text.slice(tokens[k]!.end, tokens[close]!.start).trim() : '';
      if (inner && isArabicScript(inner)) {
        m.alias = inner;
        continue;
      }
    }
    if (tokens[k]?.text === ',' || tokens[k]?.text === '(') k++;
    const cue = ENGLISH_ALIAS_CUES.find((words) => matchesAt(tokens, k, words));
    if (!cue) continue;
    const other = starting.get(k + cue.length);
    if (other?.type === 'person') other.aliasOf = m;
  }
}

/** A body of the kind: a named brigade counts as a group (resolve.ts makes it one when unowned). */
const ofKind = (m: EnMention, kind: string) => m.kind === kind || (kind === 'armed_group' && !!m.namedUnit);

/** `the Sultan Murad Division, a faction of the SNA`: the body the text called by that word. */
const calledSo = (tokens: readonly EnToken[], m: EnMention, word: string) =>
  tokens[m.last + 1]?.text === ',' &&
  ['a', 'an', 'the'].includes(tokens[m.last + 2]?.lower ?? '') &&
  tokens[m.last + 3]?.lower === word;

/**
 * `the coalition`, `the faction's spokesman`: the body the text called so (`X, a faction of`), or
 * the last body before named by that word or of that kind.
 */
export function addAnaphors(tokens: readonly EnToken[], taken: Uint8Array, mentions: EnMention[]): void {
  const bodies = mentions.filter((m) => m.type === 'organization' || m.type === 'unit');
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || t.cap || tokens[i - 1]!.lower !== 'the') continue;
    const kind = ENGLISH_KIND_ANAPHORS.get(t.lower);
    if (!kind && !ENGLISH_BODY_ANAPHORS.has(t.lower)) continue;
    const before = bodies.filter((m) => m.last < i).reverse();
    const referent = kind
      ? (before.find((m) => calledSo(tokens, m, t.lower)) ?? before.find((m) => ofKind(m, kind)))
      : before.find((m) => m.surface.toLowerCase().split(/\s+/).at(-1) === t.lower);
    if (!referent) continue;
    const { type, surface, canonical, kind: referentKind, namedUnit } = referent;
    mentions.push({
      type,
      first: i,
      last: i,
      surface,
      ...(canonical ? { canonical } : {}),
      ...(referentKind ? { kind: referentKind } : {}),
      ...(namedUnit ? { namedUnit } : {}),
    });
    taken[i] = 1;
  }
}

/** `Kirkuk Operations Command`, `Raqqa Civil Council`: a place that opens a body's name is part of it. */
export function joinPlaceToBody(text: string, tokens: readonly EnToken[], mentions: EnMention[]): void {
  const byLast = new Map(mentions.map((m) => [m.last, m]));
  for (const body of mentions) {
    if ((body.type !== 'organization' && body.type !== 'unit') || body.canonical) continue;
    const place = byLast.get(body.first - 1);
    if (place?.type !== 'place' || tokens[place.last]!.possessive) continue;
    if (tokens[place.first]!.sentence !== tokens[body.first]!.sentence) continue;
    mentions.splice(mentions.indexOf(place), 1);
    body.first = place.first;
    body.surface = text.slice(tokens[place.first]!.start, tokens[body.last]!.end).replace(/['’]s$/, '');
  }
}
