// Rows of geography: where a place, a body or a person was, who holds an area, who went where.
import { nameKey } from '@shabaka/model';
import { NICKNAME_CUES } from '../gazetteer/words.ts';
import { LEXICON } from '../lexicon/index.ts';
import type { Entity } from '../stages/resolve.ts';
import { stemIn } from '../text/tokens.ts';
import type { ClaimContext, Found } from './context.ts';
import type { RuleInput } from './types.ts';

const BODIES = ['organization', 'unit'] as const;

/** The place a claim points at: the base of `شمالي حلب` (حلب), else the place itself. */
export function placeOf(ctx: ClaimContext, found: Found): Entity {
  const within = found.m.within;
  if (!within?.base) return found.e;
  return ctx.res.entities.find((e) => e.type === 'place' && e.key === nameKey(within.place)) ?? found.e;
}

/** The base of a compound place (`شرقي ليبيا` → ليبيا) when the article names it, else the compound. */
function baseOf(ctx: ClaimContext, found: Found): Entity {
  const within = found.m.within;
  if (!within) return found.e;
  return ctx.res.entities.find((e) => e.type === 'place' && e.key === nameKey(within.place)) ?? found.e;
}

/** A place mention at k introduced as a location: `في قرية “X”`, `بمدينة X`, `على طريق بلدة X`. */
function introduced(ctx: ClaimContext, k: number): boolean {
  const m = ctx.mention(k)!;
  if (m.start > ctx.tokens[k]!.start && ctx.key(k).startsWith('ب')) return true; // `بالعاصمة صنعاء`
  for (let j = k - 1; j >= k - 4 && ctx.sameSentence(j, k); j--) {
    const t = ctx.tokens[j]!;
    if (t.kind === 'quote') continue;
    if (stemIn(t, LEXICON.locative)) return true;
    const setting = stemIn(t, LEXICON.setting);
    if (!setting || ctx.mention(j)) return false;
    if (setting.prefix > 0 && t.key.startsWith('ب')) return true; // `بحي X`
  }
  return false;
}

/** The token before a place's locative ends a body's name (`رئيس المكتب السياسي لحماس في غزة`). */
function qualifiesBody(ctx: ClaimContext, k: number): boolean {
  let j = k - 1;
  while (j > k - 4 && (ctx.tokens[j]?.kind === 'quote' || stemIn(ctx.tokens[j], LEXICON.locative))) j--;
  const before = ctx.mention(j);
  return before?.last === j && (before.type === 'organization' || before.type === 'unit');
}

/** `الملقب بـ”X”`, `المكنى “X”`: another name of the person just named, not another person. */
function nicknamed(ctx: ClaimContext, k: number): boolean {
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const t = ctx.tokens[j]!;
    if (stemIn(t, NICKNAME_CUES) || (t.key.startsWith('ب') && NICKNAME_CUES.has(ctx.key(j - 1)))) return true;
    if (t.kind !== 'quote' && t.key !== 'ب' && t.key !== 'بـ') return false;
  }
  return false;
}

/**
 * The first place introduced as a location after token `from`; none past another person, another
 * act, a new clause (`موضحا أنه`) or the end of the sentence, nor one that places a body named
 * right before it.
 */
function locationAfter(ctx: ClaimContext, from: number, limit: number, who: Entity): Found | undefined {
  for (let k = from; k < from + limit && ctx.sameSentence(from, k); k++) {
    const t = ctx.tokens[k]!;
    if (stemIn(t, LEXICON.actsOnPerson) || stemIn(t, LEXICON.newClause)) return undefined;
    const m = ctx.mention(k);
    if (!m || m.first !== k) continue;
    const e = ctx.res.entityOf.get(m.id);
    if (m.type === 'person' && e !== who && !nicknamed(ctx, k)) return undefined;
    if (m.type === 'place' && !m.anaphor && e && introduced(ctx, k))
      return qualifiesBody(ctx, k) ? undefined : { e, m };
    k = m.last;
  }
  return undefined;
}

