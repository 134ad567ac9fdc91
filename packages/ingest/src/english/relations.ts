// English rows of relations: succession, killings in strikes, arrests and kinship.
import { ENGLISH_RELATION_WORDS as W } from '../lexicon/english.ts';
import type { EnFound, EnglishContext } from './context.ts';
import { inheritPosts } from './succession.ts';
import type { EnglishRuleInput } from './types.ts';

const PASSIVE = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);
const AGENTS = ['organization', 'unit', 'person'] as const;

/** Past `his deputy,` after `replaced by`: the name the appositive gives. */
function personAfter(ctx: EnglishContext, k: number): EnFound | undefined {
  const direct = ctx.startingAt(ctx.skipDeterminers(k), ['person']);
  if (direct) return direct;
  for (let j = k; j <= k + 4 && ctx.sameSentence(k, j); j++)
    if (ctx.lower(j) === ',') return ctx.startingAt(j + 1, ['person']);
  return undefined;
}

/**
 * `X succeeds Y (as emir)`, `Y was replaced by his deputy, X`, `X, who succeeded him`: the newcomer
 * replaced the one before; a post named after `as` is the newcomer's and was the predecessor's.
 */
function succession(ctx: EnglishContext, i: number): void {
  if (!W.enSucceeds.has(ctx.lower(i))) return;
  const passive = PASSIVE.has(ctx.lower(i - 1)) && ctx.lower(i + 1) === 'by';
  const sentence = ctx.tokens[i]!.sentence;
  let before = ctx.before(i, ['person'], 8);
  // `Qasim al-Raymi, who succeeded him`: the newcomer before `who`, `him` the one named before him.
  const who = ctx.lower(i - 1) === 'who' && ctx.lower(i + 1) === 'him';
  const after = who
    ? before
      ? ctx.before(before.m.first, ['person'], 30)
      : undefined
    : passive
      ? personAfter(ctx, i + 2)
      : personAfter(ctx, i + 1);
  // `He was appointed to lead the Amniyat, succeeding X`: the subject a pronoun stands for.
  if (!before && ctx.lower(i) === 'succeeding') before = ctx.personBefore(i);
  if (!before || !after) return void ctx.trace?.declined(sentence, ctx.rule, 'no person on both sides');
  const [newcomer, predecessor] = passive ? [after, before] : [before, after];
  ctx.addRelation(newcomer.e, 'replaced', predecessor.e, before.m.first, after.m.last, 0.8);
  const as = Math.max(before.m.last, after.m.last) + 1;
  const title = ctx.lower(as) === 'as' ? ctx.titleAt(as + 1) : undefined;
  if (title) {
    ctx.addRole(newcomer.e, { ...title, status: 'appointed' }, before.m.first, title.last, 0.75);
    ctx.addRole(predecessor.e, { ...title, status: 'former' }, before.m.first, title.last, 0.75);
  }
  inheritPosts(ctx, newcomer.e, predecessor.e, [before.m.first, after.m.last]);
}

/** `after the arrest of his predecessor, Y`, `named X ... as his successor`: `his` is the other one. */
function predecessorNoun(ctx: EnglishContext, i: number): void {
  const predecessor = W.enPredecessor.has(ctx.lower(i));
  if (!predecessor && !W.enSuccessor.has(ctx.lower(i))) return;
  if (!['his', 'her'].includes(ctx.lower(i - 1))) return;
  const named = predecessor ? personAfter(ctx, i + 1) : ctx.before(i, ['person'], 14);
  const owner = predecessor ? ctx.personBefore(i - 1) : ctx.personBefore(named ? named.m.first : i);
  if (!named || !owner)
    return void ctx.trace?.declined(ctx.tokens[i]!.sentence, ctx.rule, 'no person on both sides');
  const [newcomer, old] = predecessor ? [owner, named] : [named, owner];
  ctx.addRelation(newcomer.e, 'replaced', old.e, Math.min(named.m.first, i), Math.max(named.m.last, i), 0.7);
  inheritPosts(
    ctx,
    newcomer.e,
    old.e,
    [Math.min(named.m.first, i), Math.max(named.m.last, i)],
    ['appointed', 'current'],
  );
}

/**
 * `Y was killed in a strike by X`, `killed in an X drone strike`, `was arrested by X`, `the arrest
 * of Y by X`, and the active `X killed Y` / `X arrested Y`. Passive without an agent declines:
 * nobody to claim it of.
 */
