// Stage 4: mentions of persons, organizations, units and places, each a token range of one
// sentence. Gazetteers first (longest match), then the patterns of the genre: quoted names,
// `المدعو X`, kunyas, titles before names, `تنظيم/فصائل/جيش X`, `بلدة/حي/مخيم X`, directions.
import {
  type EntityType,
  nameKey,
  type OrganizationKind,
  type PlaceKind,
  type UnitKind,
} from '@shabaka/model';
import { compoundPlace } from './compound-places.ts';
import { entryNamed, formsStartingWith, type GazetteerEntry } from './gazetteer/index.ts';
import { GIVEN_NAMES, NAME_CONNECTORS } from './gazetteer/names.ts';
import { ORGANIZATION_HEADS, WEAK_ORGANIZATION_HEADS } from './gazetteer/organizations.ts';
import { COMPOUND_PLACE_STARTS, DIRECTIONS, PLACE_WORDS } from './gazetteer/places.ts';
import { UNIT_HEADS } from './gazetteer/units.ts';
import { builtBody, coordinatedUnitEnd, isAttachedFormation } from './recognize-bodies.ts';
import {
  KIN,
  keys,
  KUNYA_NICKNAMES,
  NICKNAME_CUES,
  REAL_NAME,
  PERSON_CUES,
  ROLE_HEADS,
  STOP_WORDS,
  TRAILING_ADJECTIVES,
} from './gazetteer/words.ts';
import COMMON from './lexicon/common-words.json' with { type: 'json' };
import { LEXICON } from './lexicon/index.ts';
import { taggedPersons } from './recognize-tagged.ts';
import { type NameSite, titledNames } from './recognize-titled.ts';
import { tagArticle, type TaggedSpan } from './tagger/index.ts';
import type { Sentence } from './split.ts';
import {
  CLOSING_QUOTES,
  isWord,
  OPENING_QUOTES,
  type Stem,
  stemIn,
  type Token,
  tokenize,
} from './text/tokens.ts';

export type MentionType = EntityType;
export type MentionSource =
  | 'gazetteer'
  | 'pattern'
  | 'quote'
  | 'cue'
  | 'kunya'
  | 'given-name'
  | 'surname'
  | 'anaphor'
  | 'masthead'
  | 'title'
  | 'tagger';

export interface Mention {
  id: number;
  type: MentionType;
  /** First and last token, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name as written, without clitics or quotes. */
  name: string;
  sentence: number;
  source: MentionSource;
  /** The gazetteer's canonical name, when the mention is a known entity. */
  canonical?: string;
  kind?: OrganizationKind | UnitKind | PlaceKind;
  /** `التنظيم` (the article's main group), `المخيم` (its camp): filled in by resolve. */
  anaphor?: 'group' | 'camp' | 'head';
  /** An organization heading a pattern (`ميليشيات النظام`): its genitive, for `ومخابراته`. */
  genitive?: string;
  /** A government that sources call `النظام`. */
  regime?: boolean;
  /** Another name of the person of that mention (`الملقب بـ“أبي طلحة”`). */
  aliasOf?: Mention;
  /**
   * A region's base place and whether the text locates things in the base (`بريف حلب`, `شمالي حلب`
   * → حلب) or in the region itself (`جنوب دمشق`).
   */
  within?: { place: string; kind: PlaceKind; base: boolean };
}

export interface Recognized {
  tokens: Token[];
  mentions: Mention[];
  /** The mention covering each token, if any. */
  at: (Mention | undefined)[];
}

const KUNYA = keys('أبو أبا أبي');
/** Words whose object is a person: `خلفاً لـX`, `بدلاً من`. */
const NAME_GOVERNORS = LEXICON.replacing;
const COMMON_WORDS = new Set(COMMON.words);
/** In quotes `أم X` is a kunya; outside them `أم` is mostly the conjunction. */
const QUOTED_KUNYA = keys('أبو أبا أبي أم');
const LONE_PREPOSITIONS = keys('ل ب');
const SPEECH = keys('قال قالت وقال وقالت صرح صرحت أكد أكدت أضاف أضافت أوضح حديث تصريح تصريحات مقابلة');
const UNIT_LIKE = keys('خلية مكتب قطاع ديوان جهاز');
const GROUP_ANAPHORS = keys('التنظيم تنظيم');
/** `الكتائب`, `الهيئة`, `الجهاز` alone: the body of that kind the article named last. */
const HEAD_ANAPHORS = keys(
  'الكتائب الهيئة الجهاز الفيلق الحركة الجبهة الفصيل الفرع اللواء المجلس الفوج المحور الحشد',
);
const CAMP_ANAPHORS = keys('المخيم');
const LEADERSHIP = keys('قيادة');
const GOVERNMENT_HEAD = keys('حكومة');
/** Heads that name a different body than the organization after them (`ميليشيات النظام`). */
const OWNING_HEADS = keys('ميليشيات مليشيات الميليشيات مخابرات وزارة أجهزة');
/** Collective heads that keep a `في <place>` in their name (`فصائل المعارضة في محافظة درعا`). */
const COLLECTIVE_HEADS = keys('فصائل الفصائل ميليشيات مليشيات مجموعات');
const PLACE_LIST_JOINERS = new Set(['،', ',', 'و']);
const MEDIA_SOURCE = keys('مصادر مصدر مراسل لمراسل');
const PREPOSITION_IN = keys('في');
const BRIGADE_HEADS = keys('لواء');
/** Verbs that follow a name (`X قتل في`, `X هرب إلى`): they end it. */
const VERBS_AFTER_NAMES = new Set([...LEXICON.actsOnPerson, ...LEXICON.flight]);

