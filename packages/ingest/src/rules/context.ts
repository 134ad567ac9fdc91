// What every extraction rule reads and writes: the article's tokens, mentions and entities, the
// finders rules share (the entity at, before or after a token), and the one place a role or a
// relation is added, stamped with the id of the rule that is running and recorded in the trace.
import {
  CLAIM_TYPE_INFO,
  type Evidence,
  nameKey,
  predicateToClaimType,
  ROLE_CLASS_INFO,
  type Predicate,
  type RelationItem,
  type RoleClass,
  type RoleItem,
  type RoleStatus,
} from '@shabaka/model';
import { placeOfAdjective } from '../gazetteer/index.ts';
import { GOVERNMENT_OF_COUNTRY } from '../gazetteer/organizations.ts';
import { LEXICON } from '../lexicon/index.ts';
import { PERSON_CUES } from '../gazetteer/words.ts';
import { qualifiersOf } from '../qualifiers.ts';
import type { Mention, Recognized } from '../stages/recognize.ts';
import { type Entity, pastParenthesis, type Resolved } from '../stages/resolve.ts';
import type { Sentence } from '../stages/split.ts';
import { isWord, stemIn, type Token } from '../text/tokens.ts';
import type { Trace } from './trace.ts';
import { CIVIL_HEADS } from '../lexicon/titles-legacy.ts';

/** An entity and the mention of it a rule found. */
export interface Found {
  e: Entity;
  m: Mention;
}

/** A role phrase read from the text: its head token, extent, class, status and the body it names. */
export interface Phrase {
  head: number;
  first: number;
  last: number;
  role: RoleClass;
  status: RoleStatus;
  org?: Entity;
  place?: Entity;
  area: boolean;
  accusative: boolean;
}

export class ClaimContext {
  readonly roles: RoleItem[] = [];
  readonly relations: RelationItem[] = [];
  /** Governments no mention names but a title implies (`وزير الداخلية العراقي`): new organizations. */
  readonly implied: Entity[] = [];
  /** Roles by person, in text order: who held what before. */
  readonly rolesOf = new Map<Entity, { role: RoleClass; sentence: number }[]>();
  readonly tokens: Token[];
  /** Clause id of every token: `،` and `؛` outside quotes end a clause, and so does a sentence. */
  readonly clause: number[];
  readonly principalPlace: Entity | undefined;
  /** The id of the rule now running: every claim it adds carries it. */
  rule = 'unnamed';
  private readonly seen = new Set<string>();

  constructor(
    readonly text: string,
    readonly sentences: readonly Sentence[],
    readonly rec: Recognized,
    readonly res: Resolved,
    readonly trace?: Trace,
  ) {
    this.tokens = rec.tokens;
    this.clause = clauses(rec.tokens);
    this.principalPlace = principalPlace(res.entities);
  }

  /** Tokens a rule may read: words outside bylines and datelines. */
  readable(i: number): boolean {
    const t = this.tokens[i];
    const sentence = t && this.sentences[t.sentence];
    return isWord(t) && !!sentence && sentence.kind !== 'byline' && sentence.kind !== 'dateline';
  }

  mention(i: number): Mention | undefined {
    return this.rec.at[i];
  }

  /** The entity whose mention starts at token i (skipping quotes and `المدعو`). */
  entityStartingAt(
    i: number,
    types: readonly string[],
    skipCues = true,
  ): { e: Entity; m: Mention } | undefined {
    let j = i;
    while (j < this.tokens.length && this.sameSentence(i, j)) {
      const t = this.tokens[j]!;
      if (t.kind === 'quote' || (skipCues && stemIn(t, PERSON_CUES) && !this.mention(j))) j++;
      else break;
    }
    const m = this.mention(j);
    if (!m || m.first !== j || !types.includes(m.type)) return undefined;
    const e = this.res.entityOf.get(m.id);
    return e ? { e, m } : undefined;
  }

  /** The entity whose mention ends at token i (skipping quotes). */
  entityEndingAt(i: number, types: readonly string[]): { e: Entity; m: Mention } | undefined {
    let j = i;
    while (j >= 0 && this.tokens[j]!.kind === 'quote') j--;
    const m = this.mention(j);
    if (!m || m.last !== j || !types.includes(m.type)) return undefined;
    const e = this.res.entityOf.get(m.id);
    return e ? { e, m } : undefined;
  }