function violence(ctx: EnglishContext, i: number): void {
  const word = ctx.lower(i);
  const killed = W.enKilled.has(word) || W.enKilling.has(word);
  const nominal = W.enKilling.has(word) || W.enArrest.has(word);
  if (!killed && !W.enArrested.has(word) && !nominal) return;
  const predicate = killed ? 'killed' : 'arrested';
  const sentence = ctx.tokens[i]!.sentence;
  if (nominal) {
    // `the capture last month of X`
    let of = i + 1;
    while (of < i + 4 && ctx.lower(of) !== 'of' && ctx.tokens[of]?.word) of++;
    if (ctx.lower(of) !== 'of') return;
    const victim = personAfter(ctx, of + 1);
    const agent = victim ? agentAfter(ctx, victim.m.last) : undefined;
    if (!victim || !agent) return void ctx.trace?.declined(sentence, ctx.rule, 'no victim or no agent');
    ctx.addRelation(agent.e, predicate, victim.e, i, agent.m.last, 0.7);
    return;
  }
  if (PASSIVE.has(ctx.lower(i - 1)) || ctx.lower(i - 1) === 'also') {
    const victim = ctx.before(i - 1, ['person'], 10) ?? ctx.personAt(i - 2) ?? subjectOf(ctx, i);
    // `X was arrested ..., the SDF said`: an arrest the body claims is its own.
    const agent = agentAfter(ctx, i) ?? (killed ? undefined : sayer(ctx, i));
    if (!victim || !agent) {
      ctx.trace?.declined(sentence, ctx.rule, victim ? 'no agent after the verb' : 'no victim');
      return;
    }
    ctx.addRelation(agent.e, predicate, victim.e, Math.min(victim.m.first, i), agent.m.last, 0.75);
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

/** `..., the SDF said`, `The SDF said ...`: the body whose statement the sentence reports. */
function sayer(ctx: EnglishContext, i: number): EnFound | undefined {
  let start = i;
  while (ctx.sameSentence(i, start - 1)) start--;
  for (let k = start; ctx.sameSentence(i, k); k++)
    if (ctx.lower(k) === 'said') return ctx.endingAt(k - 1, ['organization', 'unit']);
  return undefined;
}

/** `X, described by the coalition as its wali, was killed`: the person opening the sentence. */
function subjectOf(ctx: EnglishContext, i: number): EnFound | undefined {
  let start = i;
  while (ctx.sameSentence(i, start - 1)) start--;
  const first = ctx.startingAt(start, ['person']);
  return first && ctx.lower(first.m.last + 1) === ',' ? first : undefined;
}

/** The agent of a passive: `by X`, `in a strike by X`, `in an X drone strike`. */
function agentAfter(ctx: EnglishContext, i: number) {
  for (let k = i + 1; k <= i + 8 && ctx.sameSentence(i, k); k++) {
    const word = ctx.lower(k);
    if (word === '.' || word === 'and') return undefined;
    if (word === ',' && ctx.lower(k + 1) !== 'by') return undefined;
    // `detained by HTS's General Security Service`: the body the possessive owns.
    if (word === 'by') return ctx.ownedBody(ctx.startingAt(ctx.skipDeterminers(k + 1), AGENTS));
    const striker = ctx.startingAt(k, ['organization', 'unit']);
    if (striker && W.enStrike.has(ctx.lower(striker.m.last + 1) || ctx.lower(striker.m.last + 2)))
      return striker;
  }
  return undefined;
}

/**
 * `X, the son of Y`, `X was the nephew of Y`, `his brother, Y`, `X's brother, Y`: kin. The one
 * described is the subject (`his brother, Y`: Y is kin of him).
 */
function kinship(ctx: EnglishContext, i: number): void {
  if (!W.enKin.has(ctx.lower(i))) return;
  const sentence = ctx.tokens[i]!.sentence;
  if (ctx.lower(i + 1) === 'of') {
    const relative = ctx.startingAt(ctx.skipDeterminers(i + 2), ['person']);
    // `Abu Saab, 41, is the son of`: past the verb, hedges and an age between commas.
    let j = i - 1;
    while ((KIN_FILLERS.has(ctx.lower(j)) || /^\d+$/.test(ctx.lower(j))) && j > i - 10) j--;
    const person = ctx.endingAt(j, ['person']) ?? ctx.personAt(j);
    if (!person || !relative) return void ctx.trace?.declined(sentence, ctx.rule, 'no person on both sides');
    ctx.addRelation(person.e, 'relative_of', relative.e, person.m.first, relative.m.last, 0.8);
    return;
  }
  if (ctx.lower(i + 1) !== ',') return;
  const described = ctx.startingAt(i + 2, ['person']);
  const owner = ctx.tokens[i - 1]?.possessive ? ctx.endingAt(i - 1, ['person']) : ctx.personAt(i - 1);
  if (!described || !owner) return void ctx.trace?.declined(sentence, ctx.rule, 'no person on both sides');
  ctx.addRelation(described.e, 'relative_of', owner.e, Math.min(owner.m.first, i), described.m.last, 0.75);
}
const KIN_FILLERS = new Set([
  ',',
  'the',
  'a',
  'an',
  'eldest',
  'youngest',
  'was',
  'is',
  'reportedly',
  'allegedly',
  'as',
  'described',
  'also',
  'said',
  'to',
  'be',
]);

export const ENGLISH_RELATION_RULES: EnglishRuleInput[] = [
  {
    id: 'en.relation.succession',
    phase: 'relations',
    description:
      '`X succeeds Y (as emir)`, `Y was replaced by his deputy, X`, `X, who succeeded him`: the newcomer replaced the predecessor.',
    match: succession,
    examples: [
      {
        text: 'Omar Darwish succeeds Khaled Nasser as head of the security office.',
        relations: [{ subject: 'Omar Darwish', predicate: 'replaced', object: 'Khaled Nasser' }],
        roles: [{ person: 'Khaled Nasser', role: 'security_chief', status: 'former' }],
      },
      {
        text: 'The group named Rami Nasr as its new emir, succeeding Abu Khalil Sheikh.',
        relations: [{ subject: 'Rami Nasr', predicate: 'replaced', object: 'Abu Khalil' }],
      },
      {
        text: 'Last year Adnan Jaber was replaced by his deputy, Walid Hamdan, at the head of the council.',
        relations: [{ subject: 'Walid Hamdan', predicate: 'replaced', object: 'Adnan Jaber' }],
      },
      {
        text: 'Hisham Aref was killed in 2015, and Nabil Qadri, who succeeded him, died in 2020.',
        relations: [{ subject: 'Nabil Qadri', predicate: 'replaced', object: 'Hisham Aref' }],
      },
    ],
  },
  {
    id: 'en.relation.predecessor',
    phase: 'relations',
    description:
      '`after the arrest of his predecessor, Y`, `named X as his successor`: succession by a noun.',
    match: predecessorNoun,
    examples: [
      {
        text: 'Sources said Karim Aziz took the post after the arrest of his predecessor, Fuad Salim.',
        relations: [{ subject: 'Karim Aziz', predicate: 'replaced', object: 'Fuad Salim' }],
      },
    ],
  },
  {
    id: 'en.relation.violence',
    phase: 'relations',
    description:
      '`was killed in a strike by X`, `was arrested by X`, `X arrested Y`, `the arrest of Y by X`: killings and arrests.',
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
      {
        text: 'Sami Darwish, a teacher from Afrin, said he was arrested by the Syrian National Army.',
        relations: [{ subject: 'الجيش الوطني السوري', predicate: 'arrested', object: 'Sami Darwish' }],
      },
      {
        text: 'Adel Hamed was killed in an Israeli drone strike near the border.',
        relations: [{ subject: 'جيش الاحتلال الإسرائيلي', predicate: 'killed', object: 'Adel Hamed' }],
      },
      {
        text: 'The raid followed the arrest of Badr Jamil by the Syrian Democratic Forces in May.',
        relations: [{ subject: 'قوات سوريا الديمقراطية', predicate: 'arrested', object: 'Badr Jamil' }],
      },
      {
        text: 'Nizar Haj Ali, an Islamic State judge, was arrested near Raqqa on Monday, the SDF said.',
        relations: [{ subject: 'قوات سوريا الديمقراطية', predicate: 'arrested', object: 'Nizar Haj Ali' }],
      },
    ],
  },
  {
    id: 'en.relation.kinship',
    phase: 'relations',
    description: '`X, the son of Y`, `X was the nephew of Y`, `his brother, Y`: kin.',
    match: kinship,
    examples: [
      {
        text: 'Yusuf Rahman, the son of Ibrahim Rahman, joined the group in 2019.',
        relations: [{ subject: 'Yusuf Rahman', predicate: 'relative_of', object: 'Ibrahim Rahman' }],
      },
      {
        text: 'Sami Haddad told reporters that his brother, Nour Haddad, had been detained.',
        relations: [{ subject: 'Nour Haddad', predicate: 'relative_of', object: 'Sami Haddad' }],
      },
      {
        text: 'Kamal Idris was the nephew of Abu Saleh al-Omari, a former commander.',
        relations: [{ subject: 'Kamal Idris', predicate: 'relative_of', object: 'Abu Saleh al-Omari' }],
      },
    ],
  },
];