/** The person an act is done to: named after it (`مقتل القيادي X`), or before a verb (`X قُتل`). */
function victimOf(ctx: ClaimContext, i: number): Found | undefined {
  const after = ctx.firstPersonAfter(i + 1, 12);
  if (after) return after;
  if (!stemIn(ctx.tokens[i], LEXICON.actsAfterVictim)) return undefined;
  const before = ctx.nearestBefore(i, ['person'], 14);
  if (!before) return undefined;
  // `قال X إن أخاه قتل`: the person before a speech verb or a complementizer is not the victim.
  for (let k = before.m.last + 1; k < i; k++)
    if (stemIn(ctx.tokens[k], LEXICON.speech) || stemIn(ctx.tokens[k], LEXICON.newClause)) return undefined;
  return before;
}

function eventPlace(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.actsOnPerson)) return;
  const victim = victimOf(ctx, i);
  if (!victim) return;
  const place = locationAfter(ctx, Math.max(i, victim.m.last) + 1, 14, victim.e);
  if (place) ctx.addRelation(victim.e, 'located_in', placeOf(ctx, place), i, place.m.last, 0.6);
}

/** `X، شمال غرب سورية`, `X (جنوب اليمن)`: a place, then the part of a country it is in. */
function apposedRegion(ctx: ClaimContext, i: number): void {
  const m = ctx.mention(i);
  if (m?.first !== i || m.type !== 'place' || m.within?.kind !== 'country' || m.within.base) return;
  const sep = ctx.tokens[i - 1];
  if (sep?.text !== '،' && sep?.text !== '(') return;
  const inner = ctx.entityEndingAt(i - 2, ['place']);
  const region = ctx.res.entityOf.get(m.id);
  if (inner && region && !inner.m.anaphor)
    ctx.addRelation(inner.e, 'located_in', region, inner.m.first, m.last, 0.7);
}

/** `مدينة X الواقعة شرقي Y`, `X الواقع في Y`. */
function situated(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.situated)) return;
  const inner = ctx.entityEndingAt(i - 1, ['place']);
  if (!inner) return;
  const direct = ctx.entityStartingAt(i + 1, ['place']);
  const outer =
    direct ??
    (stemIn(ctx.tokens[i + 1], LEXICON.locative) ? ctx.entityStartingAt(i + 2, ['place']) : undefined);
  if (!outer || outer.m.anaphor) return;
  ctx.addRelation(inner.e, 'located_in', baseOf(ctx, outer), inner.m.first, outer.m.last, 0.75);
}

/** The person the article is about: named clearly more often than any other, if anyone is. */
function principalPerson(ctx: ClaimContext): Entity | undefined {
  const persons = ctx.res.entities
    .filter((e) => e.type === 'person')
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const [top, next] = persons;
  return top && top.mentions.length >= 2 && top.mentions.length > (next?.mentions.length ?? 0)
    ? top
    : undefined;
}

/** `هرب إلى سوريا`, `فروا من درنة إلى منطقة X`, `عاد متسللا إلى Y`: often with no subject of their own. */
function flight(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.flight)) return;
  let destination: Found | undefined;
  for (let k = i + 1; k <= i + 6 && ctx.sameSentence(i, k) && ctx.tokens[k]!.kind !== 'punct'; k++) {
    if (!stemIn(ctx.tokens[k], LEXICON.toward)) continue;
    // `إلى منطقة الفتائح`: the place word before the name is not part of it.
    destination =
      ctx.entityStartingAt(k + 1, ['place']) ??
      (ctx.mention(k + 1) ? undefined : ctx.entityStartingAt(k + 2, ['place']));
    break;
  }
  if (!destination || destination.m.anaphor) return;
  const who =
    ctx.entityStartingAt(i + 1, ['person'])?.e ??
    ctx.nearestBefore(i, ['person'], 8, true)?.e ??
    ctx.antecedent(i)?.e ??
    (stemIn(ctx.tokens[i], LEXICON.arrival) ? undefined : principalPerson(ctx));
  if (who) ctx.addRelation(who, 'moved_to', destination.e, i, destination.m.last, 0.55);
}

