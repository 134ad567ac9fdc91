// Stage 6: roles and relations between the resolved entities, each with the sentence and span
// that state it. Titles bind to the name next to them within the clause; relations read the
// verb and noun patterns of the genre (`سيطرة X على`, `ألقت القبض على`, `المقربين من`, `خلفاً لـ`).
import {
  nameKey,
  type Predicate,
  type RelationItem,
  type RoleClass,
  type RoleItem,
  type RoleStatus,
  type UnitKind,
  roleOfUnitHead,
} from '@shabaka/model';
import {
  APPOINTMENT_WORDS,
  DEPUTY_OF,
  DISMISSAL_WORDS,
  GROUP_NOUNS,
  KIN,
  keys,
  LED_BY,
  MEMBERS_LIST,
  PERSON_CUES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  STATUS_WORDS,
  TRAILING_ADJECTIVES,
} from './gazetteer/words.ts';
import type { Mention, Recognized } from './recognize.ts';
import { type Entity, ownerAfter, pastParenthesis, type Resolved } from './resolve.ts';
import type { Sentence } from './split.ts';
import { type Found, type Phrase, ClaimContext as Context } from './rules/context.ts';
import { LEXICON } from './lexicon/index.ts';
import { RULES } from './rules/index.ts';
import { runRules } from './rules/run.ts';
import type { Trace } from './rules/trace.ts';
import { isWord, stemIn } from './text/tokens.ts';

export interface Related {
  roles: RoleItem[];
  relations: RelationItem[];
  /** Governments no mention names but a title implies (`وزير الداخلية العراقي`): new organizations. */
  implied: Entity[];
}

const AREA_WORDS = keys('المنطقة المدينة البلدة المحافظة للمنطقة بالمنطقة منطقة');
const WHOLE_WORDS = keys('كاملة كاملا كلها بأكملها بكاملها');
const IN = keys('في ب باسم');
const IN_IT = keys('فيه فيها فيهم منه منها لها له');
/** `الذي وصفه بأنه “والي الأنبار”`, `التي وصفتها بـ“القاضي الشرعي”`: what a title is said to be. */
const DESCRIBED_AS = keys('بأنه بأنها أنه أنها ب');
const RELATIVES = LEXICON.relatives;
/** Words of a genitive chain that are not nouns of a title (`قائد عمليات الأنبار` is one). */
const CHAIN_BREAKS = keys('في من على إلى عن مع بعد قبل أن منذ خلال عند بين ضد حول الذي التي');
/** `تكليف “X” بإدارة اللواء`: a charge to run a body. */
const RUN = keys('بإدارة بقيادة لإدارة لقيادة');
/** `يدير عمليات التنظيم`: the work of a body stands for the body. */
const JOIN = keys('انضم انضمت ينضم تنضم انضمام');
const AFFAIRS = keys('عمليات شؤون نشاط أنشطة');
/** Words inside a role phrase that change nothing: `الناطق الرسمي`, `القيادي البارز`. */
const FILLERS = keys('الرسمي الرسمية البارز البارزة الأول الثاني العام');
const ROLE_HEAD_SET = new Set(ROLE_HEADS.keys());
/** `رئيس`: a president, a prime minister or a group's head is a leader (see `presides`). */
const WORKS_AS = keys('يعمل ويعمل عمل وعمل تعمل');
const PRESIDING = keys('رئيس الرئيس رئيسة الرئيسة رئيسا');
const GOVERNMENT_WORDS = keys('الوزراء الحكومة حكومة مجلس');
const LED_KINDS = new Set<string>(['government', 'armed_group', 'party']);
/** A definite nisba adjective, folded: `الفنلندي`, `اليمني`. */
const NATIONALITY = /^ال\p{L}{2,}ي$/u;
const SECTOR_WORDS = keys('قاطع قطاع ولاية لقاطع لولاية لقطاع');
const POSITION = keys('منصب');
const HOLDS = keys('يشغل شغل تولى يتولى تسلم وتسلم');
const WAS = keys('كان وكان كانت وكانت');
const LEADS = keys('يرأس ويرأس يقود ويقود يتزعم يدير ويدير ترأس');
const PRONOUNS = keys('هو وهو أنه بأنه وأنه');
const DEPUTY_HEADS = keys('نائب النائب');
const COPULA = keys('هو وهو هي وهي');
const ANNOUNCE = keys('أعلن أعلنت وأعلن وأعلنت أكد أكدت قال قالت ذكر ذكرت');
const QUANTITY_STOP = keys('بأمر بعد قبل');
const FORCE_WORDS = keys('عناصر قوات دورية طيران مقاتلي مسلحين خلايا أرتال رتل');
const STRIKE = keys('بغارة بقصف برصاص بضربة بهجوم بتفجير');
const ATTACHED = keys('التابع التابعة التابعين تابعة تابع المنضوي المنضوية المنضوين');
const CONTROL_POSSESSED = keys('سيطرته سيطرتها سيطرتهم');
const PASSIVE_MOVED = keys('نقل');
const MOVE_TO = keys('إلى نحو باتجاه');
/** `زيارة X إلى`, `دخول أرتال X إلى`, `وصول X إلى`: nouns of a movement, whose mover follows them. */
const MOVEMENT_NOUNS = keys('زيارة دخول وصول');
const DEPART = keys('خرج خرجت غادر غادرت خروج مغادرة انسحب انسحبت انسحاب');
const IN_PLACE = keys('وسط في ب داخل');
const PLACE_WORDS_IN = keys(
  'بمدينة ببلدة بقرية بحي بمحافظة بمخيم بإقليم بناحية بمنطقة في مدينة بلدة قرية حي محافظة ناحية إقليم منطقة',
);
const THAT = keys('أن');
const PRONOUN_OBJECTS = keys('له منه لها منها');
/** Heads of bodies that belong to a larger one: `“فرع فلسطين” في المخابرات العسكرية`. */
const RANK_AMONG = keys('أحد إحدى كبرى أكبر أبرز');
const COMPONENTS = keys('مكونات ألوية فصائل كتائب تشكيلات فرق مجموعات ميليشيات أذرع');
/** `حل X محل Y`: took Y's place. */
const TAKE_PLACE = LEXICON.takePlace;
const PLACE_OF = keys('محل مكان');
/** `تسلم X قيادة اللواء من Y`: received a post from Y. */
const RECEIVE = keys('تسلم يتسلم استلم يستلم');
const POSTS = keys('منصب منصبه مهام مهامه قيادة إدارة رئاسة');
const SUB_BODY = keys('فرع لواء ألوية كتيبة الفيلق فيلق قطاع مكتب خلية سرية فرقة');
/** Bodies with a seat (`فرع فلسطين في دمشق`), unlike a brigade met or fighting somewhere. */
const SEATED_BODY = keys('فرع مكتب إدارة');
const ONE_OF = keys('أحد وأحد احدى');
const CONTROL_VERBS = LEXICON.controlVerbs;
const CONTROL_NOUNS = LEXICON.controlNouns;
const UNDER = LEXICON.under;
const UNDER_NEXT = LEXICON.underNext;
const AREAS_OF = LEXICON.areasOf;
const ON = keys('على');
const INCLUDING = keys('منها ومنها أبرزها وأبرزها بينها ومن');
const ARREST = keys(
  'اعتقل اعتقلت اعتقال باعتقال واعتقال احتجز احتجزت احتجاز أسر أسرت اختطف اختطفت اختطاف خطف',
);
const SEIZE = keys('القبض');
const THROW = keys('ألقت ألقى إلقاء ألقوا');
const KILL = keys('قتل قتلت اغتال اغتالت اغتيال باغتيال أعدم أعدمت إعدام بإعدام تصفية');
const AGENT = keys('يد قبل');
/** `تقف وراء`, `بالوقوف وراء`: the one behind an act. */
const STANDING = keys('تقف يقف تقفان الوقوف بالوقوف وقوف');
const BEHIND = keys('وراء وراءها وراءه خلف');
/** `في عملية تبنتها خلايا التنظيم`, `أعلن مسؤوليته عن`: a group claims the act. */
const CLAIMED = keys('تبنى تبنت تبنته تبنتها يتبنى وتبنى وتبنت');
const RESPONSIBILITY = keys('مسؤوليته مسؤوليتها المسؤولية مسؤوليتهم');
/** Nouns of a killing with no agent, whose victim a later attribution refers to. */
const DEATH = keys('مقتل');
/** What `تقف وراء` may point to when it points to the killing told before. */
const KILLING_REFERENCES = keys('عملية العملية الحادثة الحادث الجريمة ذلك');
/** `خطط لخطف X`: an act planned or attempted, not done. */
const PLANNED = keys('خطط يخطط تخطط خططت حاول حاولت يحاول تحاول محاولة');
const DEPARTURE = keys('خروج خرج خرجت غادر غادرت مغادرة فرار فر هروب هرب انسحاب انسحب');
const VIA_ONE = keys('عبر');
const VIA_TWO: [Set<string>, Set<string>][] = [
  [keys('من'), keys('جهة خلال معبر')],
  [keys('عن'), keys('طريق')],
];
const STATEMENT = keys('صرح صرحت قال قالت أكد أكدت أوضح أوضحت أضاف أفاد أفادت كشف كشفت تحدث وقال وأكد وصرح');
const STATEMENT_NOUNS = keys('تصريح تصريحات حديث مقابلة لقاء');
const CLOSE = LEXICON.close;
const REPLACING = keys('خلفا بدلا');
const DEFECT = keys('انشق انشقت انشقاق ينشق ينشقون تنشق');
const MEET = keys('التقى التقت اجتمع اجتمعت استقبل استقبلت يلتقي تلتقي');
const NEGOTIATE = keys('فاوض فاوضت تفاوض تفاوضت يفاوض تفاوضوا فاوضوا');
/** Nouns of contact, whose subject is the one who held them (`اجتماع عقده X مع Y`). */
const MEETING_NOUNS = keys('اجتماع اجتماعا لقاء لقاءات');
const NEGOTIATION_NOUNS = keys('مفاوضات محادثات مباحثات');
const HELD = keys('عقده عقدها عقد عقدت أجرى أجراها أجراه');
/** Who else sat in: `بحضور X`, `في حضور X`. */
const PRESENCE = keys('بحضور حضور');
/** Words between a contact verb and its object that name no party (`فاوض قيادة الفيلق`). */
const ENVOYS = keys('قيادة قيادات قادة ممثلين ممثلي ممثلا وفد وفدا عن من');
const MOVE = keys('انتقل انتقلت وصل وصلت توجه توجهت');
const TO = keys('إلى');
const WITH = keys('مع');
const FROM = keys('عن من');
/** `انشق عن صفوفها`: the ranks of the body the pronoun refers to. */
const RANKS = keys('صفوف');
const RANKS_OF_IT = keys('صفوفه صفوفها صفوفهم');
const PARTIES = ['person', 'organization', 'unit'] as const;
interface VerbRelation {
  verbs: Set<string>;
  predicate: Predicate;
  /** The preposition before the object. */
  preps: Set<string>;
  objectTypes: readonly string[];
  /** The object may follow the verb with no preposition (`التقى X Y`, `فاوض X`). */
  direct: boolean;
  /** How far after the verb (or its subject) the preposition may come. */
  reach: number;
}
const VERB_RELATIONS: VerbRelation[] = [
  {
    verbs: DEFECT,
    predicate: 'defected_from',
    preps: FROM,
    objectTypes: ['organization', 'unit'],
    direct: false,
    reach: 4,
  },
  { verbs: MEET, predicate: 'met_with', preps: WITH, objectTypes: PARTIES, direct: true, reach: 8 },
  {
    verbs: NEGOTIATE,
    predicate: 'negotiated_with',
    preps: WITH,
    objectTypes: PARTIES,
    direct: true,
    reach: 8,
  },
  { verbs: MOVE, predicate: 'moved_to', preps: TO, objectTypes: ['place'], direct: false, reach: 8 },
];

