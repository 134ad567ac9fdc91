// The finders every English rule shares: mentions starting or ending at a token, the nearest one
// before or after, the person a pronoun stands for and the group `its` or `the group's` means.
import { ENGLISH_PERSON_PRONOUNS, ENGLISH_TITLE_MODIFIERS as DETERMINERS } from '../lexicon/english.ts';
import type { Sentence } from '../stages/split.ts';
import type { EnMention, EnType } from './recognize.ts';
import type { EnEntity, EnResolved } from './resolve.ts';
import type { EnToken } from './tokens.ts';

export interface EnFound {
  e: EnEntity;
  m: EnMention;
}

const GROUP_WORDS = new Set(['group', 'organization', 'organisation', 'movement']);
/** How many sentences back a pronoun may find the person it stands for. */
const PRONOUN_REACH = 3;

export class EnglishFinders {
  private readonly starting: (EnMention | undefined)[];
  private readonly ending: (EnMention | undefined)[];

  constructor(
    readonly text: string,
    readonly sentences: readonly Sentence[],
    readonly tokens: readonly EnToken[],
    readonly mentions: readonly EnMention[],
    readonly res: EnResolved,
  ) {
    this.starting = new Array(tokens.length);
    this.ending = new Array(tokens.length);
    for (const m of mentions) {
      this.starting[m.first] = m;
      this.ending[m.last] = m;
    }
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  sameSentence(a: number, b: number): boolean {
    return this.tokens[a] !== undefined && this.tokens[a]?.sentence === this.tokens[b]?.sentence;
  }

  private found(m: EnMention | undefined, types: readonly EnType[]): EnFound | undefined {
    if (!m || !types.includes(m.type)) return undefined;
    const e = this.res.entityOf.get(m);
    return e ? { e, m } : undefined;
  }

  startingAt(i: number, types: readonly EnType[]): EnFound | undefined {
    return this.found(this.starting[i], types);
  }

  endingAt(i: number, types: readonly EnType[]): EnFound | undefined {
    return this.found(this.ending[i], types);
  }

  /** The nearest mention of the types ending before token i, within `within` tokens of one sentence. */
  before(i: number, types: readonly EnType[], within: number): EnFound | undefined {
    for (let j = i - 1; j >= i - within && this.sameSentence(i, j); j--) {
      const f = this.endingAt(j, types);
      if (f) return f;
    }
    return undefined;
  }

  /** The first mention of the types starting after token i, within `within` tokens of one sentence. */
  after(i: number, types: readonly EnType[], within: number): EnFound | undefined {
    for (let j = i + 1; j <= i + within && this.sameSentence(i, j); j++) {
      const f = this.startingAt(j, types);
      if (f) return f;
      if (this.lower(j) === ',' || this.lower(j) === '.') return undefined;
    }
    return undefined;
  }

  /** Past determiners (`the`, `a`, `its new`) from token i. */
  skipDeterminers(i: number): number {
    while (DETERMINERS.has(this.lower(i)) && !this.starting[i]) i++;
    return i;
  }

  /**
   * The person a pronoun at token i (or the subject a clause leaves out) stands for: the nearest
   * person before it in its sentence, else the first person of the sentences before it.
   */
  personBefore(i: number): EnFound | undefined {
    const sentence = this.tokens[i]?.sentence;
    if (sentence === undefined) return undefined;
    for (let j = i - 1; j >= 0 && this.tokens[j]!.sentence === sentence; j--) {
      const f = this.endingAt(j, ['person']);
      if (f) return f;
    }
    let j = i - 1;
    while (j >= 0 && this.tokens[j]!.sentence === sentence) j--;
    for (let back = 0; back < PRONOUN_REACH && j >= 0; back++) {
      const s = this.tokens[j]!.sentence;
      let start = j;
      while (start > 0 && this.tokens[start - 1]!.sentence === s) start--;
      for (let k = start; k <= j; k++) {
        const f = this.startingAt(k, ['person']);
        if (f) return f;
      }
      j = start - 1;
    }
    return undefined;
  }

  /** The person at token i: a name starting there, or a pronoun standing for one. */
  personAt(i: number): EnFound | undefined {
    return (
      this.startingAt(i, ['person']) ??
      (ENGLISH_PERSON_PRONOUNS.has(this.lower(i)) ? this.personBefore(i) : undefined)
    );
  }

  /**
   * The group `its`, `the group's` or a post without a body at token i stands for: the armed group
   * named last before it (in its sentence or the three before), else the article's main group.
   */
  groupBefore(i: number): EnEntity | undefined {
    const sentence = this.tokens[i]?.sentence ?? 0;
    // `Its spokesman, ...` opening a sentence: the group the sentence before was about, its first.
    if (this.tokens[i - 1]?.sentence !== sentence && sentence > 0) {
      let start = i - 1;
      while (start > 0 && this.tokens[start - 1]!.sentence === sentence - 1) start--;
      for (let k = start; k < i; k++) {
        const f = this.startingAt(k, ['organization']);
        if (f?.e.kind === 'armed_group') return f.e;
      }
    }
    for (let j = i - 1; j >= 0 && this.tokens[j]!.sentence >= sentence - PRONOUN_REACH; j--) {
      const f = this.endingAt(j, ['organization']);
      if (f?.e.kind === 'armed_group') return f.e;
    }
    return this.res.mainGroup;
  }

  /** `the group's`, `the organization's`: the article's main group owns what follows. */
  groupPossessive(i: number): boolean {
    const t = this.tokens[i];
    return !!t?.possessive && GROUP_WORDS.has(t.lower) && !this.startingAt(i, ['organization', 'unit']);
  }
}
