// The title matchers: a role phrase (head, modifiers, status, body, place) and the name it binds to,
// before or after it, through a holding verb, a relative clause or a genitive chain.

import { nameKey, type RoleClass, type RoleStatus, type UnitKind, roleOfUnitHead } from '@shabaka/model';
import {
  APPOINTMENT_WORDS,
  DEPUTY_OF,
  DISMISSAL_WORDS,
  NICKNAME_CUES,
  PERSON_CUES,
  REAL_NAME,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  STATUS_WORDS,
  TRAILING_ADJECTIVES,
} from '../gazetteer/words.ts';
import type { Mention } from '../recognize.ts';
import { beforeParenthesis, type Entity, pastParenthesis } from '../resolve.ts';
import type { Found, Phrase } from './context.ts';
import { LEXICON } from '../lexicon/index.ts';
import { isWord, stemIn } from '../text/tokens.ts';

import {
  AREA_WORDS,
  CHAIN_BREAKS,
  COPULA,
  DEPUTY_HEADS,
  DESCRIBED_AS,
  FILLERS,
  GOVERNMENT_WORDS,
  HOLDS,
  IN,
  IN_IT,
  ONE_OF,
  POSITION,
  PRESIDING,
  SECTOR_WORDS,
  WAS,
  WHOLE_WORDS,
  WORKS_AS,
  FORMATIONS,
} from '../lexicon/titles-legacy.ts';
import { ATTACHED } from '../lexicon/relations-legacy.ts';
import { ClaimContext } from './context.ts';
import type { Triggers } from './trigger-index.ts';

const LED_KINDS = new Set<string>(['government', 'armed_group', 'party']);
/** A definite nisba adjective, folded: `الفنلندي`, `اليمني`. */
const NATIONALITY = /^ال\p{L}{2,}ي$/u;
export const RELATIVES = LEXICON.relatives;
export const ROLE_HEAD_SET = new Set(ROLE_HEADS.keys());
/** The lists a reading of token i must be in for each matcher to act at i (see TriggerIndex). */
export const TITLE_TRIGGERS = { role: [ROLE_HEAD_SET] } satisfies Triggers;

export class TitleMatchers extends ClaimContext {
  /** The body the last defection left and its sentence, for `بعد انشقاق X وY` later in it. */
  protected lastDefection: { body: Found; sentence: number } | undefined;

  /** The last person said to be killed, for `تقف وراء` and `تبنتها` that name only the killer. */
  protected lastVictim: Found | undefined;

  /** The person each role phrase was bound to, by the phrase's first and head token. */
  protected readonly boundAt = new Map<number, Found>();

  // ---- roles ----

