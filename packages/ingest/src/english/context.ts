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
  ENGLISH_SENIOR,
  ENGLISH_TITLES,
  ENGLISH_UNIT_HEAD_CLASS,
} from '../lexicon/english.ts';
import type { Sentence } from '../stages/split.ts';
import type { Trace } from '../rules/trace.ts';
import { qualifiersOfEnglish } from './qualifiers.ts';
import { type EnFound, EnglishFinders } from './finders.ts';
import type { EnMention } from './recognize.ts';
import type { EnEntity, EnResolved } from './resolve.ts';

export type { EnFound } from './finders.ts';
import type { EnToken } from './tokens.ts';

/** A title read from the text: its extent, class, status and the body (and place) it names. */
export interface EnTitle {
  first: number;
  last: number;
  role: RoleClass;
  status: RoleStatus;
  org?: EnEntity;
  place?: EnEntity;
  /** The body is the group the engine assumed (no word of the title names it). */
  orgByDefault?: boolean;
}

/** A post as added, with the tokens it rests on: the English membership row reads them. */
export interface EnPost {
  person: EnEntity;
  title: EnTitle;
  from: number;
  to: number;
}

const NEVER_DENIED = new Set<Predicate>(['relative_of', 'part_of', 'located_in']);
const OF_WORDS = new Set(['of', 'for', 'in', 'at', 'with', 'within']);

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

export class EnglishContext extends EnglishFinders {
  readonly roles: RoleItem[] = [];
  readonly posts: EnPost[] = [];
  readonly relations: RelationItem[] = [];
  /** Ministries a `minister of defence` names without a mention: new organizations. */
  readonly implied: EnEntity[] = [];
  rule = 'unnamed';
  private readonly seen = new Set<string>();
  private readonly titles = new Map<number, EnTitle | undefined>();

  constructor(
    text: string,
    sentences: readonly Sentence[],
    tokens: readonly EnToken[],
    mentions: readonly EnMention[],
    res: EnResolved,
    readonly trace?: Trace,
  ) {
    super(text, sentences, tokens, mentions, res);
  }

  /**
   * The title starting at token i: `former deputy leader of HTS`, `head of the media office`,
   * `spokesman for the SDF`, `emir of Mosul`, `minister of defence`. The body is the mention after
   * `of`/`for`/`in`, or the one whose possessive opens the phrase (`HTS's`, `the group's`).
   */
  titleAt(i: number): EnTitle | undefined {
    // Every rule asks at every token, some three times: read once, handed out as copies to change.
    if (!this.titles.has(i)) this.titles.set(i, this.readTitle(i));
    const title = this.titles.get(i);
    return title && { ...title };
  }

  private readTitle(i: number): EnTitle | undefined {
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
      else if (this.groupPossessive(k)) group ??= this.groupBefore(k);
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
      // `an official of the powerful Kataib Hezbollah group`: past one adjective before a body.
      if (
        !this.startingAt(at, ['organization', 'unit', 'place']) &&
        this.startingAt(at + 1, ['organization'])
      )
        at++;
      // `a member of parliament` is no post in a group.
      if (role === 'member' && ENGLISH_NOT_GROUP_BODIES.has(this.lower(at))) return undefined;
      const body = this.ownedBody(this.startingAt(at, ['organization', 'unit', 'place']));
      const theirs = !body && /^(its|their)$/.test(this.lower(last + 2)) ? this.groupBefore(i) : undefined;
      if (theirs) title.org = theirs;
      if (body?.e.type === 'place') title.place = body.e;
      else if (body) {
        title.org = body.e;
        if (body.e.type === 'unit' && (role === 'leader' || role === 'official'))
          title.role = ENGLISH_UNIT_HEAD_CLASS.get(body.e.name.split(' ')[0]!) ?? role;
      } else if (role === 'minister' && this.tokens[at]?.word) title.org = this.ministry(at);
      title.last = body ? body.m.last : role === 'minister' && title.org ? at : last;
      // `the commander of the 30th Brigade` leads it; `a commander of the movement` is one of its
      // commanders, and `the commander of the Nasr unit's rocket array` leads something inside it.
      const indefinite = ['a', 'an'].includes(this.lower(i)) || this.lower(i - 2) === 'one';
      if (
        title.role === 'military_commander' &&
        body &&
        body.e.type !== 'place' &&
        this.lower(k) === 'commander' &&
        !indefinite &&
        !this.tokens[body.m.last]!.possessive
      )
        title.role = 'leader';
    }
    refineByBody(title);
    const unnamedBody =
      OF_WORDS.has(this.lower(last + 1)) && title.last === last && this.tokens[last + 2]?.word;
    if (!title.org && !unnamedBody && ROLE_CLASS_INFO[title.role].kind === 'group') {
      // `the deputy commander of joint operations` names a body the engine does not know: no group.
      const group = this.groupBefore(i);
      if (group) Object.assign(title, { org: group, orgByDefault: true });
    }
    return title;
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
  ownedBody(body: EnFound | undefined): EnFound | undefined {
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

  /** `HTS's`, `the group's`, `its` just before token i: the group that owns the title. */
  private possessiveBefore(i: number): EnEntity | undefined {
    let j = i - 1;
    while (j >= 0 && DETERMINERS.has(this.lower(j)) && this.lower(j) !== 'its') j--;
    const t = this.tokens[j];
    if (!t || !this.sameSentence(i, j)) return undefined;
    if (t.lower === 'its' || this.groupPossessive(j)) return this.groupBefore(j);
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
    this.posts.push({ person, title, from: a, to: b });
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
