// The act matchers: control of places, arrests and killings (attributed, passive, claimed), departures
// and statements to an outlet.

import type { Predicate } from '@shabaka/model';
import { GROUP_NOUNS } from '../gazetteer/words.ts';
import type { Mention } from '../stages/recognize.ts';
import { type Entity, pastParenthesis } from '../stages/resolve.ts';
import { LEXICON } from '../lexicon/index.ts';
import { isWord, stemIn } from '../text/tokens.ts';

import {
  AGENT,
  ARREST,
  BEHIND,
  CLAIMED,
  CONTROL_POSSESSED,
  DEATH,
  DEPARTURE,
  INCLUDING,
  KILL,
  KILLING_REFERENCES,
  ON,
  PLANNED,
  QUANTITY_STOP,
  RESPONSIBILITY,
  SEIZE,
  STANDING,
  STATEMENT_NOUNS,
  STRIKE,
  THAT,
  THROW,
  VIA_ONE,
  VIA_TWO,
} from '../lexicon/acts-legacy.ts';
import { ATTACHED, FORCE_WORDS, FROM, WITH } from '../lexicon/relations-legacy.ts';
import { RELATIVES } from './matchers-holders.ts';
import { PostMatchers } from './matchers-posts.ts';
import type { Triggers } from './trigger-index.ts';

const CONTROL_VERBS = LEXICON.controlVerbs;
const CONTROL_NOUNS = LEXICON.controlNouns;
const UNDER = LEXICON.under;
const UNDER_NEXT = LEXICON.underNext;
const AREAS_OF = LEXICON.areasOf;

/** The lists a reading of token i must be in for each matcher to act at i (see TriggerIndex). */
export const ACT_TRIGGERS = {
  controls: [CONTROL_VERBS, CONTROL_POSSESSED, CONTROL_NOUNS, UNDER],
  victim: [DEATH, KILL],
  attributedKilling: [STANDING, RESPONSIBILITY, CLAIMED],
  arrestOrKill: [ARREST, SEIZE, KILL],
  leftVia: [DEPARTURE],
  statedTo: [LEXICON.speech, STATEMENT_NOUNS],
} satisfies Triggers;

export class ActMatchers extends PostMatchers {
  // ---- relations ----

  protected controls(i: number): void {
    const t = this.tokens[i]!;
    let controller: { e: Entity; m: Mention } | undefined;
    let on = -1;
    if (stemIn(t, CONTROL_VERBS)) {
      controller = this.entityStartingAt(i + 1, ['organization', 'unit']);
      if (controller) on = this.skipAttachment(controller.m.last + 1);
      else {
        controller =
          this.nearestBefore(i, ['organization', 'unit'], 6, true) ??
          this.nearestBefore(i, ['organization', 'unit'], 12);
        on = i + 1;
      }
    } else if (stemIn(t, CONTROL_POSSESSED)) {
      // `وبسطت قوات النظام، عقب خروج الحافلات، سيطرتها على ...`
      controller = this.nearestBefore(i, ['organization', 'unit'], 12);
      on = i + 1;
    } else if (stemIn(t, CONTROL_NOUNS) && !AREAS_OF.has(this.key(i - 1)) && !UNDER.has(this.key(i - 1))) {
      // `سيطرة عناصر التنظيم على`: the fighters hold it for their group.
      const by = stemIn(this.tokens[i + 1], FORCE_WORDS) ? i + 2 : i + 1;
      controller = this.entityStartingAt(by, ['organization', 'unit']);
      if (controller) on = controller.m.last + 1;
    } else if (UNDER.has(t.key) && stemIn(this.tokens[i + 1], UNDER_NEXT)) {
      const owner = this.entityStartingAt(i + 2, ['organization', 'unit']);
      const place = this.entityEndingAt(this.tokens[i - 1]?.text === '،' ? i - 2 : i - 1, ['place']);
      if (owner && place) this.addRelation(owner.e, 'controls', place.e, place.m.first, owner.m.last, 0.85);
      return;
    }
    // `وتسيطر هيئة تحرير الشام، التي كانت تعرف باسم “جبهة النصرة”، على`: past a relative clause.
    if (on >= 0 && this.tokens[on]?.text === '،' && stemIn(this.tokens[on + 1], RELATIVES)) {
      let k = on + 1;
      while (k < on + 15 && this.sameSentence(on, k) && this.tokens[k]!.text !== '،') k++;
      if (this.tokens[k]?.text === '،') on = k + 1;
    }
    // `ويسيطر “اللواء 30” منذ عام 2017 على ...`: a time phrase may come before على.
    for (let k = on; on >= 0 && k < on + 5 && this.clause[k] === this.clause[i]; k++) {
      if (ON.has(this.key(k))) {
        on = k;
        break;
      }
    }
    if (!controller || on < 0 || !ON.has(this.key(on))) return;
    const places = this.placesAfter(on + 1);
    for (const place of [...places, ...this.examplesAfter(places.at(-1)?.m.last ?? on)]) {
      this.addRelation(controller.e, 'controls', place.e, Math.min(i, controller.m.first), place.m.last, 0.8);
    }
  }

