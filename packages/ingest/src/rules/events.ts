// Rows of acts between entities whose second party the text names away from the verb: the actor
// of a strike, the persons of an arrest campaign or a meeting, the captor of a hostage, the one
// who ordered an arrest or is accused of an act.
import { LEXICON } from '../lexicon/index.ts';
import { stemIn } from '../text/tokens.ts';
import {
  lastArrester,
  listedPersons,
  resultingStrikeActor,
  span,
  strikeActorAfter,
  strikeActorBefore,
  victimsOf,
} from './acts.ts';
import type { ClaimContext } from './context.ts';
import type { RuleInput } from './types.ts';

const BODIES = ['organization', 'unit'] as const;
const PERSON = ['person'] as const;

/** `قُتل X بغارة للتحالف`, `X وY، اللذين قُتلا خلال عملية إنزال للقوات الأمريكية`, `ضربة للتحالف قتلت X`. */
function killedInStrike(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.killing) && !stemIn(ctx.tokens[i], LEXICON.killingOfHim)) return;
  const victims = victimsOf(ctx, i);
  if (victims.length === 0) return;
  const end = Math.max(i, ...victims.map((v) => v.m.last));
  const actor =
    strikeActorBefore(ctx, i) ?? strikeActorAfter(ctx, end + 1, 16) ?? resultingStrikeActor(ctx, i);
  if (!actor) return;
  for (const victim of victims) ctx.addRelation(actor.e, 'killed', victim.e, ...span(actor, victim, i), 0.7);
}

/** The arrested of a list (`وشملت الاعتقالات X وY`, `المعتقلين ... ومن بينهم X`): the last arrester took them. */
function arrestedInCampaign(ctx: ClaimContext, i: number): void {
  const t = ctx.tokens[i];
  let from = -1;
  if (stemIn(t, LEXICON.included) && stemIn(ctx.tokens[i + 1], LEXICON.arrestCampaign)) {
    from = i + 2;
    while (stemIn(ctx.tokens[from], LEXICON.arrestCampaign)) from++;
  } else if (stemIn(t, LEXICON.among)) {
    const [start] = ctx.sentenceRange(i);
    for (let k = Math.max(start, i - 15); k < i; k++)
      if (stemIn(ctx.tokens[k], LEXICON.detainees)) from = i + 1;
  }
  if (from < 0) return;
  const first = ctx.firstPersonAfter(from, 10);
  const actor = first && lastArrester(ctx, i);
  if (!first || !actor) return;
  for (const person of listedPersons(ctx, first))
    ctx.addRelation(actor.e, 'arrested', person.e, i, person.m.last, 0.65);
}

/**
 * `اعتقلت “Y” في فبراير 2021 القيادي X`, `اعتقلت “Y” أيضاً X وZ`: the persons an arrest verb's
 * actor took, past a time phrase and a title, and the rest of their list.
 */
function arrestedAfterTime(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.arrestVerb)) return;
  const actor = ctx.entityStartingAt(i + 1, BODIES);
  if (!actor) return;
  for (let k = actor.m.last + 1; k <= actor.m.last + 10 && ctx.sameSentence(i, k); k++) {
    const t = ctx.tokens[k]!;
    if (t.text === '.' || t.text === '،' || ctx.entityStartingAt(k, BODIES)) return;
    const first = ctx.entityStartingAt(k, PERSON);
    if (!first) continue;
    for (const person of listedPersons(ctx, first))
      ctx.addRelation(actor.e, 'arrested', person.e, ...span(actor, person, i), 0.75);
    return;
  }
}

/** `وأمر وزير الداخلية X اليوم بتوقيف اللواء Y`: the one who ordered the arrest is its actor. */
function orderedArrest(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.ordered)) return;
  const actor = ctx.firstPersonAfter(i + 1, 5) ?? ctx.entityStartingAt(i + 1, BODIES);
  if (!actor) return;
  for (let k = actor.m.last + 1; k <= actor.m.last + 4 && ctx.sameSentence(i, k); k++) {
    const t = ctx.tokens[k]!;
    if (!t.key.startsWith('ب') || !stemIn(t, LEXICON.arrest)) continue;
    const target = ctx.firstPersonAfter(k + 1, 4);
    if (target && target.e !== actor.e)
      ctx.addRelation(actor.e, 'arrested', target.e, ...span(actor, target, i), 0.7);
    return;
  }
}

/** `اجتماع في دمشق ضم X، وY، إلى جانب Z`: the first named met each of the others. */
function meetingOfListed(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.meetingNoun)) return;
  for (let k = i + 1; k <= i + 5 && ctx.clause[k] === ctx.clause[i]; k++) {
    if (!stemIn(ctx.tokens[k], LEXICON.gathered)) continue;
    const first = ctx.firstPersonAfter(k + 1, 3);
    if (!first) return;
    const [host, ...others] = listedPersons(ctx, first);
    for (const other of others) ctx.addRelation(host!.e, 'met_with', other.e, i, other.m.last, 0.65);
    return;
  }
}

