// The tie matchers: closeness and kinship, successions (who replaced whom, and the post the one replaced
// held), movements and where bodies sit.

import { nameKey, type RoleStatus } from '@shabaka/model';
import { APPOINTMENT_WORDS, DISMISSAL_WORDS, KIN } from '../gazetteer/words.ts';
import type { Mention } from '../stages/recognize.ts';
import type { Entity } from '../stages/resolve.ts';
import type { Phrase } from './context.ts';
import { LEXICON } from '../lexicon/index.ts';
import { isWord, stemIn } from '../text/tokens.ts';

import {
  DEPART,
  IN_PLACE,
  MOVEMENT_NOUNS,
  MOVE_TO,
  PASSIVE_MOVED,
  PLACE_OF,
  POSTS,
  PRONOUNS,
  PRONOUN_OBJECTS,
  RECEIVE,
  REPLACING,
  SEATED_BODY,
} from '../lexicon/ties-legacy.ts';
import { FORCE_WORDS, FROM, HELD, PLACE_WORDS_IN } from '../lexicon/relations-legacy.ts';
import { ActMatchers } from './matchers-acts.ts';
import type { Triggers } from './trigger-index.ts';

/** `حل X محل Y`: took Y's place. */
const TAKE_PLACE = LEXICON.takePlace;
const CLOSE = LEXICON.close;
/** `relativeOf` reads a kin word with its possessive suffix off: every kin word, bare or suffixed. */
const KIN_FORMS = new Set([...KIN].flatMap((kin) => [kin, `${kin}ه`, `${kin}ها`]));

/** The lists a reading of token i must be in for each matcher to act at i (see TriggerIndex). */
export const TIE_TRIGGERS = {
  closeTo: [CLOSE],
  relativeOf: [KIN_FORMS],
  replaced: [REPLACING, TAKE_PLACE, RECEIVE, DISMISSAL_WORDS],
  movedTo: [PASSIVE_MOVED, MOVEMENT_NOUNS, DEPART],
} satisfies Triggers;

export class TieMatchers extends ActMatchers {
  /** `ويعتبر X من المقربين من Y`. */
  protected closeTo(i: number): void {
    if (!stemIn(this.tokens[i], CLOSE) || !FROM.has(this.key(i + 1))) return;
    const object = this.firstPersonAfter(i + 2, 8);
    const subject = this.nearestBefore(i, ['person'], 8);
    if (object && subject && subject.e !== object.e)
      this.addRelation(subject.e, 'close_to', object.e, subject.m.first, object.m.last, 0.75);
  }

  /** `مع خروج قريبه، وداعمه “فرامة”` (the antecedent's relative), `X شقيق Y`. */
  protected relativeOf(i: number): void {
    const t = this.tokens[i]!;
    const bare = t.stems.map((s) => s.key.replace(/(ه|ها)$/, '')).find((k) => KIN.has(k));
    if (!bare) return;
    const suffixed = t.stems.some(
      (s) => KIN.has(s.key.replace(/(ه|ها)$/, '')) && /(ه|ها)$/.test(s.key) && !KIN.has(s.key),
    );
    const object = this.firstPersonAfter(i + 1, 5) ?? this.describedEarlier(i + 1);
    if (!object) return;
    let subject: { e: Entity; m: Mention } | undefined;
    const pronoun = stemIn(this.tokens[i - 1], PRONOUNS) !== undefined;
    if (pronoun) subject = this.entityEndingAt(i - 2, ['person']) ?? this.nearestBefore(i, ['person'], 20);
    if (subject?.e === object.e) subject = undefined;
    if (!subject && (suffixed || pronoun)) subject = this.topic(i, object.e);
    else if (!subject) {
      subject = this.entityEndingAt(this.tokens[i - 1]?.text === '،' ? i - 2 : i - 1, ['person']);
    }
    if (subject)
      this.addRelation(subject.e, 'relative_of', object.e, i, object.m.last, suffixed ? 0.6 : 0.75);
  }

  /**
   * `شقيق الناشط`, `شقيق القيادي المنشق`: the person the text first named right after the same
   * description (`الناشط “X”`, `القيادي في ... “X”`): the one the article is about.
   */
  protected describedEarlier(j: number): { e: Entity; m: Mention } | undefined {
    const word = this.tokens[j];
    if (!isWord(word) || this.mention(j) || !word.key.startsWith('ال')) return undefined;
    for (let k = 0; k < j; k++) {
      if (this.key(k) !== word.key) continue;
      // `الناشط المدني “X”`: an adjective may come between.
      const named = this.boundAt.get(k) ?? this.firstPersonAfter(k + 1, 3);
      if (named) return named;
    }
    return undefined;
  }