export function relate(
  text: string,
  sentences: readonly Sentence[],
  rec: Recognized,
  res: Resolved,
  trace?: Trace,
): Related {
  const relator = new Relator(text, sentences, rec, res, trace);
  relator.run();
  runRules(relator, RULES);
  return { roles: relator.roles, relations: relator.relations, implied: relator.implied };
}

class Relator extends Context {
  /** The body the last defection left and its sentence, for `بعد انشقاق X وY` later in it. */
  private lastDefection: { body: Found; sentence: number } | undefined;
  /** The last person said to be killed, for `تقف وراء` and `تبنتها` that name only the killer. */
  private lastVictim: Found | undefined;
  /** The person each role phrase was bound to, by the phrase's first and head token. */
  private readonly boundAt = new Map<number, Found>();

  /** The hand-written matchers, by phase in the order they run, each under its rule id. */
  private readonly matchers: readonly (readonly [string, (i: number) => void])[][] = [
    [
      ['role.title', (i) => this.role(i)],
      ['role.led-by', (i) => this.ledBy(i)],
      ['role.charged', (i) => this.charged(i)],
      ['role.joined', (i) => this.joined(i)],
    ],
    [
      ['member.cell', (i) => this.cell(i)],
      ['controls.verb', (i) => this.controls(i)],
      ['killed.victim', (i) => this.victim(i)],
      ['killed.attributed', (i) => this.attributedKilling(i)],
      ['act.arrest-or-kill', (i) => this.arrestOrKill(i)],
      ['left-via.departure', (i) => this.leftVia(i)],
      ['stated-to.statement', (i) => this.statedTo(i)],
      ['close-to.noun', (i) => this.closeTo(i)],
      ['relative-of.kin', (i) => this.relativeOf(i)],
      ['replaced.successor', (i) => this.replaced(i)],
      ['moved-to.verb', (i) => this.movedTo(i)],
      ['located-in.seat', (i) => this.locatedIn(i)],
      ['verb-relation.table', (i) => this.simple(i)],
    ],
  ];

  run(): void {
    for (const phase of this.matchers) {
      for (let i = 0; i < this.tokens.length; i++) {
        if (!this.readable(i)) continue;
        for (const [id, match] of phase) {
          this.rule = id;
          match(i);
        }
      }
    }
    this.rule = 'part-of.attached';
    this.partOf();
  }

  // ---- roles ----

  /** A role phrase: head, modifiers, status, organization, place (`الأمير الإعلامي السابق للتنظيم في جنوب دمشق`). */
  private phrase(h: number): Phrase | undefined {
    const t = this.tokens[h]!;
    const at = this.mention(h);
    if (at && at.type !== 'organization') return undefined;
    const stem = stemIn(t, ROLE_HEAD_SET);
    if (!stem) return undefined;
    const head = ROLE_HEADS.get(stem.key)!;
    let first = h;
    if (head.plural) {
      // `أحد القياديين`, or the list that follows it (`القياديين “X” و“Y”`).
      if (ONE_OF.has(this.key(h - 1))) first = h - 1;
      else if (!this.entityStartingAt(h + 1, ['person'])) return undefined;
    }
    let role = head.role;
    let status: RoleStatus = 'current';
    let org: Entity | undefined;
    let place: Entity | undefined;
    let area = false;
    let last = h;
    let j = h + 1;
    if (role === 'deputy_leader' && !head.ofNamed) {
      // `نائب الأمير`, `نائباً لرئيس الهيئة`, `نائب ولاية خراسان` (the deputy of the province's head).
      const unit = this.mention(j);
      if (!stemIn(this.tokens[j], DEPUTY_OF) && !(unit?.first === j && unit.type === 'unit'))
        return undefined;
      last = j++;
    }
    for (let steps = 0; steps < 12 && j < this.tokens.length && this.sameSentence(h, j); steps++) {
      const tok = this.tokens[j]!;
      const m = this.mention(j);
      if (tok.kind === 'quote') {
        j++;
        continue;
      }
      if (m && m.first === j && (m.type === 'organization' || m.type === 'unit')) {
        // The first body named is the role's; a second (`في قوى الأمن`) is the first's owner.
        if (!org) {
          org = this.res.entityOf.get(m.id);
          if (head.refinable) role = refinedByBody(role, m, org);
        }
        last = m.last;
        j = m.last + 1;
        continue;
      }
      if (m && m.first === j && m.type === 'place' && !place) {
        place = this.res.entityOf.get(m.id);
        last = m.last;
        j = m.last + 1;
        continue;
      }
      if (!isWord(tok) || m) break;
      const modifier = ROLE_MODIFIERS.get(tok.key);
      if (modifier && head.refinable) {
        role = modifier;
        last = j++;
        continue;
      }
      const s = STATUS_WORDS.get(tok.key);
      if (s) {
        status = s;
        last = j++;
        continue;
      }
      if (IN.has(tok.key)) {
        const at = this.tokens[j + 1]?.kind === 'quote' ? j + 2 : j + 1;
        const next = this.mention(at);
        if (
          next &&
          next.first === at &&
          (next.type === 'place' || next.type === 'organization' || next.type === 'unit')
        ) {
          j = at;
          continue;
        }
        if (stemIn(this.tokens[j + 1], AREA_WORDS)) {
          area = true;
          last = j + 1;
          j += 2;
          continue;
        }
        break;
      }
      if (stemIn(tok, AREA_WORDS)) {
        area = true;
        last = j++;
        continue;
      }
      if (tok.key === 'ل' && this.entityStartingAt(j + 1, ['organization', 'unit'])) {
        j++; // `الأمين العام لـ“كتائب حزب الله”`
        continue;
      }
      if (stemIn(tok, ATTACHED) && this.entityStartingAt(j + 1, ['organization', 'unit'])) {
        // `القيادي في “مجلس الرقة العسكري” التابع لقوات سوريا الديمقراطية (قسد)`
        const owner = this.entityStartingAt(j + 1, ['organization', 'unit'])!;
        last = owner.m.last;
        j = pastParenthesis(this.tokens, owner.m.last + 1);
        if (j > owner.m.last + 1) last = j - 1;
        continue;
      }
      if (FILLERS.has(tok.key) && ROLE_MODIFIERS.get(tok.key) === undefined) {
        last = j++;
        continue;
      }
      // `مسؤول “حزب الله” اللبناني`: a nationality after the body names no one.
      if (org && TRAILING_ADJECTIVES.has(tok.key)) {
        last = j++;
        continue;
      }
      // `القيادي فيها “X”`: the body is the one the clause before named.
      if (j === h + 1 && IN_IT.has(tok.key)) {
        last = j++;
        continue;
      }
      if (stemIn(tok, SECTOR_WORDS) && this.mention(j + 1)?.type === 'place') {
        j++;
        continue;
      }
      if (WHOLE_WORDS.has(tok.key)) {
        last = j++;
        continue;
      }
      // `وزير المصالحة الوطنية`, `مدير الناحية`: the domain of a minister or official.
      if (
        (role === 'minister' || role === 'official') &&
        j <= h + 2 &&
        last === j - 1 &&
        tok.key.startsWith('ال')
      ) {
        last = j++;
        continue;
      }
      break;
    }
    const phrase: Phrase = {
      head: h,
      first,
      last,
      role,
      status,
      org,
      place,
      area,
      accusative: head.accusative ?? false,
    };
    if (role === 'official' && PRESIDING.has(stem.key) && this.presides(h, org)) {
      phrase.role = 'leader';
      phrase.org ??= this.governmentOf(phrase); // `رئيس الوزراء العراقي`: of the Iraqi government
    }
    return phrase;
  }