  /** `على معظم بلدات السهل ...، ومنها برطلة وبعشيقة`: the places given as examples of an area. */
  protected examplesAfter(j: number): { e: Entity; m: Mention }[] {
    for (let k = j + 1; k < j + 12 && this.sameSentence(j, k); k++) {
      if (stemIn(this.tokens[k], INCLUDING)) return this.placesAfter(k + 1);
      if (this.tokens[k]!.text === '.' || stemIn(this.tokens[k], CONTROL_VERBS)) return [];
    }
    return [];
  }

  protected arrestOrKill(i: number): void {
    const t = this.tokens[i]!;
    let predicate: Predicate | undefined;
    let objectFrom = i + 1;
    if (stemIn(t, ARREST)) predicate = 'arrested';
    else if (stemIn(t, SEIZE)) {
      // `ألقت “الجبهة الشامية”، كبرى مكونات الفيلق، القبض على X`
      let thrower = -1;
      for (let k = i - 1; k >= i - 10 && k >= 0 && this.sameSentence(i, k); k--) {
        if (stemIn(this.tokens[k], THROW)) thrower = k;
      }
      if (thrower < 0) return;
      predicate = 'arrested';
      if (ON.has(this.key(i + 1))) objectFrom = i + 2;
      const named =
        thrower < i - 1 ? this.entityStartingAt(thrower + 1, ['organization', 'unit']) : undefined;
      if (named) {
        for (const target of this.targetsAfter(objectFrom)) {
          this.addRelation(named.e, predicate, target.e, thrower, target.m.last, 0.75);
        }
        return;
      }
    } else if (stemIn(t, KILL)) predicate = 'killed';
    if (!predicate || stemIn(this.tokens[i - 1], PLANNED)) return;
    // `اعتقلت قوات “الأسايش”`: the force word may open the agent's own name.
    let agent = this.entityStartingAt(objectFrom, ['organization', 'unit']);
    if (!agent) {
      if (stemIn(this.tokens[objectFrom], FORCE_WORDS)) objectFrom++; // `اعتقال عناصر “الفرقة الرابعة”`
      if (stemIn(this.tokens[objectFrom], ATTACHED)) objectFrom++; // `اعتقلت دورية تابعة لـ“المخابرات الجوية”`
      if (this.key(objectFrom) === 'ل') objectFrom++;
      agent = this.entityStartingAt(objectFrom, ['organization', 'unit']);
    }
    if (agent) objectFrom = this.skipAttachment(agent.m.last + 1);
    else
      agent =
        this.nearestBefore(objectFrom === i + 2 ? i - 1 : i, ['organization', 'unit', 'person'], 8, true) ??
        this.announcer(i);
    if (ON.has(this.key(objectFrom))) objectFrom++;
    let targets = this.targetsAfter(objectFrom, true);
    const passive = this.passiveAgent(objectFrom);
    if (passive && targets.length === 0) {
      // `X، الذي قُتل بغارة لطيران التحالف`: the victim is named before the verb.
      const victim = this.nearestBefore(i, ['person'], 4);
      if (victim) targets = [victim];
    }
    if (passive) agent = passive;
    if (!agent) return;
    for (const target of targets) {
      if (target.e === agent.e) continue;
      this.addRelation(agent.e, predicate, target.e, Math.min(agent.m.first, i), target.m.last, 0.75);
    }
  }

