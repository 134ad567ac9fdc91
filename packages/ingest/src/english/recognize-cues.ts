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

/** `the coalition`, `the faction's spokesman`: the last body before, named by that word or kind. */
export function addAnaphors(tokens: readonly EnToken[], taken: Uint8Array, mentions: EnMention[]): void {
  const bodies = mentions.filter((m) => m.type === 'organization' || m.type === 'unit');
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || t.cap || tokens[i - 1]!.lower !== 'the') continue;
    const kind = ENGLISH_KIND_ANAPHORS.get(t.lower);
    if (!kind && !ENGLISH_BODY_ANAPHORS.has(t.lower)) continue;
    const referent = bodies
      .filter((m) => m.last < i)
      .reverse()
      .find((m) => (kind ? m.kind === kind : m.surface.toLowerCase().split(/\s+/).at(-1) === t.lower));
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