  /**
   * `الرئيس السوري`, `رئيس الوزراء`, `رئيس حكومة الإنقاذ`, `رئيس هيئة الحشد`: the head of a state, a
   * government or a group is its leader; the head of an office or a branch stays an official.
   */
  private presides(h: number, org: Entity | undefined): boolean {
    const next = this.key(h + 1);
    if (GOVERNMENT_WORDS.has(next)) return true;
    // A nationality (`الرئيس الفنلندي`), known to the gazetteer or not, or the name itself.
    if (!org) {
      const country = this.entityStartingAt(h + 1, ['place']);
      if (country?.e.kind === 'country') return true; // `رئيساً للصومال`
      return NATIONALITY.test(next) || !!this.entityStartingAt(h + 1, ['person']);
    }
    return org.type === 'organization' && LED_KINDS.has(org.kind ?? 'other');
  }

  private role(h: number): void {
    const phrase = this.phrase(h);
    if (!phrase) return;
    // `نائب رئيس الفرع، العقيد “X”`: the title a deputy's title governs is not X's.
    if (stemIn(this.tokens[phrase.first - 1], DEPUTY_HEADS)) return;
    let end = phrase.last + 1;
    while (this.tokens[end]?.kind === 'quote') end++;
    const after =
      this.entityStartingAt(end, ['person']) ??
      this.afterComma(end, ROLE_HEADS.get(stemIn(this.tokens[h], ROLE_HEAD_SET)!.key)?.ofNamed);
    // `وكان X يعمل مسؤولاً في`: the verb of working as stands between the name and its title.
    const gap = stemIn(this.tokens[phrase.first - 1], WORKS_AS) ? 1 : 0;
    const before = this.entityEndingAt(phrase.first - 1 - gap, ['person']);
    let bound = phrase.accusative ? (before ?? after) : (after ?? before);
    let confidence = 0.85;
    // `X، أمير التنظيم`, `X هو أمير التنظيم`
    if (!bound && (this.tokens[phrase.first - 1]?.text === '،' || COPULA.has(this.key(phrase.first - 1)))) {
      bound = this.entityEndingAt(phrase.first - 2, ['person']);
      confidence = 0.7;
    }
    if (!bound) bound = this.holder(phrase) ?? this.describedHolder(phrase) ?? this.chainedName(phrase);
    if (!bound) return;
    if (
      bound === after &&
      ROLE_HEADS.get(stemIn(this.tokens[h], ROLE_HEAD_SET)!.key)?.plural &&
      phrase.first === h
    ) {
      // `انشقاق القياديين “صالح العبو” و“حسن البريج”`: every name of the list holds the title.
      for (const person of this.listFrom(bound))
        this.addRole(person.e, phrase, phrase.first, person.m.last, 0.75);
      return;
    }
    this.boundAt.set(phrase.first, bound);
    this.boundAt.set(phrase.head, bound);
    phrase.status = this.statusAround(Math.min(bound.m.first, phrase.first), phrase.status);
    if (phrase.status === 'current' && this.wasBefore(bound.m.first, phrase.first)) phrase.status = 'former';
    const from = Math.min(bound.m.first, phrase.first);
    const to = Math.max(bound.m.last, phrase.last);
    this.addRole(bound.e, phrase, from, to, confidence);
  }

  /** `وزير الداخلية، “X”`, `في التنظيم، المدعو “X”`: the name after a comma, if a title or quote opens it. */
  private afterComma(j: number, anyName = false): { e: Entity; m: Mention } | undefined {
    if (this.tokens[j]?.text !== '،') return undefined;
    const next = this.tokens[j + 1];
    // `نائبه، خالد العبيدي`: a deputy's own title is complete, so the name after the comma is his.
    if (!next || !(anyName || next.kind === 'quote' || stemIn(next, PERSON_CUES))) return undefined;
    return this.entityStartingAt(j + 1, ['person']);
  }

  /** `وكان X قبل ذلك يشغل منصب “الأمير العسكري”`: the subject of the verb that holds the post. */
  private holder(phrase: Phrase): { e: Entity; m: Mention } | undefined {
    let k = phrase.first - 1;
    while (this.tokens[k]?.kind === 'quote') k--;
    if (POSITION.has(this.key(k))) k--;
    // `وشغل X منصب نائب رئيس الهيئة`: the holder stands between the verb and the post.
    const between = this.entityEndingAt(k, ['person']);
    if (between && stemIn(this.tokens[between.m.first - 1], HOLDS)) return between;
    if (!stemIn(this.tokens[k], HOLDS)) return undefined;
    return this.nearestBefore(k, ['person'], 8, true) ?? this.nearestBefore(k, ['person'], 8);
  }

  /** `“X”، الذي قالت إنه مسؤول المكتب الأمني`: the antecedent of the relative clause that describes. */
  private describedHolder(phrase: Phrase): { e: Entity; m: Mention } | undefined {
    let k = phrase.first - 1;
    while (this.tokens[k]?.kind === 'quote') k--;
    return stemIn(this.tokens[k], DESCRIBED_AS) ? this.relativeAntecedent(k) : undefined;
  }

  /** The person a `الذي`/`التي` shortly before token i refers to (`“X”، الذي يُعتقد أنه`). */
  private relativeAntecedent(i: number): { e: Entity; m: Mention } | undefined {
    for (let k = i - 1; k >= i - 6 && k >= 0 && this.sameSentence(i, k); k--) {
      const t = this.tokens[k]!;
      if (t.kind === 'quote') continue;
      if (!isWord(t) || this.mention(k)) return undefined;
      if (!stemIn(t, RELATIVES)) continue;
      const before = this.tokens[k - 1]?.text === '،' ? k - 2 : k - 1;
      return this.entityEndingAt(before, ['person']);
    }
    return undefined;
  }

  /**
   * `قائد عمليات الأنبار، الفريق “X”`, `مستشار رئيس الوزراء لشؤون الأمن “X”`: a title whose genitive
   * chain runs past the words the phrase reads, up to a name set off by a comma, a quote or a rank.
   */
  private chainedName(phrase: Phrase): { e: Entity; m: Mention } | undefined {
    // The inner title of `مستشار رئيس الوزراء` is not the person's.
    if (stemIn(this.tokens[phrase.first - 1], ROLE_HEAD_SET)) return undefined;
    let k = phrase.last + 1;
    // A noun in the construct state governs what follows (`قائد محور`); a definite noun or a name
    // closes the chain, and then only its adjectives and `لـ` phrases follow (`القاضي الشرعي للولاية`,
    // `رئيس الوزراء لشؤون الأمن`), not the verb of a new clause (`رئيس الفرع الجديد فاوض`).
    let closed = !this.indefinite(phrase.last);
    for (let words = 0; words <= 4 && this.sameSentence(phrase.head, k); ) {
      const t = this.tokens[k]!;
      const person =
        this.afterComma(k) ??
        (t.kind === 'quote' || stemIn(t, PERSON_CUES) ? this.entityStartingAt(k, ['person']) : undefined);
      if (person) {
        let last = k - 1;
        while (last > phrase.last && this.tokens[last]!.kind !== 'word') last--;
        phrase.last = last;
        return person;
      }
      const m = this.mention(k);
      if (m && m.first === k && m.type !== 'person' && !closed) {
        closed = true;
        k = m.last + 1;
        continue;
      }
      if (t.kind === 'quote') {
        k++;
        continue;
      }
      if (!isWord(t) || m || CHAIN_BREAKS.has(t.key)) return undefined;
      if (closed && this.indefinite(k) && !t.key.startsWith('ل')) return undefined;
      if (words > 0 && stemIn(t, ROLE_HEAD_SET)) return undefined;
      closed = !this.indefinite(k);
      words++;
      k++;
    }
    return undefined;
  }

  /** A word without the article (`محور`, not `المحور`), that can govern a genitive. */
  private indefinite(i: number): boolean {
    const t = this.tokens[i];
    return isWord(t) && !this.mention(i) && !/^(ال|لل|وال|بال)/.test(t.key);
  }

  /** `لينضم بعدها إلى مجموعة “درع حوران”`: joining a group makes a member. */
  private joined(i: number): void {
    if (!stemIn(this.tokens[i], JOIN)) return;
    let k = i + 1;
    while (k < i + 3 && !TO.has(this.key(k))) k++;
    if (!TO.has(this.key(k))) return;
    const body = this.entityStartingAt(k + 1, ['organization', 'unit']);
    const person = this.entityStartingAt(i + 1, ['person']) ?? this.nearestBefore(i, ['person'], 30);
    if (!body || !person) return;
    const phrase: Phrase = {
      head: i,
      first: i,
      last: body.m.last,
      role: 'member',
      status: 'current',
      org: body.e,
      area: false,
      accusative: false,
    };
    this.addRole(person.e, phrase, Math.min(i, person.m.first), body.m.last, 0.6);
  }

