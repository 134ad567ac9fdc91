// What every English rule reads and writes: tokens, mentions and entities, the finders rules share,
// the title phrase reader, and the one place a role or relation is added, stamped with the running
// rule's id, qualified (hedged, denied, attributed) and recorded in the trace.
import {
  type Evidence,
  type Predicate,
  ROLE_CLASS_INFO,
  type RelationItem,
  type RoleClass,
  type RoleItem,
  type RoleStatus,
} from '@shabaka/model';
import {
  ENGLISH_DEPUTY,
  ENGLISH_FORMER,
  ENGLISH_TITLE_MODIFIERS as DETERMINERS,
  ENGLISH_LEADERSHIP_BODIES,
  ENGLISH_NOT_GROUP_BODIES,
  ENGLISH_PERSON_PRONOUNS,
  ENGLISH_SENIOR,
  ENGLISH_TITLES,
  ENGLISH_UNIT_HEAD_CLASS,
} from '../lexicon/english.ts';
import type { Sentence } from '../split.ts';
import type { Trace } from '../rules/trace.ts';
import { qualifiersOfEnglish } from './qualifiers.ts';
import type { EnMention, EnType } from './recognize.ts';
import type { EnEntity, EnResolved } from './resolve.ts';
import type { EnToken } from './tokens.ts';

export interface EnFound {
  e: EnEntity;
  m: EnMention;
}

/** A title read from the text: its extent, class, status and the body (and place) it names. */
export interface EnTitle {
  first: number;
  last: number;
  role: RoleClass;
  status: RoleStatus;
  org?: EnEntity;
  place?: EnEntity;
}

const NEVER_DENIED = new Set<Predicate>(['relative_of', 'part_of', 'located_in']);
const OF_WORDS = new Set(['of', 'for', 'in', 'at', 'with', 'within']);
const GROUP_WORDS = new Set(['group', 'organization', 'organisation', 'movement']);
/** How many sentences back a pronoun may find the person it stands for. */
const PRONOUN_REACH = 3;

/** `commanders` -> `commander`: titles are listed in the singular. */
const singular = (word: string) => (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word);
const titleOf = (word: string) => ENGLISH_TITLES.get(word) ?? ENGLISH_TITLES.get(singular(word));

/** The head of a security branch is its security chief; a member of a leadership body, a senior member. */
function refineByBody(title: EnTitle): void {
  const body = title.org;
  if (!body) return;
  if (title.role === 'leader' && body.kind === 'security_branch') title.role = 'security_chief';
  const leadership = body.name.split(' ').some((w) => ENGLISH_LEADERSHIP_BODIES.has(w.toLowerCase()));
  if (title.role === 'member' && body.type !== 'person' && leadership) title.role = 'senior_member';
}

export class EnglishContext {
  readonly roles: RoleItem[] = [];
  readonly relations: RelationItem[] = [];
  /** Ministries a `minister of defence` names without a mention: new organizations. */
  readonly implied: EnEntity[] = [];
  rule = 'unnamed';
  private readonly starting: (EnMention | undefined)[];
  private readonly ending: (EnMention | undefined)[];
  private readonly seen = new Set<string>();