  /** A role phrase: head, modifiers, status, organization, place (`الأمير الإعلامي السابق للتنظيم في جنوب دمشق`). */
  protected phrase(h: number): Phrase | undefined {
    const t = this.tokens[h]!;
    const at = this.mention(h);
    if (at && at.type !== 'organization') return undefined;
    const stem = stemIn(t, ROLE_HEAD_SET);
    if (!stem) return undefined;
    const head = ROLE_HEADS.get(stem.key)!;
    let first = h;
    if (head.plural) {
      // `أحد القياديين`, or the list that follows it (`القياديين “X” و“Y”`).
      if (ONE_OF.has(this.key(h - 1))) first = h - 1;
      else if (!this.entityStartingAt(h + 1, ['person'])) return undefined;
    }
    let role = head.role;
    let status: RoleStatus = 'current';
    let org: Entity | undefined;
    let place: Entity | undefined;
    let area = false;
    let last = h;
    let j = h + 1;
    if (role === 'deputy_leader' && !head.ofNamed) {
      // `نائب الأمير`, `نائباً لرئيس الهيئة`, `نائب ولاية خراسان` (the deputy of the province's head).
      const unit = this.mention(j);
      if (!stemIn(this.tokens[j], DEPUTY_OF) && !(unit?.first === j && unit.type === 'unit'))
        return undefined;
      last = j++;
    }
    for (let steps = 0; steps < 12 && j < this.tokens.length && this.sameSentence(h, j); steps++) {
      const tok = this.tokens[j]!;
      const m = this.mention(j);
      if (tok.kind === 'quote') {
        j++;
        continue;
      }
      if (m && m.first === j && (m.type === 'organization' || m.type === 'unit')) {
        // The first body named is the role's; a second (`في قوى الأمن`) is the first's owner.
        if (!org) {
          org = this.res.entityOf.get(m.id);
          if (head.refinable) role = refinedByBody(role, m, org);
        }
        last = m.last;
        j = m.last + 1;
        continue;
      }
      if (m && m.first === j && m.type === 'place' && !place) {
        place = this.res.entityOf.get(m.id);
        last = m.last;
        j = m.last + 1;
        continue;
      }
      if (!isWord(tok) || m) break;
      // `آمراً لمنطقة طبرق العسكرية`: an adjective right after a place names the region, not the post.
      const afterPlace = this.mention(j - 1)?.type === 'place';
      // `رئيساً لأركان القوات البحرية`: the modifier may carry the preposition.
      const modifier =
        ROLE_MODIFIERS.get(tok.key) ??
        (tok.key[0] === 'ل' ? ROLE_MODIFIERS.get(tok.stems[1]?.key ?? '') : undefined);
      if (modifier && head.refinable && !afterPlace) {
        role = modifier;
        last = j++;
        continue;
      }
      const s = STATUS_WORDS.get(tok.key);
      if (s) {
        status = s;
        last = j++;
        continue;
      }
      if (IN.has(tok.key)) {
        const at = this.tokens[j + 1]?.kind === 'quote' ? j + 2 : j + 1;
        const next = this.mention(at);
        if (
          next &&
          next.first === at &&
          (next.type === 'place' || next.type === 'organization' || next.type === 'unit')
        ) {
          j = at;
          continue;
        }
        if (stemIn(this.tokens[j + 1], AREA_WORDS)) {
          area = true;
          last = j + 1;
          j += 2;
          continue;
        }
        break;
      }
      if (stemIn(tok, AREA_WORDS)) {
        area = true;
        last = j++;
        continue;
      }
      if (tok.key === 'ل' && this.entityStartingAt(j + 1, ['organization', 'unit'])) {
        j++; // `الأمين العام لـ“كتائب حزب الله”`
        continue;
      }
      if (stemIn(tok, ATTACHED) && this.entityStartingAt(j + 1, ['organization', 'unit'])) {
        // `القيادي في “مجلس الرقة العسكري” التابع لقوات سوريا الديمقراطية (قسد)`
        const owner = this.entityStartingAt(j + 1, ['organization', 'unit'])!;
        last = owner.m.last;
        j = pastParenthesis(this.tokens, owner.m.last + 1);
        if (j > owner.m.last + 1) last = j - 1;
        continue;
      }
      if (FILLERS.has(tok.key) && ROLE_MODIFIERS.get(tok.key) === undefined) {
        last = j++;
        continue;
      }
      // `مسؤول “حزب الله” اللبناني`: a nationality after the body names no one.
      if (org && TRAILING_ADJECTIVES.has(tok.key)) {
        last = j++;
        continue;
      }
      // `القيادي فيها “X”`: the body is the one the clause before named.
      if (j === h + 1 && IN_IT.has(tok.key)) {
        org ??= this.nearestBefore(h, ['organization', 'unit'], 20)?.e;
        last = j++;
        continue;
      }
      if (stemIn(tok, SECTOR_WORDS) && this.mention(j + 1)?.type === 'place') {
        j++;
        continue;
      }
      if (WHOLE_WORDS.has(tok.key)) {
        last = j++;
        continue;
      }
      // `وزير المصالحة الوطنية`, `مدير الناحية`: the domain of a minister or official.
      if (
        (role === 'minister' || role === 'official') &&
        j <= h + 2 &&
        last === j - 1 &&
        tok.key.startsWith('ال')
      ) {
        last = j++;
        continue;
      }
      break;
    }
    const phrase: Phrase = {
      head: h,
      first,
      last,
      role,
      status,
      org,
      place,
      area,
      accusative: head.accusative ?? false,
    };
    if (role === 'official' && PRESIDING.has(stem.key) && this.presides(h, org)) {
      phrase.role = 'leader';
      phrase.org ??= this.governmentOf(phrase); // `رئيس الوزراء العراقي`: of the Iraqi government
    }
    return phrase;
  }

  /**
   * `الرئيس السوري`, `رئيس الوزراء`, `رئيس حكومة الإنقاذ`, `رئيس هيئة الحشد`: the head of a state, a
   * government or a group is its leader; the head of an office or a branch stays an official.
   */
  protected presides(h: number, org: Entity | undefined): boolean {
    const next = this.key(h + 1);
    if (GOVERNMENT_WORDS.has(next)) return true;
    // A nationality (`الرئيس الفنلندي`), known to the gazetteer or not, or the name itself.
    if (!org) {
      const country = this.entityStartingAt(h + 1, ['place']);
      if (country?.e.kind === 'country') return true; // `رئيساً للصومال`
      return NATIONALITY.test(next) || !!this.entityStartingAt(h + 1, ['person']);
    }
    return org.type === 'organization' && LED_KINDS.has(org.kind ?? 'other');
  }