  /** `وتكليف “X” ... بإدارة اللواء`: the one charged with running a body is its new head. */
  private charged(i: number): void {
    if (!stemIn(this.tokens[i], APPOINTMENT_WORDS)) return;
    const person = this.firstPersonAfter(i + 1, 4);
    if (!person) return;
    const [, end] = this.sentenceRange(i);
    for (let k = person.m.last + 1; k <= end && k <= person.m.last + 20; k++) {
      if (stemIn(this.tokens[k], APPOINTMENT_WORDS) || this.tokens[k]!.text === '.') return;
      if (!RUN.has(this.key(k))) continue;
      const body = this.mention(k + 1);
      if (!body || body.first !== k + 1 || (body.type !== 'organization' && body.type !== 'unit')) return;
      const org = this.res.entityOf.get(body.id);
      const phrase: Phrase = {
        head: k,
        first: k,
        last: body.last,
        role: refinedByBody('leader', body, org),
        status: 'appointed',
        ...(org ? { org } : {}),
        area: false,
        accusative: false,
      };
      this.addRole(person.e, phrase, i, body.last, 0.7);
      return;
    }
  }

  /** `كان ... يشغل`: a post held in the past. */
  private wasBefore(from: number, to: number): boolean {
    for (let k = Math.min(from, to) - 3; k < Math.max(from, to); k++) {
      if (k >= 0 && WAS.has(this.key(k)) && this.clause[k] === this.clause[to]) return true;
    }
    return false;
  }

  /** `تعيين X أميراً`, `عزل X`: the verb or noun before the name decides the status. */
  private statusAround(first: number, status: RoleStatus): RoleStatus {
    for (let j = first - 1; j >= first - 4 && j >= 0 && this.clause[j] === this.clause[first]; j--) {
      const t = this.tokens[j]!;
      if (stemIn(t, APPOINTMENT_WORDS)) return 'appointed';
      if (stemIn(t, DISMISSAL_WORDS)) return 'dismissed';
    }
    return status;
  }

  /** `المكتب الأمني للتنظيم، والذي يقوده المدعو “X”`, `بقيادة X`. */
  private ledBy(i: number): void {
    if (stemIn(this.tokens[i], LEADS)) {
      // `ويرأس فرع الأمن العسكري في المحافظة العميد “سامر ديب”`
      // `يدير عمليات التنظيم`: running its operations is running it.
      const led =
        this.entityStartingAt(i + 1, ['organization', 'unit'], false) ??
        (AFFAIRS.has(this.key(i + 1))
          ? this.entityStartingAt(i + 2, ['organization', 'unit'], false)
          : undefined);
      if (!led) return;
      let k = led.m.last + 1;
      while (k < led.m.last + 5 && !this.entityStartingAt(k, ['person']) && this.clause[k] === this.clause[i])
        k++;
      const person =
        this.entityStartingAt(k, ['person']) ??
        this.nearestBefore(i, ['person'], 4, true) ??
        this.relativeAntecedent(i);
      if (!person) return;
      const role = refinedByBody('leader', led.m, led.e);
      const phrase: Phrase = {
        head: i,
        first: i,
        last: led.m.last,
        role,
        status: 'current',
        org: led.e,
        area: false,
        accusative: false,
      };
      this.addRole(person.e, phrase, i, person.m.last, 0.75);
      return;
    }
    if (!stemIn(this.tokens[i], LED_BY)) return;
    const person = this.entityStartingAt(i + 1, ['person']);
    if (!person) return;
    let led = this.nearestBefore(i, ['organization', 'unit'], 10);
    if (!led) return;
    // `مجموعة “X” التابعة لفرع Y، والتي يقودها`: the clause describes X, Y only owns it.
    let k = led.m.first - 1;
    while (this.tokens[k]?.kind === 'quote') k--;
    if (stemIn(this.tokens[k], ATTACHED)) led = this.entityEndingAt(k - 1, ['organization', 'unit']) ?? led;
    // `المكتب الأمني للتنظيم، والذي`: the relative clause describes the unit, not its owner.
    const owned = this.mention(led.m.first - 1);
    if (led.m.type === 'organization' && owned?.type === 'unit') {
      const unit = this.res.entityOf.get(owned.id);
      if (unit) led = { e: unit, m: owned };
    }
    const role = refinedByBody('leader', led.m, led.e);
    const phrase: Phrase = {
      head: i,
      first: led.m.first,
      last: i,
      role,
      status: 'current',
      org: led.e,
      area: false,
      accusative: false,
    };
    this.addRole(person.e, phrase, led.m.first, person.m.last, 0.8);
  }

  /** `خلية تابعة للتنظيم ... تضم المدعو X وY`: members of the group's organization. */
  private cell(i: number): void {
    if (!stemIn(this.tokens[i], GROUP_NOUNS)) return;
    const org =
      this.entityStartingAt(i + 1, ['organization', 'unit']) ??
      this.entityStartingAt(i + 2, ['organization']);
    if (!org) return;
    const members = this.membersAfter(i);
    for (const member of members) {
      if (this.rolesOf.get(member.e)?.some((r) => r.sentence === member.m.sentence)) continue;
      const phrase: Phrase = {
        head: i,
        first: i,
        last: org.m.last,
        role: 'member',
        status: 'current',
        org: org.e,
        area: false,
        accusative: false,
      };
      this.addRole(member.e, phrase, i, member.m.last, 0.7);
    }
  }

  /** Persons listed after `تضم`, `بينهم` in the sentence of a group noun. */
  private membersAfter(i: number): { e: Entity; m: Mention }[] {
    const [, end] = this.sentenceRange(i);
    for (let j = i + 1; j <= end; j++) {
      if (stemIn(this.tokens[j], MEMBERS_LIST)) return this.mentionsIn(j + 1, end, ['person']);
    }
    return [];
  }

  // ---- relations ----

  private controls(i: number): void {
    const t = this.tokens[i]!;
    let controller: { e: Entity; m: Mention } | undefined;
    let on = -1;
    if (stemIn(t, CONTROL_VERBS)) {
      controller = this.entityStartingAt(i + 1, ['organization', 'unit']);
      if (controller) on = this.skipAttachment(controller.m.last + 1);
      else {
        controller =
          this.nearestBefore(i, ['organization', 'unit'], 6, true) ??
          this.nearestBefore(i, ['organization', 'unit'], 12);
        on = i + 1;
      }
    } else if (stemIn(t, CONTROL_POSSESSED)) {
      // `وبسطت قوات النظام، عقب خروج الحافلات، سيطرتها على ...`
      controller = this.nearestBefore(i, ['organization', 'unit'], 12);
      on = i + 1;
    } else if (stemIn(t, CONTROL_NOUNS) && !AREAS_OF.has(this.key(i - 1)) && !UNDER.has(this.key(i - 1))) {
      // `سيطرة عناصر التنظيم على`: the fighters hold it for their group.
      const by = stemIn(this.tokens[i + 1], FORCE_WORDS) ? i + 2 : i + 1;
      controller = this.entityStartingAt(by, ['organization', 'unit']);
      if (controller) on = controller.m.last + 1;
    } else if (UNDER.has(t.key) && stemIn(this.tokens[i + 1], UNDER_NEXT)) {
      const owner = this.entityStartingAt(i + 2, ['organization', 'unit']);
      const place = this.entityEndingAt(this.tokens[i - 1]?.text === '،' ? i - 2 : i - 1, ['place']);
      if (owner && place) this.addRelation(owner.e, 'controls', place.e, place.m.first, owner.m.last, 0.85);
      return;
    }
    // `وتسيطر هيئة تحرير الشام، التي كانت تعرف باسم “جبهة النصرة”، على`: past a relative clause.
    if (on >= 0 && this.tokens[on]?.text === '،' && stemIn(this.tokens[on + 1], RELATIVES)) {
      let k = on + 1;
      while (k < on + 15 && this.sameSentence(on, k) && this.tokens[k]!.text !== '،') k++;
      if (this.tokens[k]?.text === '،') on = k + 1;
    }
    // `ويسيطر “اللواء 30” منذ عام 2017 على ...`: a time phrase may come before على.
    for (let k = on; on >= 0 && k < on + 5 && this.clause[k] === this.clause[i]; k++) {
      if (ON.has(this.key(k))) {
        on = k;
        break;
      }
    }
    if (!controller || on < 0 || !ON.has(this.key(on))) return;
    const places = this.placesAfter(on + 1);
    for (const place of [...places, ...this.examplesAfter(places.at(-1)?.m.last ?? on)]) {
      this.addRelation(controller.e, 'controls', place.e, Math.min(i, controller.m.first), place.m.last, 0.8);
    }
  }

  /** `على معظم بلدات السهل ...، ومنها برطلة وبعشيقة`: the places given as examples of an area. */
  private examplesAfter(j: number): { e: Entity; m: Mention }[] {
    for (let k = j + 1; k < j + 12 && this.sameSentence(j, k); k++) {
      if (stemIn(this.tokens[k], INCLUDING)) return this.placesAfter(k + 1);
      if (this.tokens[k]!.text === '.' || stemIn(this.tokens[k], CONTROL_VERBS)) return [];
    }
    return [];
  }

