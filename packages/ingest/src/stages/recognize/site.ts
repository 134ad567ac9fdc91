// The base of the recognizer: the mentions found so far, the tokens they cover, how a mention is
// added and what counts as a word of a name or a gazetteer entry.
import { nameKey } from '@shabaka/model';
import { formsStartingWith, type GazetteerEntry } from '../../gazetteer/index.ts';
import { FOREIGN_NAME_PARTICLES, GIVEN_KEYS, NAME_CONNECTORS } from '../../gazetteer/names.ts';
import { ORGANIZATION_HEADS } from '../../gazetteer/organizations.ts';
import { PLACE_WORDS } from '../../gazetteer/places.ts';
import { UNIT_HEADS } from '../../gazetteer/units.ts';
import { CUE_SURNAMES, PERSON_CUES, ROLE_HEADS, STOP_WORDS } from '../../gazetteer/words.ts';
import { COMMON_WORDS, isCommonWord } from '../../lexicon/common.ts';
import { LEXICON } from '../../lexicon/index.ts';
import { LEADS } from '../../lexicon/posts-legacy.ts';
import { HOLDS } from '../../lexicon/titles-legacy.ts';
import type { NameSite } from '../recognize-titled.ts';
import { isWord, type Stem, stemIn, type Token, WordList } from '../../text/tokens.ts';
import type { Mention, MentionType, MentionSource } from '../recognize.ts';

/** Verbs that follow a name (`X قتل في`, `X هرب إلى`): they end it. */
// `أبو عبيدة قاد المنظومة الإعلامية`: a verb of leading or holding after a name is not part of it.
const VERBS_AFTER_NAMES = new WordList([...LEXICON.actsOnPerson, ...LEXICON.flight, ...LEADS, ...HOLDS]);
export const ORG_HEAD_KEYS = new Map([...ORGANIZATION_HEADS].map(([word, kind]) => [nameKey(word), kind]));
export const UNIT_HEAD_KEYS = new Map([...UNIT_HEADS].map(([word, kind]) => [nameKey(word), kind]));
export const PLACE_WORD_KEYS = new Map(
  [...PLACE_WORDS].map(([word, info]) => [nameKey(word), { word, ...info }]),
);
export const GIVEN = GIVEN_KEYS;
export const CONNECTORS = NAME_CONNECTORS;
export const ROLE_KEYS = new WordList(ROLE_HEADS.keys());
export const ORG_HEAD_SET = new WordList(ORG_HEAD_KEYS.keys());
export const PLACE_WORD_SET = new WordList(PLACE_WORD_KEYS.keys());
export const UNIT_HEAD_SET = new WordList(UNIT_HEAD_KEYS.keys());

interface GazetteerHit {
  entry: GazetteerEntry;
  last: number;
  stem: Stem;
  ambiguous: boolean;
}

export class MentionSite implements NameSite {
  readonly mentions: Mention[] = [];
  readonly at: (Mention | undefined)[];
  protected readonly pendingAmbiguous: { hit: GazetteerHit; first: number }[] = [];
  /** Short names the article gave a body in parentheses (`(قسد)`, `(YPG)`), by their word keys. */
  protected readonly articleAliases = new Map<string, Pick<Mention, 'type' | 'canonical' | 'kind'>>();

  /** Tokens the learned tagger put in no span of its own (set per sentence by `readTagged`). */
  protected readonly untagged: Uint8Array;

  constructor(
    protected readonly text: string,
    readonly tokens: Token[],
    protected readonly outlets: ReadonlySet<string>,
  ) {
    this.at = new Array(tokens.length);
    this.untagged = new Uint8Array(tokens.length);
  }

  /** Where the tagger's spans lie in the sentence `from`..`to` (span positions from `from`). */
  protected readTagged(from: number, to: number, spans: readonly { first: number; last: number }[]): void {
    this.untagged.fill(1, from, to);
    for (const span of spans) this.untagged.fill(0, from + span.first, from + span.last + 1);
  }

  isConnector(t: Token): boolean {
    return CONNECTORS.has(t.key);
  }