const ORG_HEAD_KEYS = new Map([...ORGANIZATION_HEADS].map(([word, kind]) => [nameKey(word), kind]));
const WEAK_HEAD_KEYS = new Set([...WEAK_ORGANIZATION_HEADS].map(nameKey));
const MEDIA_HEAD_KEYS = new Set(
  [...ORGANIZATION_HEADS].filter(([, k]) => k === 'media').map(([w]) => nameKey(w)),
);
const UNIT_HEAD_KEYS = new Map([...UNIT_HEADS].map(([word, kind]) => [nameKey(word), kind]));
const PLACE_WORD_KEYS = new Map([...PLACE_WORDS].map(([word, info]) => [nameKey(word), { word, ...info }]));
const COMPOUND_STARTS = new Set([...COMPOUND_PLACE_STARTS].map(nameKey));
const GIVEN = new Set([...GIVEN_NAMES].map(nameKey));
const CONNECTORS = new Set([...NAME_CONNECTORS].map(nameKey));
const ROLE_KEYS = new Set(ROLE_HEADS.keys());
const ORG_HEAD_SET = new Set(ORG_HEAD_KEYS.keys());
const PLACE_WORD_SET = new Set(PLACE_WORD_KEYS.keys());
const DIRECTION_SET = new Set([...DIRECTIONS.keys()].map(nameKey));
const UNIT_HEAD_SET = new Set(UNIT_HEAD_KEYS.keys());

export interface RecognizeOptions {
  /** Outlets named in the byline or dateline: the same words quoted in the text are that outlet. */
  outlets?: readonly string[];
}

export function recognize(
  text: string,
  sentences: readonly Sentence[],
  options: RecognizeOptions = {},
): Recognized {
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    for (const token of tokenize(text, sentence.start, sentence.end, sentence.index)) {
      token.index = tokens.length;
      tokens.push(token);
    }
  }
  const state = new State(text, tokens, new Set((options.outlets ?? []).map(nameKey)));
  const bySentence = groupBySentence(tokens);
  const readable = sentences.flatMap((sentence) => {
    const range =
      sentence.kind === 'byline' || sentence.kind === 'dateline' ? undefined : bySentence.get(sentence.index);
    return range ? [range] : [];
  });
  // The tagger reads the article whole: a name met in full lends its words to later mentions.
  const tagged = tagArticle(readable.map(([from, to]) => tokens.slice(from, to)));
  for (const [k, [from, to]] of readable.entries()) state.sentence(from, to, tagged[k]);
  state.surnames();
  state.mentions.sort((a, b) => a.start - b.start);
  for (const [i, m] of state.mentions.entries()) m.id = i;
  return { tokens, mentions: state.mentions, at: state.at };
}

function groupBySentence(tokens: readonly Token[]): Map<number, [number, number]> {
  const ranges = new Map<number, [number, number]>();
  for (const token of tokens) {
    const range = ranges.get(token.sentence);
    if (range) range[1] = token.index + 1;
    else ranges.set(token.sentence, [token.index, token.index + 1]);
  }
  return ranges;
}

interface GazetteerHit {
  entry: GazetteerEntry;
  last: number;
  stem: Stem;
  ambiguous: boolean;
}

class State implements NameSite {
  readonly mentions: Mention[] = [];
  readonly at: (Mention | undefined)[];
  private readonly pendingAmbiguous: { hit: GazetteerHit; first: number }[] = [];
  /** Short names the article gave a body in parentheses (`(قسد)`, `(YPG)`), by their word keys. */
  private readonly articleAliases = new Map<string, Pick<Mention, 'type' | 'canonical' | 'kind'>>();

  constructor(
    private readonly text: string,
    readonly tokens: Token[],
    private readonly outlets: ReadonlySet<string>,
  ) {
    this.at = new Array(tokens.length);
  }

  sentence(from: number, to: number, tagged: readonly TaggedSpan[] = []): void {
    this.quotes(from, to);
    for (let i = from; i < to; ) i = this.scan(i, to);
    this.coordinatedUnits(from, to);
    this.acceptAmbiguousPlaces(from, to);
    titledNames(this, from, to);
    taggedPersons(this, from, tagged);
    this.aliasesAfterCues(from, to);
    this.parenthesisedPersons(from, to);
    this.parenthesisedAliases(from, to);
  }

  /**
   * `قوات سوريا الديمقراطية (قسد)`, `وحدات حماية الشعب (YPG)`: the words in parentheses right after a
   * body are another name of it, here and wherever the article uses them again.
   */
  private parenthesisedAliases(from: number, to: number): void {
    for (let i = from + 1; i < to; i++) {
      if (this.tokens[i]!.text !== '(') continue;
      let before = i - 1;
      if (this.tokens[before]!.kind === 'quote') before--;
      const body = this.at[before];
      if (!body || body.last !== before || (body.type !== 'organization' && body.type !== 'unit')) continue;
      let close = i + 1;
      while (close < to && close <= i + 4 && this.tokens[close]!.text !== ')') close++;
      if (this.tokens[close]?.text !== ')' || close === i + 1) continue;
      const inner = this.at[i + 1];
      if (inner) {
        // Two names the gazetteer may know apart: the one it knows names both.
        if (inner.first === i + 1 && inner.last === close - 1 && inner.type === body.type) {
          if (inner.canonical && !body.canonical) body.canonical = inner.canonical;
          else if (body.canonical && !inner.canonical) inner.canonical = body.canonical;
        }
        continue;
      }
      const words = this.tokens.slice(i + 1, close);
      if (!words.every((t) => t.kind === 'word')) continue;
      const alias = {
        type: body.type,
        canonical: body.canonical ?? body.name,
        ...(body.kind ? { kind: body.kind } : {}),
      };
      this.add(body.type, i + 1, close - 1, 'pattern', alias, 0);
      this.articleAliases.set(words.map((t) => t.key).join(' '), alias);
    }
  }

  /** `الجناح العسكري والعمليات`, `الفيلق الثاني التابع لـ`: units, see recognize-bodies.ts. */
  private coordinatedUnits(from: number, to: number): void {
    const opensName = (i: number) => {
      const bare = this.tokens[i]!.stems.find((s) => s.prefix === 1);
      const head = bare?.key.replace(/^ال/, '') ?? '';
      return ORG_HEAD_SET.has(head) || UNIT_HEAD_SET.has(head) || ORG_HEAD_SET.has(bare?.key ?? '');
    };
    for (const m of this.mentions) {
      if (m.first < from || m.last >= to) continue;
      const built = m.type === 'organization' && !m.canonical && m.source !== 'anaphor';
      if (built && isAttachedFormation(this, m.first, m.last))
        Object.assign(m, { type: 'unit', kind: 'military' });
      // A head and its domain (`قسم الشورى`) coordinate a second domain; `الحسبة والجهاد` is two things.
      if (m.type !== 'unit' || m.last >= to - 1 || m.last === m.first) continue;
      const last = coordinatedUnitEnd(this, m.last, opensName);
      if (last === m.last) continue;
      this.at[last] = m;
      m.last = last;
      m.end = this.tokens[last]!.end;
      m.name = `${m.name} ${this.tokens[last]!.text}`;
      m.canonical = m.name; // a unit of its own, not the listed one whose name it extends
    }
  }

