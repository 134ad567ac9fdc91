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
import { taggedPersons } from './recognize-tagged.ts';
import { joinedName, titledNames } from './recognize-titled.ts';
import { tagArticle, type TaggedSpan, type Tagger } from '../tagger/index.ts';
import type { Sentence } from './split.ts';
import { isWord, type Token, tokenize } from '../text/tokens.ts';
import { NameReader } from './recognize/names.ts';

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

export interface RecognizeOptions {
  /** Outlets named in the byline or dateline: the same words quoted in the text are that outlet. */
  outlets?: readonly string[];
  /** The learned tagger to read with; the committed weights' by default (evaluation passes its own). */
  tagger?: Tagger;
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
  const tagged = tagArticle(
    readable.map(([from, to]) => tokens.slice(from, to)),
    options.tagger,
  );
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

class State extends NameReader {
  sentence(from: number, to: number, tagged: readonly TaggedSpan[] = []): void {
    this.readTagged(from, to, tagged);
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

  protected scan(i: number, to: number): number {
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
      this.joinedKunya(i, to) ??
      this.cued(i, to) ??
      joinedName(this, i, to) ??
      this.givenName(i, to) ??
      this.unlistedGivenName(i, to) ??
      i + 1
    );
  }
}