/** `اتهم الجهاز عناصر من جماعة Y باختطاف X`: the accused body is the actor the text names. */
function accusedOfAct(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.accused)) return;
  for (let k = i + 2; k <= i + 16 && ctx.sameSentence(i, k); k++) {
    const t = ctx.tokens[k]!;
    if (!t.key.startsWith('ب')) continue;
    const predicate = stemIn(t, LEXICON.arrest)
      ? 'arrested'
      : stemIn(t, LEXICON.killing)
        ? 'killed'
        : undefined;
    if (!predicate) continue;
    const actor = ctx.nearestBefore(k, BODIES, 4);
    const victim = ctx.firstPersonAfter(k + 1, 4);
    if (actor && victim) ctx.addRelation(actor.e, predicate, victim.e, ...span(actor, victim, k), 0.6);
    return;
  }
}

/** `X الذي تحتجزه القاعدة`: the body holding the captive took him. */
function heldBy(ctx: ClaimContext, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON.holds) || !stemIn(ctx.tokens[i - 1], LEXICON.relativeSingular)) return;
  const captive = ctx.entityEndingAt(i - 2, PERSON);
  const captor = ctx.entityStartingAt(i + 1, BODIES);
  if (captive && captor) ctx.addRelation(captor.e, 'arrested', captive.e, ...span(captor, captive, i), 0.7);
}

