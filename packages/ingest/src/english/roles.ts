// English rows of posts held: `X, the group's security chief`, `HTS leader X`, `X was appointed
// head of the media office`, `spokesman for the SDF X`.
import {
  ENGLISH_COPULA_FILLERS,
  ENGLISH_COPULAS,
  ENGLISH_DESCRIBING_VERBS,
  ENGLISH_FIGHTING_FORCES,
  ENGLISH_LEADING_VERBS,
  ENGLISH_RANKS,
  ENGLISH_RELATION_WORDS as W,
} from '../lexicon/english.ts';
import type { RoleClass } from '@shabaka/model';
import type { EnglishContext, EnTitle } from './context.ts';
import type { EnglishRuleInput } from './types.ts';

/** Verbs of describing between a comma and a title (`X, described by the coalition as the wali`). */
const DESCRIBED = new Set(['described', 'identified', 'named', 'known', 'seen', 'whom']);

/**
 * Where the clause a title opens began: past `described by X as`, and past an earlier title and
 * `and` (`X, a member of parliament and former PMF spokesman`); the comma's index, or -1.
 */
function commaBefore(ctx: EnglishContext, j: number): number {
  if (ctx.lower(j) === 'as')
    for (let k = j - 1; k >= j - 7 && ctx.sameSentence(j, k); k--) {
      if (DESCRIBED.has(ctx.lower(k))) {
        j = k - 1;
        while (ctx.lower(j) === 'he' || ctx.lower(j) === 'whom' || ctx.lower(j) === 'they') j--;
        break;
      }
    }
  if (ctx.lower(j) === 'and')
    for (let k = j - 1; k >= j - 7 && ctx.sameSentence(j, k); k--) {
      if (ctx.lower(k) === ',') return k;
      if (ctx.startingAt(k, ['person'])) return -1;
    }
  return ctx.lower(j) === ',' ? j : -1;
}

/** The person a name ends at j names, past a parenthesis after it (`X (علي حسين بركات)`). */
function personEndingAt(ctx: EnglishContext, j: number) {
  if (ctx.lower(j) === ')')
    for (let k = j - 1; k >= j - 8 && ctx.sameSentence(j, k); k--)
      if (ctx.lower(k) === '(') return ctx.endingAt(k - 1, ['person']);
  return ctx.endingAt(j, ['person']);
}

/** `X, the group's security chief` / `X, a deputy leader of HTS`: the title after a comma names X. */
function appositive(ctx: EnglishContext, i: number): void {
  const title = ctx.titleStartingAt(i);
  if (!title) return;
  let j = i - 1;
  while (ctx.lower(j) === 'the' || ctx.lower(j) === 'a' || ctx.lower(j) === 'an') j--;
  const owner = ctx.tokens[j]?.possessive ? (ctx.endingAt(j, ['organization'])?.m.first ?? j) : j + 1;
  j = owner - 1;
  while (ctx.lower(j) === 'the') j--;
  const comma = commaBefore(ctx, j);
  if (comma < 0 || !ctx.sameSentence(i, comma)) return;
  const person = personEndingAt(ctx, comma - 1);
  if (!person) {
    ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, 'no person before the comma');
    return;
  }
  ctx.addRole(person.e, title, person.m.first, title.last, 0.8);
}

/** `HTS leader Abu Mohammed al-Julani`, `spokesman for the SDF Farhad Shami`: the name after the title. */
function titleBeforeName(ctx: EnglishContext, i: number): void {
  const title = ctx.titleStartingAt(i);
  if (!title) return;
  let k = title.last + 1;
  if (ctx.lower(k) === ',' && ctx.lower(title.last) !== ',') k++;
  // `the branch's head in Daraa, Brigadier General Samer Haidar`
  while (ctx.tokens[k]?.cap && ENGLISH_RANKS.has(ctx.lower(k)) && !ctx.startingAt(k, ['person'])) k++;
  const person = ctx.startingAt(k, ['person']);
  if (!person) return;
  ctx.addRole(person.e, title, title.first, person.m.last, 0.75);
}

