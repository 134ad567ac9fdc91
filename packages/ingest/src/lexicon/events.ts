// Words of acts between entities (killings, arrests, successions, meetings) whose actor or
// counterpart the text names away from the verb: in a strike phrase, a list, a relative clause.
import { keys } from '../gazetteer/words.ts';

export const EVENT_WORDS = {
  /** A killing told of its victim (`قُتل X`, `مقتل X`, `لقي X مصرعه`, `اغتيل X`), its actor named later. */
  killing: keys('قتل قتلا قتلوا قتلت مقتل مصرع مصرعه مصرعهم اغتيل اغتيال تصفية'),
  /** The means of a killing, after which its actor is named (`بغارة للتحالف`, `في عملية نفذتها Y`). */
  strike: keys(
    'غارة ضربة قصف صاروخ طائرة مسيرة عملية إنزال هجوم كمين استهداف الغارة الضربة القصف الصاروخ الطائرة العملية الهجوم',
  ),
  /** `الغارة أدت إلى مقتل X`, `أسفرت عن مقتل X`: a strike that resulted in a killing. */
  resulted: keys('أدت أدى أسفرت أسفر'),
  /** `مقتله`, `قتله`, `اغتياله`: a killing whose victim is the one the text is about. */
  killingOfHim: keys('قتله مقتله اغتياله تصفيته'),
  /** Words between a strike noun and its actor that name no party (`بغارة جوية مماثلة لـ`). */
  strikeFillers: keys(
    'جوية جوي مماثلة مماثل مسيرة موجه موجهة دون بلا طيار مشتركة مشترك أمنية أمني عسكرية عسكري نوعية خاصة من',
  ),
  /** `نفذتها Y`, `شنتها Y`: the strike's actor follows as the verb's subject. */
  carriedOut: keys('نفذتها نفذها نفذته شنتها شنها شنته قامت قام'),
  /** `من قبل Y`, `على يد Y`: the agent of a passive. */
  agentOf: keys('قبل يد'),
  /** Relative pronouns whose antecedent is the victim (`X، الذي قُتل ...`, `X وY، اللذين قُتلا`). */
  relativePlural: keys('اللذين اللتين الذين اللذان'),
  relativeSingular: keys('الذي التي'),
  /** `الذي شغله بعد مقتل X`: a post taken up, its holder the one named before. */
  heldIt: keys('شغله شغلها تولاه تولاها تسلمه تسلمها'),
  /** What ended the predecessor's tenure (`بعد مقتل X`, `بعد اعتقال X`, `إثر استقالة X`). */
  tenureEnd: keys('مقتل وفاة مصرع اعتقال استقالة عزل إقالة إعفاء رحيل'),
  after: keys('بعد إثر عقب'),
  /** `التي كان يشغلها X`: the holder of a post before someone took it (`وتسلمها Y`). */
  heldBefore: keys('يشغلها يشغله يتولاها يتولاه'),
  /** `حل X محل Y`, `وحل مكانه Y`: took someone's place. */
  takePlace: keys('حل يحل وحل سيحل'),
  /** `مكانه`, `محله`: the place of the one named before. */
  hisPlace: keys('مكانه محله مكانها محلها'),
  /** A resignation accepted, whose successor the same sentence appoints (`قبول استقالة X وتعيين Y`). */
  resignation: keys('استقالة استقالته'),
  /** Nouns that sum up an arrest campaign before the names it took (`وشملت الاعتقالات X وY`). */
  arrestCampaign: keys('الاعتقالات الحملة حملة الاعتقال المداهمات'),
  /** `شملت`, `طالت`: a campaign and the persons it took. */
  included: keys('شملت طالت'),
  /** An arrest told before its target (`اعتقلت قوات Y`, `ألقت Y القبض`), remembered for later lists. */
  arrest: keys('اعتقل اعتقلت تعتقل يعتقل اعتقال احتجز احتجزت احتجاز اختطف اختطفت اختطاف خطف توقيف أوقف'),
  /** An arrest verb whose actor follows it (`اعتقلت “هيئة تحرير الشام” في فبراير القيادي X`). */
  arrestVerb: keys('اعتقل اعتقلت تعتقل يعتقل احتجز احتجزت اختطف اختطفت خطف خطفت'),
  /** `أمر X بتوقيف Y`: an order whose giver is the actor of the arrest. */
  ordered: keys('أمر أمرت'),
  /** A meeting that gathered the persons listed (`اجتماع ضم X وY`). */
  meetingNoun: keys('اجتماع لقاء اجتماعا قمة'),
  gathered: keys('ضم جمع وضم'),
  /** `إلى جانب X`: one more member of a list. */
  besides: keys('جانب'),
  inAddition: keys('إضافة بالإضافة'),
  to: keys('إلى'),
  /** Among the detainees: `المعتقلين ... ومن بينهم X`. */
  detainees: keys('المعتقلين المعتقلون المختطفين المحتجزين'),
  among: keys('بينهم'),
  /** `مقرب من`: close to a person or a body. */
  close: keys('المقربين المقرب مقرب مقربا المقربة المقربون مقربي'),
  from: keys('من'),
  /** Who the text accuses of an act (`اتهم Z Y باختطاف X`): the accused is its actor. */
  accused: keys('اتهم اتهمت يتهم تتهم'),
  /** `ولد X في قرية`: a life's events, told with the name after the verb. */
  lifeEvents: keys('ولد ولدت نشأ نشأت ترعرع درس تخرج توفي توفيت'),
  /** The holding of a captive (`X الذي تحتجزه Y`, `المختطف لدى Y`). */
  holds: keys('تحتجزه يحتجزه تحتجزها يحتجزها اختطفته اختطفها اعتقلته اعتقلتها خطفته'),
};

/** The nation a strike is said to be of (`ضربة جوية أمريكية`), by the stem of its adjective. */
export const STRIKING_NATIONS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['أمريكي أميركي', 'الولايات المتحدة'],
      ['إسرائيلي', 'إسرائيل'],
      ['روسي', 'روسيا'],
      ['تركي', 'تركيا'],
      ['إيراني', 'إيران'],
      ['فرنسي', 'فرنسا'],
      ['بريطاني', 'بريطانيا'],
    ] as const
  ).flatMap(([adjectives, nation]) => [...keys(adjectives)].map((a) => [a, nation] as const)),
);