  private arrestOrKill(i: number): void {
    const t = this.tokens[i]!;
    let predicate: Predicate | undefined;
    let objectFrom = i + 1;
    if (stemIn(t, ARREST)) predicate = 'arrested';
    else if (stemIn(t, SEIZE)) {
      // `ألقت “الجبهة الشامية”، كبرى مكونات الفيلق، القبض على X`
      let thrower = -1;
      for (let k = i - 1; k >= i - 10 && k >= 0 && this.sameSentence(i, k); k--) {
        if (stemIn(this.tokens[k], THROW)) thrower = k;
      }
      if (thrower < 0) return;
      predicate = 'arrested';
      if (ON.has(this.key(i + 1))) objectFrom = i + 2;
      const named =
        thrower < i - 1 ? this.entityStartingAt(thrower + 1, ['organization', 'unit']) : undefined;
      if (named) {
        for (const target of this.targetsAfter(objectFrom)) {
          this.addRelation(named.e, predicate, target.e, thrower, target.m.last, 0.75);
        }
        return;
      }
    } else if (stemIn(t, KILL)) predicate = 'killed';
    if (!predicate || stemIn(this.tokens[i - 1], PLANNED)) return;
    // `اعتقلت قوات “الأسايش”`: the force word may open the agent's own name.
    let agent = this.entityStartingAt(objectFrom, ['organization', 'unit']);
    if (!agent) {
      if (stemIn(this.tokens[objectFrom], FORCE_WORDS)) objectFrom++; // `اعتقال عناصر “الفرقة الرابعة”`
      if (stemIn(this.tokens[objectFrom], ATTACHED)) objectFrom++; // `اعتقلت دورية تابعة لـ“المخابرات الجوية”`
      if (this.key(objectFrom) === 'ل') objectFrom++;
      agent = this.entityStartingAt(objectFrom, ['organization', 'unit']);
    }
    if (agent) objectFrom = this.skipAttachment(agent.m.last + 1);
    else
      agent =
        this.nearestBefore(objectFrom === i + 2 ? i - 1 : i, ['organization', 'unit', 'person'], 8, true) ??
        this.announcer(i);
    if (ON.has(this.key(objectFrom))) objectFrom++;
    let targets = this.targetsAfter(objectFrom, true);
    const passive = this.passiveAgent(objectFrom);
    if (passive && targets.length === 0) {
      // `X، الذي قُتل بغارة لطيران التحالف`: the victim is named before the verb.
      const victim = this.nearestBefore(i, ['person'], 4);
      if (victim) targets = [victim];
    }
    if (passive) agent = passive;
    if (!agent) return;
    for (const target of targets) {
      if (target.e === agent.e) continue;
      this.addRelation(agent.e, predicate, target.e, Math.min(agent.m.first, i), target.m.last, 0.75);
    }
  }

  /** `مقتل X`, `اغتيال X`: remembers X for an attribution later in the text. */
  private victim(i: number): void {
    if (!stemIn(this.tokens[i], DEATH) && !stemIn(this.tokens[i], KILL)) return;
    const [victim] = this.targetsAfter(i + 1);
    if (victim) this.lastVictim = victim;
  }

  /**
   * `يرجح ناشطون أن تكون خلايا تابعة لداعش تقف وراء عملية الاغتيال`, `اتهم آخرون X بالوقوف وراءها`,
   * `في عملية تبنتها خلايا التنظيم`: the group is the killer of the victim named there or just before.
   */
  private attributedKilling(i: number): void {
    const t = this.tokens[i]!;
    let agent: { e: Entity; m: Mention } | undefined;
    let after = i + 1;
    if (stemIn(t, STANDING) && stemIn(this.tokens[i + 1], BEHIND)) {
      // `بالوقوف وراء هجمات صاروخية`: behind other acts, not the killing.
      if (!this.killingAt(i + 2) && BEHIND.has(this.key(i + 1)) && isWord(this.tokens[i + 2])) return;
      agent = this.nearestBefore(i, ['organization', 'unit'], 10);
      after = i + 2;
    } else if (stemIn(t, RESPONSIBILITY) && FROM.has(this.key(i + 1)) && this.announcedBy(i)) {
      // `أعلن “X” مسؤوليته عن اغتيال Y`: the group between the verb and its responsibility.
      agent = this.announcedBy(i);
      after = i + 2;
    } else if (stemIn(t, CLAIMED) || (stemIn(t, RESPONSIBILITY) && FROM.has(this.key(i + 1)))) {
      let k = i + 1;
      if (stemIn(this.tokens[k], FORCE_WORDS)) k++;
      agent = this.entityStartingAt(k, ['organization', 'unit']);
      after = k + 1;
    }
    if (!agent) return;
    let victim: { e: Entity; m: Mention } | undefined;
    for (let k = after; k < after + 3 && !victim; k++) {
      if (stemIn(this.tokens[k], KILL)) [victim] = this.targetsAfter(k + 1);
    }
    // `قُتل سبعة أشخاص في هجوم تبنته الحركة`: the claim is of that killing, whose victims are unnamed.
    victim ??= this.unnamedKillingBefore(i) ? undefined : this.recentVictim(i);
    if (victim && victim.e !== agent.e)
      this.addRelation(
        agent.e,
        'killed',
        victim.e,
        Math.min(agent.m.first, i),
        Math.max(i + 1, agent.m.last),
        0.6,
      );
  }

  /** `عملية الاغتيال`, `مقتله`, `العملية`: words after `وراء` that refer to the killing. */
  private killingAt(k: number): boolean {
    const t = this.tokens[k];
    return (
      stemIn(t, KILL) !== undefined ||
      stemIn(t, DEATH) !== undefined ||
      stemIn(t, KILLING_REFERENCES) !== undefined ||
      /^(مقتل|اغتيال|قتل)(ه|ها|هم)$/.test(t?.key ?? '')
    );
  }

  /** A killing earlier in token i's sentence whose victims are not named (`قُتل سبعة أشخاص`). */
  private unnamedKillingBefore(i: number): boolean {
    const [start] = this.sentenceRange(i);
    for (let k = start; k < i; k++) {
      if (stemIn(this.tokens[k], KILL) && this.targetsAfter(k + 1).length === 0) return true;
    }
    return false;
  }

  /** `أعلن X مسؤوليته`: the organization right after an announcing verb a few words before token i. */
  private announcedBy(i: number): { e: Entity; m: Mention } | undefined {
    for (let k = i - 1; k >= 0 && k >= i - 6 && this.clause[k] === this.clause[i]; k--) {
      if (!stemIn(this.tokens[k], ANNOUNCE)) continue;
      const group = this.entityStartingAt(k + 1, ['organization', 'unit']);
      return group && group.m.last < i ? group : undefined;
    }
    return undefined;
  }

  /** The last victim, if named in this sentence or the six before (a background paragraph may come between). */
  private recentVictim(i: number): { e: Entity; m: Mention } | undefined {
    const v = this.lastVictim;
    return v && this.tokens[i]!.sentence - v.m.sentence <= 6 ? v : undefined;
  }

  /**
   * The object of an arrest: a person right there (past a time phrase or a title), or a cell's members;
   * with `groups`, also the group some of whose fighters were taken (`ثلاثة عناصر من ميليشيا “فاطميون”`).
   */
  private targetsAfter(j: number, groups = false): { e: Entity; m: Mention }[] {
    for (let k = j; k < j + 12 && k < this.tokens.length && this.sameSentence(j, k); k++) {
      const t = this.tokens[k]!;
      const fighters = t.kind === 'number' ? k + 1 : k;
      if (groups && stemIn(this.tokens[fighters], FORCE_WORDS) && FROM.has(this.key(fighters + 1))) {
        const group = this.firstBodyAfter(fighters + 2, 3);
        if (group) return [group];
      }
      if (t.kind === 'number' || stemIn(t, QUANTITY_STOP) || t.text === '.') return [];
      if (stemIn(t, GROUP_NOUNS)) return this.membersAfter(k);
      const bound = this.boundAt.get(k);
      if (bound) return [bound];
      const person = this.entityStartingAt(k, ['person']);
      if (person) return [person];
    }
    return [];
  }

  /** An organization or unit within `limit` tokens after j, past a generic noun (`ميليشيا “X”`). */
  private firstBodyAfter(j: number, limit: number): { e: Entity; m: Mention } | undefined {
    for (let k = j; k < j + limit && this.sameSentence(j, k); k++) {
      const body = this.entityStartingAt(k, ['organization', 'unit']);
      if (body) return body;
      if (!isWord(this.tokens[k]) || this.mention(k)) return undefined;
    }
    return undefined;
  }

  /** Past `التابع لهيئة تحرير الشام` after an agent. */
  private skipAttachment(j: number): number {
    while (this.tokens[j]?.kind === 'quote') j++;
    j = pastParenthesis(this.tokens, j);
    if (!stemIn(this.tokens[j], ATTACHED)) return j;
    const owner = this.entityStartingAt(j + 1, ['organization', 'unit']);
    return owner ? owner.m.last + 1 : j;
  }

  /** `أعلن جهاز مكافحة الإرهاب، اليوم، اعتقال ...`: the body that announced the act. */
  private announcer(i: number): { e: Entity; m: Mention } | undefined {
    for (let k = i - 1; k >= 0 && k >= i - 12 && this.sameSentence(i, k); k--) {
      if (stemIn(this.tokens[k], ANNOUNCE)) return this.entityStartingAt(k + 1, ['organization', 'unit']);
    }
    return undefined;
  }

