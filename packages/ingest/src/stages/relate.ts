// Stage 6: roles and relations between the resolved entities, each with the sentence and span
// that state it. Titles bind to the name next to them within the clause; relations read the
// verb and noun patterns of the genre (`سيطرة X على`, `ألقت القبض على`, `المقربين من`, `خلفاً لـ`).
import type { Predicate, RelationItem, RoleItem } from '@shabaka/model';
import type { Mention, Recognized } from './recognize.ts';
import { type Entity, ownerAfter, pastParenthesis, type Resolved } from './resolve.ts';
import type { Sentence } from './split.ts';
import { RULES } from '../rules/index.ts';
import { runRules } from '../rules/run.ts';
import type { Trace } from '../rules/trace.ts';
import { stemIn } from '../text/tokens.ts';

import {
  ATTACHED,
  COMPONENTS,
  DEFECT,
  ENVOYS,
  FROM,
  HELD,
  MEET,
  MEETING_NOUNS,
  MOVE,
  NEGOTIATE,
  NEGOTIATION_NOUNS,
  PLACE_WORDS_IN,
  PRESENCE,
  RANKS,
  RANKS_OF_IT,
  RANK_AMONG,
  SUB_BODY,
  TO,
  WITH,
} from '../lexicon/relations-legacy.ts';
import { ACT_TRIGGERS } from '../rules/matchers-acts.ts';
import { POST_TRIGGERS } from '../rules/matchers-posts.ts';
import { ROLE_HEAD_SET } from '../rules/matchers-holders.ts';
import { TITLE_TRIGGERS } from '../rules/matchers-titles.ts';
import { TIE_TRIGGERS, TieMatchers } from '../rules/matchers-ties.ts';
import { TriggerIndex } from '../rules/trigger-index.ts';

export interface Related {
  roles: RoleItem[];
  relations: RelationItem[];
  /** Governments no mention names but a title implies (`وزير الداخلية العراقي`): new organizations. */
  implied: Entity[];
}

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
/** `simple` acts on a relation verb, else on a meeting or negotiation noun (`contactNoun`). */
const SIMPLE_TRIGGERS = [...VERB_RELATIONS.map((r) => r.verbs), MEETING_NOUNS, NEGOTIATION_NOUNS];

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
  return {
    roles: withoutGenericTitles(relator.roles, relator.relations),
    relations: relator.relations,
    implied: relator.implied,
  };
}

/**
 * `القيادي X كان يشغل منصب أمير قاطع البادية`: the generic `القيادي` says no more than the post
 * the same sentence gives him in the same body or one of its units, so it gives way to it.
 */
function withoutGenericTitles(roles: RoleItem[], relations: readonly RelationItem[]): RoleItem[] {
  const within = new Set(
    relations.filter((r) => r.predicate === 'part_of').map((r) => `${r.subject}\u0000${r.object}`),
  );
  const sameBody = (specific: RoleItem, generic: RoleItem) =>
    !!specific.org && (specific.org === generic.org || within.has(`${specific.org}\u0000${generic.org}`));
  return roles.filter(
    (generic) =>
      generic.role !== 'senior_member' ||
      !roles.some(
        (r) =>
          r.role !== 'senior_member' &&
          r.role !== 'member' &&
          r.person === generic.person &&
          r.evidence?.sentence === generic.evidence?.sentence &&
          sameBody(r, generic),
      ),
  );
}

/** A hand-written matcher under its rule id, with the lists that trigger it (none: every token). */
type RelatorRow = readonly [
  id: string,
  match: (r: Relator, i: number) => void,
  triggers?: readonly ReadonlySet<string>[],
];

class Relator extends TieMatchers {
  /** The hand-written matchers, by phase in the order they run, each indexed by its triggers. */
  private static readonly MATCHERS: readonly TriggerIndex<RelatorRow>[] = (
    [
      [
        ['role.title', (r, i) => r.role(i), TITLE_TRIGGERS.role],
        ['role.led-by', (r, i) => r.ledBy(i), POST_TRIGGERS.ledBy],
        ['role.charged', (r, i) => r.charged(i), POST_TRIGGERS.charged],
        ['role.joined', (r, i) => r.joined(i), POST_TRIGGERS.joined],
      ],
      [
        ['member.cell', (r, i) => r.cell(i), POST_TRIGGERS.cell],
        ['controls.verb', (r, i) => r.controls(i), ACT_TRIGGERS.controls],
        ['killed.victim', (r, i) => r.victim(i), ACT_TRIGGERS.victim],
        ['killed.attributed', (r, i) => r.attributedKilling(i), ACT_TRIGGERS.attributedKilling],
        ['act.arrest-or-kill', (r, i) => r.arrestOrKill(i), ACT_TRIGGERS.arrestOrKill],
        ['left-via.departure', (r, i) => r.leftVia(i), ACT_TRIGGERS.leftVia],
        ['stated-to.statement', (r, i) => r.statedTo(i), ACT_TRIGGERS.statedTo],
        ['close-to.noun', (r, i) => r.closeTo(i), TIE_TRIGGERS.closeTo],
        ['relative-of.kin', (r, i) => r.relativeOf(i), TIE_TRIGGERS.relativeOf],
        ['replaced.successor', (r, i) => r.replaced(i), TIE_TRIGGERS.replaced],
        ['moved-to.verb', (r, i) => r.movedTo(i), TIE_TRIGGERS.movedTo],
        ['located-in.seat', (r, i) => r.locatedIn(i)],
        ['verb-relation.table', (r, i) => r.simple(i), SIMPLE_TRIGGERS],
      ],
    ] satisfies RelatorRow[][]
  ).map((rows) => new TriggerIndex<RelatorRow>(rows, (row) => row[2]));

  run(): void {
    for (const index of Relator.MATCHERS) {
      for (let i = 0; i < this.tokens.length; i++) {
        if (!this.readable(i)) continue;
        for (const [id, match] of index.rowsAt(this.tokens[i]!)) {
          this.rule = id;
          match(this, i);
        }
      }
    }
    this.rule = 'part-of.attached';
    this.partOf();
  }

  /** Defections, meetings, negotiations and movements: a verb, its subject, a preposition and its object. */
  protected simple(i: number): void {
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
  protected ranksLeft(i: number, from: number): { e: Entity; m: Mention } | undefined {
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
  protected listedDefection(i: number): boolean {
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
  protected contactNoun(i: number): void {
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
  protected objectAfter(from: number, relation: VerbRelation): { e: Entity; m: Mention } | undefined {
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

  protected addContact(
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
  protected present(subject: { e: Entity; m: Mention }, i: number): void {
    const [, end] = this.sentenceRange(i);
    for (let k = i + 1; k <= end && k < i + 25; k++) {
      if (!stemIn(this.tokens[k], PRESENCE)) continue;
      const guest = this.firstPersonAfter(k + 1, 8);
      if (guest) this.addContact(subject, 'met_with', guest, i);
      return;
    }
  }

  /** `“الجبهة الشامية”، كبرى مكونات الفيلق الثالث`, `لواء X، أحد ألوية الفرقة`: a body is a component of another. */
  protected componentOf(m: Mention): void {
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
  protected partOf(): void {
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
