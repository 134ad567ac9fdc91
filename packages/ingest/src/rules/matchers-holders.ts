// Where the holder of a title is named: before it past asides, verbs and parentheses, after it past
// a comma or a nickname cue, through a holding verb, a relative clause or a genitive chain; and the
// status the words around a post give it. The title matchers (`matchers-titles.ts`) build on these.

import type { RoleStatus } from '@shabaka/model';
import {
  APPOINTMENT_WORDS,
  DISMISSAL_WORDS,
  NICKNAME_CUES,
  PERSON_CUES,
  REAL_NAME,
  ROLE_HEADS,
} from '../gazetteer/words.ts';
import type { Mention } from '../stages/recognize.ts';
import { beforeParenthesis, type Entity } from '../stages/resolve.ts';
import type { Found, Phrase } from './context.ts';
import { LEXICON } from '../lexicon/index.ts';
import { isWord, stemIn } from '../text/tokens.ts';

import {
  CHAIN_BREAKS,
  COPULA,
  DESCRIBED_AS,
  HOLDS,
  IN,
  POSITION,
  WAS,
  WORKS_AS,
} from '../lexicon/titles-legacy.ts';
import { ClaimContext } from './context.ts';

export const RELATIVES = LEXICON.relatives;
export const ROLE_HEAD_SET = new Set(ROLE_HEADS.keys());

export class HolderFinders extends ClaimContext {
  /**
   * The name right before a title, past what may stand between them: `وكان X يعمل مسؤولاً`, `X الذي
   * بات وزيراً`, `X (وزير النقل السابق) محافظاً للبيضاء` (a title in parentheses, or after them).
   */
  protected subjectBefore(first: number): Found | undefined {
    let k = first - 1;
    // `(أبو علي الجميلي) ما يسمى والي الفلوجة`
    if (stemIn(this.tokens[k], LEXICON.soCalled) && this.key(k - 1) === 'ما') k -= 2;
    if (
      stemIn(this.tokens[k], WORKS_AS) ||
      stemIn(this.tokens[k], LEXICON.becoming) ||
      stemIn(this.tokens[k], WAS)
    )
      k--;
    if (stemIn(this.tokens[k], RELATIVES) && k < first - 1) {
      k--;
      if (this.tokens[k]?.text === '،') k--;
    }
    // `X، المكنى أبو حبة، يعد قيادياً`, `تعيين X، الذي كان رئيساً، محافظاً`: past an aside.
    if (this.tokens[k]?.text === '،') return this.beforeAside(k);
    // `للواء (محمد خالد رحمون) الذي بات`: the name may be the one inside the parentheses.
    if (this.tokens[k]?.text === ')') {
      const inside = this.entityEndingAt(k - 1, ['person']);
      if (inside) return inside;
    }
    return this.entityEndingAt(beforeParenthesis(this.tokens, k), ['person']);
  }

  /**
   * `وأكدت مصادر أن X تم تعيينه رسمياً رئيساً للشعبة`: an accusative title after a passive or
   * coordinated appointment whose pronoun stands for the one named before it in the sentence.
   */
  protected appointedByPronoun(phrase: Phrase): Found | undefined {
    if (!phrase.accusative) return undefined;
    let k = phrase.first - 1;
    if (this.tokens[k]?.text.includes('\u064B') && !this.mention(k)) k--; // `رسمياً`
    const t = this.tokens[k];
    // `ترقية اللواء X إلى رتبة فريق، وتعيينه قائداً`: a second verbal noun of the same object; but
    // `قام زعيم التنظيم X بتعيينه`: with an agent, the pronoun is someone named before him.
    if (!stemIn(t, APPOINTMENT_WORDS) || !t!.key.endsWith('ه')) return undefined;
    if (!stemIn(this.tokens[k - 1], LEXICON.passiveAuxiliaries) && !t!.key.startsWith('و')) return undefined;
    const holder = this.nearestBefore(k, ['person'], 10);
    if (holder) phrase.status = 'appointed';
    return holder;
  }