  /** A later use of a name the article gave in parentheses. */
  private articleAlias(i: number): number | undefined {
    for (const [key, alias] of this.articleAliases) {
      const words = key.split(' ');
      const first = this.tokens[i]!.stems.find((stem) => stem.key === words[0]);
      if (!first) continue;
      if (!words.every((w, k) => k === 0 || (this.tokens[i + k]?.key === w && this.free(i + k)))) continue;
      this.add(alias.type, i, i + words.length - 1, 'pattern', alias, first.prefix);
      return i + words.length;
    }
    return undefined;
  }

  // ---- helpers ----

  /**
   * `أبو مارية القحطاني، واسمه الحقيقي ميسر الجبوري`, `X المعروف بـY`: the second name is another name
   * of the person just named (quoted nicknames are read where quotes are).
   */
  private aliasesAfterCues(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if (!stemIn(this.tokens[i], NICKNAME_CUES)) continue;
      let before = i - 1;
      if (this.tokens[before]?.text === '،') before--;
      const named = this.at[before];
      // `واسمه الحقيقي هو X`, `المكنى سابقاً باسم X`, `الملقب بـ “X”`: words between cue and name.
      let after = i + 1;
      while (this.tokens[after] && after <= i + 4 && this.betweenCueAndName(this.tokens[after]!)) after++;
      const other = this.at[after];
      if (named?.type !== 'person' || other?.type !== 'person' || other === named || other.first !== after)
        continue;
      other.aliasOf ??= named.aliasOf ?? named;
    }
  }

  private betweenCueAndName(t: Token): boolean {
    return (
      t.kind === 'quote' ||
      stemIn(t, REAL_NAME) !== undefined ||
      LONE_PREPOSITIONS.has(t.key) ||
      t.text.includes('\u064B') // an adverb: `سابقاً`, `أيضاً`
    );
  }

  /** `أبو مسلم التركماني (فاضل الحيالي)`: a name in parentheses right after a person is his other name. */
  private parenthesisedPersons(from: number, to: number): void {
    for (let i = from; i + 1 < to; i++) {
      const named = this.at[i - 1];
      if (this.tokens[i]!.text !== '(' || named?.type !== 'person' || named.last !== i - 1) continue;
      const other = this.at[i + 1] ?? this.at[i + 2];
      // The first word inside may be a given name no list holds (`(كامل أحمد الحيالي)`).
      const inside =
        other?.first === i + 1 || (other?.first === i + 2 && this.isNameWord(this.tokens[i + 1], 0));
      if (other?.type === 'person' && inside && this.tokens[other.last + 1]?.text === ')')
        other.aliasOf ??= named.aliasOf ?? named;
    }
  }

  isConnector(t: Token): boolean {
    return CONNECTORS.has(t.key);
  }

  isHeadWord(t: Token): boolean {
    return !!(stemIn(t, ORG_HEAD_SET) || stemIn(t, PLACE_WORD_SET) || stemIn(t, UNIT_HEAD_SET));
  }

  free(i: number): boolean {
    return i >= 0 && i < this.tokens.length && this.at[i] === undefined;
  }

  add(
    type: MentionType,
    first: number,
    last: number,
    source: MentionSource,
    extra: Partial<Mention> = {},
    prefix = this.namePrefix(this.tokens[first]!),
  ): Mention {
    const firstToken = this.tokens[first]!;
    const start = firstToken.start + this.charPrefix(firstToken, prefix);
    const end = this.tokens[last]!.end;
    const name = extra.name ?? this.wordsText(first, last, prefix);
    const mention: Mention = {
      id: this.mentions.length,
      type,
      first,
      last,
      start,
      end,
      name,
      sentence: firstToken.sentence,
      source,
      ...extra,
    };
    this.mentions.push(mention);
    for (let i = first; i <= last; i++) this.at[i] = mention;
    return mention;
  }

  /** Clitic letters before a name: `وناصر` → ناصر, but `وليد` stays whole. */
  private namePrefix(token: Token): number {
    const conjunction = token.key.startsWith('و') && token.key.length > 3 && !GIVEN.has(token.key);
    return conjunction ? 1 : 0;
  }

  /** The words of a token range as written, quotes and punctuation dropped, the clitic removed. */
  private wordsText(first: number, last: number, prefix = 0): string {
    const words: string[] = [];
    for (let i = first; i <= last; i++) {
      const t = this.tokens[i]!;
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      let word = i === first ? t.text.slice(this.charPrefix(t, prefix)) : t.text;
      if (
        i === first &&
        t.stems.find((s) => s.prefix === prefix)?.key.startsWith('ال') &&
        word.startsWith('ل')
      )
        word = `ا${word}`; // لل → ال: the elided alef is restored in the name
      words.push(word);
    }
    return words.join(' ');
  }

  /** Characters of the token text the first `letters` key letters occupy (diacritics in between). */
  private charPrefix(token: Token, letters: number): number {
    let seen = 0;
    let i = 0;
    while (seen < letters && i < token.text.length) {
      if (/[\p{L}]/u.test(token.text[i]!) && token.text[i] !== '\u0640') seen++;
      i++;
    }
    while (i < token.text.length && /[\p{M}\u0640]/u.test(token.text[i]!)) i++;
    return i;
  }

  isNameWord(t: Token | undefined, position: number): boolean {
    if (!isWord(t)) return false;
    if (t.key === 'علي') return !t.text.endsWith('ى'); // the name Ali, not the preposition على
    if (STOP_WORDS.has(t.key) || ROLE_KEYS.has(t.key) || PERSON_CUES.has(t.key)) return false;
    // `كنائب`, `بصفته`: a title behind a preposition is no name.
    if (/^[كبل]/.test(t.key) && t.stems.slice(1).some((s) => ROLE_KEYS.has(s.key))) return false;
    // `سيشغل`, `سيكون`: a verb in the future tense.
    if (/^س[يتن]/.test(t.key) && t.key.length >= 5 && !GIVEN.has(t.key)) return false;
    // `مؤخراً`, `سابقاً`: an adverb carries tanween, a name does not.
    if (t.text.includes('\u064B')) return false;
    if (t.stems.slice(1).some((s) => STOP_WORDS.has(s.key))) return false; // `وفي`, `ومن`
    if (/^[وف]/.test(t.key) && STOP_WORDS.has(t.key.slice(1))) return false; // `فإن`, `وهو`: too short to peel
    if (position > 0) {
      if (/^[وفبل]ال/.test(t.key) || /^لل/.test(t.key)) return false;
      // `بغارة`, `لمدة`: a preposition on an ordinary word ends the name.
      // Short names begin with these letters too (`باقر`, `بلال`), so only longer words are read so.
      if (
        /^[بل]/.test(t.key) &&
        t.key.length >= 5 &&
        !GIVEN.has(t.key) &&
        t.stems.slice(1).some((s) => COMMON_WORDS.has(s.key))
      )
        return false;
      if (/^و/.test(t.key) && !GIVEN.has(t.key)) return false;
      if (/^[يت]/.test(t.key) && t.key.length >= 4 && !GIVEN.has(t.key)) return false;
      if (stemIn(t, ROLE_KEYS) || stemIn(t, ORG_HEAD_SET) || stemIn(t, PLACE_WORD_SET)) return false;
      // `X بغارة للتحالف`: the means of a killing after a name is not part of it.
      if (/^[بل]/.test(t.key) && t.stems.slice(1).some((s) => LEXICON.strike.has(s.key))) return false;
      if (VERBS_AFTER_NAMES.has(t.key)) return false;
    }
    const known = this.gazetteerAt(t.index);
    if (known && !known.ambiguous) return false;
    return t.key.length >= 2;
  }

  // ---- quotes ----

  private quotes(from: number, to: number): void {
    let open = -1;
    let boundary = from - 1;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (t.kind === 'punct' && open < 0) boundary = i;
      if (t.kind !== 'quote') continue;
      const opening = OPENING_QUOTES.has(t.text) || (t.text === '"' && open < 0);
      const closing = CLOSING_QUOTES.has(t.text) || (t.text === '"' && open >= 0);
      if (opening && open < 0) {
        open = i;
      } else if (closing && open >= 0) {
        if (i - open > 1 && i - open <= 9) this.quoted(open + 1, i - 1);
        open = -1;
        boundary = i;
      } else if (closing) {
        // A closing quote with no opening one: the name runs back to the last boundary.
        const first = Math.max(boundary + 1, i - 4);
        if (i - first >= 1) this.quoted(first, i - 1, true);
        boundary = i;
      }
    }
  }

  private quoted(first: number, last: number, stray = false): void {
    for (let i = first; i <= last; i++) if (!this.free(i)) return;
    const words = this.tokens.slice(first, last + 1).filter(isWord);
    if (words.length === 0) return;
    // `بـ“X”`, `لـ“X”`: a preposition written apart governs the quote.
    const lone = !stray && LONE_PREPOSITIONS.has(this.tokens[first - 2]?.key ?? '');
    const governor = stray ? undefined : this.tokens[lone ? first - 3 : first - 2];
    const beforeStem = lone ? undefined : governor;
    const content = nameKey(words.map((w) => w.text).join(' '));

    if (this.outlets.has(content) || (lone && this.spokenBefore(first - 2))) {
      this.add('organization', first, last, 'quote', { kind: 'media' }, 0);
      return;
    }
    const nickname = stemIn(governor, NICKNAME_CUES);
    if (nickname) {
      const named = this.at[(governor?.index ?? 0) - 1] ?? this.at[(governor?.index ?? 0) - 2];
      if (named?.type === 'person') {
        this.add('person', first, last, 'quote', { aliasOf: named.aliasOf ?? named }, 0);
        return;
      }
    }
    const headWord = words[0]!;
    const bareHead = headWord.key.startsWith('ال') ? headWord.key.slice(2) : headWord.key;
    const innerHead =
      stemIn(headWord, ORG_HEAD_SET) ??
      stemIn(headWord, UNIT_LIKE) ??
      (ORG_HEAD_SET.has(bareHead) ? { key: bareHead, prefix: 0 } : undefined);
    const startsWithHead = headWord.stems[0]!.key === innerHead?.key || bareHead === innerHead?.key;
    if (innerHead && words.length >= 2 && startsWithHead && !this.gazetteerAt(first)) {
      // `“لواء طلحة”`, `“خلية الصواريخ”`: the quote names a body, not a person.
      const unit = UNIT_LIKE.has(innerHead.key);
      const kind = unit ? 'other' : (ORG_HEAD_KEYS.get(innerHead.key) ?? 'other');
      this.add(unit ? 'unit' : 'organization', first, last, 'quote', { kind }, 0);
      return;
    }

    // `بلدات “يلدا، ببيلا، بيت سحم”`: a list of places.
    const placeWord = stemIn(beforeStem, PLACE_WORD_SET);
    if (placeWord) {
      const info = PLACE_WORD_KEYS.get(placeWord.key)!;
      if (info.plural || this.tokens.slice(first, last + 1).some((t) => t.text === '،')) {
        this.placeList(first, last, info.kind);
        return;
      }
      this.claimPlace(first - 2, first, last, info, placeWord.prefix);
      return;
    }
    const whole = this.gazetteerAt(first);
    const orgHead = stemIn(beforeStem, ORG_HEAD_SET) ?? stemIn(beforeStem, MEDIA_SOURCE);
    if (whole && whole.last === last && whole.entry.type !== 'place' && this.free(first - 2) && orgHead) {
      this.addGazetteer(whole, first - 2, first, orgHead.prefix);
      return;
    }
    if (whole && whole.last === last) {
      // `تنظيم “داعش”`: the head belongs to the name.
      const headed = whole.entry.type === 'organization' && orgHead && this.free(first - 2);
      if (headed) this.addGazetteer(whole, first - 2, first, orgHead.prefix);
      else this.addGazetteer(whole, first);
      return;
    }
    // `القيادي في الكتائب “أبو باقر”`: a quoted kunya after a body's word is a person, not its name.
    const kunya = QUOTED_KUNYA.has(words[0]!.key) && words.length >= 2;
    if (orgHead && !stray && !kunya) {
      // `لقناة “الاتجاه”`: the outlet's name is the quote; the head word joins the span. A government
      // keeps its head in its name (`حكومة “الإنقاذ”`), the form the gazetteer knows it by.
      const kind = ORG_HEAD_KEYS.get(orgHead.key) ?? 'media';
      const head = this.free(first - 2) && !MEDIA_SOURCE.has(orgHead.key) ? first - 2 : first;
      const named = GOVERNMENT_HEAD.has(orgHead.key) ? this.wordsText(head, last, orgHead.prefix) : undefined;
      const name = named ?? this.wordsText(first, last);
      const canonical = named ? entryNamed(named)?.name : undefined;
      this.add(
        'organization',
        head,
        last,
        'quote',
        { kind, name, ...(canonical ? { canonical } : {}) },
        orgHead.prefix,
      );
      return;
    }
    const unitHead = stemIn(beforeStem, UNIT_HEAD_SET);
    if (unitHead && !stray) {
      const known = this.gazetteerAt(first);
      if (known?.entry.type === 'unit') this.addGazetteer(known, first);
      else this.add('unit', first, last, 'quote', { kind: UNIT_HEAD_KEYS.get(unitHead.key)! });
      return;
    }
    if (this.looksLikePersonInQuotes(first, last, words, stray)) {
      this.add('person', first, last, 'quote', {}, stray ? this.namePrefix(this.tokens[first]!) : 0);
    }
  }

  private looksLikePersonInQuotes(first: number, last: number, words: Token[], stray: boolean): boolean {
    if (words.length > 5) return false;
    // `الناشط الإعلامي “X”`: a cue, perhaps with an adjective, right before the quote.
    const cueAt = (i: number) => stemIn(this.tokens[i], PERSON_CUES) ?? stemIn(this.tokens[i], KIN);
    const cued = cueAt(first - 2) !== undefined || cueAt(first - 3) !== undefined;
    const namePart = (w: Token) => this.isNameWord(w, 1) || CONNECTORS.has(w.key) || PERSON_CUES.has(w.key);
    if (words.some((w, i) => i > 0 && !namePart(w))) return false;
    if (QUOTED_KUNYA.has(words[0]!.key) && words.length >= 2) return true;
    if (words.length === 1) return false; // one quoted word: a person only if it is a known surname
    if (cued) return true; // `العقيد “أمير حسن الجبوري”`: after a title even `أمير` is a name
    // `علي` folds to the key of `على`: spelled with ي it is the given name, not the preposition.
    const given = GIVEN.has(words[0]!.stems.at(-1)!.key) || GIVEN.has(words[0]!.key);
    if (given && !(STOP_WORDS.has(words[0]!.key) && words[0]!.text.endsWith('ى'))) return true;
    if (STOP_WORDS.has(words[0]!.key) || stemIn(words[0], ROLE_KEYS)) return false;
    if (stray && words.length <= 3) return true; // `وناصر حجيرة”`: a name whose opening quote was lost
    return this.roleNear(first - 2, last + 2);
  }

  /** A speech verb shortly before `لـ“X”`: X is the outlet spoken to. */
  private spokenBefore(i: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
      if (this.tokens[j]!.sentence !== this.tokens[i]!.sentence) return false;
      if (stemIn(this.tokens[j], SPEECH)) return true;
    }
    return false;
  }

  /** A role head shortly before the quote (same clause) or right after it. */
  private roleNear(before: number, after: number): boolean {
    const next = this.tokens[after];
    if (
      isWord(next) &&
      ROLE_KEYS.has(next.stems.at(-1)!.key) &&
      next.sentence === this.tokens[before + 1]?.sentence
    )
      return true;
    let commas = 0;
    for (let i = before; i >= Math.max(0, before - 8); i--) {
      const t = this.tokens[i]!;
      if (t.text === '،' && i === before && commas++ === 0) continue; // `وزير الداخلية، “X”`
      if (t.kind === 'punct') return false;
      if (t.kind === 'quote') continue;
      const role = stemIn(t, ROLE_KEYS);
      // A plural (`القياديين`) names people only right before them or after `أحد`.
      if (role) return !ROLE_HEADS.get(role.key)!.plural || this.tokens[i - 1]?.key === 'احد' || i === before;
    }
    return false;
  }

  // ---- the main scan: gazetteer, patterns, names ----

  private scan(i: number, to: number): number {
    if (!this.free(i) || !isWord(this.tokens[i])) return i + 1;
    return (
      this.direction(i, to) ??
      this.gazetteer(i) ??
      this.articleAlias(i) ??
      this.placePattern(i, to) ??
      this.builtBody(i, to) ??
      this.organizationPattern(i, to) ??
      this.unitPattern(i, to) ??
      this.anaphor(i) ??
      this.kunya(i, to) ??
      this.cued(i, to) ??
      this.givenName(i, to) ??
      i + 1
    );
  }

  gazetteerAt(i: number): GazetteerHit | undefined {
    const t = this.tokens[i];
    if (!isWord(t)) return undefined;
    for (const stem of t.stems) {
      for (const form of formsStartingWith(stem.key)) {
        let ok = true;
        for (let w = 1; w < form.words.length; w++) {
          const next = this.tokens[i + w];
          if (!next || next.key !== form.words[w] || next.sentence !== t.sentence) {
            ok = false;
            break;
          }
        }
        if (ok)
          return { entry: form.entry, last: i + form.words.length - 1, stem, ambiguous: form.ambiguous };
      }
    }
    return undefined;
  }

  private addGazetteer(hit: GazetteerHit, first: number, wordFirst = first, firstPrefix?: number): Mention {
    const { entry } = hit;
    const prefix = wordFirst === first ? hit.stem.prefix : (firstPrefix ?? 0);
    const extra: Partial<Mention> = {
      canonical: entry.name,
      kind: entry.kind,
      ...(entry.type === 'organization' && entry.regime ? { regime: true } : {}),
    };
    return this.add(entry.type, first, hit.last, 'gazetteer', extra, prefix);
  }

  private gazetteer(i: number): number | undefined {
    const hit = this.gazetteerAt(i);
    if (!hit) return undefined;
    for (let k = i; k <= hit.last; k++) if (!this.free(k)) return undefined;
    if (hit.ambiguous) {
      this.pendingAmbiguous.push({ hit, first: i });
      return hit.last + 1;
    }
    this.addGazetteer(hit, i);
    return hit.last + 1;
  }

  private acceptAmbiguousPlaces(from: number, to: number): void {
    let changed = true;
    while (changed && this.pendingAmbiguous.length > 0) {
      changed = false;
      for (const [n, { hit, first }] of this.pendingAmbiguous.entries()) {
        if (first < from || first >= to) continue;
        const before = this.tokens[first - 1];
        const joined = hit.stem.prefix > 0 && this.tokens[first]!.key.startsWith('و');
        const prevMention = this.at[first - 1] ?? (before?.text === '،' ? this.at[first - 2] : undefined);
        const afterToken = this.tokens[hit.last + 1];
        const nextMention =
          afterToken && (afterToken.key.startsWith('و') || afterToken.text === '،')
            ? this.at[afterToken.text === '،' ? hit.last + 2 : hit.last + 1]
            : undefined;
        const context =
          stemIn(before, PLACE_WORD_SET) !== undefined ||
          (prevMention?.type === 'place' && (joined || before?.text === '،')) ||
          nextMention?.type === 'place';
        if (context && this.free(first)) {
          this.addGazetteer(hit, first);
          this.pendingAmbiguous.splice(n, 1);
          changed = true;
          break;
        }
      }
    }
    for (let n = this.pendingAmbiguous.length - 1; n >= 0; n--) {
      const first = this.pendingAmbiguous[n]!.first;
      if (first >= from && first < to) this.pendingAmbiguous.splice(n, 1);
    }
  }

  /** `جنوب دمشق`, `شمال غرب سورية`, `ريف دير الزور الشمالي`, `الجنوب الدمشقي` (compound-places.ts). */
  private direction(i: number, to: number): number | undefined {
    const place = compoundPlace(this.tokens, i, to, (j) => this.gazetteerAt(j));
    if (!place) return undefined;
    const prefix = this.tokens[i]!.stems.find((s) => DIRECTION_SET.has(s.key))!.prefix;
    const name = place.canonical ?? this.wordsText(i, place.last, prefix);
    this.add(
      'place',
      i,
      place.last,
      'pattern',
      { canonical: name, kind: place.kind, within: place.within },
      prefix,
    );
    return place.last + 1;
  }

  /** `بلدة سبينة`, `مخيم اليرموك`, `أحياء مخيم اليرموك والحجر الأسود`, `معبر العروبة`. */
  private placePattern(i: number, to: number): number | undefined {
    const stem = stemIn(this.tokens[i], PLACE_WORD_SET);
    if (!stem) return undefined;
    const info = PLACE_WORD_KEYS.get(stem.key)!;
    const next = this.tokens[i + 1];
    if (!next || i + 1 >= to) return undefined;
    if (next.kind === 'quote') return undefined; // the quote pass read it
    const hit = this.gazetteerAt(i + 1);
    let last: number | undefined;
    if (hit?.entry.type === 'place') {
      if (!this.free(i + 1)) return undefined;
      const m = this.addGazetteer(hit, info.keep ? i : i + 1, i + 1, stem.prefix);
      if (info.keep && hit.entry.kind !== info.kind) {
        // `معبر العروبة` is a crossing named after the neighbourhood, not the neighbourhood.
        m.canonical = `${info.word} ${hit.entry.name}`;
        m.kind = info.kind;
      }
      last = hit.last;
    } else if (
      this.isNameWord(next, 0) &&
      !hit &&
      !stemIn(next, ORG_HEAD_SET) &&
      // `قرى ناحية جنديرس`: a second place word is the head of the name, not the name.
      !stemIn(next, PLACE_WORD_SET) &&
      !stemIn(next, DIRECTION_SET) &&
      next.stems[0]!.prefix === 0 &&
      (!info.definite || next.key.startsWith('ال'))
    ) {
      last = COMPOUND_STARTS.has(next.key) && this.isNameWord(this.tokens[i + 2], 0) ? i + 2 : i + 1;
      if (next.key === stem.key) return undefined;
      this.claimPlace(i, i + 1, last, info, stem.prefix);
    }
    if (last === undefined) return undefined;
    return info.plural ? this.continuePlaceList(last + 1, to) : last + 1;
  }

  private claimPlace(
    wordIndex: number,
    first: number,
    last: number,
    info: { word: string; kind: PlaceKind; keep: boolean },
    wordPrefix = 0,
  ): void {
    const bare = this.wordsText(first, last);
    if (info.keep) {
      const word = this.wordsText(wordIndex, wordIndex, wordPrefix);
      this.add('place', wordIndex, last, 'pattern', { kind: info.kind, name: `${word} ${bare}` }, wordPrefix);
    } else {
      this.add('place', first, last, 'pattern', { kind: info.kind, name: bare }, 0);
    }
  }

  private continuePlaceList(j: number, to: number): number {
    while (j < to) {
      const t = this.tokens[j]!;
      if (t.text === '،' || t.text === ',') {
        const hit = this.gazetteerAt(j + 1);
        if (hit?.entry.type !== 'place') return j;
        j++;
        continue;
      }
      const hit = this.gazetteerAt(j);
      if (hit?.entry.type !== 'place' || !t.key.startsWith('و') || !this.free(j)) return j;
      this.addGazetteer(hit, j);
      j = hit.last + 1;
    }
    return j;
  }

  private placeList(first: number, last: number, kind: PlaceKind): void {
    let start = first;
    for (let i = first; i <= last + 1; i++) {
      const t = this.tokens[i];
      if (i <= last && t && !PLACE_LIST_JOINERS.has(t.text)) continue;
      if (i > start) {
        const hit = this.gazetteerAt(start);
        if (hit && hit.last === i - 1) this.addGazetteer(hit, start);
        else this.add('place', start, i - 1, 'pattern', { kind });
      }
      start = i + 1;
    }
  }

  /** `تنظيم داعش`, `فصائل المعارضة في محافظة درعا`, `ميليشيات النظام`, `لراديو شام اف ام`. */
  private organizationPattern(i: number, to: number): number | undefined {
    const head = this.tokens[i]!;
    const stem = stemIn(head, ORG_HEAD_SET);
    if (stem) return this.headedOrganization(i, to, stem);
    return this.possessedOrganization(i);
  }

  private headedOrganization(i: number, to: number, stem: Stem): number | undefined {
    const kind = ORG_HEAD_KEYS.get(stem.key)!;
    const next = this.tokens[i + 1];
    if (!next || i + 1 >= to || next.kind === 'quote') return undefined;
    const known = this.gazetteerAt(i + 1);
    if (known?.entry.type === 'organization' && known.stem.prefix === 0) {
      if (OWNING_HEADS.has(stem.key)) {
        const genitive = this.wordsText(i + 1, known.last);
        const name = `${this.wordsText(i, i, stem.prefix)} ${genitive}`;
        this.add('organization', i, known.last, 'pattern', { kind, genitive, name }, stem.prefix);
        return known.last + 1;
      }
      this.addGazetteer(known, i, i + 1, stem.prefix);
      return known.last + 1;
    }
    if (WEAK_HEAD_KEYS.has(stem.key)) return undefined;
    if (!isWord(next) || STOP_WORDS.has(next.key)) return undefined;
    // `قيادة الهيئة`: the leadership of a body named before, not a body of its own.
    if (LEADERSHIP.has(stem.key) && (stemIn(next, HEAD_ANAPHORS) || stemIn(next, GROUP_ANAPHORS)))
      return undefined;
    const definiteHead = stem.key.startsWith('ال');
    const indefiniteOk = MEDIA_HEAD_KEYS.has(stem.key) || (kind === 'armed_group' && !definiteHead);
    if (!next.key.startsWith('ال') && (!indefiniteOk || /^[وفبلك]/.test(next.key))) return undefined;
    // `لواء رفح` is a brigade named after its city; `قوات دمشق` is no body's name.
    if (known && (known.entry.type !== 'place' || !BRIGADE_HEADS.has(stem.key))) return undefined;
    if (stemIn(next, ROLE_KEYS)) return undefined;
    let last = i + 1;
    const media = MEDIA_HEAD_KEYS.has(stem.key);
    for (let j = i + 2; j < to && j <= i + 4; j++) {
      const t = this.tokens[j]!;
      if (t.kind === 'quote' && this.tokens[j + 2]?.kind === 'quote' && isWord(this.tokens[j + 1])) {
        last = j + 2;
        j += 2;
        continue;
      }
      const fm = media && t.key === 'ام'; // `راديو شام إف إم`
      if (
        !isWord(t) ||
        (STOP_WORDS.has(t.key) && !fm) ||
        (/^[وفبل]/.test(t.key) && t.stems.length > 1 && !media)
      )
        break;
      if (media && TRAILING_ADJECTIVES.has(t.key)) break;
      if (!media && !t.key.startsWith('ال')) break;
      if (stemIn(t, ROLE_KEYS) || this.gazetteerAt(j) || stemIn(t, PERSON_CUES) || !this.free(j)) break;
      last = j;
    }
    // `فصائل المعارضة في محافظة درعا`: a collective named by where it is.
    if (COLLECTIVE_HEADS.has(stem.key) && PREPOSITION_IN.has(this.tokens[last + 1]?.key ?? '')) {
      let j = last + 2;
      if (stemIn(this.tokens[j], PLACE_WORD_SET) && !this.gazetteerAt(j)) j++;
      const place = this.gazetteerAt(j);
      if (place?.entry.type === 'place' && place.stem.prefix === 0 && !place.ambiguous) last = place.last;
    }
    this.add(
      'organization',
      i,
      last,
      'pattern',
      { kind, genitive: this.wordsText(i + 1, last) },
      stem.prefix,
    );
    return last + 1;
  }

  /** `ميليشيات النظام ومخابراته` → مخابرات النظام: a head with a pronoun after an owned organization. */
  private possessedOrganization(i: number): number | undefined {
    const t = this.tokens[i]!;
    for (const stem of t.stems) {
      const bare = stem.key.replace(/(ه|ها)$/, '');
      if (bare === stem.key || !ORG_HEAD_KEYS.has(bare)) continue;
      const previous = [this.at[i - 1], this.at[i - 2]].find((m) => m?.type === 'organization' && m.genitive);
      if (!previous) return undefined;
      const head = [...ORGANIZATION_HEADS.keys()].find((w) => nameKey(w) === bare)!;
      const name = `${head} ${previous.genitive}`;
      const extra = { kind: ORG_HEAD_KEYS.get(bare)!, name, genitive: previous.genitive! };
      this.add('organization', i, i, 'pattern', extra, stem.prefix);
      return i + 1;
    }
    return undefined;
  }

  /** `جهاز “الحسبة”`, `ديوان الجند`, `كتيبة X`. */
  private unitPattern(i: number, to: number): number | undefined {
    const stem = stemIn(this.tokens[i], UNIT_HEAD_SET);
    if (!stem) return undefined;
    const next = this.tokens[i + 1];
    if (!isWord(next) || i + 1 >= to || STOP_WORDS.has(next.key) || !this.free(i + 1)) return undefined;
    const known = this.gazetteerAt(i + 1);
    if (known?.entry.type === 'unit') {
      this.addGazetteer(known, i + 1);
      return known.last + 1;
    }
    if (!next.key.startsWith('ال') || known) return undefined;
    this.add('unit', i, i + 1, 'pattern', { kind: UNIT_HEAD_KEYS.get(stem.key)! }, stem.prefix);
    return i + 2;
  }

  /** `جهاز المخابرات العراقي`, `قاطع الشرقاط`, `الفرع المصري`, `الفرقة 20`: see recognize-bodies.ts. */
  private builtBody(i: number, to: number): number | undefined {
    const body = builtBody(this, i, to);
    if (!body) return undefined;
    this.add(body.type, body.first, body.last, 'pattern', { kind: body.kind }, body.prefix);
    return body.last + 1;
  }

  /** `التنظيم`, `للتنظيم`: the article's main group; `المخيم`: its camp. */
  private anaphor(i: number): number | undefined {
    const t = this.tokens[i]!;
    const group = stemIn(t, GROUP_ANAPHORS);
    const named = isWord(this.tokens[i + 1]) && !STOP_WORDS.has(this.tokens[i + 1]!.key);
    if (group && !(group.key === 'تنظيم' && (named || this.tokens[i + 1]?.kind === 'quote'))) {
      this.add('organization', i, i, 'anaphor', { anaphor: 'group', kind: 'armed_group' }, group.prefix);
      return i + 1;
    }
    const head = stemIn(t, HEAD_ANAPHORS);
    const next = this.tokens[i + 1];
    // `في الهيئة “X”`, `في الهيئة الشيخ X`: a person after it, so not the body's own name. A rank
    // (`اللواء “X”`) is the person's title, not the brigade.
    const personAfter =
      !PERSON_CUES.has(t.key) &&
      (next?.kind === 'quote'
        ? this.at[i + 2]?.type === 'person'
        : isWord(next) && PERSON_CUES.has(next.key));
    if (
      head &&
      (personAfter ||
        (!(isWord(next) && next.key.startsWith('ال') && !STOP_WORDS.has(next.key)) && next?.kind !== 'quote'))
    ) {
      this.add(
        'organization',
        i,
        i,
        'anaphor',
        { anaphor: 'head', genitive: head.key.slice(2) },
        head.prefix,
      );
      return i + 1;
    }
    const camp = stemIn(t, CAMP_ANAPHORS);
    if (camp) {
      this.add('place', i, i, 'anaphor', { anaphor: 'camp', kind: 'camp' }, camp.prefix);
      return i + 1;
    }
    return undefined;
  }

  /** The words of a name after its first word: up to `max`, stopping at anything that is not a name. */
  nameEnd(first: number, to: number, max: number): number {
    let last = first;
    for (let j = first + 1; j < to && j <= first + max; j++) {
      const t = this.tokens[j]!;
      if (!this.free(j) || !this.isNameWord(t, 1)) {
        if (!(isWord(t) && CONNECTORS.has(t.key) && this.isNameWord(this.tokens[j + 1], 1))) break;
      }
      last = j;
    }
    return last;
  }

  /** `أبو محمد الجولاني`, `ابو نجم`. */
  private kunya(i: number, to: number): number | undefined {
    const t = this.tokens[i]!;
    const stem = stemIn(t, KUNYA);
    if (!stem || !this.isNameWord(this.tokens[i + 1], 0) || !this.free(i + 1) || i + 1 >= to)
      return undefined;
    let last = this.nameEnd(i + 1, to, 2);
    // `أبو مهدي المهندس`: a title word closing a kunya is its nickname, unless a name follows it.
    const nisba = this.tokens[last + 1];
    if (
      KUNYA_NICKNAMES.has(nisba?.key ?? '') &&
      this.free(last + 1) &&
      !this.isNameWord(this.tokens[last + 2], 1)
    )
      last++;
    this.add('person', i, last, 'kunya', {}, stem.prefix);
    return last + 1;
  }

  /** `المدعو صلاح قطيش`. */
  private cued(i: number, to: number): number | undefined {
    if (!stemIn(this.tokens[i], PERSON_CUES)) return undefined;
    // `للواء (محمد خالد رحمون)`: a name the text sets in parentheses after its rank.
    const first = this.tokens[i + 1]?.text === '(' ? i + 2 : i + 1;
    if (this.tokens[i + 2]?.kind === 'quote' || this.tokens[i + 1]?.kind === 'quote') return undefined;
    if (first >= to || !this.free(first) || !this.isNameWord(this.tokens[first], 0)) return undefined;
    if (KUNYA.has(this.tokens[first]!.key)) return first;
    const last = this.nameEnd(first, to, 3);
    // `المكنى بـأبو همام`, `الملقب بأبي علي`: the preposition of the nickname cue is not the name's.
    const nickname = stemIn(this.tokens[i], NICKNAME_CUES) && this.tokens[first]!.key.startsWith('ب');
    this.add('person', first, last, 'cue', {}, nickname ? 1 : undefined);
    return last + 1;
  }

  /** `محمد الأحمد`: a known given name and one to three more name words. */
  private givenName(i: number, to: number): number | undefined {
    const t = this.tokens[i]!;
    const stem = stemIn(t, GIVEN);
    // `ونبيل`, and `خلفاً لنبيل`: a preposition joins a name only where the word before governs one.
    if (!stem || (stem.prefix > 0 && !/^[وف]/.test(t.key) && !stemIn(this.tokens[i - 1], NAME_GOVERNORS)))
      return undefined;
    // `على` is folded to `علي`: the preposition is never a name.
    if (stem.key === 'علي' && (t.text.endsWith('ى') || this.tokens[i + 1]?.key.startsWith('ال')))
      return undefined;
    if (!this.isNameWord(this.tokens[i + 1], 1)) return undefined;
    const last = this.nameEnd(i, to, 3);
    if (last === i) return undefined;
    this.add('person', i, last, 'given-name', {}, stem.prefix);
    return last + 1;
  }

  // ---- after every sentence: surnames of the persons found ----

  /** `دهمان`, `“فرامة”`, `وأكد حيدر`: the last name of a person named in full elsewhere. */
  /** `الشيخ “انس الحماده”`: a cue word right before a name titles that name, whoever else bears it. */
  private namedAfter(i: number): boolean {
    if (!PERSON_CUES.has(this.tokens[i]!.key)) return false;
    const next = this.tokens[i + 1]?.kind === 'quote' ? i + 2 : i + 1;
    return this.at[next]?.type === 'person';
  }

  surnames(): void {
    const surnames = new Set<string>();
    for (const m of this.mentions) {
      if (m.type !== 'person') continue;
      const words = nameKey(m.name).split(' ');
      if (words.length < 2) continue;
      const last = words.at(-1)!;
      if (last.length >= 3 && !STOP_WORDS.has(last)) surnames.add(last);
    }
    if (surnames.size === 0) return;
    for (const t of this.tokens) {
      if (!this.free(t.index) || !isWord(t)) continue;
      const stem = stemIn(t, surnames);
      if (!stem || this.namedAfter(t.index)) continue;
      this.add('person', t.index, t.index, 'surname', {}, stem.prefix);
    }
  }
}