  sameSentence(a: number, b: number): boolean {
    return this.tokens[a]?.sentence === this.tokens[b]?.sentence;
  }

  key(i: number): string {
    return this.tokens[i]?.key ?? '';
  }

  /** Mentions of the given types in a token range of one sentence, in order. */
  mentionsIn(from: number, to: number, types: readonly string[]): { e: Entity; m: Mention }[] {
    const out: { e: Entity; m: Mention }[] = [];
    for (let j = from; j <= to && j < this.tokens.length; j++) {
      const m = this.mention(j);
      if (!m || m.first !== j || !types.includes(m.type)) continue;
      const e = this.res.entityOf.get(m.id);
      if (e) out.push({ e, m });
    }
    return out;
  }

  sentenceRange(i: number): [number, number] {
    let a = i;
    let b = i;
    while (a > 0 && this.sameSentence(a - 1, i)) a--;
    while (b + 1 < this.tokens.length && this.sameSentence(b + 1, i)) b++;
    return [a, b];
  }

  nearestBefore(i: number, types: readonly string[], limit = 12, sameClause = false) {
    for (let j = i - 1; j >= 0 && j >= i - limit && this.sameSentence(i, j); j--) {
      if (sameClause && this.clause[j] !== this.clause[i]) return undefined;
      const m = this.mention(j);
      if (m && types.includes(m.type)) {
        const e = this.res.entityOf.get(m.id);
        if (e) return { e, m };
      }
    }
    return undefined;
  }

  evidence(sentence: number, from: number, to: number, confidence: number): Evidence {
    const s = this.sentences[sentence]!;
    const start = Math.max(s.start, Math.min(this.tokens[from]!.start, this.tokens[to]!.start));
    const end = Math.min(s.end, Math.max(this.tokens[from]!.end, this.tokens[to]!.end));
    return { sentence, start, end, text: s.text, confidence, rule: this.rule };
  }

  addRelation(
    subject: Entity,
    predicate: Predicate,
    object: Entity,
    from: number,
    to: number,
    confidence: number,
  ) {
    if (subject === object) return;
    const id = `${subject.type}:${subject.key}|${predicate}|${object.type}:${object.key}`;
    const sentence = this.tokens[from]!.sentence;
    const claim = `${subject.name} ${predicate} ${object.name}`;
    if (this.seen.has(id)) return this.trace?.duplicate(sentence, this.rule, claim);
    this.seen.add(id);
    this.trace?.fired(sentence, this.rule, claim);
    this.relations.push({
      subject: subject.name,
      predicate,
      object: object.name,
      evidence: this.evidence(sentence, Math.min(from, to), Math.max(from, to), confidence),
      ...qualifiersOf(
        this.tokens,
        this.sentenceRange(from),
        this.text,
        CLAIM_TYPE_INFO[predicateToClaimType(predicate)].negatable ? Math.min(from, to) : -1,
      ),
    });
  }

