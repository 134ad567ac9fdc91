// English rows of ties: statements to an outlet (`told Reuters`), closeness and backing (`backed by
// Russia`, `the Turkish-backed SNA`), bodies inside others (`a faction of the SNA`, `its media
// office`), control of a place, moves, meetings and joining a group.
import { nameKey, ROLE_CLASS_INFO } from '@shabaka/model';
import { ENGLISH_PLACE_TYPES, ENGLISH_RELATION_WORDS as W } from '../lexicon/english.ts';
import type { EnglishContext, EnFound } from './context.ts';
import type { EnEntity } from './resolve.ts';
import type { EnglishRuleInput } from './types.ts';

const BODIES = ['organization', 'unit'] as const;
const ACTORS = ['person', 'organization', 'unit'] as const;

/** `X, the Asayish spokesman, told the Hawar news agency`: X stated it to the outlet. */
function told(ctx: EnglishContext, i: number): void {
  if (!W.enTold.has(ctx.lower(i))) return;
  const outlet = ctx.startingAt(ctx.skipDeterminers(i + 1), ['organization']);
  if (outlet?.e.kind !== 'media') return;
  const person = ctx.before(i, ['person'], 16) ?? ctx.personAt(i - 1);
  if (!person) return void ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, 'no person before');
  ctx.addRelation(person.e, 'stated_to', outlet.e, person.m.first, outlet.m.last, 0.8);
}

/**
 * `Y, a local force backed by Russia`, `Y is reportedly close to X`, `the Turkish-backed Y`: Y is
 * close to X. Who is close is the nearest body or person before, or the sentence's first one.
 */
function closeness(ctx: EnglishContext, i: number): void {
  const t = ctx.tokens[i]!;
  if (/-backed$/i.test(t.text)) {
    const backer = ctx.startingAt(i, ['organization']);
    const backed = ctx.startingAt(i + 1, BODIES);
    if (backer && backed) ctx.addRelation(backed.e, 'close_to', backer.e, i, backed.m.last, 0.7);
    return;
  }
  if (!W.enClose.has(t.lower) || !['by', 'to', 'with'].includes(ctx.lower(i + 1))) return;
  const other = ctx.startingAt(ctx.skipDeterminers(i + 2), ['person', 'organization', 'unit', 'place']);
  if (!other) return;
  const types = other.e.type === 'person' ? (['person'] as const) : BODIES;
  // Within the clause: `residents told Syria Direct that fighters loyal to X` says nothing of the outlet.
  let clause = i;
  while (clause > i - 8 && ctx.sameSentence(i, clause - 1) && ctx.lower(clause - 1) !== 'that') clause--;
  const found = ctx.before(i, types, i - clause);
  const near =
    found?.e.kind === 'media'
      ? undefined
      : (found ?? (other.e.type === 'person' ? ctx.personBefore(i) : firstIn(ctx, i)));
  if (!near) return void ctx.trace?.declined(t.sentence, ctx.rule, 'nobody before the tie');
  ctx.addRelation(near.e, 'close_to', other.e, near.m.first, other.m.last, 0.65);
}

/** `He had signed ... and later joined`: the person a sentence-opening pronoun stands for. */
function sentenceSubjectPronoun(ctx: EnglishContext, i: number): EnFound | undefined {
  let start = i;
  while (ctx.sameSentence(i, start - 1)) start--;
  return ['he', 'she'].includes(ctx.lower(start)) ? ctx.personAt(start) : undefined;
}

/** The first body named in token i's sentence, before i. */
function firstIn(ctx: EnglishContext, i: number): EnFound | undefined {
  let start = i;
  while (ctx.sameSentence(i, start - 1)) start--;
  for (let k = start; k < i; k++) {
    const f = ctx.startingAt(k, BODIES);
    if (f) return f;
  }
  return undefined;
}

/**
 * `X, a faction of the SNA`, `X, one of the factions within the PMF`, `X, part of Y`, `the FSA's
 * Southern Front`, `was placed under Y`: X is part of Y.
 */