/** `He had commanded the group's fighters in Hawija`, `X led the Hamza Division`: the post of leading it. */
function leading(ctx: EnglishContext, i: number): void {
  let role = ENGLISH_LEADING_VERBS.get(ctx.lower(i));
  if (!role) return;
  if (ctx.lower(i + 1) === 'by') {
    ledBy(ctx, i, role);
    return;
  }
  let k = ctx.skipDeterminers(i + 1);
  const theGroups = ctx.groupPossessive(k);
  if (theGroups) k++;
  if (theGroups && ENGLISH_FIGHTING_FORCES.has(ctx.lower(k))) role = 'military_commander';
  const body = theGroups ? undefined : ctx.startingAt(k, ['organization', 'unit']);
  const org = theGroups ? ctx.groupBefore(i) : body?.e;
  const person = ctx.before(i, ['person'], 6) ?? ctx.personAt(ctx.lower(i - 1) === 'had' ? i - 2 : i - 1);
  if (!org || !person)
    return void ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, 'no body or no person');
  const last = body ? body.m.last : k;
  ctx.addRole(person.e, { first: i, last, role, status: 'current', org }, person.m.first, last, 0.7);
}

/** `The Counter-Terrorism Service is led by Lieutenant General X`: the name after `by` leads the body. */
function ledBy(ctx: EnglishContext, i: number, role: RoleClass): void {
  let k = i + 2;
  while (ctx.tokens[k]?.cap && ENGLISH_RANKS.has(ctx.lower(k)) && !ctx.startingAt(k, ['person'])) k++;
  const person = ctx.startingAt(k, ['person']);
  const body = ctx.before(
    ctx.lower(i - 1) === 'is' || ctx.lower(i - 1) === 'was' ? i - 1 : i,
    ['organization', 'unit'],
    3,
  );
  if (!person || !body)
    return void ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, 'no body or no person');
  ctx.addRole(
    person.e,
    { first: body.m.first, last: i, role, status: 'current', org: body.e },
    body.m.first,
    person.m.last,
    0.7,
  );
}

/** `X has long served on AQAP's shura council`: a member of the body served on. */
function servedOn(ctx: EnglishContext, verb: number, k: number): EnTitle | undefined {
  if (!/^serve[ds]?$/.test(ctx.lower(verb)) || ctx.lower(k - 1) !== 'on') return undefined;
  const owner = ctx.startingAt(k, ['organization']);
  const at = owner && ctx.tokens[owner.m.last]!.possessive ? owner.m.last + 1 : ctx.skipDeterminers(k);
  const body = ctx.startingAt(at, ['organization', 'unit']);
  if (!body) return undefined;
  return ctx.refined({ first: k, last: body.m.last, role: 'member', status: 'current', org: body.e });
}

/**
 * `Barakat was the commander of the Nasr unit`, `X remains the head of its sharia committee`,
 * `He was previously the group's emir`, `was identified as his bodyguard`: the post after a copula
 * is the subject's (the nearest person before it in its sentence, or the one a pronoun stands for).
 */
function copula(ctx: EnglishContext, i: number): void {
  // `A statement described him as a member of the group's shura council`
  if (ENGLISH_DESCRIBING_VERBS.has(ctx.lower(i)) && ctx.lower(i + 2) === 'as') {
    const title = ctx.titleAt(i + 3);
    const person = ctx.personAt(i + 1);
    if (title && person) ctx.addRole(person.e, title, i, title.last, 0.7);
    return;
  }
  if (!ENGLISH_COPULAS.has(ctx.lower(i)) && !(ctx.lower(i) === 'been' && ctx.lower(i - 1).startsWith('ha')))
    return;
  let k = i + 1;
  while (ENGLISH_COPULA_FILLERS.has(ctx.lower(k)) && k < i + 5) k++;
  const title = ctx.titleAt(k) ?? servedOn(ctx, i, k);
  if (!title) return;
  let j = i - 1;
  while (ENGLISH_COPULA_FILLERS.has(ctx.lower(j)) && j > i - 4) j--;
  const person = ctx.endingAt(j, ['person']) ?? ctx.personAt(j) ?? ctx.before(i, ['person'], 25);
  if (!person) {
    ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, 'no person before the verb');
    return;
  }
  ctx.addRole(person.e, title, Math.min(person.m.first, i), title.last, 0.7);
}

