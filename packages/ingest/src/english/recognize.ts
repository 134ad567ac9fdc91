// Mentions in English text: groups, outlets and places from the tables (longest match, an
// abbreviation only in capitals), the forces of a state before a strike (`an Israeli drone
// strike`), units (`media office`), organizations named by a head word (`General Intelligence
// Service`), places by the words around them (recognize-cues.ts), and persons: runs of capitalized
// name words with the particles of Arabic names (`Abu Mohammed al-Julani`), later found again by
// one part (`Julani`).
import { latinKey, nameKey, type OrganizationKind, type PlaceKind, type UnitKind } from '@shabaka/model';
import { CROSS_SCRIPT_ORGANIZATIONS, crossScriptEntry, isAbbreviation } from '../gazetteer/aliases.ts';
import { GIVEN_NAMES } from '../gazetteer/names.ts';
import { LATIN_PLACES } from '../gazetteer/places-latin.ts';
import {
  ENGLISH_NAME_PARTICLES,
  ENGLISH_NOT_NAMES,
  ENGLISH_ORG_HEADS,
  ENGLISH_OUTLETS,
  ENGLISH_RELATION_WORDS,
  ENGLISH_STATE_ADJECTIVES,
  ENGLISH_UNIT_DOMAINS,
  ENGLISH_UNIT_HEADS,
  ENGLISH_UNIT_INFIXES,
  ENGLISH_UNIT_WORDS,
} from '../lexicon/english.ts';
import { addAnaphors, joinPlaceToBody, linkAliases, placeCue } from './recognize-cues.ts';
import type { EnToken } from './tokens.ts';

export type EnType = 'person' | 'organization' | 'unit' | 'place';

export interface EnMention {
  type: EnType;
  first: number;
  last: number;
  /** The words as written (without a leading `the` or a possessive `'s`). */
  surface: string;
  /** Arabic canonical name from a cross-script table, when the mention is listed there. */
  canonical?: string;
  kind?: string;
  /** Another name of the person this one names (`X, whose real name is Y`: Y's mention). */
  aliasOf?: EnMention;
  /** The person's name in Arabic script, in parentheses after it. */
  alias?: string;
  /** A named unit (`Eighth Brigade`) that becomes a group when no body owns it. */
  namedUnit?: boolean;
}

interface Phrase {
  words: string[];
  exactCase: string | undefined;
  type: 'organization' | 'place';
  canonical: string;
  kind: OrganizationKind | PlaceKind;
}

const WORDS = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|\S/gu;
const splitWords = (name: string) => [...name.matchAll(WORDS)].map((m) => m[0].toLowerCase());

/** Phrases of the tables by their first word, longest first. */
const PHRASES = new Map<string, Phrase[]>();
function addPhrase(phrase: Phrase) {
  const list = PHRASES.get(phrase.words[0]!) ?? [];
  list.push(phrase);
  list.sort((a, b) => b.words.length - a.words.length);
  PHRASES.set(phrase.words[0]!, list);
}
for (const org of CROSS_SCRIPT_ORGANIZATIONS)
  for (const latin of org.latin)
    addPhrase({
      words: splitWords(latin),
      exactCase: isAbbreviation(latin) ? latin : undefined,
      type: 'organization',
      canonical: org.arabic,
      kind: org.kind,
    });
for (const outlet of ENGLISH_OUTLETS)
  addPhrase({
    words: splitWords(outlet),
    exactCase: isAbbreviation(outlet) ? outlet : undefined,
    type: 'organization',
    canonical: outlet,
    kind: 'media',
  });
for (const place of LATIN_PLACES)
  for (const latin of place.latin)
    addPhrase({
      words: splitWords(latin),
      exactCase: isAbbreviation(latin.replace(/\./g, '')) ? latin : undefined,
      type: 'place',
      canonical: place.arabic,
      kind: place.kind,
    });

