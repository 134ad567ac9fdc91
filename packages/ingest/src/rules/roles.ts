// Rows of posts held: constructions where no title word stands before or after the name.
import { nameKey } from '@shabaka/model';
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

export const ROLE_RULES: RuleInput[] = [
  {
    id: 'minister.takes-ministry',
    kind: 'matcher',
    phase: 'roles',
    description:
      'One named after `يتولى` or `تكليف` takes the ministry named right after him; a list continues.',
    match: ministryHolders,
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