  protected role(h: number): void {
    const phrase = this.phrase(h);
    if (!phrase) return;
    // `نائب رئيس الفرع، العقيد “X”`: the title a deputy's title governs is not X's.
    if (stemIn(this.tokens[phrase.first - 1], DEPUTY_HEADS)) return;
    let end = phrase.last + 1;
    while (this.tokens[end]?.kind === 'quote') end++;
    // A deputy's title (`نائبه،`) or one that names its body (`المتحدث باسم حركة طالبان،`) is
    // complete: the name after the comma is the holder's.
    // `الرئيس اليمني، X،`: so is a head of state's, its nationality after it.
    const complete =
      ROLE_HEADS.get(stemIn(this.tokens[h], ROLE_HEAD_SET)!.key)?.ofNamed ||
      !!phrase.org ||
      (phrase.role === 'leader' && phrase.last > h && NATIONALITY.test(this.key(phrase.last)));
    const after =
      this.entityStartingAt(end, ['person']) ?? this.afterComma(end, complete) ?? this.knownAs(end);
    const before = this.subjectBefore(phrase.first);
    // `A قائد لواء X، وB قائد لواء Y`: in a list of names each with its title after it, the name
    // after the title opens the next item (`، وB`), so the title is the name's before it.
    const nextItem = after && (this.tokens[end]?.text === '،' || /^و/.test(this.tokens[after.m.first]!.key));
    let bound = phrase.accusative || (before && nextItem) ? (before ?? after) : (after ?? before);
    let confidence = 0.85;
    // `X، أمير التنظيم`, `X هو أمير التنظيم`
    if (!bound && (this.tokens[phrase.first - 1]?.text === '،' || COPULA.has(this.key(phrase.first - 1)))) {
      bound = this.entityEndingAt(phrase.first - 2, ['person']);
      confidence = 0.7;
    }
    if (!bound)
      bound =
        this.appointedByPronoun(phrase) ??
        this.holder(phrase) ??
        this.describedHolder(phrase) ??
        this.chainedName(phrase) ??
        this.namedAfter(end);
    if (!bound) return;
    if (
      bound === after &&
      ROLE_HEADS.get(stemIn(this.tokens[h], ROLE_HEAD_SET)!.key)?.plural &&
      phrase.first === h
    ) {
      // `انشقاق القياديين “صالح العبو” و“حسن البريج”`: every name of the list holds the title.
      for (const person of this.listFrom(bound))
        this.addRole(person.e, phrase, phrase.first, person.m.last, 0.75);
      return;
    }
    this.boundAt.set(phrase.first, bound);
    this.boundAt.set(phrase.head, bound);
    // `تعيين X، الذي كان رئيساً لحكومة الإنقاذ`: the post of the relative clause was held before.
    if (phrase.status === 'current' && this.wasBefore(bound.m.first, phrase.first)) phrase.status = 'former';
    phrase.status = this.statusAround(Math.min(bound.m.first, phrase.first), phrase.status);
    const from = Math.min(bound.m.first, phrase.first);
    const to = Math.max(bound.m.last, phrase.last);
    this.addRole(bound.e, phrase, from, to, confidence);
  }

  /**
   * The name right before a title, past what may stand between them: `وكان X يعمل مسؤولاً`, `X الذي
   * بات وزيراً`, `X (وزير الأوقاف السابق) محافظاً لذمار` (a title in parentheses, or after them).
   */
  protected subjectBefore(first: number): Found | undefined {
    let k = first - 1;
    // `(أبو علي الجميلي) ما يسمى والي الفلوجة`
    if (stemIn(this.tokens[k], LEXICON.soCalled) && this.key(k - 1) === 'ما') k -= 2;
    if (stemIn(this.tokens[k], WORKS_AS) || stemIn(this.tokens[k], LEXICON.becoming) || WAS.has(this.key(k)))
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

  /** `الناطق باسمها المعروف باسم أبو عبيدة`: the name a nickname cue right after the title gives. */
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
      if (WAS.has(this.key(k))) return k;
    return undefined;
  }

  /** `كان ... يشغل`: a post held in the past. */
  protected wasBefore(from: number, to: number): boolean {
    for (let k = Math.min(from, to) - 3; k < Math.max(from, to); k++) {
      if (k >= 0 && WAS.has(this.key(k)) && this.clause[k] === this.clause[to]) return true;
    }
    return false;
  }

  /** `تعيين X أميراً`, `عزل X`: the verb or noun before the name decides the status. */
  protected statusAround(first: number, status: RoleStatus): RoleStatus {
    // `تعيين X (وزير الأوقاف السابق)`: the title's own status word wins.
    if (status !== 'current') return status;
    for (let j = first - 1; j >= first - 4 && j >= 0 && this.clause[j] === this.clause[first]; j--) {
      const t = this.tokens[j]!;
      if (stemIn(t, APPOINTMENT_WORDS)) return 'appointed';
      if (stemIn(t, DISMISSAL_WORDS)) return 'dismissed';
    }
    return status;
  }
}
/** Heading a security office or branch makes a security chief; a media office a media chief... */
export function refinedByBody(role: RoleClass, m: Mention, body: Entity | undefined): RoleClass {
  // The commander of a named brigade, division or force leads it; a military wing or staff
  // branch (`الجناح العسكري`, `ركن العمليات`) has a military commander.
  const head = nameKey(m.name.split(' ')[0] ?? '').replace(/^ال/, '');
  if (m.kind === 'military' && FORMATIONS.has(head)) return role;
  if (m.type === 'unit' && m.kind && m.kind !== 'other') return roleOfUnitHead(m.kind as UnitKind);
  if ((body?.kind ?? m.kind) === 'security_branch') return 'security_chief';
  return role;
}
