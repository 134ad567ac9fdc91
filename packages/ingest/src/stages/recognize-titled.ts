// Names no list holds, found by the title next to them: `المتحدث باسم حركة طالبان ذبيح الله مجاهد`,
// `الرئيس الفنلندي ماتي كورهونن`, `وقال فرهاد عيسى مدير المركز الإعلامي`. Runs after the gazetteers and
// patterns of a sentence, so the bodies and places inside the title are already mentions.
import { ROLE_HEADS, STOP_WORDS } from '../gazetteer/words.ts';
import { COMMON_WORDS, isCommonWord } from '../lexicon/common.ts';
import { LEXICON } from '../lexicon/index.ts';
import type { Mention, MentionSource, MentionType } from './recognize.ts';
import { GIVEN } from './recognize/site.ts';
import { isWord, readAs, stemIn, type Token } from '../text/tokens.ts';
import { LINKS_TO_IT, TITLE_LINKS, WAS_OR_BECAME } from '../lexicon/recognize-legacy.ts';

/** What the recognizer's state lends this pass. */
export interface NameSite {
  readonly tokens: Token[];
  readonly at: (Mention | undefined)[];
  free(i: number): boolean;
  isNameWord(t: Token | undefined, position: number): boolean;
  /** Words that head a body, a place or a unit: `مركز`, `بلدة`, `لواء` never start a name. */
  isHeadWord(t: Token): boolean;
  nameEnd(first: number, to: number, max: number): number;
  /** `بن`, `عبد`, `آل`: the words that join the parts of one name. */
  isConnector(t: Token): boolean;
  /** `علي` that is the preposition `على` (see MentionSite.readsAsOn). */
  readsAsOn(j: number, inName?: boolean): boolean;
  /** `حفتر` after `خليفة حفتر`: the word is the family name of a person already named. */
  isKnownSurname(key: string): boolean;
  add(
    type: MentionType,
    first: number,
    last: number,
    source: MentionSource,
    extra?: Partial<Mention>,
    prefix?: number,
  ): Mention;
}

const ROLE_KEYS = new Set(ROLE_HEADS.keys());
const MAX_TITLE = 8;
const PREPOSITION_CLITICS = new Set(['ب', 'ل']);
/** The words the rule table reads (`خلفاً`, `التابع`) are the grammar around names, never names. */
const LEXICON_WORDS = new Set(Object.values(LEXICON).flatMap((list) => [...list]));

/** An ordinary word, or one that carries a preposition (`لنبيل`, `بمديرية`): not a name's first word. */
export function ordinary(t: Token): boolean {
  // `كوفي`, `فيصل`: a given name is read whole, not as a clitic on a word (`ك+وفي`, `ف+يصل`).
  const given = GIVEN.has(t.key);
  const readings = given ? t.stems.slice(0, 1) : t.stems;
  if (readings.some((s) => isCommonWord(s.key) || LEXICON_WORDS.has(s.key))) return true;
  if (given) return false;
  // `لنبيل`, `بمديرية`, `بالقرب`: but `بيتر`, `بوريس` are foreign names whose first letter only
  // looks like the preposition: the word after it must be a known one.
  return (
    t.stems.length > 1 &&
    PREPOSITION_CLITICS.has(t.key[0]!) &&
    t.stems.slice(1).some((s) => GIVEN.has(s.key) || s.key.startsWith('ال') || /[ةه]$/.test(s.key))
  );
}

const isTitleHead = (t: Token | undefined) => {
  const stem = stemIn(t, ROLE_KEYS);
  if (!stem) return false;
  const head = ROLE_HEADS.get(stem.key)!;
  return !head.plural && !head.accusative && !head.ofNamed;
};

const isAccusativeHead = (t: Token | undefined) => {
  const stem = stemIn(t, ROLE_KEYS);
  return !!stem && !!ROLE_HEADS.get(stem.key)!.accusative;
};

/** A name may end here: the sentence goes on with a particle, a title, a verb of its own or punctuation. */
function endsName(site: NameSite, j: number, to: number): boolean {
  const t = site.tokens[j];
  if (j >= to || !t || !isWord(t)) return true;
  if (ROLE_KEYS.has(t.key)) return true; // `عامر الشيخ محافظاً لريف دمشق`
  return STOP_WORDS.has(t.key) || t.stems.slice(1).some((s) => STOP_WORDS.has(s.key));
}

