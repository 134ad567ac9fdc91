// Names of persons: kunyas, names after cue words, known given names, other names after cues or in
// parentheses, and surnames of persons named in full elsewhere.
import { nameKey } from '@shabaka/model';
import {
  KUNYA_NICKNAMES,
  NEVER_NAMES_ALONE,
  NICKNAME_CUES,
  OCCUPATIONS,
  PERSON_CUES,
  REAL_NAME,
  STOP_WORDS,
} from '../../gazetteer/words.ts';
import { placeOfAdjective } from '../../gazetteer/index.ts';
import { LEXICON } from '../../lexicon/index.ts';
import { isWord, stemIn, type Token } from '../../text/tokens.ts';
import { KUNYA, LONE_PREPOSITIONS } from '../../lexicon/recognize-legacy.ts';
import { GIVEN } from './site.ts';
import { QuoteReader } from './quotes.ts';
import { ordinary } from '../recognize-titled.ts';
import { AMBIGUOUS_CUES, RANK_GRADES } from '../../lexicon/recognize-legacy.ts';

/** `أبوخالد`: the kunya's first word joined to the second (folded keys). */
const JOINED_KUNYA = /^ابو(?=\p{L}{3})/u;
/** Words whose object is a person: `خلفاً لـX`, `بدلاً من`. */
const NAME_GOVERNORS = LEXICON.replacing;