  /** `على يد X`, `من قبل X`, `بغارة لطيران X`. */
  private passiveAgent(j: number): { e: Entity; m: Mention } | undefined {
    const [, end] = this.sentenceRange(j);
    if (stemIn(this.tokens[j], STRIKE)) {
      const direct = this.entityStartingAt(j + 1, ['organization', 'unit']);
      if (direct) return direct;
      if (stemIn(this.tokens[j + 1], FORCE_WORDS))
        return this.entityStartingAt(j + 2, ['organization', 'unit']);
    }
    for (let k = j; k < end && k < j + 10; k++) {
      if (AGENT.has(this.key(k)) && FROM.has(this.key(k - 1)))
        return this.entityStartingAt(k + 1, ['organization', 'unit']);
      if (this.key(k) === 'يد' && ON.has(this.key(k - 1)))
        return this.entityStartingAt(k + 1, ['organization', 'unit', 'person']);
    }
    return undefined;
  }

  /** `خروج “X” ... من جهة بلدة سبينة`, `غادر X عبر معبر Y`. */
  private leftVia(i: number): void {
    if (!stemIn(this.tokens[i], DEPARTURE)) return;
    const who =
      this.entityStartingAt(i + 1, ['person']) ??
      this.nearestBefore(i, ['person'], 4, true) ??
      this.nearestBefore(i, ['person'], 14);
    if (!who) return;
    const [, end] = this.sentenceRange(i);
    for (let k = i + 1; k <= end; k++) {
      let at = -1;
      if (stemIn(this.tokens[k], VIA_ONE)) at = k + 1;
      for (const [a, b] of VIA_TWO) if (a.has(this.key(k)) && b.has(this.key(k + 1))) at = k + 2;
      if (at < 0) continue;
      if (this.mention(at)?.type !== 'place' && this.mention(at + 1)?.type === 'place') at++;
      const place = this.entityStartingAt(at, ['place']) ?? this.entityStartingAt(k + 1, ['place']);
      if (place) {
        this.addRelation(who.e, 'left_via', place.e, i, place.m.last, 0.7);
        return;
      }
    }
  }

  /** `X قد صرح لراديو Y`, `في تصريح لـ Y`. */
  private statedTo(i: number): void {
    const t = this.tokens[i]!;
    let outletAt = -1;
    if (stemIn(t, STATEMENT)) outletAt = i + 1;
    else if (stemIn(t, STATEMENT_NOUNS)) {
      outletAt = i + 1;
      if (!this.mention(outletAt) && isWord(this.tokens[outletAt]) && this.key(outletAt) !== 'ل') outletAt++; // `تصريح خاص لـ`
    }
    if (outletAt < 0) return;
    // `قال “X”، شقيق الناشط، لـ“دجلة”`: the speaker right after the verb, the outlet later.
    const after = this.entityStartingAt(outletAt, ['person']);
    // `وقال المتحدث باسم الفيلق، “X”، لـ“Y”`: the outlet comes after the speaker and his title.
    let target: { e: Entity; m: Mention } | undefined;
    let speakerAfter = after;
    for (let k = after ? after.m.last + 1 : outletAt; k < outletAt + 18 && this.sameSentence(i, k); k++) {
      const tok = this.tokens[k]!;
      const m = this.mention(k);
      if (m?.type === 'person' && !speakerAfter) speakerAfter = this.entityStartingAt(m.first, ['person']);
      let candidate: { e: Entity; m: Mention } | undefined;
      if (tok.key === 'ل') candidate = this.entityStartingAt(k + 1, ['organization']);
      else if (WITH.has(tok.key)) candidate = this.entityStartingAt(k + 1, ['organization']);
      else if (/^ل/.test(tok.key)) candidate = this.entityStartingAt(k, ['organization']);
      if (candidate?.e.kind === 'media') {
        target = candidate;
        break;
      }
      if (tok.text === '.' || stemIn(tok, THAT)) break;
    }
    if (!target) return;
    const speaker =
      speakerAfter ?? this.entityEndingAt(i - 1, ['person']) ?? this.nearestBefore(i, ['person'], 10);
    if (speaker) this.addRelation(speaker.e, 'stated_to', target.e, speaker.m.first, target.m.last, 0.75);
  }

  /** `ويعتبر X من المقربين من Y`. */
  private closeTo(i: number): void {
    if (!stemIn(this.tokens[i], CLOSE) || !FROM.has(this.key(i + 1))) return;
    const object = this.firstPersonAfter(i + 2, 8);
    const subject = this.nearestBefore(i, ['person'], 8);
    if (object && subject && subject.e !== object.e)
      this.addRelation(subject.e, 'close_to', object.e, subject.m.first, object.m.last, 0.75);
  }

  /** `مع خروج قريبه، وداعمه “فرامة”` (the antecedent's relative), `X شقيق Y`. */
  private relativeOf(i: number): void {
    const t = this.tokens[i]!;
    const bare = t.stems.map((s) => s.key.replace(/(ه|ها)$/, '')).find((k) => KIN.has(k));
    if (!bare) return;
    const suffixed = t.stems.some(
      (s) => KIN.has(s.key.replace(/(ه|ها)$/, '')) && /(ه|ها)$/.test(s.key) && !KIN.has(s.key),
    );
    const object = this.firstPersonAfter(i + 1, 5) ?? this.describedEarlier(i + 1);
    if (!object) return;
    let subject: { e: Entity; m: Mention } | undefined;
    const pronoun = PRONOUNS.has(this.key(i - 1));
    if (pronoun) subject = this.entityEndingAt(i - 2, ['person']) ?? this.nearestBefore(i, ['person'], 20);
    if (subject?.e === object.e) subject = undefined;
    if (!subject && (suffixed || pronoun)) subject = this.topic(i, object.e);
    else if (!subject) {
      subject = this.entityEndingAt(this.tokens[i - 1]?.text === '،' ? i - 2 : i - 1, ['person']);
    }
    if (subject)
      this.addRelation(subject.e, 'relative_of', object.e, i, object.m.last, suffixed ? 0.6 : 0.75);
  }

  /**
   * `شقيق الناشط`, `شقيق القيادي المنشق`: the person the text first named right after the same
   * description (`الناشط “X”`, `القيادي في ... “X”`): the one the article is about.
   */
  private describedEarlier(j: number): { e: Entity; m: Mention } | undefined {
    const word = this.tokens[j];
    if (!isWord(word) || this.mention(j) || !word.key.startsWith('ال')) return undefined;
    for (let k = 0; k < j; k++) {
      if (this.key(k) !== word.key) continue;
      // `الناشط المدني “X”`: an adjective may come between.
      const named = this.boundAt.get(k) ?? this.firstPersonAfter(k + 1, 3);
      if (named) return named;
    }
    return undefined;
  }

  /**
   * Whom `وهو` or the `ـه` of `قريبه` refers to: the first person of the sentence who is not the
   * other party (the topic, `ويعتبر X من المقربين من Y، وهو ...`), else the last one named before it.
   */
  private topic(i: number, other: Entity): { e: Entity; m: Mention } | undefined {
    const [start] = this.sentenceRange(i);
    const inSentence = this.mentionsIn(start, i - 1, ['person']).find((p) => p.e !== other);
    if (inSentence) return inSentence;
    for (let j = start - 1; j >= 0 && this.tokens[j]!.sentence >= this.tokens[i]!.sentence - 1; j--) {
      const m = this.mention(j);
      const e = m?.type === 'person' ? this.res.entityOf.get(m.id) : undefined;
      if (e && e !== other) return { e, m: m! };
    }
    return undefined;
  }

  /** `تم عزله وتعيين “X” أميراً`: X replaced whoever last held that role; `خلفاً لـ Y`. */
  private replaced(i: number): void {
    const t = this.tokens[i]!;
    if (stemIn(t, REPLACING)) {
      const subject = this.nearestBefore(i, ['person'], 15);
      // `خلفاً له`, `بدلاً منه`: the one dismissed earlier in the sentence.
      const object = PRONOUN_OBJECTS.has(this.key(i + 1))
        ? this.dismissedIn(i)
        : this.firstPersonAfter(i + 1, 4);
      if (!object || !subject) return;
      if (PRONOUN_OBJECTS.has(this.key(i + 1))) this.inheritRole(subject, object, i);
      else this.predecessorRole(subject, object, i);
      this.addRelation(subject.e, 'replaced', object.e, subject.m.first, object.m.last, 0.75);
      return;
    }
    if (this.tookOver(i)) return;
    if (!stemIn(t, DISMISSAL_WORDS)) return;
    const [, end] = this.sentenceRange(i);
    let appointee: { e: Entity; m: Mention } | undefined;
    for (let k = i + 1; k <= end && !appointee; k++) {
      if (stemIn(this.tokens[k], APPOINTMENT_WORDS)) appointee = this.firstPersonAfter(k + 1, 4);
    }
    if (!appointee || this.replacesPronounAfter(appointee.m.last)) return;
    const explicit = this.entityStartingAt(i + 1, ['person']) ?? this.boundAt.get(i + 1);
    const newRole = this.rolesOf.get(appointee.e)?.at(-1)?.role;
    let dismissed = explicit?.e;
    if (!dismissed && newRole) {
      let latest = -1;
      for (const [person, held] of this.rolesOf) {
        if (person === appointee.e) continue;
        for (const r of held) {
          if (r.role === newRole && r.sentence <= t.sentence && r.sentence > latest) {
            latest = r.sentence;
            dismissed = person;
          }
        }
      }
    }
    if (dismissed)
      this.addRelation(appointee.e, 'replaced', dismissed, i, appointee.m.last, explicit ? 0.75 : 0.6);
  }

