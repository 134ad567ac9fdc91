// Finders of the parties to an act that the text names away from its verb: the actor of a strike
// phrase (`بغارة جوية للتحالف`), victims before a relative pronoun (`X وY، اللذين قُتلا`), the
// persons of a list (`X، وY، إلى جانب Z`) and the actor of the last arrest the article told.
import { nameKey } from '@shabaka/model';
import { STRIKING_NATIONS } from '../lexicon/events.ts';
import { LEXICON } from '../lexicon/index.ts';
import { stemIn } from '../text/tokens.ts';
import type { ClaimContext, Found } from './context.ts';

const BODIES = ['organization', 'unit'] as const;
const PERSON = ['person'] as const;

/** The token range of a claim between two parties found around the trigger at token i. */
export function span(a: Found, b: Found, i: number): [number, number] {
  return [Math.min(a.m.first, b.m.first, i), Math.max(a.m.last, b.m.last, i)];
}

/** Whether the mention starting at token k is written with the preposition `لـ` attached (`للتحالف`). */
function withAttachedL(ctx: ClaimContext, k: number, found: Found): boolean {
  const t = ctx.tokens[k]!;
  return (
    found.m.first === k && found.m.start > t.start && ctx.text.slice(t.start, found.m.start).endsWith('ل')
  );
}

/**
 * The actor named right after the strike noun at token k: `بغارة جوية للتحالف`, `في عملية نفذتها
 * القوات الحكومية`, `بصاروخ من طائرة مسيرة تابعة للتحالف`, `من قبل Y`. Only fillers (`جوية`, `بدون
 * طيار`) and more strike nouns may come between, so `غارة استهدفت موقعاً للتنظيم` names no actor.
 */
export function strikeActor(ctx: ClaimContext, k: number): Found | undefined {
  for (let j = k + 1; j <= k + 10 && ctx.sameSentence(k, j); j++) {
    const t = ctx.tokens[j]!;
    if (t.kind === 'quote') continue;
    const body = ctx.entityStartingAt(j, BODIES);
    if (body && withAttachedL(ctx, j, body)) return body;
    if (t.key === 'ل' || stemIn(t, LEXICON.carriedOut)) return ctx.entityStartingAt(j + 1, BODIES);
    const agent = stemIn(ctx.tokens[j + 1], LEXICON.agentOf);
    if ((t.key === 'من' || t.key === 'على') && agent) return ctx.entityStartingAt(j + 2, BODIES);
    const nation = nationOf(ctx, j);
    if (nation) return nation;
    const passes =
      stemIn(t, LEXICON.strike) || stemIn(t, LEXICON.strikeFillers) || stemIn(t, LEXICON.attached);
    if (!passes) return undefined;
  }
  return undefined;
}

/**
 * `ضربة جوية أمريكية`, `بغارة إسرائيلية`: the article's body named by that nation's adjective
 * (`جيش الاحتلال الإسرائيلي`), else the nation itself, read at the adjective's token.
 */
function nationOf(ctx: ClaimContext, j: number): Found | undefined {
  const t = ctx.tokens[j]!;
  const stem = t.key.replace(/^ال/, '').replace(/(ه|ة)$/, '');
  const nation = STRIKING_NATIONS.get(stem);
  if (!nation) return undefined;
  const entities = ctx.res.entities;
  const e =
    entities.find((x) => BODIES.includes(x.type as never) && x.key.split(' ').includes(`ال${stem}`)) ??
    entities.find((x) => x.key === nameKey(nation) || x.aliases.some((a) => nameKey(a) === nameKey(nation)));
  const m = e?.mentions[0];
  return e && m
    ? { e, m: { ...m, first: j, last: j, start: t.start, end: t.end, sentence: t.sentence } }
    : undefined;
}

/** The actor of the first strike phrase within `reach` tokens after token j, before the sentence ends. */
export function strikeActorAfter(ctx: ClaimContext, j: number, reach: number): Found | undefined {
  for (let k = j; k <= j + reach && ctx.sameSentence(j, k); k++) {
    const t = ctx.tokens[k]!;
    if (t.text === '.' || (k > j && stemIn(t, LEXICON.killing))) return undefined;
    if (stemIn(t, LEXICON.strike)) {
      const actor = strikeActor(ctx, k);
      if (actor) return actor;
    }
  }
  return undefined;
}

/** `ضربة للتحالف قتلت X`: the actor of a strike noun just before token i, in its clause. */
export function strikeActorBefore(ctx: ClaimContext, i: number): Found | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 5 && ctx.clause[k] === ctx.clause[i]; k--) {
    if (!stemIn(ctx.tokens[k], LEXICON.strike)) continue;
    const actor = strikeActor(ctx, k);
    return actor && actor.m.last < i ? actor : undefined;
  }
  return undefined;
}

/**
 * `الغارة أدت إلى مقتل X`, `أسفرت غارة للتحالف عن مقتل X`: the actor of the strike that resulted in
 * the killing at token i; for a strike told before (`الغارة`), the actor of the last strike told.
 */