  constructor(
    readonly text: string,
    readonly sentences: readonly Sentence[],
    readonly tokens: readonly EnToken[],
    readonly mentions: readonly EnMention[],
    readonly res: EnResolved,
    readonly trace?: Trace,
  ) {
    this.starting = new Array(tokens.length);
    this.ending = new Array(tokens.length);
    for (const m of mentions) {
      this.starting[m.first] = m;
      this.ending[m.last] = m;
    }
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  sameSentence(a: number, b: number): boolean {
    return this.tokens[a] !== undefined && this.tokens[a]?.sentence === this.tokens[b]?.sentence;
  }

  private found(m: EnMention | undefined, types: readonly EnType[]): EnFound | undefined {
    if (!m || !types.includes(m.type)) return undefined;
    const e = this.res.entityOf.get(m);
    return e ? { e, m } : undefined;
  }

  startingAt(i: number, types: readonly EnType[]): EnFound | undefined {
    return this.found(this.starting[i], types);
  }

  endingAt(i: number, types: readonly EnType[]): EnFound | undefined {
    return this.found(this.ending[i], types);
  }

  /** The nearest mention of the types ending before token i, within `within` tokens of one sentence. */
  before(i: number, types: readonly EnType[], within: number): EnFound | undefined {
    for (let j = i - 1; j >= i - within && this.sameSentence(i, j); j--) {
      const f = this.endingAt(j, types);
      if (f) return f;
    }
    return undefined;
  }

  /** The first mention of the types starting after token i, within `within` tokens of one sentence. */
  after(i: number, types: readonly EnType[], within: number): EnFound | undefined {
    for (let j = i + 1; j <= i + within && this.sameSentence(i, j); j++) {
      const f = this.startingAt(j, types);
      if (f) return f;
      if (this.lower(j) === ',' || this.lower(j) === '.') return undefined;
    }
    return undefined;
  }

  /** Past determiners (`the`, `a`, `its new`) from token i. */
  skipDeterminers(i: number): number {
    while (DETERMINERS.has(this.lower(i)) && !this.starting[i]) i++;
    return i;
  }

  /**
   * The title starting at token i: `former deputy leader of HTS`, `head of the media office`,
   * `spokesman for the SDF`, `emir of Mosul`, `minister of defence`. The body is the mention after
   * `of`/`for`/`in`, or the one whose possessive opens the phrase (`HTS's`, `the group's`).
   */
  titleAt(i: number): EnTitle | undefined {
    let k = i;
    let status: RoleStatus = 'current';
    let deputy = false;
    let senior = false;
    let group: EnEntity | undefined;
    for (;;) {
      // `a former ISIS emir`, `senior HTS commander`: the group may stand among the modifiers.
      const named = group ? undefined : this.startingAt(k, ['organization']);
      if (ENGLISH_FORMER.has(this.lower(k))) status = 'former';
      else if (ENGLISH_DEPUTY.has(this.lower(k))) deputy = true;
      else if (ENGLISH_SENIOR.has(this.lower(k))) senior = true;
      else if (this.groupPossessive(k)) group ??= this.res.mainGroup;
      else if (named) {
        group = named.e;
        k = named.m.last;
      } else if (this.lower(k) !== '-' && !DETERMINERS.has(this.lower(k))) break;
      k++;
    }
    const twoWords = `${this.lower(k)} ${singular(this.lower(k + 1))}`;
    let role = ENGLISH_TITLES.get(twoWords);
    let last = role ? k + 1 : k;
    role ??= titleOf(this.lower(k));
    // `his deputy, X`: a deputy of no title named is the deputy of the one before.
    if (!role && deputy && k > i) [role, last] = ['deputy_leader', k - 1];
    if (!role || !this.sameSentence(i, last)) return undefined;
    if (deputy) role = 'deputy_leader';
    else if (senior && (role === 'official' || role === 'member' || role === 'leader'))
      role = 'senior_member';
    const title: EnTitle = { first: this.skipDeterminers(i), last, role, status };
    const owner = group ?? this.possessiveBefore(title.first);
    if (owner) title.org = owner;
    if (OF_WORDS.has(this.lower(last + 1))) {
      let at = this.skipDeterminers(last + 2);
      // `head of the group's intelligence wing`: the group's body.
      if (this.groupPossessive(at)) at = this.skipDeterminers(at + 1);
      // `a member of parliament` is no post in a group.
      if (role === 'member' && ENGLISH_NOT_GROUP_BODIES.has(this.lower(at))) return undefined;
      const body = this.ownedBody(this.startingAt(at, ['organization', 'unit', 'place']));
      const theirs = !body && /^(its|their)$/.test(this.lower(last + 2)) ? this.res.mainGroup : undefined;
      if (theirs) title.org = theirs;
      if (body?.e.type === 'place') title.place = body.e;
      else if (body) {
        title.org = body.e;
        if (body.e.type === 'unit' && (role === 'leader' || role === 'official'))
          title.role = ENGLISH_UNIT_HEAD_CLASS.get(body.e.name.split(' ')[0]!) ?? role;
      } else if (role === 'minister' && this.tokens[at]?.word) title.org = this.ministry(at);
      title.last = body ? body.m.last : role === 'minister' && title.org ? at : last;
    }
    refineByBody(title);
    if (!title.org && ROLE_CLASS_INFO[title.role].kind === 'group' && this.res.mainGroup)
      title.org = this.res.mainGroup;
    return title;
  }

  /**
   * The person a pronoun at token i (or the subject a clause leaves out) stands for: the nearest
   * person before it in its sentence, else the first person of the sentences before it.
   */
  personBefore(i: number): EnFound | undefined {
    const sentence = this.tokens[i]?.sentence;
    if (sentence === undefined) return undefined;
    for (let j = i - 1; j >= 0 && this.tokens[j]!.sentence === sentence; j--) {
      const f = this.endingAt(j, ['person']);
      if (f) return f;
    }
    let j = i - 1;
    while (j >= 0 && this.tokens[j]!.sentence === sentence) j--;
    for (let back = 0; back < PRONOUN_REACH && j >= 0; back++) {
      const s = this.tokens[j]!.sentence;
      let start = j;
      while (start > 0 && this.tokens[start - 1]!.sentence === s) start--;
      for (let k = start; k <= j; k++) {
        const f = this.startingAt(k, ['person']);
        if (f) return f;
      }
      j = start - 1;
    }
    return undefined;
  }

  /** The person at token i: a name starting there, or a pronoun standing for one. */
  personAt(i: number): EnFound | undefined {
    return (
      this.startingAt(i, ['person']) ??
      (ENGLISH_PERSON_PRONOUNS.has(this.lower(i)) ? this.personBefore(i) : undefined)
    );
  }

  /** A title begins at token i, not inside a longer one (`HTS leader`: at `HTS`, not at `leader`). */
  titleStartingAt(i: number): EnTitle | undefined {
    const title = this.titleAt(i);
    if (!title || this.titleAt(i - 1)) return undefined;
    const group = this.endingAt(i - 1, ['organization']);
    return group && this.titleAt(group.m.first) ? undefined : title;
  }

  /**
   * `head of HTS’ General Security Apparatus`, `head of the SDF media office`: a body right before
   * another (possessive or not) names the owner of the next one, which is the title's body.
   */
  private ownedBody(body: EnFound | undefined): EnFound | undefined {
    if (!body || body.e.type === 'place') return body;
    const next = body.m.last + (/^['’]$/.test(this.tokens[body.m.last + 1]?.text ?? '') ? 2 : 1);
    const owned = this.startingAt(
      next,
      this.tokens[body.m.last]!.possessive ? ['organization', 'unit'] : ['unit'],
    );
    return owned ?? body;
  }

  /** A title with the class its body gives it (`head` of a security branch: its security chief). */
  refined(title: EnTitle): EnTitle {
    refineByBody(title);
    return title;
  }

  /** `the group's`, `the organization's`: the article's main group owns what follows. */
  groupPossessive(i: number): boolean {
    const t = this.tokens[i];
    return !!t?.possessive && GROUP_WORDS.has(t.lower) && !this.startingAt(i, ['organization', 'unit']);
  }

  /** `HTS's`, `the group's`, `its` just before token i: the group that owns the title. */
  private possessiveBefore(i: number): EnEntity | undefined {
    let j = i - 1;
    while (j >= 0 && DETERMINERS.has(this.lower(j)) && this.lower(j) !== 'its') j--;
    const t = this.tokens[j];
    if (!t || !this.sameSentence(i, j)) return undefined;
    if (t.lower === 'its' || this.groupPossessive(j)) return this.res.mainGroup;
    const owner =
      t.possessive || !t.cap
        ? this.endingAt(j, ['organization', 'unit'])
        : this.endingAt(j, ['organization']);
    return owner?.e;
  }

  /** `minister of defence` names the Ministry of Defence, an organization no mention names. */
  private ministry(at: number): EnEntity {
    const word = this.tokens[at]!.text;
    const name = `Ministry of ${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    const key = name.toLowerCase();
    const known = this.implied.find((e) => e.key === key);
    if (known) return known;
    const entity: EnEntity = {
      type: 'organization',
      name,
      key,
      aliases: [],
      kind: 'government',
      mentions: [],
    };
    this.implied.push(entity);
    return entity;
  }

  evidence(from: number, to: number, confidence: number): Evidence {
    const sentence = this.tokens[from]!.sentence;
    const s = this.sentences[sentence]!;
    const start = Math.max(s.start, this.tokens[Math.min(from, to)]!.start);
    const end = Math.min(s.end, this.tokens[Math.max(from, to)]!.end);
    return { sentence, start, end, text: s.text, confidence, rule: this.rule };
  }

  addRole(person: EnEntity, title: EnTitle, from: number, to: number, confidence: number) {
    const sentence = this.tokens[from]!.sentence;
    const org = title.org;
    const id = `${person.key}|${title.role}|${org?.key ?? ''}|${title.status}`;
    const claim = `${person.name} ${title.role} of ${org?.name ?? '?'} (${title.status})`;
    if (this.seen.has(id)) return this.trace?.duplicate(sentence, this.rule, claim);
    this.seen.add(id);
    this.trace?.fired(sentence, this.rule, claim);
    const a = Math.min(from, to, title.first);
    const b = Math.max(from, to, title.last);
    this.roles.push({
      person: person.name,
      role: title.role,
      org: org?.name ?? null,
      place: title.place?.name ?? null,
      status: title.status,
      title: this.text.slice(this.tokens[title.first]!.start, this.tokens[title.last]!.end),
      evidence: this.evidence(a, b, confidence),
      ...qualifiersOfEnglish(this.tokens, a, -1),
    });
  }

  /** The post another held (`role`), now the person's with `status`, on the evidence from..to. */
  addInheritedRole(person: EnEntity, role: RoleItem, status: RoleStatus, from: number, to: number) {
    const named = (name: string | null) =>
      name === null ? undefined : [...this.res.entities, ...this.implied].find((e) => e.name === name);
    const org = named(role.org);
    const place = named(role.place);
    const title: EnTitle = {
      first: from,
      last: to,
      role: role.role,
      status,
      ...(org ? { org } : {}),
      ...(place ? { place } : {}),
    };
    this.addRole(person, title, from, to, 0.65);
  }

  addRelation(
    subject: EnEntity,
    predicate: Predicate,
    object: EnEntity,
    from: number,
    to: number,
    confidence: number,
  ) {
    if (subject === object) return;
    const sentence = this.tokens[from]!.sentence;
    const id = `${subject.type}:${subject.key}|${predicate}|${object.type}:${object.key}`;
    const claim = `${subject.name} ${predicate} ${object.name}`;
    if (this.seen.has(id)) return this.trace?.duplicate(sentence, this.rule, claim);
    this.seen.add(id);
    this.trace?.fired(sentence, this.rule, claim);
    const a = Math.min(from, to);
    this.relations.push({
      subject: subject.name,
      predicate,
      object: object.name,
      evidence: this.evidence(a, Math.max(from, to), confidence),
      ...qualifiersOfEnglish(this.tokens, a, NEVER_DENIED.has(predicate) ? -1 : Math.max(from, to)),
    });
  }
}