  /** `الناطق باسمها المعروف باسم أبو حمزة`: the name a nickname cue right after the title gives. */
  protected knownAs(j: number): Found | undefined {
    if (!stemIn(this.tokens[j], NICKNAME_CUES)) return undefined;
    let k = j + 1;
    while (k <= j + 3 && (this.tokens[k]?.kind === 'quote' || stemIn(this.tokens[k], REAL_NAME))) k++;
    return this.entityStartingAt(k, ['person']);
  }

  /** `وزير الداخلية، “X”`, `في التنظيم، المدعو “X”`: the name after a comma, if a title or quote opens it. */
  protected afterComma(j: number, anyName = false): { e: Entity; m: Mention } | undefined {
    if (this.tokens[j]?.text !== '،') return undefined;
    const next = this.tokens[j + 1];
    // `نائبه، خالد العبيدي`: a deputy's own title is complete, so the name after the comma is his.
    if (!next || !(anyName || next.kind === 'quote' || stemIn(next, PERSON_CUES))) return undefined;
    return this.entityStartingAt(j + 1, ['person']);
  }

  /**
   * The person before an aside set off by commas (`، الذي ...،`, `، المعروف أيضاً باسم ...،`) when
   * token j is its closing comma: a title after the aside is predicated of him.
   */
  protected beforeAside(j: number): Found | undefined {
    for (let k = j - 1; k > j - 14 && k > 0 && this.sameSentence(j, k); k--) {
      if (this.tokens[k]!.text === '،' || this.tokens[k]!.text === '.') return undefined;
      const opens = stemIn(this.tokens[k], RELATIVES) || stemIn(this.tokens[k], NICKNAME_CUES);
      if (opens && this.tokens[k - 1]?.text === '،') return this.entityEndingAt(k - 2, ['person']);
    }
    return undefined;
  }

  /** `قيادياً بارزاً آخر في حركة الشباب، هو X`: the name the pronoun after the title gives. */
  protected namedAfter(j: number): Found | undefined {
    let k = j;
    if (this.tokens[k]?.text === '،') k++;
    return COPULA.has(this.key(k)) ? this.entityStartingAt(k + 1, ['person']) : undefined;
  }

  /** `وكان X قبل ذلك يشغل منصب “الأمير العسكري”`: the subject of the verb that holds the post. */
  protected holder(phrase: Phrase): { e: Entity; m: Mention } | undefined {
    let k = phrase.first - 1;
    while (this.tokens[k]?.kind === 'quote') k--;
    if (POSITION.has(this.key(k))) k--;
    // `كان يشغل في التنظيم منصب`: the body the post is in may stand between verb and post.
    const body = this.mention(k);
    if (body && body.type !== 'person' && IN.has(this.key(body.first - 1))) k = body.first - 2;
    // `وشغل X منصب نائب رئيس الهيئة`: the holder stands between the verb and the post.
    const between = this.entityEndingAt(k, ['person']);
    if (between && stemIn(this.tokens[between.m.first - 1], HOLDS)) return between;
    if (!stemIn(this.tokens[k], HOLDS)) return undefined;
    // `X الذي بات يشغل منصب وزير`: the antecedent of the clause the verb opens.
    return (
      this.subjectBefore(k) ??
      this.nearestBefore(k, ['person'], 8, true) ??
      this.nearestBefore(k, ['person'], 8)
    );
  }

  /** `“X”، الذي قالت إنه مسؤول المكتب الأمني`: the antecedent of the relative clause that describes. */
  protected describedHolder(phrase: Phrase): { e: Entity; m: Mention } | undefined {
    let k = phrase.first - 1;
    while (this.tokens[k]?.kind === 'quote') k--;
    if (!stemIn(this.tokens[k], DESCRIBED_AS)) return undefined;
    // `هو X، ويُعرف بأنه “والي الرقة”`: the one the label is given to, named before the verb.
    if (stemIn(this.tokens[k - 1], LEXICON.soCalled)) {
      let j = k - 2;
      if (this.tokens[j]?.text === '،') j--;
      return this.entityEndingAt(j, ['person']);
    }
    return this.relativeAntecedent(k);
  }