  /**
   * Whom `وهو` or the `ـه` of `قريبه` refers to: the first person of the sentence who is not the
   * other party (the topic, `ويعتبر X من المقربين من Y، وهو ...`), else the last one named before it.
   */
  protected topic(i: number, other: Entity): { e: Entity; m: Mention } | undefined {
    const [start] = this.sentenceRange(i);
    const inSentence = this.mentionsIn(start, i - 1, ['person']).find((p) => p.e !== other);
    if (inSentence) return inSentence;
    for (let j = start - 1; j >= 0 && this.tokens[j]!.sentence >= this.tokens[i]!.sentence - 1; j--) {
      const m = this.mention(j);
      const e = m?.type === 'person' ? this.res.entityOf.get(m.id) : undefined;
      if (e && e !== other) return { e, m: m! };
    }
    return undefined;
  }

  /** `تم عزله وتعيين “X” أميراً`: X replaced whoever last held that role; `خلفاً لـ Y`. */
  protected replaced(i: number): void {
    const t = this.tokens[i]!;
    if (stemIn(t, REPLACING)) {
      const subject = this.nearestBefore(i, ['person'], 15);
      // `خلفاً له`, `بدلاً منه`: the one dismissed earlier in the sentence.
      const object = PRONOUN_OBJECTS.has(this.key(i + 1))
        ? this.dismissedIn(i)
        : this.firstPersonAfter(i + 1, 4);
      if (!object || !subject) return;
      if (PRONOUN_OBJECTS.has(this.key(i + 1))) this.inheritRole(subject, object, i);
      else this.predecessorRole(subject, object, i);
      this.addRelation(subject.e, 'replaced', object.e, subject.m.first, object.m.last, 0.75);
      return;
    }
    if (this.tookOver(i)) return;
    if (!stemIn(t, DISMISSAL_WORDS)) return;
    const [, end] = this.sentenceRange(i);
    let appointee: { e: Entity; m: Mention } | undefined;
    for (let k = i + 1; k <= end && !appointee; k++) {
      if (stemIn(this.tokens[k], APPOINTMENT_WORDS)) appointee = this.firstPersonAfter(k + 1, 4);
    }
    if (!appointee || this.replacesPronounAfter(appointee.m.last)) return;
    const explicit = this.entityStartingAt(i + 1, ['person']) ?? this.boundAt.get(i + 1);
    const newRole = this.rolesOf.get(appointee.e)?.at(-1)?.role;
    let dismissed = explicit?.e;
    if (!dismissed && newRole) {
      let latest = -1;
      for (const [person, held] of this.rolesOf) {
        if (person === appointee.e) continue;
        for (const r of held) {
          if (r.role === newRole && r.sentence <= t.sentence && r.sentence > latest) {
            latest = r.sentence;
            dismissed = person;
          }
        }
      }
    }
    if (dismissed)
      this.addRelation(appointee.e, 'replaced', dismissed, i, appointee.m.last, explicit ? 0.75 : 0.6);
  }

  /** `خرجت آخر دفعة من عناصر تنظيم داعش ... إلى البادية`, `نُقل X إلى Y`: where someone went. */
  protected movedTo(i: number): void {
    const t = this.tokens[i]!;
    const passive = stemIn(t, PASSIVE_MOVED) !== undefined && t.text.includes('\u064F'); // نُقل, marked passive
    const noun = stemIn(t, MOVEMENT_NOUNS) !== undefined;
    if (!passive && !noun && !stemIn(t, DEPART)) return;
    // `زيارة أجراها وزير الداخلية X إلى`: past the verb that makes the visit.
    const first = noun && stemIn(this.tokens[i + 1], HELD) ? i + 2 : i + 1;
    let mover = this.entityStartingAt(first, ['person', 'organization']) ?? this.boundAt.get(first);
    for (let k = first; !mover && k < i + 6 && this.clause[k] === this.clause[i]; k++) {
      if (stemIn(this.tokens[k], FORCE_WORDS))
        mover = this.entityStartingAt(k + 1, ['person', 'organization']);
    }
    // `ونُقل إلى ...` opening its sentence: the person the sentence before was about.
    if (!mover && passive)
      mover =
        this.nearestBefore(i, ['person'], 6) ??
        (this.mentionsIn(this.sentenceRange(i)[0], i, ['person']).length === 0
          ? this.antecedent(i)
          : undefined);
    if (!mover) return;
    const [, end] = this.sentenceRange(i);
    for (let k = Math.max(i, mover.m.last) + 1; k <= end && k < i + 25; k++) {
      if (!stemIn(this.tokens[k], MOVE_TO)) continue;
      let at = k + 1;
      if (stemIn(this.tokens[at], MOVE_TO)) at++; // `إلى إلى`
      if (this.mention(at)?.type !== 'place' && this.mention(at + 1)?.type === 'place') at++;
      // `نُقل إلى “فرع فلسطين” التابع لشعبة المخابرات العسكرية في دمشق`: the city of the branch.
      const place = this.entityStartingAt(at, ['place']) ?? this.placeOfBody(at);
      if (place) this.addRelation(mover.e, 'moved_to', place.e, i, place.m.last, 0.6);
      return;
    }
  }