function partOf(ctx: EnglishContext, i: number): void {
  const word = ctx.lower(i);
  // `head of its General Security Service`: a security branch the group calls its own.
  const branch = word === 'its' ? ctx.startingAt(i + 1, ['organization']) : undefined;
  const group = ctx.groupBefore(i);
  if (branch?.e.kind === 'security_branch' && group)
    return void ctx.addRelation(branch.e, 'part_of', group, i, branch.m.last, 0.65);
  const owner = ctx.endingAt(i, ['organization']);
  if (owner && ctx.tokens[i]!.possessive) {
    const owned = ctx.startingAt(i + 1, BODIES);
    if (owned && owned.e.org !== owner.e)
      ctx.addRelation(owned.e, 'part_of', owner.e, owner.m.first, owned.m.last, 0.7);
    return;
  }
  const whole = ownerBeforeNoun(ctx, i);
  if (whole) return;
  const placed = W.enPlacedUnder.has(word) && ctx.lower(i - 1) === 'placed';
  if (!placed && !(W.enPartNouns.has(word) && ['of', 'within', 'in'].includes(ctx.lower(i + 1)))) return;
  let at = ctx.skipDeterminers(i + (placed ? 1 : 2));
  // `a faction of the Turkish-backed SNA`: past the backer.
  if (/-backed$/i.test(ctx.tokens[at]?.text ?? '')) at++;
  const of = ctx.startingAt(at, BODIES);
  const part = ctx.before(i, BODIES, 10) ?? (placed ? firstIn(ctx, i) : undefined);
  if (!of || !part)
    return void ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, 'no body on both sides');
  ctx.addRelation(part.e, 'part_of', of.e, part.m.first, of.m.last, 0.7);
}

/**
 * `Hurras al-Din, an al-Qaeda affiliate`, `Military Security, one of the Syrian government's
 * intelligence branches`: the body named before the part noun, in an aside after the part's name.
 */
function ownerBeforeNoun(ctx: EnglishContext, i: number): boolean {
  if (!W.enPartNouns.has(ctx.lower(i)) || ['of', 'within', 'in'].includes(ctx.lower(i + 1))) return false;
  for (let k = i - 1; k >= i - 4 && ctx.sameSentence(i, k); k--) {
    const whole = ctx.endingAt(k, BODIES);
    if (!whole) continue;
    let j = whole.m.first - 1;
    while (['a', 'an', 'the', 'of', 'one'].includes(ctx.lower(j))) j--;
    const part = ctx.lower(j) === ',' ? ctx.endingAt(j - 1, BODIES) : undefined;
    if (!part) return false;
    ctx.addRelation(part.e, 'part_of', whole.e, part.m.first, i, 0.7);
    return true;
  }
  return false;
}

/** `its media office`, `the SDF media office`: a unit is part of the group that owns it. */
function unitOfGroup(ctx: EnglishContext, i: number): void {
  const unit = ctx.startingAt(i, ['unit']);
  const org = unit?.e.org;
  // A unit the resolver gave the article's main group for want of an owner says nothing of it.
  if (!unit || !org || !unit.e.orgNamed || unit.e.mentions[0] !== unit.m) return;
  const named = ctx.endingAt(i - 1, ['organization']) ?? ctx.endingAt(i - 2, ['organization']);
  ctx.addRelation(unit.e, 'part_of', org, named?.e === org ? named.m.first : i, unit.m.last, 0.7);
}

/** `The Houthis, who control Sanaa`: control of a place. */
function control(ctx: EnglishContext, i: number): void {
  if (!W.enControl.has(ctx.lower(i)) || ctx.lower(i - 1) === 'under') return;
  const place = ctx.startingAt(ctx.skipDeterminers(i + 1), ['place']);
  const holder = ctx.before(i, BODIES, 4);
  if (!place || !holder) return;
  ctx.addRelation(holder.e, 'controls', place.e, holder.m.first, place.m.last, 0.7);
}

/** `is believed to have fled to Turkey`: the person moved to the place. */
function moved(ctx: EnglishContext, i: number): void {
  if (!W.enMoved.has(ctx.lower(i)) || !['to', 'into'].includes(ctx.lower(i + 1))) return;
  const place = ctx.startingAt(ctx.skipDeterminers(i + 2), ['place']);
  const person = ctx.before(i, ['person'], 14) ?? ctx.personBefore(i);
  if (!place || !person) return;
  ctx.addRelation(person.e, 'moved_to', place.e, person.m.first, place.m.last, 0.7);
}