/** The first token after the title that begins at head `h` (its modifiers, bodies and places). */
function pastTitle(site: NameSite, h: number, to: number): number {
  let j = h + 1;
  for (let steps = 0; j < to && steps < MAX_TITLE; steps++) {
    const m = site.at[j];
    const t = site.tokens[j]!;
    if (m && m.first === j && m.type !== 'person') j = m.last + 1;
    else if (m)
      return -1; // a person is already named: the title is bound
    else if (t.kind === 'quote') j++;
    else if (!isWord(t)) return j;
    else if (
      t.key.startsWith('ال') ||
      TITLE_LINKS.has(t.key) ||
      LINKS_TO_IT.has(t.key) ||
      stemIn(t, ROLE_KEYS) ||
      site.isHeadWord(t)
    )
      j++;
    else return j;
  }
  return j;
}

/**
 * `خلفاً لوحيد الصبري`: the one replaced, his name joined to the preposition; `، وعادل محمد باسل`:
 * a list item whose given name no list holds, its conjunction joined to it, before a known one.
 * Read before the given names, which would otherwise take the name from its second word.
 */
export function joinedName(site: NameSite, i: number, to: number): number | undefined {
  const t = site.tokens[i]!;
  const stem = t.stems[1];
  if (!stem || stem.key.startsWith('ال') || !site.isNameWord(site.tokens[i + 1], 1)) return undefined;
  const governed = t.key[0] === 'ل' && stemIn(site.tokens[i - 1], LEXICON.replacing);
  const listed =
    t.key[0] === 'و' &&
    site.tokens[i - 1]?.text === '،' &&
    stemIn(site.tokens[i + 1], GIVEN) !== undefined &&
    !COMMON_WORDS.has(stem.key) &&
    !LEXICON_WORDS.has(stem.key) &&
    site.isNameWord(readAs(t, stem), 0);
  if (!governed && !listed) return undefined;
  const last = site.nameEnd(i, to, 3);
  if (last === i) return undefined;
  // The list item's title follows its name (`محافظاً لحضرموت`); a governed name ends the clause, and
  // holds no ordinary word (`خلفاً لتاجر السلاح، X`: the trade describes the one named next).
  const described = site.tokens.slice(i + 1, last + 1).some((w) => ordinary(w) && !stemIn(w, GIVEN));
  if (governed && (!endsName(site, last + 1, to) || described)) return undefined;
  site.add('person', i, last, 'title', {}, 1);
  return last + 1;
}

export function titledNames(site: NameSite, from: number, to: number): void {
  for (let h = from; h < to; h++) {
    if (!site.free(h) || !isTitleHead(site.tokens[h])) continue;
    let first = pastTitle(site, h, to);
    // `المتحدث باسم الحركة، زرداد مجاهد،`: the name set off by commas after the title.
    if (first > h + 1 && site.tokens[first]?.text === '،' && site.tokens[first - 1]?.kind !== 'punct')
      first++;
    if (first < 0 || first >= to || first === h + 1) continue; // a bare `قائد X` is the patterns' business
    // `القيادي في قوة الرضوان`: what a link word introduces is the body, not the name.
    if (stemIn(site.tokens[first - 1], TITLE_LINKS)) continue;
    addName(site, first, to, 'title');
  }
  // `وقال X Y مدير ...`: the speaker named right before the title; `وكان X Y رئيساً لـ`: the one
  // the accusative title is predicated of.
  for (let v = from; v < to; v++) {
    const speaking = stemIn(site.tokens[v], LEXICON.speech) !== undefined;
    if (!speaking && !stemIn(site.tokens[v], WAS_OR_BECAME)) continue;
    const first = v + 1;
    const t = site.tokens[first];
    if (!t || !site.free(first) || !site.isNameWord(t, 0) || ordinary(t)) continue;
    const last = site.nameEnd(first, to, 2);
    let next = last + 1;
    if (site.tokens[next]?.text === '،') next++;
    const title = speaking ? isTitleHead(site.tokens[next]) : isAccusativeHead(site.tokens[next]);
    if (last > first && title) site.add('person', first, last, 'title');
  }
}

function addName(site: NameSite, first: number, to: number, source: MentionSource): void {
  const t = site.tokens[first];
  if (!site.free(first) || !t || t.key.startsWith('ال') || site.isHeadWord(t) || ordinary(t)) return;
  if (!site.isNameWord(t, 0)) return;
  const last = site.nameEnd(first, to, 3);
  if (last === first || !endsName(site, last + 1, to)) return;
  site.add('person', first, last, source);
}