  /** The place a unit named at j is said to be in (`فرع فلسطين التابع لشعبة ... في دمشق`). */
  protected placeOfBody(j: number): { e: Entity; m: Mention } | undefined {
    // `إدارة المخابرات الجوية في دمشق`: one head noun may open the body's name.
    const body =
      this.entityStartingAt(j, ['unit', 'organization']) ??
      (isWord(this.tokens[j]) && !this.mention(j)
        ? this.entityStartingAt(j + 1, ['unit', 'organization'])
        : undefined);
    if (!body) return undefined;
    const k = this.skipAttachment(body.m.last + 1);
    return IN_PLACE.has(this.key(k)) ? this.entityStartingAt(k + 1, ['place']) : undefined;
  }

  /** `مدينة البوكمال بريف دير الزور`, `حي الكرادة وسط بغداد`, `بلدتي طفس والمزيريب في ريف درعا`. */
  protected locatedIn(i: number): void {
    const m = this.mention(i);
    const branch =
      m?.type === 'organization' && SEATED_BODY.has(nameKey(m.canonical ?? m.name).split(' ')[0]!);
    if (m?.first === i && (m.type === 'unit' || branch)) {
      // `“فرع فلسطين” التابع لشعبة المخابرات العسكرية في دمشق`
      const unit = this.res.entityOf.get(m.id);
      const place = this.placeOfBody(i);
      if (unit && place && !place.m.anaphor)
        this.addRelation(unit, 'located_in', place.e, i, place.m.last, 0.65);
      return;
    }
    if (!m || m.first !== i || m.type !== 'place' || m.anaphor) return;
    const inner = this.res.entityOf.get(m.id);
    if (!inner || inner.kind === 'country') return; // `بقيادة الولايات المتحدة في منطقة X`: no country is in a town
    let j = m.last + 1;
    while (this.tokens[j]?.kind === 'quote') j++;
    if (IN_PLACE.has(this.key(j)) && this.mention(j)?.type !== 'place') j++;
    if (stemIn(this.tokens[j], PLACE_WORDS_IN) && !this.mention(j)) j++; // `بمدينة الرقة`
    const outer = this.mention(j);
    if (!outer || outer.first !== j || outer.type !== 'place' || outer.anaphor) return;
    if (this.tokens[j]!.key.startsWith('و') && outer.start > this.tokens[j]!.start) return; // a list, not a container
    const container = outer.within?.base
      ? this.res.entities.find((e) => e.type === 'place' && e.key === nameKey(outer.within!.place))
      : this.res.entityOf.get(outer.id);
    if (!container || container === inner) return;
    // Every place of the list before it is in the same container.
    const [start] = this.sentenceRange(i);
    const list = [{ e: inner, m }];
    for (let k = i - 1; k >= start; k--) {
      const prev = this.mention(k);
      const joiner = this.tokens[k + 1]!;
      if (prev?.type !== 'place' || prev.last !== k || !(joiner.key.startsWith('و') || joiner.text === '،'))
        break;
      const e = this.res.entityOf.get(prev.id);
      if (e) list.unshift({ e, m: prev });
      k = prev.first;
    }
    for (const item of list) this.addRelation(item.e, 'located_in', container, item.m.first, outer.last, 0.7);
  }