export const GEOGRAPHY_RULES: RuleInput[] = [
  {
    id: 'geo.event-place',
    kind: 'matcher',
    phase: 'relations',
    description:
      'A person killed, arrested or targeted is where the act happened: the first place introduced by في/ب/على after the person.',
    match: eventPlace,
    triggers: ['actsOnPerson'],
    examples: [
      {
        text: 'وأعلنت الشرطة مقتل القيادي سالم الحديدي في بلدة الدانا بريف إدلب.',
        relations: [{ subject: 'سالم الحديدي', predicate: 'located_in', object: 'الدانا' }],
      },
      {
        text: 'وقالت مصادر إن خالد الزعبي قتل مساء الأحد في العاصمة صنعاء.',
        relations: [{ subject: 'خالد الزعبي', predicate: 'located_in', object: 'صنعاء' }],
      },
    ],
  },
  {
    id: 'geo.apposed-region',
    kind: 'matcher',
    phase: 'relations',
    description: 'A place followed by `،` or `(` and a part of a country (`شمال غرب سورية`) is in that part.',
    match: apposedRegion,
    examples: [
      {
        text: 'وسقطت قذائف على بلدة سرمدا بريف إدلب الشمالي، شمال غرب سورية.',
        relations: [{ subject: 'ريف إدلب الشمالي', predicate: 'located_in', object: 'شمال غرب سورية' }],
      },
      {
        text: 'واندلعت اشتباكات في محافظة مأرب (شرق اليمن) أمس.',
        relations: [{ subject: 'مأرب', predicate: 'located_in', object: 'شرق اليمن' }],
      },
    ],
  },
  {
    id: 'geo.situated',
    kind: 'matcher',
    phase: 'relations',
    description: '`X الواقعة شرقي Y`, `X الواقع في Y`: X is in Y (the country, not the side of it).',
    match: situated,
    triggers: ['situated'],
    examples: [
      {
        text: 'وتقدمت القوات نحو مدينة سرت الواقعة شرقي ليبيا، بحسب مصادر في ليبيا.',
        relations: [{ subject: 'سرت', predicate: 'located_in', object: 'ليبيا' }],
      },
      {
        text: 'وزار الوفد بلدة الشحيل الواقعة في ريف دير الزور الشرقي.',
        relations: [{ subject: 'الشحيل', predicate: 'located_in', object: 'ريف دير الزور الشرقي' }],
      },
    ],
  },
  {
    id: 'geo.seat',
    kind: 'relation',
    phase: 'relations',
    description: '`ومقرها X`, `الذي يتمركز في X`, `الصادرة في X`: the body named before sits in X.',
    trigger: { lexicon: 'seat' },
    subject: { find: 'nearestBefore', types: [...BODIES], within: 8, sameClause: false },
    object: { find: 'firstAfter', types: ['place'], within: 3 },
    predicate: 'located_in',
    confidence: 0.7,
    examples: [
      {
        text: 'وقالت منظمة العفو الدولية ومقرها لندن إن التقرير صدر أمس.',
        relations: [{ subject: 'منظمة العفو الدولية', predicate: 'located_in', object: 'لندن' }],
      },
    ],
  },
  {
    id: 'geo.flight',
    kind: 'matcher',
    phase: 'relations',
    description:
      'Flight, infiltration and return to a place (`هرب إلى`, `فر من X إلى`, `تسلل إلى`, `عاد إلى`): the mover is named, the one before, or the person the article is about.',
    match: flight,
    triggers: ['flight'],
    examples: [
      {
        text: 'وقال المصدر إن خالد الزعبي هرب إلى تركيا بعد سقوط المدينة.',
        relations: [{ subject: 'خالد الزعبي', predicate: 'moved_to', object: 'تركيا' }],
      },
      {
        text: 'واعتقلت الشرطة سالم الحديدي أمس. وكان الحديدي قد فر من الموصل إلى الأراضي السورية قبل عامين.',
        relations: [{ subject: 'سالم الحديدي', predicate: 'moved_to', object: 'الأراضي السورية' }],
      },
    ],
  },
];