const MEETING_PEOPLE = new Set([
  'members',
  'leaders',
  'representatives',
  'officials',
  'commanders',
  'a',
  'delegation',
]);

/** `X had met PMF leaders in Baghdad`, `X met with Y`: a meeting. */
function met(ctx: EnglishContext, i: number): void {
  if (!W.enMet.has(ctx.lower(i))) return;
  let at = ctx.skipDeterminers(ctx.lower(i + 1) === 'with' ? i + 2 : i + 1);
  // `met members of the Men of Dignity movement`
  if (MEETING_PEOPLE.has(ctx.lower(at)) && ctx.lower(at + 1) === 'of') at = ctx.skipDeterminers(at + 2);
  const other = ctx.startingAt(at, ACTORS);
  const person = ctx.before(i, ['person'], 16) ?? ctx.personBefore(i);
  if (!other || !person) return;
  ctx.addRelation(person.e, 'met_with', other.e, person.m.first, other.m.last, 0.65);
}

/** `X later joined the Eighth Brigade`: membership, and the post of a member. */
function joined(ctx: EnglishContext, i: number): void {
  if (!W.enJoined.has(ctx.lower(i))) return;
  const body = ctx.startingAt(ctx.skipDeterminers(i + 1), BODIES);
  // A pronoun only when it opens the sentence: `they denied that he had joined` may speak of
  // someone the article left unnamed.
  const person = ctx.before(i, ['person'], 14) ?? sentenceSubjectPronoun(ctx, i);
  if (!body || !person) return;
  ctx.addRelation(person.e, 'member_of', body.e, person.m.first, body.m.last, 0.75);
  ctx.addRole(
    person.e,
    { first: i, last: body.m.last, role: 'member', status: 'current', org: body.e },
    person.m.first,
    body.m.last,
    0.7,
  );
}

/** `the Afrin region in northern Aleppo`, `the town of Sarmin, east of Idlib`: a place inside another. */
function locatedIn(ctx: EnglishContext, i: number): void {
  const inner = ctx.startingAt(i, ['place']);
  if (!inner) return;
  let k = inner.m.last + 1;
  if (ENGLISH_PLACE_TYPES.has(ctx.lower(k))) k++;
  if (ctx.lower(k) !== 'in') return;
  k++;
  if (DIRECTIONS.has(ctx.lower(k))) k++;
  const outer = ctx.startingAt(k, ['place']);
  if (!outer || outer.e === inner.e) return;
  ctx.addRelation(inner.e, 'located_in', outer.e, i, outer.m.last, 0.7);
}
const DIRECTIONS = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'rural',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);

/**
 * A post in a group named by `its`, `the group's` or `the faction's` makes its holder a member, as
 * the derivation does for a post whose sentence names the group (rules/derive.ts), which such a
 * sentence does not.
 */
function memberByPost(ctx: EnglishContext, i: number): void {
  if (i !== 0) return;
  for (const { person, title, from, to } of ctx.posts) {
    const org = title.org;
    if (!org || title.orgByDefault || org.kind !== 'armed_group' || !ROLE_CLASS_INFO[title.role].membership)
      continue;
    if (namesBody(ctx, from, org)) continue;
    ctx.addRelation(person, 'member_of', org, from, to, 0.7);
  }
}

/** Whether the sentence of token i names the body (then the derivation already made the membership). */
function namesBody(ctx: EnglishContext, i: number, body: EnEntity): boolean {
  const sentence = nameKey(ctx.sentences[ctx.tokens[i]!.sentence]!.text);
  return [body.name, ...body.aliases].some((n) => sentence.includes(nameKey(n)));
}

const row = (
  id: string,
  description: string,
  match: EnglishRuleInput['match'],
  examples: EnglishRuleInput['examples'],
): EnglishRuleInput => ({
  id,
  phase: 'relations',
  description,
  match,
  examples,
});