  isKnownSurname(key: string): boolean {
    return this.mentions.some((m) => m.type === 'person' && nameKey(m.name).endsWith(` ${key}`));
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
  protected namePrefix(token: Token): number {
    const conjunction = token.key.startsWith('و') && token.key.length > 3 && !GIVEN.has(token.key);
    return conjunction ? 1 : 0;
  }

  /** The words of a token range as written, quotes and punctuation dropped, the clitic removed. */
  protected wordsText(first: number, last: number, prefix = 0): string {
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
  protected charPrefix(token: Token, letters: number): number {
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
    if (STOP_WORDS.has(t.key) || ROLE_KEYS.has(t.key) || stemIn(t, PERSON_CUES)) return false;
    // `كنائب`, `بصفته`, `وقيادي`: a title behind a preposition or conjunction is no name.
    if (/^[كبلوف]/.test(t.key) && t.stems.slice(1).some((s) => ROLE_KEYS.has(s.key))) return false;
    // `سيشغل`, `سيكون`: a verb in the future tense.
    // Not `سيلفانا`: a verb's ending is no long ا (the plural's is وا).
    if (/^[وف]?س[يتن]/.test(t.key) && t.key.length >= 5 && !GIVEN.has(t.key) && !/[^و]ا$/.test(t.key))
      return false;
    // `مؤخراً`, `سابقاً`: an adverb carries tanween, a name does not.
    if (t.text.includes('\u064B')) return false;
    if (t.stems.slice(1).some((s) => STOP_WORDS.has(s.key))) return false; // `وفي`, `ومن`
    if (/^[وف]/.test(t.key) && STOP_WORDS.has(t.key.slice(1))) return false; // `فإن`, `وهو`: too short to peel
    // `خطتها`, `ناقشها`: a word with a pronoun suffix is no part of a name; `ويخرجه`: nor a verb.
    if (/...ها$/.test(t.key) && !GIVEN.has(t.key)) return false;
    if (/^و[يت]/.test(t.key) && t.key.length >= 5 && !GIVEN.has(t.key.slice(1))) return false;
    if (position > 0) {
      // `عبد العزيز عدة أوامر`: words news prose uses and names never hold end a name.
      if (isCommonWord(t.key) && !GIVEN.has(t.key) && !t.key.startsWith('ال')) return false;
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
      if (stemIn(t, VERBS_AFTER_NAMES)) return false;
    }
    const known = this.gazetteerAt(t.index);
    if (known && !known.ambiguous) return false;
    return t.key.length >= 2;
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

  protected addGazetteer(hit: GazetteerHit, first: number, wordFirst = first, firstPrefix?: number): Mention {
    const { entry } = hit;
    const prefix = wordFirst === first ? hit.stem.prefix : (firstPrefix ?? 0);
    const extra: Partial<Mention> = {
      canonical: entry.name,
      kind: entry.kind,
      ...(entry.type === 'organization' && entry.regime ? { regime: true } : {}),
    };
    return this.add(entry.type, first, hit.last, 'gazetteer', extra, prefix);
  }

  /** The words of a name after its first word: up to `max`, stopping at anything that is not a name. */
  /** `عامر الشيخ محافظاً`: a cue word that is a family name, closing the name (no name word after). */
  protected closingSurname(j: number): boolean {
    const t = this.tokens[j];
    return !!t && this.free(j) && CUE_SURNAMES.has(t.key) && !this.isNameWord(this.tokens[j + 1], 1);
  }

  /**
   * `على` folded to `علي`, so the preposition, not the name Ali: written with ى, before the
   * article where it would open a name (`علي الأرض`; inside one, `محمد علي الحسن` is a name), or
   * before a noun and its genitive (`علي شرح الأخطاء`, not `علي مملوك`).
   */
  readsAsOn(j: number, inName = false): boolean {
    const [t, next, after] = [this.tokens[j], this.tokens[j + 1], this.tokens[j + 2]];
    if (t?.kind !== 'word' || t.stems.every((s) => s.key !== 'علي')) return false;
    if (t.text.endsWith('ى') || (!inName && next?.key.startsWith('ال'))) return true;
    return !!next && !GIVEN.has(next.key) && !!after?.key.startsWith('ال') && !STOP_WORDS.has(after.key);
  }

  /** `الهدف`, `التقدم`: a common noun with the article; a nisba (`الشهري`) is a family name as often. */
  protected isDefiniteCommonNoun(t: Token): boolean {
    return t.key.startsWith('ال') && !t.key.endsWith('ي') && COMMON_WORDS.has(t.key);
  }

  private trailingWord(j: number, first: number): boolean {
    const t = this.tokens[j]!;
    if (this.untagged[j] !== 1 || GIVEN.has(t.key)) return false;
    // Past a name's second word, a pronoun suffix (`سامي حداد منزله`) ends it too.
    const third = j - first >= 2;
    return (
      // A clitic on a noun of four letters or more (`بتمزق`, `لارسنال`; `لوقا` is a surname).
      (t.stems[1]?.key.length ?? 0) >= 4 || this.isDefiniteCommonNoun(t) || (third && /[^ةى]ه$/.test(t.text))
    );
  }

  nameEnd(first: number, to: number, max: number): number {
    // Connectors (`بن`, `آل`, `عبد`) join two name words and count as none: `عبد العزيز صالح بن
    // حبتور` is four words, and a name never ends on one.
    let last = first;
    let words = 0;
    for (let j = first + 1; j < to; j++) {
      const t = this.tokens[j]!;
      const joined = CONNECTORS.has(this.tokens[j - 1]!.key);
      // `أبو قصرة باسم “أبو الحسن”`: `by the name`, before the name it gives.
      if (t.key === 'باسم' && this.tokens[j + 1]?.kind === 'quote') break;
      // `محمد بن راشد آل مكتوم`: the family after `آل` is the name's last word.
      if (this.tokens[j - 2]?.key === 'ال' && j - 2 > first - 1 && this.tokens[j - 1]!.kind === 'word') break;
      if (this.readsAsOn(j, true)) break;
      if (this.closingSurname(j)) {
        last = j;
        break;
      }
      if (!this.free(j) || !this.isNameWord(t, 1)) {
        const joins = CONNECTORS.has(t.key) || FOREIGN_NAME_PARTICLES.has(t.text);
        if (!(isWord(t) && joins && this.isNameWord(this.tokens[j + 1], 1))) break;
      } else if (!CONNECTORS.has(t.key) && !joined && ++words > max) break;
      last = j;
    }
    // `ماركوس لينو بتسديدة`, `كارلوس الانتصار`: a last word behind a clitic, a common noun with the
    // article or a word with a pronoun on it, that the tagger reads outside any name, is the
    // sentence's, not the name's.
    while (last > first && (CONNECTORS.has(this.tokens[last]!.key) || this.trailingWord(last, first))) last--;
    return last;
  }
}