  addRole(person: Entity, phrase: Phrase, from: number, to: number, confidence: number) {
    let org = phrase.org;
    // With no body named, a group's title belongs to the article's main group, a civil one to a government.
    const { kind } = ROLE_CLASS_INFO[phrase.role];
    if (!org && kind === 'group' && this.res.mainGroup) org = this.res.mainGroup;
    if (!org && kind === 'civil') org = this.governmentOf(phrase);
    const place = phrase.place ?? (phrase.area ? this.principalPlace : undefined);
    const id = `${person.key}|${phrase.role}|${org?.key ?? ''}|${phrase.status}`;
    const sentence = this.tokens[from]!.sentence;
    const claim = `${person.name} ${phrase.role} of ${org?.name ?? '?'} (${phrase.status})`;
    if (this.seen.has(id)) return this.trace?.duplicate(sentence, this.rule, claim);
    this.seen.add(id);
    this.trace?.fired(sentence, this.rule, claim);
    const title = this.text
      .slice(this.tokens[phrase.first]!.start, this.tokens[phrase.last]!.end)
      .replace(/[“”"«»]/g, '');
    this.roles.push({
      person: person.name,
      role: phrase.role,
      org: org?.name ?? null,
      place: place?.name ?? null,
      status: phrase.status,
      title,
      evidence: this.evidence(sentence, Math.min(from, to), Math.max(from, to), confidence),
      ...qualifiersOf(this.tokens, this.sentenceRange(from), this.text, -1),
    });
    const held = this.rolesOf.get(person) ?? [];
    held.push({ role: phrase.role, sentence });
    this.rolesOf.set(person, held);
  }

  /**
   * The body a civil title with none named belongs to: the government of the country its adjective
   * names (`وزير الداخلية العراقي`), the ministry of its domain (`وزير الداخلية` → `وزارة الداخلية ...`),
   * or the article's only government (`محافظ درعا`).
   */
  governmentOf(phrase: Phrase): Entity | undefined {
    for (let k = phrase.head + 1; k <= phrase.last + 1 && this.sameSentence(phrase.head, k); k++) {
      const key = this.key(k);
      const country = placeOfAdjective(key) ?? placeOfAdjective(key.replace(/ه$/, ''));
      const government = country?.type === 'place' ? GOVERNMENT_OF_COUNTRY.get(country.name) : undefined;
      if (government) return this.organizationNamed(government, 'government');
    }
    if (!stemIn(this.tokens[phrase.head], CIVIL_HEADS)) return undefined;
    const organizations = this.res.entities.filter((e) => e.type === 'organization');
    const domain = this.key(phrase.head + 1);
    const ministry = organizations.find((e) => domain && e.key.startsWith(`وزاره ${domain}`));
    if (ministry) return ministry;
    // A ministry is one part of a government, not the government a governor answers to.
    const governments = organizations.filter((e) => e.kind === 'government' && !e.key.startsWith('وزاره'));
    return governments.length === 1 ? governments[0] : undefined;
  }

  /** The article's organization of that name, or a new one no mention names. */
  organizationNamed(name: string, kind: Entity['kind']): Entity {
    const key = nameKey(name);
    const known = [...this.res.entities, ...this.implied].find(
      (e) => e.type === 'organization' && (e.key === key || e.aliases.some((a) => nameKey(a) === key)),
    );
    if (known) return known;
    const entity: Entity = { index: -1, type: 'organization', name, key, aliases: [], mentions: [] };
    if (kind) entity.kind = kind;
    this.implied.push(entity);
    return entity;
  }

  /**
   * A person and the persons joined to it by `و` or `،` (`“X” و“Y”`, `“X”، و“Y”`); with other types,
   * a list of bodies (`فصائل A، وB، وC (قطاع X)`), past a short name in parentheses after each.
   */
  listFrom(first: { e: Entity; m: Mention }, types: readonly string[] = ['person']): Found[] {
    const list = [first];
    let j = first.m.last + 1;
    for (;;) {
      while (this.tokens[j]?.kind === 'quote') j++;
      if (!types.includes('person')) j = pastParenthesis(this.tokens, j);
      const joiner = this.tokens[j];
      if (!joiner) break;
      // `X، وY` with the `و` apart from a quoted name (`، و“Y”`).
      const after = joiner.text === '،' && this.key(j + 1) === 'و' ? j + 2 : j + 1;
      const next =
        joiner.text === '،' || joiner.key === 'و'
          ? this.entityStartingAt(after, types)
          : joiner.key.startsWith('و')
            ? this.entityStartingAt(j, types)
            : undefined;
      if (!next || next.m.first < j) break;
      list.push(next);
      j = next.m.last + 1;
    }
    return list;
  }

  /** Places listed from token a (`على أحياء مخيم اليرموك والحجر الأسود`, `في مدن وبلدات إدلب وأجزاء من ريف حلب`). */
  placesAfter(a: number): { e: Entity; m: Mention }[] {
    const places: { e: Entity; m: Mention }[] = [];
    let skipped = 0;
    let j = a;
    while (j < this.tokens.length && this.sameSentence(a, j)) {
      const t = this.tokens[j]!;
      const m = this.mention(j);
      if (m && m.first === j && m.type === 'place' && !m.anaphor) {
        const e = this.res.entityOf.get(m.id)!;
        if (places.length === 0 && skipped > 0 && e.kind === 'country') return places;
        places.push({ e, m });
        j = m.last + 1;
        while (this.tokens[j]?.kind === 'quote') j++;
        const sep = this.tokens[j];
        const next = this.mention(j);
        if (next && next.first === j && next.type === 'place' && sep?.key.startsWith('و')) continue;
        const after = this.pastPartitive(j);
        if (after < 0) return places;
        j = after;
        continue;
      }
      if (places.length > 0) return places;
      if (t.kind === 'punct' || skipped >= 6 || m) return places;
      if (t.kind !== 'quote') skipped++;
      j++;
    }
    return places;
  }

  /**
   * Where the next place of a list starts after the joiner at j (`،`, `و`, `ومعظم قرى ناحية`,
   * `وأجزاء من`, `وحي`), or -1 if no place follows.
   */
  pastPartitive(j: number): number {
    const sep = this.tokens[j];
    if (!sep) return -1;
    const plain = sep.text === '،' || sep.text === ',' || sep.key === 'و';
    // `وحي` keeps its `و` as a stem of its own (a word in itself).
    const partitive = stemIn(sep, LEXICON.partitive) !== undefined || LEXICON.partitive.has(sep.key.slice(1));
    if (!plain && !(sep.key.startsWith('و') && partitive && !this.mention(j))) return -1;
    let k = j + 1;
    while (k < j + 4 && stemIn(this.tokens[k], LEXICON.partitive) && !this.mention(k)) k++;
    if (k === j + 1 && plain) return k; // the list goes on, the loop reads what comes
    const m = this.mention(k);
    return m && m.first === k && m.type === 'place' ? k : -1;
  }

  /**
   * Whom a subjectless verb is about (`مؤكدة أنه وصل`, `ووصل الأخير`): the last person named before
   * it in its sentence or the one before, within the paragraph.
   */
  antecedent(i: number): { e: Entity; m: Mention } | undefined {
    const sentence = this.tokens[i]!.sentence;
    for (let j = i - 1; j >= 0; j--) {
      const t = this.tokens[j]!;
      if (t.sentence < sentence - 1 || !this.sameParagraph(t.sentence, sentence)) return undefined;
      const m = this.mention(j);
      if (m?.type !== 'person') continue;
      const e = this.res.entityOf.get(m.id);
      if (e) return { e, m };
    }
    return undefined;
  }

  /** Sentences a and b (a <= b) are in one paragraph: no line break between them. */
  sameParagraph(a: number, b: number): boolean {
    if (a === b) return true;
    const first = this.sentences[a];
    const last = this.sentences[b];
    return !!first && !!last && !this.text.slice(first.end, last.start).includes('\n');
  }

  /** A person within `limit` tokens after j in the same sentence, past titles and cues. */
  firstPersonAfter(j: number, limit: number): { e: Entity; m: Mention } | undefined {
    for (let k = j; k < j + limit && this.sameSentence(j, k); k++) {
      const person = this.entityStartingAt(k, ['person']);
      if (person) return person;
      if (this.tokens[k]!.text === '.') return undefined;
    }
    return undefined;
  }
}

/** Clause ids: `،` and `؛` outside quotes end a clause, and so does a sentence. */
function clauses(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let id = 0;
  let inQuote = false;
  for (const [i, t] of tokens.entries()) {
    if (i > 0 && t.sentence !== tokens[i - 1]!.sentence) {
      id++;
      inQuote = false;
    }
    if (t.kind === 'quote') inQuote = !inQuote && t.text !== '\u201D' && t.text !== '»';
    out.push(id);
    if (!inQuote && (t.text === '،' || t.text === '؛' || t.text === ';')) id++;
  }
  return out;
}

/** The region the article is mostly about, for `أمير المنطقة`. */
function principalPlace(entities: readonly Entity[]): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) {
    if (e.type !== 'place' || !['region', 'city', 'governorate'].includes(e.kind ?? '')) continue;
    if (!best || e.mentions.length > best.mentions.length) best = e;
  }
  return best;
}