  /** The person a `الذي`/`التي` shortly before token i refers to (`“X”، الذي يُعتقد أنه`). */
  protected relativeAntecedent(i: number): { e: Entity; m: Mention } | undefined {
    for (let k = i - 1; k >= i - 6 && k >= 0 && this.sameSentence(i, k); k--) {
      const t = this.tokens[k]!;
      if (t.kind === 'quote') continue;
      if (!isWord(t) || this.mention(k)) return undefined;
      if (!stemIn(t, RELATIVES)) continue;
      const before = this.tokens[k - 1]?.text === '،' ? k - 2 : k - 1;
      return this.entityEndingAt(before, ['person']);
    }
    return undefined;
  }

  /**
   * `قائد عمليات الأنبار، الفريق “X”`, `مستشار رئيس الوزراء لشؤون الأمن “X”`: a title whose genitive
   * chain runs past the words the phrase reads, up to a name set off by a comma, a quote or a rank.
   */
  protected chainedName(phrase: Phrase): { e: Entity; m: Mention } | undefined {
    // The inner title of `مستشار رئيس الوزراء` is not the person's.
    if (stemIn(this.tokens[phrase.first - 1], ROLE_HEAD_SET)) return undefined;
    let k = phrase.last + 1;
    // A noun in the construct state governs what follows (`قائد محور`); a definite noun or a name
    // closes the chain, and then only its adjectives and `لـ` phrases follow (`القاضي الشرعي للولاية`,
    // `رئيس الوزراء لشؤون الأمن`), not the verb of a new clause (`رئيس الفرع الجديد فاوض`).
    let closed = !this.indefinite(phrase.last);
    for (let words = 0; words <= 4 && this.sameSentence(phrase.head, k); ) {
      const t = this.tokens[k]!;
      const person =
        this.afterComma(k) ??
        (t.kind === 'quote' || stemIn(t, PERSON_CUES) ? this.entityStartingAt(k, ['person']) : undefined);
      if (person) {
        let last = k - 1;
        while (last > phrase.last && this.tokens[last]!.kind !== 'word') last--;
        phrase.last = last;
        return person;
      }
      const m = this.mention(k);
      if (m && m.first === k && m.type !== 'person' && !closed) {
        closed = true;
        k = m.last + 1;
        continue;
      }
      if (t.kind === 'quote') {
        k++;
        continue;
      }
      if (!isWord(t) || m || CHAIN_BREAKS.has(t.key)) return undefined;
      if (closed && this.indefinite(k) && !t.key.startsWith('ل')) return undefined;
      if (words > 0 && stemIn(t, ROLE_HEAD_SET)) return undefined;
      closed = !this.indefinite(k);
      words++;
      k++;
    }
    return undefined;
  }

  /** A word without the article (`محور`, not `المحور`), that can govern a genitive. */
  protected indefinite(i: number): boolean {
    const t = this.tokens[i];
    return isWord(t) && !this.mention(i) && !/^(ال|لل|وال|بال)/.test(t.key);
  }

  /** `وكان قبل ذلك يرأس`: the `كان` at most three words before token i, whose verb it makes past. */
  protected wasAt(i: number): number | undefined {
    for (let k = i - 1; k >= i - 3 && k >= 0 && isWord(this.tokens[k]) && !this.mention(k); k--)
      if (stemIn(this.tokens[k], WAS)) return k;
    return undefined;
  }

  /** `كان ... يشغل`: a post held in the past. */
  protected wasBefore(from: number, to: number): boolean {
    for (let k = Math.min(from, to) - 3; k < Math.max(from, to); k++) {
      if (k >= 0 && stemIn(this.tokens[k], WAS) && this.clause[k] === this.clause[to]) return true;
    }
    return false;
  }

  /** `تعيين X أميراً`, `عزل X`: the verb or noun before the name decides the status. */
  protected statusAround(first: number, status: RoleStatus): RoleStatus {
    // `تعيين X (وزير النقل السابق)`: the title's own status word wins.
    if (status !== 'current') return status;
    for (let j = first - 1; j >= first - 4 && j >= 0 && this.clause[j] === this.clause[first]; j--) {
      const t = this.tokens[j]!;
      if (stemIn(t, APPOINTMENT_WORDS)) return 'appointed';
      if (stemIn(t, DISMISSAL_WORDS)) return 'dismissed';
    }
    return status;
  }
}