  /** `خرجت آخر دفعة من عناصر تنظيم داعش ... إلى البادية`, `نُقل X إلى Y`: where someone went. */
  private movedTo(i: number): void {
    const t = this.tokens[i]!;
    const passive = stemIn(t, PASSIVE_MOVED) !== undefined && t.text.includes('\u064F'); // نُقل, marked passive
    const noun = stemIn(t, MOVEMENT_NOUNS) !== undefined;
    if (!passive && !noun && !stemIn(t, DEPART)) return;
    // `زيارة أجراها وزير الداخلية X إلى`: past the verb that makes the visit.
    const first = noun && stemIn(this.tokens[i + 1], HELD) ? i + 2 : i + 1;
    let mover = this.entityStartingAt(first, ['person', 'organization']) ?? this.boundAt.get(first);
    for (let k = first; !mover && k < i + 6 && this.clause[k] === this.clause[i]; k++) {
      if (stemIn(this.tokens[k], FORCE_WORDS))
        mover = this.entityStartingAt(k + 1, ['person', 'organization']);
    }
    // `ونُقل إلى ...` opening its sentence: the person the sentence before was about.
    if (!mover && passive)
      mover =
        this.nearestBefore(i, ['person'], 6) ??
        (this.mentionsIn(this.sentenceRange(i)[0], i, ['person']).length === 0
          ? this.antecedent(i)
          : undefined);
    if (!mover) return;
    const [, end] = this.sentenceRange(i);
    for (let k = Math.max(i, mover.m.last) + 1; k <= end && k < i + 25; k++) {
      if (!stemIn(this.tokens[k], MOVE_TO)) continue;
      let at = k + 1;
      if (stemIn(this.tokens[at], MOVE_TO)) at++; // `إلى إلى`
      if (this.mention(at)?.type !== 'place' && this.mention(at + 1)?.type === 'place') at++;
      // `نُقل إلى “فرع فلسطين” التابع لشعبة المخابرات العسكرية في دمشق`: the city of the branch.
      const place = this.entityStartingAt(at, ['place']) ?? this.placeOfBody(at);
      if (place) this.addRelation(mover.e, 'moved_to', place.e, i, place.m.last, 0.6);
      return;
    }
  }

  /** The place a unit named at j is said to be in (`فرع فلسطين التابع لشعبة ... في دمشق`). */
  private placeOfBody(j: number): { e: Entity; m: Mention } | undefined {
    // `إدارة المخابرات الجوية في دمشق`: one head noun may open the body's name.
    const body =
      this.entityStartingAt(j, ['unit', 'organization']) ??
      (isWord(this.tokens[j]) && !this.mention(j)
        ? this.entityStartingAt(j + 1, ['unit', 'organization'])
        : undefined);
    if (!body) return undefined;
    const k = this.skipAttachment(body.m.last + 1);
    return IN_PLACE.has(this.key(k)) ? this.entityStartingAt(k + 1, ['place']) : undefined;
  }

  /** `مدينة البوكمال بريف دير الزور`, `حي الكرادة وسط بغداد`, `بلدتي طفس والمزيريب في ريف درعا`. */
  private locatedIn(i: number): void {
    const m = this.mention(i);
    const branch =
      m?.type === 'organization' && SEATED_BODY.has(nameKey(m.canonical ?? m.name).split(' ')[0]!);
    if (m?.first === i && (m.type === 'unit' || branch)) {
      // `“فرع فلسطين” التابع لشعبة المخابرات العسكرية في دمشق`
      const unit = this.res.entityOf.get(m.id);
      const place = this.placeOfBody(i);
      if (unit && place && !place.m.anaphor)
        this.addRelation(unit, 'located_in', place.e, i, place.m.last, 0.65);
      return;
    }
    if (!m || m.first !== i || m.type !== 'place' || m.anaphor) return;
    const inner = this.res.entityOf.get(m.id);
    if (!inner || inner.kind === 'country') return; // `بقيادة الولايات المتحدة في منطقة X`: no country is in a town
    let j = m.last + 1;
    while (this.tokens[j]?.kind === 'quote') j++;
    if (IN_PLACE.has(this.key(j)) && this.mention(j)?.type !== 'place') j++;
    if (stemIn(this.tokens[j], PLACE_WORDS_IN) && !this.mention(j)) j++; // `بمدينة الرقة`
    const outer = this.mention(j);
    if (!outer || outer.first !== j || outer.type !== 'place' || outer.anaphor) return;
    if (this.tokens[j]!.key.startsWith('و') && outer.start > this.tokens[j]!.start) return; // a list, not a container
    const container = outer.within?.base
      ? this.res.entities.find((e) => e.type === 'place' && e.key === nameKey(outer.within!.place))
      : this.res.entityOf.get(outer.id);
    if (!container || container === inner) return;
    // Every place of the list before it is in the same container.
    const [start] = this.sentenceRange(i);
    const list = [{ e: inner, m }];
    for (let k = i - 1; k >= start; k--) {
      const prev = this.mention(k);
      const joiner = this.tokens[k + 1]!;
      if (prev?.type !== 'place' || prev.last !== k || !(joiner.key.startsWith('و') || joiner.text === '،'))
        break;
      const e = this.res.entityOf.get(prev.id);
      if (e) list.unshift({ e, m: prev });
      k = prev.first;
    }
    for (const item of list) this.addRelation(item.e, 'located_in', container, item.m.first, outer.last, 0.7);
  }

  /** `حل X محل Y`, `تسلم X قيادة اللواء من Y`: X replaced Y. */
  private tookOver(i: number): boolean {
    const t = this.tokens[i]!;
    const takes = stemIn(t, TAKE_PLACE) !== undefined;
    if (!takes && !stemIn(t, RECEIVE)) return false;
    const subject = this.entityStartingAt(i + 1, ['person']) ?? this.nearestBefore(i, ['person'], 6, true);
    if (!subject) return false;
    let post = takes;
    for (let k = Math.max(i, subject.m.last) + 1; k < i + 10 && this.clause[k] === this.clause[i]; k++) {
      if (stemIn(this.tokens[k], POSTS)) post = true;
      const marker = takes ? PLACE_OF.has(this.key(k)) : post && FROM.has(this.key(k));
      if (!marker) continue;
      const object = this.entityStartingAt(k + 1, ['person']) ?? this.boundAt.get(k + 1);
      if (!object || object.e === subject.e) return false;
      this.predecessorRole(subject, object, i);
      this.addRelation(subject.e, 'replaced', object.e, Math.min(i, subject.m.first), object.m.last, 0.7);
      return true;
    }
    return false;
  }

  /** A `خلفاً له` shortly after the appointee: the replacement is read there. */
  private replacesPronounAfter(at: number): boolean {
    for (let k = at + 1; k <= at + 6; k++) {
      if (stemIn(this.tokens[k], REPLACING) && PRONOUN_OBJECTS.has(this.key(k + 1))) return true;
    }
    return false;
  }

  /** The person dismissed before token i in its sentence (`إعفاء مدير الشرطة، اللواء “X”`). */
  private dismissedIn(i: number): { e: Entity; m: Mention } | undefined {
    const [start] = this.sentenceRange(i);
    for (let k = start; k < i; k++) {
      if (!stemIn(this.tokens[k], DISMISSAL_WORDS)) continue;
      return (
        this.entityStartingAt(k + 1, ['person']) ??
        this.boundAt.get(k + 1) ??
        this.firstPersonAfter(k + 1, 10)
      );
    }
    return undefined;
  }

  /** `وتعيين العميد “X” بدلاً منه`: the successor takes the role the dismissed one held. */
  private inheritRole(
    successor: { e: Entity; m: Mention },
    predecessor: { e: Entity; m: Mention },
    i: number,
  ) {
    this.copyRole(predecessor.e, successor, 'appointed', i, successor.m.first, i + 1);
  }

  /**
   * `تسلّم منصبه خلفاً للعميد “Y” الذي أُعفي من منصبه`: the one replaced held the successor's role
   * before him, dismissed if the text says so.
   */
  private predecessorRole(
    successor: { e: Entity; m: Mention },
    predecessor: { e: Entity; m: Mention },
    i: number,
  ) {
    let status: RoleStatus = 'former';
    for (let k = predecessor.m.last + 1; k <= predecessor.m.last + 6 && this.sameSentence(i, k); k++) {
      if (stemIn(this.tokens[k], DISMISSAL_WORDS)) status = 'dismissed';
    }
    // `تولى منصبه خلفاً لـ“Y”`: the post is the one the successor was given before.
    let post = false;
    for (let k = Math.max(successor.m.last + 1, i - 4); k < i; k++) if (POSTS.has(this.key(k))) post = true;
    this.copyRole(successor.e, predecessor, status, i, i, predecessor.m.last, post);
  }

