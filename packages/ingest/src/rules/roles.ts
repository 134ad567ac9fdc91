// Rows of posts held: constructions where no title word stands before or after the name.
import { nameKey } from '@shabaka/model';
import { ROLE_HEADS } from '../gazetteer/words.ts';
import { LEXICON } from '../lexicon/index.ts';
import { stemIn } from '../text/tokens.ts';
import type { ClaimContext, Found } from './context.ts';
import type { RuleInput } from './types.ts';

const MINISTRY_KEY = /^(ب|و|وب)?وزاره /;

/** The ministry named right after token j, with or without `بـ` (`بوزارة الدفاع`). */
function ministryAt(ctx: ClaimContext, j: number): Found | undefined {
  const m = ctx.mention(j);
  if (!m || m.first !== j || m.type !== 'organization') return undefined;
  const e = ctx.res.entityOf.get(m.id);
  return e && MINISTRY_KEY.test(nameKey(e.name)) ? { e, m } : undefined;
}

/** `يتولى X وزارة الإعلام، وY وزارة الزراعة`: each name of the list takes the ministry after it. */
function ministryHolders(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.takingCharge)) return;
  const status = stemIn(ctx.tokens[i], LEXICON.charging) ? 'appointed' : 'current';
  let person = ctx.firstPersonAfter(i + 1, 3);
  while (person) {
    const ministry = ministryAt(ctx, person.m.last + 1);
    if (!ministry) return;
    const phrase = {
      head: ministry.m.first,
      first: ministry.m.first,
      last: ministry.m.last,
      role: 'minister' as const,
      status,
      org: ministry.e,
      area: false,
      accusative: false,
    } as const;
    ctx.addRole(person.e, { ...phrase }, person.m.first, ministry.m.last, 0.75);
    let k = ministry.m.last + 1;
    if (ctx.tokens[k]?.text === '،') k++;
    person = ctx.entityStartingAt(k, ['person']);
    if (person && person.m.first !== k) person = undefined;
  }
}

/**
 * `وزارة التجارة التي كان يشغلها سامر الغربي`, `وتسلمها بموجب المرسوم ماهر نداف`: the one named
 * after a verb whose pronoun stands for the ministry just named holds (or takes) it.
 */
function ministryHeldBy(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.holdingIt)) return;
  const ministry = ctx.nearestBefore(i, ['organization'], 12);
  if (!ministry || !MINISTRY_KEY.test(nameKey(ministry.e.name))) return;
  const person = ctx.firstPersonAfter(i + 1, 6);
  if (!person) return;
  const was = ctx.key(i - 1) === 'كان' || ctx.key(i - 2) === 'كان';
  const taken = /^و?(تسلم|تولا)/.test(ctx.key(i));
  const phrase = {
    head: i,
    first: ministry.m.first,
    last: i,
    role: 'minister' as const,
    status: was ? 'former' : taken ? 'appointed' : 'current',
    org: ministry.e,
    area: false,
    accusative: false,
  } as const;
  ctx.addRole(person.e, { ...phrase }, ministry.m.first, person.m.last, 0.7);
}

const ROLE_KEYS = new Set(ROLE_HEADS.keys());
const LIST_REACH = 6;

/** `3 قياديين بهذا التنظيم هم A، وB، وC`: every name of the list holds the plural title. */
function pluralTitleList(ctx: ClaimContext, i: number): void {
  const stem = stemIn(ctx.tokens[i], ROLE_KEYS);
  const head = stem && ROLE_HEADS.get(stem.key);
  if (!head?.plural) return;
  let body: Found | undefined;
  for (let k = i + 1; k <= i + LIST_REACH && ctx.sameSentence(i, k); k++) {
    body ??= ctx.entityStartingAt(k, ['organization', 'unit']);
    if (!stemIn(ctx.tokens[k], LEXICON.listOpeners)) continue;
    const first = ctx.firstPersonAfter(k + 1, 3);
    if (!first) {
      ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, 'no name after the list opener');
      return;
    }
    const phrase = {
      head: i,
      first: i,
      last: k,
      role: head.role,
      status: 'current',
      area: false,
      accusative: false,
    } as const;
    for (const person of ctx.listFrom(first))
      ctx.addRole(person.e, { ...phrase, ...(body ? { org: body.e } : {}) }, i, person.m.last, 0.7);
    return;
  }
}

export const ROLE_RULES: RuleInput[] = [
  {
    id: 'minister.held-ministry',
    kind: 'matcher',
    phase: 'roles',
    description:
      'One named after `يشغلها`/`تسلمها`, whose pronoun is the ministry named just before, holds it.',
    match: ministryHeldBy,
    triggers: ['holdingIt'],
    examples: [
      {
        text: 'وشمل التعديل وزارة الإعلام التي كان يشغلها سامر الغربي، وتسلمها بموجب المرسوم ماهر نداف.',
        roles: [
          { person: 'سامر الغربي', role: 'minister', org: 'وزارة الإعلام', status: 'former' },
          { person: 'ماهر نداف', role: 'minister', org: 'وزارة الإعلام', status: 'appointed' },
        ],
      },
    ],
  },
  {
    id: 'senior-member.plural-list',
    kind: 'matcher',
    phase: 'roles',
    description:
      'A plural title (`قياديين`, `عناصر`) followed by `هم` and a list: each name holds the title.',
    match: pluralTitleList,
    examples: [
      {
        text: 'وعرضت الحكومة مكافأة لمن يدل على ثلاثة قياديين في حراس الدين هم سامر الحوراني وأبو زيد المصري.',
        roles: [
          { person: 'سامر الحوراني', role: 'senior_member', org: 'حراس الدين' },
          { person: 'أبو زيد المصري', role: 'senior_member', org: 'حراس الدين' },
        ],
      },
    ],
  },
  {
    id: 'minister.takes-ministry',
    kind: 'matcher',
    phase: 'roles',
    description:
      'One named after `يتولى` or `تكليف` takes the ministry named right after him; a list continues.',
    match: ministryHolders,
    triggers: ['takingCharge'],
    examples: [
      {
        text: 'وفي الحكومة الجديدة يتولى سامر الخطيب وزارة الإعلام، وماهر العلي وزارة الزراعة.',
        roles: [
          { person: 'سامر الخطيب', role: 'minister', org: 'وزارة الإعلام', status: 'current' },
          { person: 'ماهر العلي', role: 'minister', org: 'وزارة الزراعة' },
        ],
      },
      {
        text: 'وقررت الحكومة تكليف نزار الحموي بوزارة الإدارة المحلية.',
        roles: [{ person: 'نزار الحموي', role: 'minister', status: 'appointed' }],
      },
    ],
  },
];
