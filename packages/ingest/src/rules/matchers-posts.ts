// The post matchers: joining a group, charges to run a body, the status a verb gives, `led by`, cells
// and their members.

import { APPOINTMENT_WORDS, GROUP_NOUNS, LED_BY, MEMBERS_LIST } from '../gazetteer/words.ts';
import type { Mention } from '../stages/recognize.ts';
import type { Entity } from '../stages/resolve.ts';
import type { Phrase } from './context.ts';
import { stemIn } from '../text/tokens.ts';

import { AFFAIRS, JOIN, LEADS, RUN } from '../lexicon/posts-legacy.ts';
import { ATTACHED, TO } from '../lexicon/relations-legacy.ts';
import { refinedByBody } from './matchers-titles.ts';
import { TitleMatchers } from './matchers-titles.ts';
import type { Triggers } from './trigger-index.ts';

/** The lists a reading of token i must be in for each matcher to act at i (see TriggerIndex). */
export const POST_TRIGGERS = {
  joined: [JOIN],
  charged: [APPOINTMENT_WORDS],
  ledBy: [LEADS, LED_BY],
  cell: [GROUP_NOUNS],
} satisfies Triggers;

export class PostMatchers extends TitleMatchers {
  /** `لينضم بعدها إلى مجموعة “درع حوران”`: joining a group makes a member. */
  protected joined(i: number): void {
    if (!stemIn(this.tokens[i], JOIN)) return;
    let k = i + 1;
    while (k < i + 3 && !TO.has(this.key(k))) k++;
    if (!TO.has(this.key(k))) return;
    const body = this.entityStartingAt(k + 1, ['organization', 'unit']);
    const person = this.entityStartingAt(i + 1, ['person']) ?? this.nearestBefore(i, ['person'], 30);
    if (!body || !person) return;
    const phrase: Phrase = {
      head: i,
      first: i,
      last: body.m.last,
      role: 'member',
      status: 'current',
      org: body.e,
      area: false,
      accusative: false,
    };
    this.addRole(person.e, phrase, Math.min(i, person.m.first), body.m.last, 0.6);
  }

  /** `وتكليف “X” ... بإدارة اللواء`: the one charged with running a body is its new head. */
  protected charged(i: number): void {
    if (!stemIn(this.tokens[i], APPOINTMENT_WORDS)) return;
    const person = this.firstPersonAfter(i + 1, 4);
    if (!person) return;
    const [, end] = this.sentenceRange(i);
    for (let k = person.m.last + 1; k <= end && k <= person.m.last + 20; k++) {
      if (stemIn(this.tokens[k], APPOINTMENT_WORDS) || this.tokens[k]!.text === '.') return;
      if (!RUN.has(this.key(k))) continue;
      const body = this.mention(k + 1);
      if (!body || body.first !== k + 1 || (body.type !== 'organization' && body.type !== 'unit')) return;
      const org = this.res.entityOf.get(body.id);
      const phrase: Phrase = {
        head: k,
        first: k,
        last: body.last,
        role: refinedByBody('leader', body, org),
        status: 'appointed',
        ...(org ? { org } : {}),
        area: false,
        accusative: false,
      };
      this.addRole(person.e, phrase, i, body.last, 0.7);
      return;
    }
  }

  /** `مكتب الأمن في الجماعة، الذي يقوده المدعو “X”`, `بقيادة X`. */
  protected ledBy(i: number): void {
    if (stemIn(this.tokens[i], LEADS)) {
      // `ويرأس فرع الأمن العسكري في المحافظة العميد “سامر ديب”`
      // `يدير عمليات التنظيم`: running its operations is running it.
      // `قاد الككلي ميليشيا “الأمن المركزي”`: the subject may stand between the verb and the body.
      const subject = this.entityStartingAt(i + 1, ['person']);
      const from = subject ? subject.m.last + 1 : i + 1;
      const led =
        this.entityStartingAt(from, ['organization', 'unit'], false) ??
        (AFFAIRS.has(this.key(from))
          ? this.entityStartingAt(from + 1, ['organization', 'unit'], false)
          : undefined);
      if (!led) return;
      let k = led.m.last + 1;
      while (k < led.m.last + 5 && !this.entityStartingAt(k, ['person']) && this.clause[k] === this.clause[i])
        k++;
      // `وكان قبل ذلك يرأس فرع X`: the one the sentence is about led it before.
      const was = this.wasAt(i);
      const person =
        subject ??
        this.entityStartingAt(k, ['person']) ??
        this.nearestBefore(i, ['person'], 4, true) ??
        this.relativeAntecedent(i) ??
        (was === undefined ? undefined : this.nearestBefore(was, ['person'], 25));
      if (!person) return;
      const role = refinedByBody('leader', led.m, led.e);
      const phrase: Phrase = {
        head: i,
        first: i,
        last: led.m.last,
        role,
        status: was === undefined ? 'current' : 'former',
        org: led.e,
        area: false,
        accusative: false,
      };
      this.addRole(person.e, phrase, i, person.m.last, 0.75);
      return;
    }
    if (!stemIn(this.tokens[i], LED_BY)) return;
    const person = this.entityStartingAt(i + 1, ['person']);
    if (!person) return;
    let led = this.nearestBefore(i, ['organization', 'unit'], 10);
    if (!led) return;
    // `مجموعة “X” التابعة لفرع Y، والتي يقودها`: the clause describes X, Y only owns it.
    let k = led.m.first - 1;
    while (this.tokens[k]?.kind === 'quote') k--;
    if (stemIn(this.tokens[k], ATTACHED)) led = this.entityEndingAt(k - 1, ['organization', 'unit']) ?? led;
    // `المكتب الأمني للتنظيم، والذي`: the relative clause describes the unit, not its owner.
    const owned = this.mention(led.m.first - 1);
    if (led.m.type === 'organization' && owned?.type === 'unit') {
      const unit = this.res.entityOf.get(owned.id);
      if (unit) led = { e: unit, m: owned };
    }
    const role = refinedByBody('leader', led.m, led.e);
    const phrase: Phrase = {
      head: i,
      first: led.m.first,
      last: i,
      role,
      status: 'current',
      org: led.e,
      area: false,
      accusative: false,
    };
    this.addRole(person.e, phrase, led.m.first, person.m.last, 0.8);
  }

  /** `خلية تابعة للتنظيم ... تضم المدعو X وY`: members of the group's organization. */
  protected cell(i: number): void {
    if (!stemIn(this.tokens[i], GROUP_NOUNS)) return;
    const org =
      this.entityStartingAt(i + 1, ['organization', 'unit']) ??
      this.entityStartingAt(i + 2, ['organization']);
    if (!org) return;
    const members = this.membersAfter(i);
    for (const member of members) {
      if (this.rolesOf.get(member.e)?.some((r) => r.sentence === member.m.sentence)) continue;
      const phrase: Phrase = {
        head: i,
        first: i,
        last: org.m.last,
        role: 'member',
        status: 'current',
        org: org.e,
        area: false,
        accusative: false,
      };
      this.addRole(member.e, phrase, i, member.m.last, 0.7);
    }
  }

  /** Persons listed after `تضم`, `بينهم` in the sentence of a group noun. */
  protected membersAfter(i: number): { e: Entity; m: Mention }[] {
    const [, end] = this.sentenceRange(i);
    for (let j = i + 1; j <= end; j++) {
      if (stemIn(this.tokens[j], MEMBERS_LIST)) return this.mentionsIn(j + 1, end, ['person']);
    }
    return [];
  }
}