/** `X was appointed head of the media office`, `named X as spokesman`: a post given (or taken away). */
function appointment(ctx: EnglishContext, i: number): void {
  const appointed = W.enAppointed.has(ctx.lower(i));
  if (!appointed && !W.enDismissed.has(ctx.lower(i))) return;
  let person = ctx.before(i, ['person'], 12);
  let k = i + 1;
  const passive = ['was', 'were', 'been', 'is', 'be'].includes(
    ctx.lower(ctx.lower(i - 1).endsWith('ly') ? i - 2 : i - 1),
  );
  if (!passive) {
    const object = ctx.startingAt(k, ['person']);
    if (object) {
      person = object;
      k = object.m.last + 1;
    }
  }
  if (ctx.lower(k) === 'as' || ctx.lower(k) === 'from') k++;
  if (!passive && ctx.lower(i + 1) === 'of') {
    // `the appointment of X as ...`
    const object = ctx.startingAt(i + 2, ['person']);
    if (object) {
      person = object;
      k = ctx.lower(object.m.last + 1) === 'as' ? object.m.last + 2 : object.m.last + 1;
    }
  }
  const title = ctx.titleAt(k);
  if (!person || !title) {
    ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, person ? 'no title after the verb' : 'no person');
    return;
  }
  title.status = appointed ? 'appointed' : 'dismissed';
  ctx.addRole(person.e, title, Math.min(person.m.first, i), title.last, 0.8);
}