  /** `مقتل X`, `اغتيال X`: remembers X for an attribution later in the text. */
  protected victim(i: number): void {
    if (!stemIn(this.tokens[i], DEATH) && !stemIn(this.tokens[i], KILL)) return;
    const [victim] = this.targetsAfter(i + 1);
    if (victim) this.lastVictim = victim;
  }

  /**
   * `يرجح ناشطون أن تكون خلايا تابعة لداعش تقف وراء عملية الاغتيال`, `اتهم آخرون X بالوقوف وراءها`,
   * `في عملية تبنتها خلايا التنظيم`: the group is the killer of the victim named there or just before.
   */
  protected attributedKilling(i: number): void {
    const t = this.tokens[i]!;
    let agent: { e: Entity; m: Mention } | undefined;
    let after = i + 1;
    if (stemIn(t, STANDING) && stemIn(this.tokens[i + 1], BEHIND)) {
      // `بالوقوف وراء هجمات صاروخية`: behind other acts, not the killing.
      if (!this.killingAt(i + 2) && BEHIND.has(this.key(i + 1)) && isWord(this.tokens[i + 2])) return;
      agent = this.nearestBefore(i, ['organization', 'unit'], 10);
      after = i + 2;
    } else if (stemIn(t, RESPONSIBILITY) && FROM.has(this.key(i + 1)) && this.announcedBy(i)) {
      // `أعلن “X” مسؤوليته عن اغتيال Y`: the group between the verb and its responsibility.
      agent = this.announcedBy(i);
      after = i + 2;
    } else if (stemIn(t, CLAIMED) || (stemIn(t, RESPONSIBILITY) && FROM.has(this.key(i + 1)))) {
      let k = i + 1;
      if (stemIn(this.tokens[k], FORCE_WORDS)) k++;
      agent = this.entityStartingAt(k, ['organization', 'unit']);
      after = k + 1;
    }
    if (!agent) return;
    let victim: { e: Entity; m: Mention } | undefined;
    for (let k = after; k < after + 3 && !victim; k++) {
      if (stemIn(this.tokens[k], KILL)) [victim] = this.targetsAfter(k + 1);
    }
    // `قُتل سبعة أشخاص في هجوم تبنته الحركة`: the claim is of that killing, whose victims are unnamed.
    victim ??= this.unnamedKillingBefore(i) ? undefined : this.recentVictim(i);
    if (victim && victim.e !== agent.e)
      this.addRelation(
        agent.e,
        'killed',
        victim.e,
        Math.min(agent.m.first, i),
        Math.max(i + 1, agent.m.last),
        0.6,
      );
  }

  /** `عملية الاغتيال`, `مقتله`, `العملية`: words after `وراء` that refer to the killing. */
  protected killingAt(k: number): boolean {
    const t = this.tokens[k];
    return (
      stemIn(t, KILL) !== undefined ||
      stemIn(t, DEATH) !== undefined ||
      stemIn(t, KILLING_REFERENCES) !== undefined ||
      /^(مقتل|اغتيال|قتل)(ه|ها|هم)$/.test(t?.key ?? '')
    );
  }