export const EVENT_RULES: RuleInput[] = [
  {
    id: 'killed.in-strike',
    kind: 'matcher',
    phase: 'relations',
    description:
      'A killing told of its victim (`قُتل X`, `مقتل X`, `X اللذين قُتلا`, `وتم قتله`), whose actor a strike phrase names after it (`بغارة جوية للتحالف`, `في عملية نفذتها Y`, `في ضربة أمريكية`) or before it (`ضربة لـY قتلت X`, `الغارة أدت إلى مقتل X` for the strike told before).',
    match: killedInStrike,
    triggers: ['killing', 'killingOfHim'],
    examples: [
      {
        text: 'وقُتل القيادي في تنظيم داعش أبو خالد الشامي بغارة جوية للتحالف الدولي قرب الرقة.',
        relations: [{ subject: 'التحالف الدولي', predicate: 'killed', object: 'أبو خالد الشامي' }],
      },
      {
        text: 'ونعى التنظيم القياديين "أبو عمر الحلبي" و"أبو بكر الرقاوي"، اللذين قُتلا خلال عملية إنزال جوي للقوات الأمريكية في ريف إدلب.',
        relations: [
          { subject: 'القوات الأمريكية', predicate: 'killed', object: 'أبو عمر الحلبي' },
          { subject: 'القوات الأمريكية', predicate: 'killed', object: 'أبو بكر الرقاوي' },
        ],
      },
      {
        text: 'وقتل المسؤول في حركة الشباب ويدعى محمد علي حسن في عملية أمنية نفذتها القوات الحكومية جنوب البلاد.',
        relations: [{ subject: 'القوات الحكومية', predicate: 'killed', object: 'محمد علي حسن' }],
      },
      {
        text: 'قُتل أبو أحمد المصري بصاروخ موجه من طائرة مسيرة تابعة للتحالف الدولي في إدلب.',
        relations: [{ subject: 'التحالف الدولي', predicate: 'killed', object: 'أبو أحمد المصري' }],
      },
      {
        text: 'وتتهم الولايات المتحدة الفصيل بالهجمات. وقُتل القيادي فيه أبو علي الحسيني في ضربة جوية أمريكية قرب المطار.',
        relations: [{ subject: 'الولايات المتحدة', predicate: 'killed', object: 'أبو علي الحسيني' }],
      },
      {
        text: 'وقتلت قوات التحالف الدولي قيادياً في داعش بغارة جوية شرق دير الزور. وقال ناشطون إن الغارة أدت إلى مقتل "أبو سعد الأنصاري".',
        relations: [{ subject: 'التحالف الدولي', predicate: 'killed', object: 'أبو سعد الأنصاري' }],
      },
      {
        text: 'وقال المصدر إن "أبو حفص المقدسي" تسلل إلى سيناء، وتم قتله أثناء قصف نفذته القوات الجوية المصرية.',
        relations: [{ subject: 'القوات الجوية المصرية', predicate: 'killed', object: 'أبو حفص المقدسي' }],
      },
    ],
  },

  {
    id: 'arrested.campaign-list',
    kind: 'matcher',
    phase: 'relations',
    description:
      'The persons an arrest campaign took, listed after it (`وشملت الاعتقالات X وY`, `المعتقلين ... من بينهم X`): arrested by the actor of the last arrest the article told.',
    match: arrestedInCampaign,
    triggers: ['included', 'among'],
    examples: [
      {
        text: 'اعتقلت قوات سوريا الديمقراطية عدداً من الوجهاء في ريف دير الزور. وشملت الاعتقالات كلاً من "محمد حسن العبد"، و"خالد أحمد الصالح".',
        relations: [
          { subject: 'قوات سوريا الديمقراطية', predicate: 'arrested', object: 'محمد حسن العبد' },
          { subject: 'قوات سوريا الديمقراطية', predicate: 'arrested', object: 'خالد أحمد الصالح' },
        ],
      },
    ],
  },
  {
    id: 'arrested.after-time',
    kind: 'matcher',
    phase: 'relations',
    description:
      'An arrest verb, its actor, then a time phrase or a title before the persons taken (`اعتقلت Y في فبراير 2021 القيادي X`), and the rest of their list.',
    match: arrestedAfterTime,
    triggers: ['arrestVerb'],
    examples: [
      {
        text: 'واعتقلت هيئة تحرير الشام في آذار 2022 القيادي "أبو يوسف الحموي" و"أبو حفص البنشي".',
        relations: [
          { subject: 'هيئة تحرير الشام', predicate: 'arrested', object: 'أبو يوسف الحموي' },
          { subject: 'هيئة تحرير الشام', predicate: 'arrested', object: 'أبو حفص البنشي' },
        ],
      },
    ],
  },
  {
    id: 'arrested.ordered',
    kind: 'matcher',
    phase: 'relations',
    description:
      'An order to arrest someone (`أمر وزير الداخلية X بتوقيف Y`): the one who gave it is the actor.',
    match: orderedArrest,
    triggers: ['ordered'],
    examples: [
      {
        text: 'وأمر وزير الداخلية "خالد حسن العبيدي" اليوم بتوقيف المقدم "سالم يوسف الجبوري" بتهم فساد.',
        relations: [{ subject: 'خالد حسن العبيدي', predicate: 'arrested', object: 'سالم يوسف الجبوري' }],
      },
    ],
  },
  {
    id: 'met-with.meeting-of',
    kind: 'matcher',
    phase: 'relations',
    description:
      'A meeting that gathered a list of persons (`اجتماع ضم X، وY، إلى جانب Z`): the first met the others.',
    match: meetingOfListed,
    triggers: ['meetingNoun'],
    examples: [
      {
        text: 'وجاء القرار بعد اجتماع في دمشق ضم "أحمد خالد السعيد"، و"محمد يوسف الحسن"، إلى جانب "علي حسين الموسى".',
        relations: [
          { subject: 'أحمد خالد السعيد', predicate: 'met_with', object: 'محمد يوسف الحسن' },
          { subject: 'أحمد خالد السعيد', predicate: 'met_with', object: 'علي حسين الموسى' },
        ],
      },
    ],
  },
  {
    id: 'act.accused-of',
    kind: 'matcher',
    phase: 'relations',
    description:
      'A body accused of an abduction or a killing (`اتهم Z عناصر من Y باختطاف X`): the accused is the actor the text names.',
    match: accusedOfAct,
    triggers: ['accused'],
    examples: [
      {
        text: 'واتهمت وزارة الداخلية عناصر من هيئة تحرير الشام باختطاف الناشط "محمد سعيد الخطيب" من منزله.',
        relations: [{ subject: 'هيئة تحرير الشام', predicate: 'arrested', object: 'محمد سعيد الخطيب' }],
      },
    ],
  },
  {
    id: 'arrested.held-by',
    kind: 'matcher',
    phase: 'relations',
    description: 'A captive held by a body (`X الذي تحتجزه Y`): the captor took him.',
    match: heldBy,
    triggers: ['holds'],
    examples: [
      {
        text: 'وطالب ذووه بالإفراج عن الطبيب "محمد علي الأحمد" الذي تحتجزه هيئة تحرير الشام منذ عامين.',
        relations: [{ subject: 'هيئة تحرير الشام', predicate: 'arrested', object: 'محمد علي الأحمد' }],
      },
    ],
  },
  {
    id: 'close-to.body',
    kind: 'relation',
    phase: 'relations',
    description: 'A person described as close to a body (`X، وهو إعلامي مقرب من الهيئة`).',
    trigger: { lexicon: 'close' },
    subject: { find: 'nearestBefore', types: ['person'], within: 6 },
    object: { find: 'objectAfter', through: 'from', types: ['organization', 'unit'], within: 1 },
    predicate: 'close_to',
    confidence: 0.7,
    examples: [
      {
        text: 'وقال "محمد خالد العمر"، وهو ناشط مقرب من هيئة تحرير الشام، إن الاجتماع انتهى.',
        relations: [{ subject: 'محمد خالد العمر', predicate: 'close_to', object: 'هيئة تحرير الشام' }],
      },
    ],
  },
];