export class NameReader extends QuoteReader {
  /**
   * `أبو مارية القحطاني، واسمه الحقيقي ميسر الجبوري`, `X المعروف بـY`: the second name is another name
   * of the person just named (quoted nicknames are read where quotes are).
   */
  protected aliasesAfterCues(from: number, to: number): void {
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

  protected betweenCueAndName(t: Token): boolean {
    return (
      t.kind === 'quote' ||
      t.text === '(' || // `المكنى (أبو جمال)`
      stemIn(t, REAL_NAME) !== undefined ||
      LONE_PREPOSITIONS.has(t.key) ||
      t.text.includes('\u064B') // an adverb: `سابقاً`, `أيضاً`
    );
  }

  /** `أبو مسلم التركماني (فاضل الحيالي)`: a name in parentheses right after a person is his other name. */
  protected parenthesisedPersons(from: number, to: number): void {
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

  /** `أبو محمد الجولاني`, `ابو نجم`. */
  protected kunya(i: number, to: number): number | undefined {
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

  /** `وأبوخالد العولقي`, `أبوكعب`: a kunya written as one word, `أبو` joined to the name after it. */
  protected joinedKunya(i: number, to: number): number | undefined {
    const t = this.tokens[i]!;
    const stem = t.stems.find((s) => JOINED_KUNYA.test(s.key));
    if (!stem) return undefined;
    // `أبوظبي` is a place the gazetteer read first; an ordinary word is no kunya.
    if (!GIVEN.has(stem.key.replace(JOINED_KUNYA, '')) && ordinary(t)) return undefined;
    const last = this.isNameWord(this.tokens[i + 1], 1) && this.free(i + 1) ? this.nameEnd(i + 1, to, 2) : i;
    this.add('person', i, last, 'kunya', {}, stem.prefix);
    return last + 1;
  }

  /** `الفرنسي`, `للبرازيلي`: a country's adjective with the article. */
  private isNationality(j: number): boolean {
    const stem = this.tokens[j]?.stems.find((s) => s.key.startsWith('ال'));
    return !!stem && placeOfAdjective(stem.key)?.kind === 'country';
  }

  /**
   * `وسجل البرازيلي X`, `من المغربي X`: a nationality standing for a person, after a verb or a
   * preposition; after a definite noun it is that noun's adjective (`الجيش السوري`).
   */
  private nationalityNoun(i: number): boolean {
    const before = this.tokens[i - 1];
    if (before?.kind === 'word' && (before.key.startsWith('ال') || this.at[i - 1])) return false;
    return this.isNationality(i);
  }

  /** `المدعو صلاح قطيش`, `الفنان X`, `الفرنسي X`. */
  protected cued(i: number, to: number): number | undefined {
    const nicknameCue = stemIn(this.tokens[i], NICKNAME_CUES) !== undefined;
    const nationality = !nicknameCue && this.nationalityNoun(i);
    const occupation = stemIn(this.tokens[i], OCCUPATIONS) !== undefined;
    if (!nicknameCue && !nationality && !occupation && !stemIn(this.tokens[i], PERSON_CUES)) return undefined;
    // `للواء (محمد خالد رحمون)`: a name the text sets in parentheses after its rank; `واسمه الحقيقي
    // حذيفة الكحلوت`, `المعروف باسم أبو عبيدة`: the words of a name cue (`باسم` is `by the name`,
    // not the given name Basim).
    let first = i + 1;
    while (
      first <= i + 3 &&
      (this.tokens[first]?.text === '(' ||
        (nicknameCue && stemIn(this.tokens[first], REAL_NAME)) ||
        RANK_GRADES.has(this.tokens[first]!.key) ||
        // `الجنرال الفرنسي X`: the cue's nationality.
        (!nationality && this.isNationality(first)))
    )
      first++;
    if (this.tokens[first]?.kind === 'quote' || this.tokens[first + 1]?.kind === 'quote') return undefined;
    if (first >= to || !this.free(first) || !this.isNameWord(this.tokens[first], 0)) return undefined;
    if (KUNYA.has(this.tokens[first]!.key)) return first;
    // `الشاب يعمل`, `الشاب بالتعامل`: a verb or a prepositional phrase after the cue is no name, nor
    // an adjective (`الفريق الضيف`, `الفريق الأوكراني`: the team, not a general).
    const key = this.tokens[first]!.key;
    if (/^(ال|بال|لل|وال)/.test(key) || (/^[يت]/.test(key) && key.length >= 4 && !GIVEN.has(key)))
      return undefined;
    // `الفريق جاهز`, `الفريق مواصلة`: a cue that is also a common noun (the team) names only a known name.
    if (AMBIGUOUS_CUES.has(this.tokens[i]!.key) && !GIVEN.has(key) && !KUNYA.has(key)) return undefined;
    const weak = nationality || occupation;
    if ((weak && ordinary(this.tokens[first]!)) || this.readsAsOn(first)) return undefined;
    let last = this.nameEnd(first, to, 3);
    // `البرازيلي X Y الهدف الأول`: after a weak cue, a common noun with the article ends the name;
    // `عبد العظيم` is a name: the word after a connector is its part.
    const common = (j: number) =>
      this.isDefiniteCommonNoun(this.tokens[j]!) && !this.isConnector(this.tokens[j - 1]!);
    for (let j = first + 1; weak && j <= last; j++) if (common(j)) last = j - 1;
    // `المكنى بـأبو همام`, `الملقب بأبي علي`: the preposition of the nickname cue is not the name's.
    const nickname = nicknameCue && this.tokens[first]!.key.startsWith('ب');
    this.add('person', first, last, 'cue', {}, nickname ? 1 : undefined);
    return last + 1;
  }

  /**
   * `حمدان محمد عباس`: a given name no list holds, before a known one and a third name word (a
   * father's name is most often a common given name).
   */
  protected unlistedGivenName(i: number, to: number): number | undefined {
    const t = this.tokens[i]!;
    if (t.stems.length > 1 || t.key.startsWith('ال') || GIVEN.has(t.key) || KUNYA.has(t.key))
      return undefined;
    const father = stemIn(this.tokens[i + 1], GIVEN);
    const next = this.tokens[i + 1];
    if (!father || father.prefix > 0 || !this.free(i + 1) || this.isConnector(next!)) return undefined;
    // `تدريب علي الطرق`: the preposition على, written with a dotted yaa.
    if (father.key === 'علي' && (next!.text.endsWith('ى') || this.tokens[i + 2]?.key.startsWith('ال')))
      return undefined;
    if (!this.isNameWord(t, 0) || ordinary(t) || this.isHeadWord(t)) return undefined;
    // `كلف حفتر صالح عبودة`: the surname of someone already named, then another's name.
    if (this.isKnownSurname(t.key)) return undefined;
    const last = this.nameEnd(i, to, 3);
    if (last < i + 2) return undefined;
    this.add('person', i, last, 'given-name');
    return last + 1;
  }

  /** `محمد الأحمد`: a known given name and one to three more name words. */
  protected givenName(i: number, to: number): number | undefined {
    const t = this.tokens[i]!;
    const stem = stemIn(t, GIVEN);
    // `ونبيل`, and `خلفاً لنبيل`: a preposition joins a name only where the word before governs one.
    if (!stem || (stem.prefix > 0 && !/^[وف]/.test(t.key) && !stemIn(this.tokens[i - 1], NAME_GOVERNORS)))
      return undefined;
    if (this.readsAsOn(i) || stemIn(this.tokens[i - 1], LEXICON.namedAfter)) return undefined;
    if (!this.isNameWord(this.tokens[i + 1], 1)) return undefined;
    const last = this.nameEnd(i, to, 3);
    if (last === i) return undefined;
    this.add('person', i, last, 'given-name', {}, stem.prefix);
    return last + 1;
  }

  /** `دهمان`, `“فرامة”`, `وأكد حيدر`: the last name of a person named in full elsewhere. */
  /** `الشيخ “انس الحماده”`: a cue word right before a name titles that name, whoever else bears it. */
  protected namedAfter(i: number): boolean {
    if (!stemIn(this.tokens[i], PERSON_CUES)) return false;
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
      // `رعاه الله`, `الشيخ ... سموه`: God and an honorific end names but are no one met again.
      if (last.length >= 3 && !STOP_WORDS.has(last) && !NEVER_NAMES_ALONE.has(last)) surnames.add(last);
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
