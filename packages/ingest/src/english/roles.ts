// English rows of posts held: `X, the group's security chief`, `HTS leader X`, `X was appointed
// head of the media office`, `spokesman for the SDF X`.
import { ENGLISH_RELATION_WORDS as W } from '../lexicon/english.ts';
import type { EnglishContext } from './context.ts';
import type { EnglishRuleInput } from './types.ts';

/** `X, the group's security chief` / `X, a deputy leader of HTS`: the title after a comma names X. */
function appositive(ctx: EnglishContext, i: number): void {
  const title = ctx.titleStartingAt(i);
  if (!title) return;
  let j = i - 1;
  while (ctx.lower(j) === 'the' || ctx.lower(j) === 'a' || ctx.lower(j) === 'an') j--;
  const owner = ctx.tokens[j]?.possessive ? (ctx.endingAt(j, ['organization'])?.m.first ?? j) : j + 1;
  j = owner - 1;
  while (ctx.lower(j) === 'the') j--;
  if (ctx.lower(j) !== ',' || !ctx.sameSentence(i, j)) return;
  const person = ctx.endingAt(j - 1, ['person']);
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
  const person = ctx.startingAt(k, ['person']);
  if (!person) return;
  ctx.addRole(person.e, title, title.first, person.m.last, 0.75);
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
        roles: [{ person: 'Bilal Qassem', role: 'military_commander', org: 'Hamza Brigade' }],
      },
      {
        text: 'Marwan Haddad, the head of HTS’ General Security Apparatus, left the city after the raid.',
        roles: [{ person: 'Marwan Haddad', role: 'leader', org: 'General Security Apparatus' }],
      },
      {
        text: 'Abu Hamza al-Ansari, emir of Mosul for ISIS, was captured in a raid.',
        roles: [{ person: 'Abu Hamza al-Ansari', role: 'leader', org: 'داعش' }],
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