  /** A killing earlier in token i's sentence whose victims are not named (`قُتل سبعة أشخاص`). */
  protected unnamedKillingBefore(i: number): boolean {
    const [start] = this.sentenceRange(i);
    for (let k = start; k < i; k++) {
      if (stemIn(this.tokens[k], KILL) && this.targetsAfter(k + 1).length === 0) return true;
    }
    return false;
  }

  /** `أعلن X مسؤوليته`: the organization right after an announcing verb a few words before token i. */
  protected announcedBy(i: number): { e: Entity; m: Mention } | undefined {
    for (let k = i - 1; k >= 0 && k >= i - 6 && this.clause[k] === this.clause[i]; k--) {
      if (!stemIn(this.tokens[k], LEXICON.speech)) continue;
      const group = this.entityStartingAt(k + 1, ['organization', 'unit']);
      return group && group.m.last < i ? group : undefined;
    }
    return undefined;
  }

  /** The last victim, if named in this sentence or the six before (a background paragraph may come between). */
  protected recentVictim(i: number): { e: Entity; m: Mention } | undefined {
    const v = this.lastVictim;
    return v && this.tokens[i]!.sentence - v.m.sentence <= 6 ? v : undefined;
  }

  /**
   * The object of an arrest: a person right there (past a time phrase or a title), or a cell's members;
   * with `groups`, also the group some of whose fighters were taken (`ثلاثة عناصر من ميليشيا “فاطميون”`).
   */
  protected targetsAfter(j: number, groups = false): { e: Entity; m: Mention }[] {
    for (let k = j; k < j + 12 && k < this.tokens.length && this.sameSentence(j, k); k++) {
      const t = this.tokens[k]!;
      const fighters = t.kind === 'number' ? k + 1 : k;
      if (groups && stemIn(this.tokens[fighters], FORCE_WORDS) && FROM.has(this.key(fighters + 1))) {
        const group = this.firstBodyAfter(fighters + 2, 3);
        if (group) return [group];
      }
      if (t.kind === 'number' || stemIn(t, QUANTITY_STOP) || t.text === '.') return [];
      if (stemIn(t, GROUP_NOUNS)) return this.membersAfter(k);
      const bound = this.boundAt.get(k);
      if (bound) return [bound];
      const person = this.entityStartingAt(k, ['person']);
      if (person) return [person];
    }
    return [];
  }

  /** An organization or unit within `limit` tokens after j, past a generic noun (`ميليشيا “X”`). */
  protected firstBodyAfter(j: number, limit: number): { e: Entity; m: Mention } | undefined {
    for (let k = j; k < j + limit && this.sameSentence(j, k); k++) {
      const body = this.entityStartingAt(k, ['organization', 'unit']);
      if (body) return body;
      if (!isWord(this.tokens[k]) || this.mention(k)) return undefined;
    }
    return undefined;
  }

  /** Past `التابع لهيئة تحرير الشام` after an agent. */
  protected skipAttachment(j: number): number {
    while (this.tokens[j]?.kind === 'quote') j++;
    j = pastParenthesis(this.tokens, j);
    if (!stemIn(this.tokens[j], ATTACHED)) return j;
    const owner = this.entityStartingAt(j + 1, ['organization', 'unit']);
    return owner ? owner.m.last + 1 : j;
  }

  /** `أعلن جهاز مكافحة الإرهاب، اليوم، اعتقال ...`: the body that announced the act. */
  protected announcer(i: number): { e: Entity; m: Mention } | undefined {
    for (let k = i - 1; k >= 0 && k >= i - 12 && this.sameSentence(i, k); k--) {
      if (stemIn(this.tokens[k], LEXICON.speech))
        return this.entityStartingAt(k + 1, ['organization', 'unit']);
    }
    return undefined;
  }