  /** Gives `to` the role `from` was given in the sentence of token i, with another status. */
  private copyRole(
    from: Entity,
    to: { e: Entity; m: Mention },
    status: RoleStatus,
    i: number,
    first: number,
    last: number,
    earlier = false,
  ) {
    const sentence = this.tokens[i]!.sentence;
    if (this.rolesOf.get(to.e)?.some((r) => r.sentence === sentence)) return;
    const heldBy = (inSentence: (s: number) => boolean) =>
      this.roles.findLast((r) => r.person === from.name && inSentence(r.evidence?.sentence ?? -1));
    const held =
      heldBy((s) => s === sentence) ?? (earlier ? heldBy((s) => s >= 0 && s < sentence) : undefined);
    if (!held) return;
    const org = this.res.entities.find((e) => e.name === held.org);
    const place = this.res.entities.find((e) => e.type === 'place' && e.name === held.place);
    const phrase: Phrase = {
      head: i,
      first,
      last,
      role: held.role,
      status,
      ...(org ? { org } : {}),
      ...(place ? { place } : {}),
      area: false,
      accusative: false,
    };
    this.addRole(to.e, phrase, Math.min(first, to.m.first), Math.max(last, to.m.last), 0.6);
  }

  /** Defections, meetings, negotiations and movements: a verb, its subject, a preposition and its object. */
  private simple(i: number): void {
    const t = this.tokens[i]!;
    for (const relation of VERB_RELATIONS) {
      if (!stemIn(t, relation.verbs)) continue;
      const contact = relation.direct;
      const subjectTypes = contact ? PARTIES : (['person'] as const);
      if (relation.predicate === 'defected_from' && this.listedDefection(i)) return;
      const subject =
        this.entityStartingAt(i + 1, ['person']) ??
        this.boundAt.get(i + 1) ??
        this.nearestBefore(i, subjectTypes, 5, true) ??
        this.antecedent(i);
      if (!subject) return;
      const from = subject.m.first > i ? subject.m.last + 1 : i + 1;
      const object =
        this.objectAfter(from, relation) ??
        (relation.predicate === 'defected_from' ? this.ranksLeft(i, from) : undefined);
      if (object) this.addContact(subject, relation.predicate, object, i);
      if (object && relation.predicate === 'defected_from')
        this.lastDefection = { body: object, sentence: this.tokens[i]!.sentence };
      if (relation.predicate === 'met_with') this.present(subject, i);
      return;
    }
    this.contactNoun(i);
  }

  /** `انشق ... عن صفوفها`: the body the pronoun refers to, the last organization named before. */
  private ranksLeft(i: number, from: number): { e: Entity; m: Mention } | undefined {
    // The subject's nickname (`الملقب بـ“ابو جاسم”،`) may come before `عن صفوفها`.
    for (let k = from; k < from + 10 && this.sameSentence(i, k); k++) {
      if (!FROM.has(this.key(k)) || !RANKS_OF_IT.has(this.key(k + 1))) continue;
      for (let j = k - 1; j >= 0 && this.sameSentence(i, j); j--) {
        const m = this.mention(j);
        const e = m?.type === 'organization' && !m.anaphor ? this.res.entityOf.get(m.id) : undefined;
        if (e) return { e, m: m! };
      }
      return undefined;
    }
    return undefined;
  }

  /**
   * `بعد انشقاق القياديين “X” و“Y”` with no body named: each left the body the defection before it in
   * the sentence left.
   */
  private listedDefection(i: number): boolean {
    const previous = this.lastDefection;
    if (!previous || previous.sentence !== this.tokens[i]!.sentence) return false;
    let k = i + 1;
    if (stemIn(this.tokens[k], ROLE_HEAD_SET) && !this.mention(k)) k++;
    const first = this.entityStartingAt(k, ['person']);
    if (!first) return false;
    const list = this.listFrom(first);
    if (this.objectAfter(list.at(-1)!.m.last + 1, VERB_RELATIONS[0]!)) return false;
    for (const person of list) this.addContact(person, 'defected_from', previous.body, i);
    return true;
  }

  /** `اجتماع عقده X مع Y`, `عقد اجتماعاً مع Y`, `مفاوضات مع Y`: the holder meets whoever is after `مع`. */
  private contactNoun(i: number): void {
    const t = this.tokens[i]!;
    const predicate: Predicate | undefined = stemIn(t, MEETING_NOUNS)
      ? 'met_with'
      : stemIn(t, NEGOTIATION_NOUNS)
        ? 'negotiated_with'
        : undefined;
    if (!predicate) return;
    let subject: { e: Entity; m: Mention } | undefined;
    let from = i + 1;
    if (stemIn(this.tokens[i + 1], HELD)) {
      subject = this.entityStartingAt(i + 2, PARTIES);
      if (subject) from = subject.m.last + 1;
    }
    subject ??= this.nearestBefore(i, PARTIES, 8, true) ?? this.nearestBefore(i, ['person'], 12);
    if (!subject) return;
    const relation = VERB_RELATIONS.find((r) => r.predicate === predicate)!;
    const object = this.objectAfter(from, { ...relation, direct: false, reach: 3 });
    if (object) this.addContact(subject, predicate, object, i);
    if (predicate === 'met_with' && object) this.present(subject, i);
  }

  /** The object of a relation verb: after its preposition, or (for contact) right there past envoys. */
  private objectAfter(from: number, relation: VerbRelation): { e: Entity; m: Mention } | undefined {
    for (let k = from; k < from + relation.reach && this.clause[k] === this.clause[from]; k++) {
      const tok = this.tokens[k];
      if (!tok || tok.text === '.') return undefined;
      if (relation.preps.has(tok.key)) {
        let at = k + 1;
        while ((stemIn(this.tokens[at], ENVOYS) || stemIn(this.tokens[at], RANKS)) && at < k + 4) at++;
        if (stemIn(this.tokens[at], PLACE_WORDS_IN) && !this.mention(at)) at++; // `إلى مدينة X`
        return this.entityStartingAt(at, relation.objectTypes) ?? this.boundAt.get(at);
      }
      if (!relation.direct) continue;
      if (stemIn(tok, ENVOYS) && !this.mention(k)) continue;
      const object = this.entityStartingAt(k, relation.objectTypes) ?? this.boundAt.get(k);
      if (object) return object;
    }
    return undefined;
  }

  private addContact(
    subject: { e: Entity; m: Mention },
    predicate: Predicate,
    object: { e: Entity; m: Mention },
    i: number,
  ) {
    const from = Math.min(i, subject.m.first);
    const to = Math.max(object.m.last, i);
    this.addRelation(subject.e, predicate, object.e, from, to, 0.65);
  }

  /** `بحضور X` in the sentence of a meeting: X met the one who held it. */
  private present(subject: { e: Entity; m: Mention }, i: number): void {
    const [, end] = this.sentenceRange(i);
    for (let k = i + 1; k <= end && k < i + 25; k++) {
      if (!stemIn(this.tokens[k], PRESENCE)) continue;
      const guest = this.firstPersonAfter(k + 1, 8);
      if (guest) this.addContact(subject, 'met_with', guest, i);
      return;
    }
  }

  /** `“الجبهة الشامية”، كبرى مكونات الفيلق الثالث`, `لواء X، أحد ألوية الفرقة`: a body is a component of another. */
  private componentOf(m: Mention): void {
    if (m.type !== 'organization' && m.type !== 'unit') return;
    const body = this.res.entityOf.get(m.id);
    let j = pastParenthesis(this.tokens, m.last + 1);
    while (this.tokens[j]?.kind === 'quote' || this.tokens[j]?.text === '،') j++;
    if (FROM.has(this.key(j))) j++; // `من كبرى مكونات`
    if (!RANK_AMONG.has(this.key(j)) || !stemIn(this.tokens[j + 1], COMPONENTS)) return;
    // `فصائل الجيش الوطني` may itself be the name the recognizer read.
    const owner =
      this.entityStartingAt(j + 2, ['organization', 'unit'], false) ??
      this.entityStartingAt(j + 1, ['organization', 'unit'], false);
    if (body && owner && owner.e !== body)
      this.addRelation(body, 'part_of', owner.e, m.first, owner.m.last, 0.75);
  }

  /** Every unit with an organization is part of it; so is a body said to belong to another. */
  private partOf(): void {
    for (const m of this.rec.mentions) {
      if (m.type !== 'organization' && m.type !== 'unit') continue;
      const body = this.res.entityOf.get(m.id);
      const owner = ownerAfter(this.rec, m, this.res.entityOf);
      if (!body || !owner || owner === body || owner.type !== 'organization') continue;
      let next = pastParenthesis(this.tokens, m.last + 1);
      while (this.tokens[next]?.kind === 'quote') next++;
      const explicit = stemIn(this.tokens[next], ATTACHED) !== undefined;
      const sub =
        stemIn(this.tokens[m.first], SUB_BODY) !== undefined || this.tokens[m.first]!.kind === 'quote';
      if (explicit || m.type === 'unit' || sub) this.addRelation(body, 'part_of', owner, m.first, next, 0.8);
    }
    for (const m of this.rec.mentions) this.componentOf(m);
    for (const unit of this.res.entities) {
      if (unit.type !== 'unit' || !unit.org) continue;
      const m = unit.mentions[0]!;
      const owner = unit.mentions.find((x) => {
        const next = this.rec.at[x.last + 1];
        return next && this.res.entityOf.get(next.id) === unit.org;
      });
      const at = owner ?? m;
      this.addRelation(unit, 'part_of', unit.org, at.first, at.last + (owner ? 1 : 0), owner ? 0.85 : 0.6);
    }
  }
}

/** Heading a security office or branch makes a security chief; a media office a media chief... */
function refinedByBody(role: RoleClass, m: Mention, body: Entity | undefined): RoleClass {
  if (m.type === 'unit' && m.kind && m.kind !== 'other') return roleOfUnitHead(m.kind as UnitKind);
  if ((body?.kind ?? m.kind) === 'security_branch') return 'security_chief';
  return role;
}
