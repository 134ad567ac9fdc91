// Rows of successions the text tells around the post rather than with `خلفاً لـ`: a post taken up
// after its holder's death or resignation, from its former holder, or in the place of the one
// named before.
import { APPOINTMENT_WORDS } from '../gazetteer/words.ts';
import { LEXICON } from '../lexicon/index.ts';
import { stemIn } from '../text/tokens.ts';
import { span } from './acts.ts';
import type { ClaimContext, Found } from './context.ts';
import type { RuleInput } from './types.ts';

const PERSON = ['person'] as const;

/** `X، الذي شغله بعد مقتل Y`: the holder of the post took it up from the one whose tenure ended. */
function replacedAfterTenureEnd(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.heldIt) || !stemIn(ctx.tokens[i + 1], LEXICON.after)) return;
  if (!stemIn(ctx.tokens[i + 2], LEXICON.tenureEnd)) return;
  const predecessor = ctx.firstPersonAfter(i + 3, 5);
  const successor = ctx.nearestBefore(i, PERSON, 30);
  if (predecessor && successor && predecessor.e !== successor.e)
    ctx.addRelation(successor.e, 'replaced', predecessor.e, ...span(successor, predecessor, i), 0.7);
}

/** `التي كان يشغلها X وتسلمها بموجب المرسوم Y`: the one who took the post replaced its holder. */
function replacedHolder(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.heldIt)) return;
  let holder: Found | undefined;
  for (let k = i - 1; k >= i - 8 && k >= 0 && ctx.sameSentence(i, k) && !holder; k--) {
    if (stemIn(ctx.tokens[k], LEXICON.heldBefore)) holder = ctx.firstPersonAfter(k + 1, 3);
  }
  if (!holder || holder.m.last >= i) return;
  const successor = ctx.firstPersonAfter(i + 1, 8);
  if (successor && successor.e !== holder.e)
    ctx.addRelation(successor.e, 'replaced', holder.e, ...span(successor, holder, i), 0.7);
}

/** `X، الذي كان وزيراً للتعليم وحل مكانه Y`: Y took the place of the one named before. */
function tookHisPlace(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.takePlace) || !stemIn(ctx.tokens[i + 1], LEXICON.hisPlace)) return;
  const successor = ctx.firstPersonAfter(i + 2, 3);
  const predecessor = ctx.nearestBefore(i, PERSON, 15);
  if (successor && predecessor && successor.e !== predecessor.e)
    ctx.addRelation(successor.e, 'replaced', predecessor.e, ...span(successor, predecessor, i), 0.7);
}

/** `قبول استقالة القائد X، وتعيين Y قائداً`: the appointee replaced the one who resigned. */
function replacedAfterResignation(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.resignation)) return;
  const resigned = ctx.firstPersonAfter(i + 1, 10);
  if (!resigned) return;
  for (let k = resigned.m.last + 1; k < resigned.m.last + 6 && ctx.sameSentence(i, k); k++) {
    if (!stemIn(ctx.tokens[k], APPOINTMENT_WORDS)) continue;
    const appointee = ctx.firstPersonAfter(k + 1, 4);
    if (appointee && appointee.e !== resigned.e)
      ctx.addRelation(appointee.e, 'replaced', resigned.e, ...span(appointee, resigned, i), 0.7);
    return;
  }
}

export const SUCCESSION_RULES: RuleInput[] = [
  {
    id: 'replaced.after-tenure-end',
    kind: 'matcher',
    phase: 'relations',
    description:
      'A post its holder took up after the death, arrest or resignation of another (`الذي شغله بعد مقتل Y`): the holder replaced him.',
    match: replacedAfterTenureEnd,
    triggers: ['heldIt'],
    examples: [
      {
        text: 'وكان "أبو سعيد الحمصي" يتولى منصب أمير القاطع، الذي شغله بعد مقتل "أبو علي التونسي" قبل أشهر.',
        relations: [{ subject: 'أبو سعيد الحمصي', predicate: 'replaced', object: 'أبو علي التونسي' }],
      },
    ],
  },
  {
    id: 'replaced.took-post-of-holder',
    kind: 'matcher',
    phase: 'relations',
    description:
      'A post its former holder held, then taken up by another (`التي كان يشغلها X وتسلمها Y`): Y replaced X.',
    match: replacedHolder,
    triggers: ['heldIt'],
    examples: [
      {
        text: 'وشمل القرار وزارة الزراعة التي كان يشغلها "محمد حسن الخطيب" وتسلمها بموجب القرار "أحمد سالم العلي".',
        relations: [{ subject: 'أحمد سالم العلي', predicate: 'replaced', object: 'محمد حسن الخطيب' }],
      },
    ],
  },
  {
    id: 'replaced.took-his-place',
    kind: 'matcher',
    phase: 'relations',
    description: 'Someone who took the place of the one named before (`X، الذي كان وزيراً وحل مكانه Y`).',
    match: tookHisPlace,
    triggers: ['takePlace'],
    examples: [
      {
        text: 'ونُقل "خالد عمر السيد"، الذي كان محافظاً لحمص، وحل مكانه "يوسف علي الحسن".',
        relations: [{ subject: 'يوسف علي الحسن', predicate: 'replaced', object: 'خالد عمر السيد' }],
      },
    ],
  },
  {
    id: 'replaced.after-resignation',
    kind: 'matcher',
    phase: 'relations',
    description: 'A resignation accepted and an appointment in the same breath (`قبول استقالة X، وتعيين Y`).',
    match: replacedAfterResignation,
    triggers: ['resignation'],
    examples: [
      {
        text: 'وأعلن الفصيل قبول استقالة قائده "محمد خالد الأحمد"، وتعيين "أحمد يوسف العلي" قائداً عاماً.',
        relations: [{ subject: 'أحمد يوسف العلي', predicate: 'replaced', object: 'محمد خالد الأحمد' }],
      },
    ],
  },
];
