// Rows of control: which body holds an area, in the constructions the verb matcher of relate.ts
// (`يسيطر X على Y`) does not read.
import { nameKey } from '@shabaka/model';
import { DIRECTIONS } from '../gazetteer/places.ts';
import { LEXICON } from '../lexicon/index.ts';
import { stemIn } from '../text/tokens.ts';
import type { ClaimContext, Found } from './context.ts';
import { placeOf } from './geography.ts';
import type { RuleInput } from './types.ts';

const BODIES = ['organization', 'unit'] as const;
const DIRECTION_WORDS = new Set([...DIRECTIONS.keys()].map(nameKey));

/** `وسهل الغاب، شمال غربي حماة`: a side of a place after a comma says where the one before is. */
function apposedSide(ctx: ClaimContext, place: Found): boolean {
  const first = place.m.first;
  const side = stemIn(ctx.tokens[first], DIRECTION_WORDS);
  return ctx.tokens[first - 1]?.text === '،' && !!place.m.within && !!side && side.key !== 'ريف';
}

function holds(ctx: ClaimContext, body: Found, places: readonly Found[], from: number): void {
  for (const [n, place] of places.entries()) {
    if (n > 0 && apposedSide(ctx, place)) continue;
    ctx.addRelation(body.e, 'controls', placeOf(ctx, place), from, place.m.last, 0.75);
  }
}

/** `البلدة التي تسيطر عليها X`, `في ريف Y الذي تسيطر عليه X`. */
function relativeClause(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.controlVerbs) || !stemIn(ctx.tokens[i + 1], LEXICON.onIt)) return;
  if (!stemIn(ctx.tokens[i - 1], LEXICON.relatives)) return;
  const body = ctx.entityStartingAt(i + 2, BODIES);
  const place = ctx.entityEndingAt(i - 2, ['place']);
  if (body && place && !place.m.anaphor) holds(ctx, body, [place], place.m.first);
}

/** `في مناطق سيطرة X شمالي Y`, `المناطق الخاضعة لسيطرة X في Y`: the places named right after X. */
function areasOf(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.areasOf) && ctx.key(i) !== 'المناطق') return;
  let j = i + 1;
  if (stemIn(ctx.tokens[j], LEXICON.under)) j++;
  if (!stemIn(ctx.tokens[j], LEXICON.underNext)) return;
  const body = ctx.entityStartingAt(j + 1, BODIES);
  if (!body) return;
  // Only a locative or a direction (`شمالي وشرقي محافظة Y`) between the body and its places.
  let k = body.m.last + 1;
  let located = false;
  while (k <= body.m.last + 3 && !ctx.mention(k)) {
    if (stemIn(ctx.tokens[k], LEXICON.locative)) located = true;
    else if (!stemIn(ctx.tokens[k], DIRECTION_WORDS)) break;
    k++;
  }
  const first = ctx.mention(k);
  if (first?.type !== 'place' || first.first !== k) return;
  // A bare region after the body (`مناطق سيطرة X جنوب دمشق`) says where the areas are, not what X
  // holds; `في Y` or a side of Y (`شرقي محافظة Y`) names the place held.
  if (!located && !first.within?.base) return;
  holds(ctx, body, ctx.placesAfter(k), i);
}

/** `X، صاحبة النفوذ العسكري في مدن إدلب وأجزاء من ريف حلب`: the power in the places listed. */
function influence(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.holderOf) || !stemIn(ctx.tokens[i + 1], LEXICON.influence)) return;
  const body = ctx.nearestBefore(i, BODIES, 12);
  if (!body) return;
  const at = ctx.key(i + 2) === 'في' ? i + 2 : ctx.key(i + 3) === 'في' ? i + 3 : -1;
  if (at >= 0) holds(ctx, body, ctx.placesAfter(at + 1), body.m.first);
}

/** `محافظاً لصعدة (معقل الحوثيين)`, `المحفد، التي تعد أحد أهم معاقل التنظيم`; not `كانت تعد معقل`. */
function stronghold(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.stronghold)) return;
  const body = ctx.entityStartingAt(i + 1, BODIES);
  if (!body) return;
  let place: Found | undefined;
  if (ctx.tokens[i - 1]?.text === '(') place = ctx.entityEndingAt(i - 2, ['place']);
  for (let r = i - 1; !place && r >= i - 6 && ctx.sameSentence(r, i); r--) {
    if (stemIn(ctx.tokens[r], LEXICON.was)) return;
    if (!stemIn(ctx.tokens[r], LEXICON.relatives)) continue;
    place = ctx.entityEndingAt(ctx.tokens[r - 1]?.text === '،' ? r - 2 : r - 1, ['place']);
    break;
  }
  if (place && !place.m.anaphor) holds(ctx, body, [place], place.m.first);
}

export const CONTROL_RULES: RuleInput[] = [
  {
    id: 'control.relative-clause',
    kind: 'matcher',
    phase: 'relations',
    description:
      '`Y الذي تسيطر عليه X`: the place before the relative clause is held by the body after عليه.',
    match: relativeClause,
    triggers: ['controlVerbs'],
    examples: [
      {
        text: 'وانفجرت عبوة في بلدة الشحيل التي تسيطر عليها قوات سوريا الديمقراطية.',
        relations: [{ subject: 'قوات سوريا الديمقراطية', predicate: 'controls', object: 'الشحيل' }],
      },
    ],
  },
  {
    id: 'control.areas-of',
    kind: 'matcher',
    phase: 'relations',
    description:
      '`مناطق سيطرة X في Y`, `المناطق الخاضعة لسيطرة X في Y`: X holds the places named right after it.',
    match: areasOf,
    examples: [
      {
        text: 'وتنتشر الخلايا في المناطق الخاضعة لسيطرة هيئة تحرير الشام في ريف حلب الغربي.',
        relations: [{ subject: 'هيئة تحرير الشام', predicate: 'controls', object: 'ريف حلب الغربي' }],
      },
      {
        text: 'وقتل عنصران في مناطق سيطرة قوات سوريا الديمقراطية شرقي محافظة الحسكة.',
        relations: [{ subject: 'قوات سوريا الديمقراطية', predicate: 'controls', object: 'الحسكة' }],
      },
    ],
  },
  {
    id: 'control.influence',
    kind: 'matcher',
    phase: 'relations',
    description: '`X صاحبة النفوذ (العسكري) في Y وZ`: X holds the places listed.',
    match: influence,
    triggers: ['holderOf'],
    examples: [
      {
        text: 'وتعد هيئة تحرير الشام صاحبة النفوذ في إدلب وأجزاء من ريف حماة.',
        relations: [
          { subject: 'هيئة تحرير الشام', predicate: 'controls', object: 'إدلب' },
          { subject: 'هيئة تحرير الشام', predicate: 'controls', object: 'ريف حماة' },
        ],
      },
    ],
  },
  {
    id: 'control.stronghold',
    kind: 'matcher',
    phase: 'relations',
    description: '`Y (معقل X)`, `Y، التي تعد أهم معاقل X`: X holds Y now (a past `كانت تعد` does not count).',
    match: stronghold,
    triggers: ['stronghold'],
    examples: [
      {
        text: 'وزار الوفد الأممي صعدة (معقل جماعة الحوثي) للمرة الأولى.',
        relations: [{ subject: 'جماعة الحوثي', predicate: 'controls', object: 'صعدة' }],
      },
    ],
  },
];