  /** `حل X محل Y`, `تسلم X قيادة اللواء من Y`: X replaced Y. */
  protected tookOver(i: number): boolean {
    const t = this.tokens[i]!;
    const takes = stemIn(t, TAKE_PLACE) !== undefined;
    if (!takes && !stemIn(t, RECEIVE)) return false;
    const subject = this.entityStartingAt(i + 1, ['person']) ?? this.nearestBefore(i, ['person'], 6, true);
    if (!subject) return false;
    let post = takes;
    for (let k = Math.max(i, subject.m.last) + 1; k < i + 10 && this.clause[k] === this.clause[i]; k++) {
      if (stemIn(this.tokens[k], POSTS)) post = true;
      const marker = takes ? PLACE_OF.has(this.key(k)) : post && FROM.has(this.key(k));
      if (!marker) continue;
      const object = this.entityStartingAt(k + 1, ['person']) ?? this.boundAt.get(k + 1);
      if (!object || object.e === subject.e) return false;
      this.predecessorRole(subject, object, i);
      this.addRelation(subject.e, 'replaced', object.e, Math.min(i, subject.m.first), object.m.last, 0.7);
      return true;
    }
    return false;
  }

  /** A `خلفاً له` shortly after the appointee: the replacement is read there. */
  protected replacesPronounAfter(at: number): boolean {
    for (let k = at + 1; k <= at + 6; k++) {
      if (stemIn(this.tokens[k], REPLACING) && PRONOUN_OBJECTS.has(this.key(k + 1))) return true;
    }
    return false;
  }

  /** The person dismissed before token i in its sentence (`إعفاء مدير الشرطة، اللواء “X”`). */
  protected dismissedIn(i: number): { e: Entity; m: Mention } | undefined {
    const [start] = this.sentenceRange(i);
    for (let k = start; k < i; k++) {
      if (!stemIn(this.tokens[k], DISMISSAL_WORDS)) continue;
      return (
        this.entityStartingAt(k + 1, ['person']) ??
        this.boundAt.get(k + 1) ??
        this.firstPersonAfter(k + 1, 10)
      );
    }
    return undefined;
  }

  /** `وتعيين العميد “X” بدلاً منه`: the successor takes the role the dismissed one held. */
  protected inheritRole(
    successor: { e: Entity; m: Mention },
    predecessor: { e: Entity; m: Mention },
    i: number,
  ) {
    this.copyRole(predecessor.e, successor, 'appointed', i, successor.m.first, i + 1);
  }

  /**
   * `تسلّم منصبه خلفاً للعميد “Y” الذي أُعفي من منصبه`: the one replaced held the successor's role
   * before him, dismissed if the text says so.
   */
  protected predecessorRole(
    successor: { e: Entity; m: Mention },
    predecessor: { e: Entity; m: Mention },
    i: number,
  ) {
    let status: RoleStatus = 'former';
    for (let k = predecessor.m.last + 1; k <= predecessor.m.last + 6 && this.sameSentence(i, k); k++) {
      if (stemIn(this.tokens[k], DISMISSAL_WORDS)) status = 'dismissed';
    }
    // `تولى منصبه خلفاً لـ“Y”`: the post is the one the successor was given before.
    let post = false;
    for (let k = Math.max(successor.m.last + 1, i - 4); k < i; k++) if (POSTS.has(this.key(k))) post = true;
    this.copyRole(successor.e, predecessor, status, i, i, predecessor.m.last, post);
  }

  /** Gives `to` the role `from` was given in the sentence of token i, with another status. */
  protected copyRole(
    from: Entity,
    to: { e: Entity; m: Mention },
    status: RoleStatus,
    i: number,
    first: number,
    last: number,
    earlier = false,
  ) {
    const sentence = this.tokens[i]!.sentence;
    if (this.rolesOf.get(to.e)?.some((r) => r.sentence === sentence)) return;
    const heldBy = (inSentence: (s: number) => boolean) =>
      this.roles.findLast((r) => r.person === from.name && inSentence(r.evidence?.sentence ?? -1));
    const held =
      heldBy((s) => s === sentence) ?? (earlier ? heldBy((s) => s >= 0 && s < sentence) : undefined);
    if (!held) return;
    const org = this.res.entities.find((e) => e.name === held.org);
    const place = this.res.entities.find((e) => e.type === 'place' && e.name === held.place);
    const phrase: Phrase = {
      head: i,
      first,
      last,
      role: held.role,
      status,
      ...(org ? { org } : {}),
      ...(place ? { place } : {}),
      area: false,
      accusative: false,
    };
    this.addRole(to.e, phrase, Math.min(first, to.m.first), Math.max(last, to.m.last), 0.6);
  }
}