export const ENGLISH_ROLE_RULES: EnglishRuleInput[] = [
  {
    id: 'en.role.appositive',
    phase: 'roles',
    description:
      'A title after a name and a comma (`X, the group’s security chief`) is the post of that name.',
    match: appositive,
    examples: [
      {
        text: "Hayat Tahrir al-Sham said on Monday that Karim Haddad, the group's security chief, had survived the attack.",
        roles: [
          { person: 'Karim Haddad', role: 'security_chief', org: 'هيئة تحرير الشام', status: 'current' },
        ],
      },
      {
        text: 'Nabil Saeed, a former deputy leader of the Islamic State, was seen in the town last week.',
        roles: [{ person: 'Nabil Saeed', role: 'deputy_leader', org: 'داعش', status: 'former' }],
      },
      {
        text: 'Bilal Qassem, the commander of the Hamza Brigade, was wounded on Friday.',
        roles: [{ person: 'Bilal Qassem', role: 'leader', org: 'Hamza Brigade' }],
      },
      {
        text: 'Marwan Haddad, the head of HTS’ General Security Apparatus, left the city after the raid.',
        roles: [{ person: 'Marwan Haddad', role: 'security_chief', org: 'General Security Apparatus' }],
      },
      {
        text: 'Abu Hamza al-Ansari, emir of Mosul for ISIS, was captured in a raid.',
        roles: [{ person: 'Abu Hamza al-Ansari', role: 'leader', org: 'داعش' }],
      },
      {
        text: 'Hezbollah said Hadi Nasrat (هادي نصرت), a senior Hezbollah official, had left Beirut.',
        roles: [{ person: 'Hadi Nasrat', role: 'senior_member', org: 'حزب الله' }],
      },
      {
        text: 'Majid Ismail, described by the coalition as the wali of the Islamic State in Raqqa, was killed.',
        roles: [{ person: 'Majid Ismail', role: 'leader', org: 'داعش' }],
      },
      {
        text: 'Hadi Sabri, a member of parliament and former PMF spokesman, spoke to reporters.',
        roles: [{ person: 'Hadi Sabri', role: 'spokesperson', org: 'الحشد الشعبي', status: 'former' }],
      },
    ],
  },
  {
    id: 'en.role.title-before-name',
    phase: 'roles',
    description:
      'A title right before a name (`HTS leader X`, `spokesman for the SDF X`) is that name’s post.',
    match: titleBeforeName,
    examples: [
      {
        text: 'HTS leader Abu Mohammed al-Julani visited the camps near the border on Friday.',
        roles: [{ person: 'Abu Mohammed al-Julani', role: 'leader', org: 'هيئة تحرير الشام' }],
      },
      {
        text: 'The spokesman for the Syrian Democratic Forces, Farid Omar, denied the claims.',
        roles: [{ person: 'Farid Omar', role: 'spokesperson', org: 'قوات سوريا الديمقراطية' }],
      },
      {
        text: 'The head of the Salvation Government, Nader Kurdi, visited the hospital in Idlib.',
        roles: [{ person: 'Nader Kurdi', role: 'leader', org: 'حكومة الإنقاذ' }],
      },
      {
        text: 'Fighting resumed after Hezbollah commander Ali Karaki returned to the front.',
        roles: [{ person: 'Ali Karaki', role: 'military_commander', org: 'حزب الله' }],
      },
      {
        text: 'Hezbollah’s spokesman, أبو حمزة الأنصاري, told reporters the commander had died.',
        roles: [{ person: 'أبو حمزة الأنصاري', role: 'spokesperson', org: 'حزب الله' }],
      },
      {
        text: 'Hezbollah said one of its field commanders, Adel Mroue, was wounded near the border.',
        roles: [{ person: 'Adel Mroue', role: 'military_commander', org: 'حزب الله' }],
      },
      {
        text: 'The Asayish accused the head of the General Security Service, Colonel Fawzi Kanaan, of lying.',
        roles: [{ person: 'Fawzi Kanaan', role: 'security_chief', org: 'جهاز الأمن العام' }],
      },
    ],
  },
  {
    id: 'en.role.copula',
    phase: 'roles',
    description:
      'A post after `was`/`remains`/`had been` (`X was the commander of the Nasr unit`) is the subject’s; `He` is the person named before.',
    match: copula,
    examples: [
      {
        text: 'Rami Haddad remains the head of its sharia committee, the group said.',
        roles: [{ person: 'Rami Haddad', role: 'sharia_official', org: 'sharia committee' }],
      },
      {
        text: 'Saleh Omar joined the group in 2014. He was previously the emir of Hayat Tahrir al-Sham in Idlib.',
        roles: [{ person: 'Saleh Omar', role: 'leader', org: 'هيئة تحرير الشام' }],
      },
      {
        text: 'A second man killed in the strike on the Islamic State convoy, Fares Nouri, was identified as his bodyguard.',
        roles: [{ person: 'Fares Nouri', role: 'member', org: 'داعش' }],
      },
      {
        text: 'The coalition said Walid Amin had died. It described him as a member of the Islamic State’s shura council.',
        roles: [{ person: 'Walid Amin', role: 'senior_member' }],
      },
    ],
  },
  {
    id: 'en.role.leading',
    phase: 'roles',
    description:
      '`X led the Hamza Division`, `he had commanded the group’s fighters`: the post of leading the body.',
    match: leading,
    examples: [
      {
        text: 'The Islamic State named Ali Saber as its emir. He had commanded the group’s fighters in Hawija since 2021.',
        roles: [{ person: 'Ali Saber', role: 'military_commander', org: 'داعش' }],
      },
      {
        text: 'Hamid Naji led the Hamza Division until 2020.',
        roles: [{ person: 'Hamid Naji', role: 'leader', org: 'Hamza Division' }],
      },
      {
        text: 'The Counter-Terrorism Service is led by Lieutenant General Karim Hadi.',
        roles: [{ person: 'Karim Hadi', role: 'leader', org: 'جهاز مكافحة الإرهاب' }],
      },
    ],
  },
  {
    id: 'en.role.appointed',
    phase: 'roles',
    description:
      'A post given (`was appointed head of the media office`, `named X as spokesman`) or taken away.',
    match: appointment,
    examples: [
      {
        text: 'Samir Khalil was appointed head of the media office of Hayat Tahrir al-Sham last month.',
        roles: [{ person: 'Samir Khalil', role: 'media_chief', status: 'appointed' }],
      },
      {
        text: 'The group announced on Sunday the appointment of Fadi Sharif as its overall leader.',
        roles: [{ person: 'Fadi Sharif', role: 'leader', status: 'appointed' }],
      },
      {
        text: 'The Houthis named Yahya Saree as spokesman for their forces.',
        roles: [{ person: 'Yahya Saree', role: 'spokesperson', org: 'جماعة الحوثي', status: 'appointed' }],
      },
      {
        text: 'Iraqi officials said Hassan Ali was appointed minister of defence in the new cabinet.',
        roles: [{ person: 'Hassan Ali', role: 'minister', org: 'Ministry of Defence', status: 'appointed' }],
      },
    ],
  },
];