  /** `على يد X`, `من قبل X`, `بغارة لطيران X`. */
  protected passiveAgent(j: number): { e: Entity; m: Mention } | undefined {
    const [, end] = this.sentenceRange(j);
    if (stemIn(this.tokens[j], STRIKE)) {
      const direct = this.entityStartingAt(j + 1, ['organization', 'unit']);
      if (direct) return direct;
      if (stemIn(this.tokens[j + 1], FORCE_WORDS))
        return this.entityStartingAt(j + 2, ['organization', 'unit']);
    }
    for (let k = j; k < end && k < j + 10; k++) {
      if (AGENT.has(this.key(k)) && FROM.has(this.key(k - 1)))
        return this.entityStartingAt(k + 1, ['organization', 'unit']);
      if (this.key(k) === 'يد' && ON.has(this.key(k - 1)))
        return this.entityStartingAt(k + 1, ['organization', 'unit', 'person']);
    }
    return undefined;
  }

  /** `خروج “X” ... من جهة بلدة سبينة`, `غادر X عبر معبر Y`. */
  protected leftVia(i: number): void {
    if (!stemIn(this.tokens[i], DEPARTURE)) return;
    const who =
      this.entityStartingAt(i + 1, ['person']) ??
      this.nearestBefore(i, ['person'], 4, true) ??
      this.nearestBefore(i, ['person'], 14);
    if (!who) return;
    const [, end] = this.sentenceRange(i);
    for (let k = i + 1; k <= end; k++) {
      let at = -1;
      if (stemIn(this.tokens[k], VIA_ONE)) at = k + 1;
      for (const [a, b] of VIA_TWO) if (a.has(this.key(k)) && b.has(this.key(k + 1))) at = k + 2;
      if (at < 0) continue;
      if (this.mention(at)?.type !== 'place' && this.mention(at + 1)?.type === 'place') at++;
      const place = this.entityStartingAt(at, ['place']) ?? this.entityStartingAt(k + 1, ['place']);
      if (place) {
        this.addRelation(who.e, 'left_via', place.e, i, place.m.last, 0.7);
        return;
      }
    }
  }

  /** `X قد صرح لراديو Y`, `في تصريح لـ Y`. */
  protected statedTo(i: number): void {
    const t = this.tokens[i]!;
    let outletAt = -1;
    if (stemIn(t, LEXICON.speech)) outletAt = i + 1;
    else if (stemIn(t, STATEMENT_NOUNS)) {
      outletAt = i + 1;
      if (!this.mention(outletAt) && isWord(this.tokens[outletAt]) && this.key(outletAt) !== 'ل') outletAt++; // `تصريح خاص لـ`
    }
    if (outletAt < 0) return;
    // `قال “X”، شقيق الناشط، لـ“دجلة”`: the speaker right after the verb, the outlet later.
    const after = this.entityStartingAt(outletAt, ['person']);
    // `وقال المتحدث باسم الفيلق، “X”، لـ“Y”`: the outlet comes after the speaker and his title.
    let target: { e: Entity; m: Mention } | undefined;
    let speakerAfter = after;
    for (let k = after ? after.m.last + 1 : outletAt; k < outletAt + 18 && this.sameSentence(i, k); k++) {
      const tok = this.tokens[k]!;
      const m = this.mention(k);
      if (m?.type === 'person' && !speakerAfter) speakerAfter = this.entityStartingAt(m.first, ['person']);
      let candidate: { e: Entity; m: Mention } | undefined;
      if (tok.key === 'ل') candidate = this.entityStartingAt(k + 1, ['organization']);
      else if (WITH.has(tok.key)) candidate = this.entityStartingAt(k + 1, ['organization']);
      else if (/^ل/.test(tok.key)) candidate = this.entityStartingAt(k, ['organization']);
      if (candidate?.e.kind === 'media') {
        target = candidate;
        break;
      }
      if (tok.text === '.' || stemIn(tok, THAT)) break;
    }
    if (!target) return;
    const speaker =
      speakerAfter ?? this.entityEndingAt(i - 1, ['person']) ?? this.nearestBefore(i, ['person'], 10);
    if (speaker) this.addRelation(speaker.e, 'stated_to', target.e, speaker.m.first, target.m.last, 0.75);
  }
}
