// English rows of relations: succession, killings in strikes, arrests and kinship.
import { ENGLISH_RELATION_WORDS as W } from '../lexicon/english.ts';
import type { EnglishContext } from './context.ts';
import type { EnglishRuleInput } from './types.ts';

const PASSIVE = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);
const AGENTS = ['organization', 'unit', 'person'] as const;

/** `X succeeds Y`, `X replaced Y`, `Y was replaced by X`: the newcomer replaced the one before. */
function succession(ctx: EnglishContext, i: number): void {
  if (!W.enSucceeds.has(ctx.lower(i))) return;
  const passive = PASSIVE.has(ctx.lower(i - 1)) && ctx.lower(i + 1) === 'by';
  const before = ctx.before(i, ['person'], 8);
  const after = ctx.after(passive ? i + 1 : i, ['person'], 4);
  if (!before || !after) {
    ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, 'no person on both sides');
    return;
  }
  const [newcomer, predecessor] = passive ? [after, before] : [before, after];
  ctx.addRelation(newcomer.e, 'replaced', predecessor.e, before.m.first, after.m.last, 0.8);
}

/**
 * `Y was killed in a strike by X`, `killed in an X drone strike`, `was arrested by X`, and the
 * active `X killed Y` / `X arrested Y`. Passive without an agent declines: nobody to claim it of.
 */
function violence(ctx: EnglishContext, i: number): void {
  const killed = W.enKilled.has(ctx.lower(i));
  if (!killed && !W.enArrested.has(ctx.lower(i))) return;
  const predicate = killed ? 'killed' : 'arrested';
  const sentence = ctx.tokens[i]!.sentence;
  if (PASSIVE.has(ctx.lower(i - 1))) {
    const victim = ctx.before(i - 1, ['person'], 6);
    const agent = agentAfter(ctx, i);
    if (!victim || !agent) {
      ctx.trace?.declined(sentence, ctx.rule, victim ? 'no agent after the verb' : 'no victim');
      return;
    }
    ctx.addRelation(agent.e, predicate, victim.e, victim.m.first, agent.m.last, 0.75);
    return;
  }
  const agent = ctx.before(i, AGENTS, 6);
  const victim = ctx.startingAt(ctx.skipDeterminers(i + 1), ['person']);
  if (!agent || !victim) {
    ctx.trace?.declined(sentence, ctx.rule, 'no agent before or person after');
    return;
  }
  ctx.addRelation(agent.e, predicate, victim.e, agent.m.first, victim.m.last, 0.75);
}

/** The agent of a passive: `by X`, `in a strike by X`, `in an X drone strike`. */
function agentAfter(ctx: EnglishContext, i: number) {
  for (let k = i + 1; k <= i + 8 && ctx.sameSentence(i, k); k++) {
    const word = ctx.lower(k);
    if (word === ',' || word === '.' || word === 'and') return undefined;
    if (word === 'by') return ctx.startingAt(ctx.skipDeterminers(k + 1), AGENTS);
    const striker = ctx.startingAt(k, ['organization', 'unit']);
    if (striker && W.enStrike.has(ctx.lower(striker.m.last + 1) || ctx.lower(striker.m.last + 2)))
      return striker;
  }
  return undefined;
}

/** `X, the son of Y`: kin. */
function kinship(ctx: EnglishContext, i: number): void {
  if (!W.enKin.has(ctx.lower(i)) || ctx.lower(i + 1) !== 'of') return;
  const relative = ctx.startingAt(ctx.skipDeterminers(i + 2), ['person']);
  let j = i - 1;
  while (
    ctx.lower(j) === 'the' ||
    ctx.lower(j) === 'a' ||
    ctx.lower(j) === 'eldest' ||
    ctx.lower(j) === 'youngest'
  )
    j--;
  const person = ctx.endingAt(ctx.lower(j) === ',' ? j - 1 : j, ['person']);
  if (!person || !relative) {
    ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, 'no person on both sides');
    return;
  }
  ctx.addRelation(person.e, 'relative_of', relative.e, person.m.first, relative.m.last, 0.8);
}

export const ENGLISH_RELATION_RULES: EnglishRuleInput[] = [
  {
    id: 'en.relation.succession',
    phase: 'relations',
    description:
      '`X succeeds Y`, `X replaced Y`, `Y was replaced by X`: the newcomer replaced the predecessor.',
    match: succession,
    examples: [
      {
        text: 'Omar Darwish succeeds Khaled Nasser as head of the security office.',
        relations: [{ subject: 'Omar Darwish', predicate: 'replaced', object: 'Khaled Nasser' }],
      },
      {
        text: 'The group named Rami Nasr as its new emir, succeeding Abu Khalil Sheikh.',
        relations: [{ subject: 'Rami Nasr', predicate: 'replaced', object: 'Abu Khalil' }],
      },
      {
        text: 'Last year Adnan Jaber was replaced by Walid Hamdan at the head of the council.',
        relations: [{ subject: 'Walid Hamdan', predicate: 'replaced', object: 'Adnan Jaber' }],
      },
    ],
  },
  {
    id: 'en.relation.violence',
    phase: 'relations',
    description: '`was killed in a strike by X`, `was arrested by X`, `X arrested Y`: killings and arrests.',
    match: violence,
    examples: [
      {
        text: 'Abu Bakr al-Halabi was killed in a strike by the Islamic State near Raqqa on Tuesday.',
        relations: [{ subject: 'داعش', predicate: 'killed', object: 'Abu Bakr al-Halabi' }],
      },
      {
        text: 'The Syrian Democratic Forces arrested Jamal Hussein, a local ISIS official, in Hasakah.',
        relations: [{ subject: 'قوات سوريا الديمقراطية', predicate: 'arrested', object: 'Jamal Hussein' }],
      },
      {
        text: 'Local sources said Tariq Mansour was killed in a Hezbollah drone strike.',
        relations: [{ subject: 'حزب الله', predicate: 'killed', object: 'Tariq Mansour' }],
      },
    ],
  },
  {
    id: 'en.relation.kinship',
    phase: 'relations',
    description: '`X, the son of Y`: X is a relative of Y.',
    match: kinship,
    examples: [
      {
        text: 'Yusuf Rahman, the son of Ibrahim Rahman, joined the group in 2019.',
        relations: [{ subject: 'Yusuf Rahman', predicate: 'relative_of', object: 'Ibrahim Rahman' }],
      },
    ],
  },
];