export const ENGLISH_TIE_RULES: EnglishRuleInput[] = [
  row('en.relation.told', '`X told Reuters`: a statement to an outlet.', told, [
    {
      text: 'Sami Khalaf, the Asayish spokesman, told Rudaw that the raid had ended.',
      relations: [{ subject: 'Sami Khalaf', predicate: 'stated_to', object: 'Rudaw' }],
    },
  ]),
  row('en.relation.close', '`backed by X`, `close to X`, `the X-backed Y`: Y is close to X.', closeness, [
    {
      text: 'Rami Saleh later joined the Hamza Brigade, a local force backed by the Syrian National Army.',
      relations: [{ subject: 'Hamza Brigade', predicate: 'close_to', object: 'الجيش الوطني السوري' }],
    },
    {
      text: 'Fighters of the Turkish-backed Syrian National Army entered the town on Monday.',
      relations: [{ subject: 'الجيش الوطني السوري', predicate: 'close_to', object: 'الحكومة التركية' }],
    },
  ]),
  row(
    'en.relation.part-of',
    '`a faction of Y`, `one of the factions within Y`, `placed under Y`, `Y’s X`: X is part of Y.',
    partOf,
    [
      {
        text: 'Kataib Hezbollah, one of the most powerful factions within the PMF, denied the report.',
        relations: [{ subject: 'كتائب حزب الله', predicate: 'part_of', object: 'الحشد الشعبي' }],
      },
      {
        text: 'The Eighth Brigade was placed under the Military Intelligence Directorate in 2021.',
        relations: [{ subject: 'Eighth Brigade', predicate: 'part_of', object: 'الأمن العسكري' }],
      },
    ],
  ),
  row(
    'en.relation.unit-of-group',
    '`its media office`, `the SDF media office`: a unit is part of its group.',
    unitOfGroup,
    [
      {
        text: 'Siham Dawood, the head of the SDF media office, said the road was open.',
        relations: [{ subject: 'media office', predicate: 'part_of', object: 'قوات سوريا الديمقراطية' }],
      },
    ],
  ),
  row('en.relation.controls', '`X, who control Y`, `X controls Y`: control of a place.', control, [
    {
      text: 'The Houthis, who control Sanaa, fired missiles on Sunday.',
      relations: [{ subject: 'جماعة الحوثي', predicate: 'controls', object: 'صنعاء' }],
    },
  ]),
  row('en.relation.moved', '`X fled to Turkey`: the person moved to the place.', moved, [
    {
      text: 'His brother, Nader Hamdi, is believed to have fled to Turkey.',
      relations: [{ subject: 'Nader Hamdi', predicate: 'moved_to', object: 'تركيا' }],
    },
  ]),
  row('en.relation.met', '`X met Y`, `X met with Y`: a meeting.', met, [
    {
      text: 'Colonel Jalal Hamid met with Hayat Tahrir al-Sham leaders in Idlib.',
      relations: [{ subject: 'Jalal Hamid', predicate: 'met_with', object: 'هيئة تحرير الشام' }],
    },
  ]),
  row('en.relation.located-in', '`the Afrin region in northern Aleppo`: a place inside another.', locatedIn, [
    {
      text: 'Residents of the Afrin region in northern Aleppo said the road was closed.',
      relations: [{ subject: 'عفرين', predicate: 'located_in', object: 'حلب' }],
    },
  ]),
  row(
    'en.relation.member-by-post',
    'A post in a group that `its`, `the group’s` or `the faction’s` names makes its holder a member of it.',
    memberByPost,
    [
      {
        text: 'The Sultan Murad Division denied the claims. The faction’s spokesman, Hadi Zein, said the homes were empty.',
        relations: [{ subject: 'Hadi Zein', predicate: 'member_of', object: 'Sultan Murad Division' }],
      },
    ],
  ),
  row('en.relation.joined', '`X joined Y`: X is a member of Y.', joined, [
    {
      text: 'Fadi Omran joined Hayat Tahrir al-Sham in 2017.',
      relations: [{ subject: 'Fadi Omran', predicate: 'member_of', object: 'هيئة تحرير الشام' }],
    },
  ]),
];