function phraseAt(tokens: readonly EnToken[], i: number): Phrase | undefined {
  const candidates = PHRASES.get(tokens[i]!.lower);
  if (!candidates) return undefined;
  return candidates.find((p) => {
    if (p.exactCase !== undefined && tokens[i]!.text.replace(/['’]s$/, '') !== p.exactCase) return false;
    // One lower-case word is a word (`state`); a listed phrase of two or more is the group.
    if (p.exactCase === undefined && !tokens[i]!.cap && p.words.length < 2 && !p.words[0]!.startsWith('al-'))
      return false;
    return p.words.every((w, k) => {
      const t = tokens[i + k];
      return (
        t &&
        t.sentence === tokens[i]!.sentence &&
        t.lower === w &&
        (k === 0 || !tokens[i + k - 1]!.possessive)
      );
    });
  });
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and']);
const KUNYA = new Set(['abu', 'abou', 'umm']);
const ARTICLE_WORD = /^(al|el|ad|ar|as|ash|at|az|an)-\p{L}/u;

const isCapWord = (t: EnToken | undefined): boolean => !!t && t.word && t.cap;
const isNameWord = (t: EnToken) => isCapWord(t) && !ENGLISH_NOT_NAMES.has(t.lower);
const isParticle = (t: EnToken | undefined) =>
  !!t && t.word && (ENGLISH_NAME_PARTICLES.has(t.lower) || ARTICLE_WORD.test(t.text));

const surfaceOf = (text: string, tokens: readonly EnToken[], first: number, last: number) =>
  text.slice(tokens[first]!.start, tokens[last]!.end).replace(/['’]s$/, '');

export function recognizeEnglish(text: string, tokens: readonly EnToken[]): EnMention[] {
  const mentions: EnMention[] = [];
  const taken = new Uint8Array(tokens.length);
  const add = (m: EnMention) => {
    mentions.push(m);
    taken.fill(1, m.first, m.last + 1);
  };
  for (let i = 0; i < tokens.length; i++) {
    const forces = stateForcesAt(tokens, i);
    if (forces) {
      add({
        type: 'organization',
        first: i,
        last: i,
        surface: tokens[i]!.text.replace(/-backed$/i, ''),
        ...forces,
      });
      continue;
    }
    const phrase = phraseAt(tokens, i);
    if (!phrase) continue;
    const last = i + phrase.words.length - 1;
    add({
      type: phrase.type,
      first: i,
      last,
      surface: surfaceOf(text, tokens, i, last),
      canonical: phrase.canonical,
      kind: phrase.kind,
    });
    i = last;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const t = tokens[i]!;
    // `media office`, `the group's security council`, `its media relations office`
    const infix = ENGLISH_UNIT_INFIXES.has(tokens[i + 1]?.lower ?? '') ? 1 : 0;
    const office = tokens[i + 1 + infix];
    if (ENGLISH_UNIT_DOMAINS.has(t.lower) && !t.cap && office && ENGLISH_UNIT_WORDS.has(office.lower)) {
      const last = i + 1 + infix;
      add({
        type: 'unit',
        first: i,
        last,
        surface: surfaceOf(text, tokens, i, last).toLowerCase(),
        kind: unitKind(t.lower),
      });
      i = last;
      continue;
    }
    // A mixed page: `Hezbollah's spokesman, أبو حمزة الأنصاري, said` (a name in parentheses after
    // its Latin spelling is that person's alias instead: recognize-cues.ts).
    if (ARABIC_WORD.test(t.text)) {
      const last = arabicNameEnd(tokens, taken, i);
      const opened = ARABIC_NAME_OPENERS.has(nameKey(t.text)) && last > i;
      if (opened && tokens[i - 1]?.text !== '(')
        add({ type: 'person', first: i, last, surface: surfaceOf(text, tokens, i, last) });
      i = last;
      continue;
    }
    const ordinal = ORDINAL.test(t.text) && isCapWord(tokens[i + 1]);
    if (
      !isCapWord(t) &&
      !ordinal &&
      !(isParticle(t) && ARTICLE_WORD.test(t.text) && isCapWord(tokens[i + 1]))
    )
      continue;
    let last = capitalRun(tokens, taken, ordinal ? i + 1 : i);
    // `the Danab brigade`, `the Nasr unit`: a name before a lower-case unit word.
    const head = tokens[last + 1];
    if (
      head &&
      !head.cap &&
      !taken[last + 1] &&
      ENGLISH_UNIT_HEADS.has(head.lower) &&
      isNameWord(tokens[last]!)
    )
      last++;
    const named = classifyRun(text, tokens, i, last);
    if (named) add(named);
    i = last;
  }
  joinPlaceToBody(text, tokens, mentions);
  addLaterMentions(text, tokens, taken, mentions);
  linkAliases(text, tokens, mentions);
  addAnaphors(tokens, taken, mentions);
  return mentions.sort((a, b) => a.first - b.first);
}

const ORDINAL = /^\d+(st|nd|rd|th)$/;
const ARABIC_WORD = /^[\u0600-\u06FF]+$/;
/** Words that open an Arabic name: given names and kunyas, folded as names are. */
const ARABIC_NAME_OPENERS = new Set([...GIVEN_NAMES, 'ابو', 'ام'].map(nameKey));
const MAX_ARABIC_NAME_WORDS = 5;

/** The last of the Arabic-script words running from i (five at most). */
function arabicNameEnd(tokens: readonly EnToken[], taken: Uint8Array, i: number): number {
  let last = i;
  while (
    last - i < MAX_ARABIC_NAME_WORDS - 1 &&
    ARABIC_WORD.test(tokens[last + 1]?.text ?? '') &&
    tokens[last + 1]!.sentence === tokens[i]!.sentence &&
    !taken[last + 1]
  )
    last++;
  return last;
}

/** `an Israeli drone strike`, `the Turkish-backed SNA`: the state's forces, from the cross-script table. */
function stateForcesAt(tokens: readonly EnToken[], i: number) {
  const t = tokens[i]!;
  const backed = /-backed$/i.test(t.text);
  const forces = ENGLISH_STATE_ADJECTIVES.get(backed ? t.lower.replace(/-backed$/, '') : t.lower);
  if (!forces) return undefined;
  const next = tokens[i + 1]?.lower === 'drone' ? tokens[i + 2] : tokens[i + 1];
  if (!backed && !(next && ENGLISH_RELATION_WORDS.enStrike.has(next.lower))) return undefined;
  const entry = crossScriptEntry(forces);
  return entry ? { canonical: entry.arabic, kind: entry.kind } : undefined;
}

/** What a body named by its head word is: a ministry governs, a directorate of intelligence watches. */
function organizationKind(words: readonly EnToken[]): OrganizationKind {
  const lower = words.map((t) => t.lower);
  if (lower.some((w) => w === 'intelligence' || w === 'security')) return 'security_branch';
  if (lower.some((w) => ['ministry', 'government', 'authority', 'army', 'command', 'police'].includes(w)))
    return 'government';
  if (lower.some((w) => ['front', 'movement', 'forces', 'guard', 'guards'].includes(w))) return 'armed_group';
  if (lower.some((w) => ['league', 'network', 'observatory'].includes(w))) return 'ngo';
  return 'other';
}

function unitKind(domain: string): UnitKind {
  if (domain === 'intelligence') return 'security';
  if (domain === 'religious') return 'sharia';
  return (
    ['security', 'media', 'military', 'sharia', 'hisbah'].includes(domain) ? domain : 'administrative'
  ) as UnitKind;
}

/** The last token of a run of capitalized words, name particles and inner connectors from i. */
function capitalRun(tokens: readonly EnToken[], taken: Uint8Array, i: number): number {
  let last = i;
  while (!tokens[last]!.possessive) {
    const next = tokens[last + 1];
    if (!next || next.sentence !== tokens[i]!.sentence || taken[last + 1]) break;
    if (
      isCapWord(next) ||
      (isParticle(next) && !next.cap && (ARTICLE_WORD.test(next.text) || isCapWord(tokens[last + 2])))
    ) {
      last++;
      continue;
    }
    // `Ministry of the Interior`: a connector stays inside when a capitalized word follows.
    let k = last + 1;
    while (tokens[k] && CONNECTORS.has(tokens[k]!.lower) && !tokens[k]!.cap) k++;
    if (k > last + 1 && isCapWord(tokens[k]) && !taken[k] && runHasHead(tokens, i, last)) last = k;
    else break;
  }
  return last;
}

const runHasHead = (tokens: readonly EnToken[], first: number, last: number) =>
  tokens.slice(first, last + 1).some((t) => ENGLISH_ORG_HEADS.has(t.lower));

function classifyRun(
  text: string,
  tokens: readonly EnToken[],
  first: number,
  last: number,
): EnMention | undefined {
  const words = tokens.slice(first, last + 1);
  const from = tokens[first]!.lower === 'the' ? first + 1 : first;
  const unitHead = words.find((t) => ENGLISH_UNIT_HEADS.has(t.lower));
  if (words.length >= 2 && unitHead)
    return {
      type: 'unit',
      first: from,
      last,
      surface: surfaceOf(text, tokens, from, last),
      kind: 'military',
      // `the Eighth Brigade` may be a group; `the Nasr unit`, `the Danab brigade` are units.
      ...(unitHead.cap && unitHead.lower !== 'unit' ? { namedUnit: true } : {}),
    };
  const head = words.findIndex((t) => ENGLISH_ORG_HEADS.has(t.lower));
  if (head >= 0 && words.length >= 2) {
    const surface = surfaceOf(text, tokens, from, last);
    return { type: 'organization', first: from, last, surface, kind: organizationKind(words) };
  }
  const place = placeCue(tokens, first, last);
  if (place && !KUNYA.has(tokens[first]!.lower))
    return { type: 'place', first: from, last, surface: surfaceOf(text, tokens, from, last), kind: place };
  // A person: the name words after any title or nationality that opens the run.
  let start = first;
  while (start <= last && !isNameWord(tokens[start]!) && !isParticle(tokens[start])) start++;
  // A title or other non-name word inside the run ends the name (`Abu Jaber Sheikh`: Abu Jaber).
  let cut = start;
  while (cut <= last && !(tokens[cut]!.cap && ENGLISH_NOT_NAMES.has(tokens[cut]!.lower))) cut++;
  if (cut === start) return undefined;
  let end = cut - 1;
  while (end > start && isParticle(tokens[end]) && !ARTICLE_WORD.test(tokens[end]!.text)) end--;
  const count = end - start + 1;
  if (count < 2 && !(count === 1 && ARTICLE_WORD.test(tokens[start]!.text))) return undefined;
  if (count === 1 || (count === 2 && KUNYA.has(tokens[start]!.lower) && !isCapWord(tokens[end])))
    return undefined;
  return { type: 'person', first: start, last: end, surface: surfaceOf(text, tokens, start, end) };
}

/**
 * A part of a person's name standing alone later (`Julani`, `al-Julani`) is that person again:
 * the first person named with it, as reporting names its subject in full first (`al-Hassoun` is
 * the official, not his father `Mahmoud al-Hassoun` named after him).
 */
function addLaterMentions(
  text: string,
  tokens: readonly EnToken[],
  taken: Uint8Array,
  mentions: EnMention[],
) {
  const byPart = new Map<string, EnMention>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const parts = m.surface.split(/\s+/);
    const family = parts[parts.length - 1]!;
    for (const part of [family, family.replace(ARTICLE_WORD_PREFIX, '')])
      if (!KUNYA.has(part.toLowerCase()) && !byPart.has(latinKey(part))) byPart.set(latinKey(part), m);
  }
  if (byPart.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || !t.word || !(t.cap || ARTICLE_WORD.test(t.text)) || ENGLISH_NOT_NAMES.has(t.lower))
      continue;
    const person = byPart.get(latinKey(t.text.replace(/['’]s$/, '')));
    if (person && person.first !== i)
      mentions.push({
        type: 'person',
        first: i,
        last: i,
        surface: surfaceOf(text, tokens, person.first, person.last),
      });
  }
}
const ARTICLE_WORD_PREFIX = /^(al|el|ad|ar|as|ash|at|az|an)-/i;

/** The key an English mention resolves by: the Arabic canonical name's, or the folded Latin name. */
export function mentionKey(m: EnMention): string {
  if (m.canonical) return nameKey(m.canonical);
  if (ARABIC_WORD.test(m.surface.split(/\s+/)[0] ?? '')) return nameKey(m.surface);
  return latinKey(m.surface.replace(/^the\s+/i, ''));
}