export function resultingStrikeActor(ctx: ClaimContext, i: number): Found | undefined {
  let verb = -1;
  for (let k = i - 1; k >= i - 4 && k >= 0 && ctx.clause[k] === ctx.clause[i] && verb < 0; k--) {
    if (stemIn(ctx.tokens[k], LEXICON.resulted)) verb = k;
  }
  if (verb < 0) return undefined;
  for (let j = Math.max(0, verb - 3); j < i; j++) {
    if (j === verb || ctx.clause[j] !== ctx.clause[i] || !stemIn(ctx.tokens[j], LEXICON.strike)) continue;
    const actor = strikeActor(ctx, j);
    if (actor) return actor;
    return ctx.key(j).startsWith('ال') ? lastStrikeActor(ctx, j) : undefined;
  }
  return undefined;
}

/** The actor of the last strike told in the three sentences before token j (`قتلت قوات Y ... بغارة`). */
function lastStrikeActor(ctx: ClaimContext, j: number): Found | undefined {
  const sentence = ctx.tokens[j]!.sentence;
  for (let k = j - 1; k >= 0 && ctx.tokens[k]!.sentence >= sentence - 3; k--) {
    if (!stemIn(ctx.tokens[k], LEXICON.strike)) continue;
    const actor = strikeActor(ctx, k) ?? killerBefore(ctx, k);
    if (actor) return actor;
  }
  return undefined;
}

/** The body named as the subject of a killing verb before token k in its sentence (`قوات Y قتلت`, `قتلت قوات Y`). */
function killerBefore(ctx: ClaimContext, k: number): Found | undefined {
  const [start] = ctx.sentenceRange(k);
  for (let v = start; v < k; v++) {
    if (!stemIn(ctx.tokens[v], LEXICON.killing)) continue;
    const subject = ctx.nearestBefore(v, BODIES, 2, true) ?? ctx.entityStartingAt(v + 1, BODIES);
    if (subject) return subject;
  }
  return undefined;
}

/** The person the text was last about, in token i's sentence or the two before (`وتم قتله`). */
export function lastPersonBefore(ctx: ClaimContext, i: number): Found | undefined {
  const sentence = ctx.tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && ctx.tokens[k]!.sentence >= sentence - 2; k--) {
    const found = ctx.entityStartingAt(k, PERSON, false);
    if (found) return found;
  }
  return undefined;
}

/**
 * The persons of a list starting with `first`: joined by `و` or `،` (`X، وY`), and those added by
 * `إلى جانب Z` or `إضافة إلى Z` later in the sentence.
 */
export function listedPersons(ctx: ClaimContext, first: Found): Found[] {
  const list = ctx.listFrom(first);
  const [, end] = ctx.sentenceRange(first.m.first);
  for (let k = list.at(-1)!.m.last + 1; k < end; k++) {
    const t = ctx.tokens[k]!;
    if (t.text === '.') break;
    // `إلى جانب Z`, `إضافة إلى Z`
    const besides = stemIn(t, LEXICON.besides) && stemIn(ctx.tokens[k - 1], LEXICON.to);
    const inAddition = stemIn(t, LEXICON.inAddition) && stemIn(ctx.tokens[k + 1], LEXICON.to);
    if (!besides && !inAddition) continue;
    const next = ctx.firstPersonAfter(inAddition ? k + 2 : k + 1, 8);
    if (next && !list.some((p) => p.e === next.e)) list.push(...ctx.listFrom(next));
  }
  return list;
}

/**
 * The victims of a killing at token i: the persons named after it (`قُتل القيادي X`, `مقتل X`,
 * `قُتل X إلى جانب Y`), or the antecedents of a relative pronoun before it (`X، الذي قُتل`, `X وY
 * اللذين قُتلا`).
 */
export function victimsOf(ctx: ClaimContext, i: number): Found[] {
  if (stemIn(ctx.tokens[i], LEXICON.killingOfHim)) {
    const him = lastPersonBefore(ctx, i);
    return him ? [him] : [];
  }
  const before = ctx.tokens[i - 1];
  if (stemIn(before, LEXICON.relativePlural) || stemIn(before, LEXICON.relativeSingular)) {
    const [start] = ctx.sentenceRange(i);
    const persons = ctx.mentionsIn(Math.max(start, i - 14), i - 2, PERSON);
    const last = persons.at(-1);
    if (!last || last.m.last < i - 4) return [];
    if (!stemIn(before, LEXICON.relativePlural)) return [last];
    return persons.slice(-2).filter((p, n, all) => all.findIndex((q) => q.e === p.e) === n);
  }
  for (let k = i + 1; k <= i + 16 && ctx.sameSentence(i, k); k++) {
    const t = ctx.tokens[k]!;
    if (t.text === '.' || stemIn(t, LEXICON.strike) || t.kind === 'number') return [];
    const person = ctx.entityStartingAt(k, PERSON);
    if (person) return listedPersons(ctx, person);
  }
  return [];
}

/**
 * The actor of the last arrest told before token i (`اعتقلت قوات سوريا الديمقراطية ...`, `قسد
 * تعتقل ...`): the body right after the arrest word, or right before it.
 */
export function lastArrester(ctx: ClaimContext, i: number): Found | undefined {
  for (let k = i - 1; k >= 0; k--) {
    if (!stemIn(ctx.tokens[k], LEXICON.arrest) || !ctx.readable(k)) continue;
    const actor = ctx.entityStartingAt(k + 1, BODIES) ?? ctx.nearestBefore(k, BODIES, 2, true);
    if (actor) return actor;
  }
  return undefined;
}
