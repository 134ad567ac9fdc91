// SAME_AS candidates for a researcher (MODEL.md: a weak name never merges silently across
// organizations, a name in the other script is only a candidate). Each article's first write
// links its persons to a few namesakes, most mentioned first, and no person holds more than the
// cap, counting the links that others made to it. Candidates are chosen here, in memory, from
// one read of the stored persons that share a key: for one article or a whole batch, in order,
// as if each article's searches ran after its own write and before the next article's, so a batch
// links exactly what writing its articles one by one would. One statement then writes the links.
import type { EntityRecord } from '@shabaka/model';
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { PLAN_ONCE, type Statement } from './write-queries.ts';

/** The most SAME_AS links a person gets from the resolver (common kunyas name hundreds). */
export const MAX_SAME_AS_CANDIDATES = 5;

type SearchProperty = 'key' | 'crossKey';

/** The searches an article's first write runs, in this order, each over its persons it selects. */
const SEARCHES: ReadonlyArray<{
  property: SearchProperty;
  searches: (e: EntityRecord) => boolean;
  score: number;
  reason: string;
}> = [
  {
    property: 'key',
    searches: (e) => e.weak,
    score: 0.5,
    reason: 'same weak name, different organization or article',
  },
  {
    // A strong name written in the other script (or spelt otherwise) has the same skeleton; its
    // namesakes of the same key are the weak search's.
    property: 'crossKey',
    searches: (e) => Boolean(e.crossKey),
    score: 0.7,
    reason: 'same name in another script or spelling',
  },
];

// The stored persons a batch's searches can meet: its own persons stored before, and those
// sharing the key (or cross-script key) a person of the batch searches by, as its node holds
// it (a node keeps the keys it was created with). Read before the batch writes any entity.
const STORED_PERSONS = `${PLAN_ONCE}
  UNWIND $persons AS b
  OPTIONAL MATCH (p:Person {id: b.id})
  WITH b, p, CASE WHEN p IS NULL THEN b.key ELSE p.key END AS key,
       CASE WHEN p IS NULL THEN b.crossKey ELSE p.crossKey END AS crossKey
  CALL (b, p, key, crossKey) {
    WITH p WHERE p IS NOT NULL RETURN p AS o
    UNION
    MATCH (o:Person {key: key}) WHERE b.weak RETURN o
    UNION
    MATCH (o:Person {crossKey: crossKey}) WHERE b.crossed AND crossKey IS NOT NULL RETURN o
  }
  WITH DISTINCT o
  RETURN o.id AS id, o.key AS key, o.crossKey AS crossKey,
         COUNT { (o)-[:MENTIONED_IN]->() } AS mentions, [(o)-[:SAME_AS]-(n) | n.id] AS links`;

const CREATE_SAME_AS = `${PLAN_ONCE}
  UNWIND $links AS l
  MATCH (p:Person {id: l.from}), (other:Person {id: l.to})
  CREATE (p)-[:SAME_AS {judgement: 'unsure', score: l.score, by: 'shabaka-resolver', at: datetime(),
                        reason: l.reason}]->(other)`;

/** A person as the searches see it: its node's keys, its mentions, its SAME_AS neighbours. */
export interface PersonState {
  id: string;
  key: string;
  crossKey: string | null;
  mentions: number;
  /** One id per SAME_AS link, either direction (a person linked twice counts twice). */
  links: string[];
}

export interface SameAsLink {
  from: string;
  to: string;
  score: number;
  reason: string;
}

/** The persons of the articles, once each, with the keys a new node of theirs would get. */
function batchPersons(articles: readonly (readonly EntityRecord[])[]) {
  const persons = new Map<
    string,
    { id: string; key: string; crossKey: string | null; weak: boolean; crossed: boolean }
  >();
  for (const e of articles.flat()) {
    if (e.label !== 'Person') continue;
    const row = persons.get(e.id) ?? {
      id: e.id,
      key: e.key,
      crossKey: e.crossKey ?? null,
      weak: false,
      crossed: false,
    };
    row.weak ||= SEARCHES[0]!.searches(e);
    row.crossed ||= SEARCHES[1]!.searches(e);
    persons.set(e.id, row);
  }
  return [...persons.values()];
}

const stateOf = (r: Neo4jRecord): PersonState => ({
  id: r.get('id'),
  key: r.get('key'),
  crossKey: r.get('crossKey'),
  mentions: Number(r.get('mentions')),
  links: r.get('links'),
});

/**
 * The links the articles' searches make, article after article (each article's entities as it
 * writes them). `stored`: the persons stored before the articles; any other person of theirs is
 * created by the article that names it first, with that naming's keys, and is unseen before. Pure.
 */
export function chooseCandidates(
  articles: readonly (readonly EntityRecord[])[],
  stored: ReadonlyMap<string, PersonState>,
): SameAsLink[] {
  const persons = new Map<string, PersonState & { from: number }>();
  for (const p of stored.values()) persons.set(p.id, { ...p, links: [...p.links], from: -1 });
  const byValue = { key: new Map<string, string[]>(), crossKey: new Map<string, string[]>() };
  const index = (p: PersonState) => {
    for (const property of ['key', 'crossKey'] as const) {
      const value = p[property];
      if (value !== null) byValue[property].set(value, [...(byValue[property].get(value) ?? []), p.id]);
    }
  };
  for (const p of persons.values()) index(p);
  const out: SameAsLink[] = [];
  articles.forEach((entities, k) => {
    for (const e of entities) {
      if (e.label !== 'Person' || persons.has(e.id)) continue;
      const created = { id: e.id, key: e.key, crossKey: e.crossKey ?? null, mentions: 0, links: [], from: k };
      persons.set(e.id, created);
      index(created);
    }
    for (const e of entities) {
      const person = persons.get(e.id);
      if (person && e.mentions.length > 0) person.mentions++;
    }
    for (const search of SEARCHES) {
      // One statement per search: every person's namesakes are read before any link is made.
      const chosen: Array<[PersonState, PersonState]> = [];
      for (const e of entities.filter((x) => x.label === 'Person' && search.searches(x))) {
        const p = persons.get(e.id)!;
        const value = p[search.property];
        const room = MAX_SAME_AS_CANDIDATES - p.links.length;
        if (value === null || room <= 0) continue;
        const others = (byValue[search.property].get(value) ?? [])
          .map((id) => persons.get(id)!)
          .filter(
            (o) =>
              o.from <= k &&
              o.id !== p.id &&
              (search.property === 'key' || o.key !== p.key) &&
              !p.links.includes(o.id) &&
              o.links.length < MAX_SAME_AS_CANDIDATES,
          )
          .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        for (const o of others.slice(0, room)) chosen.push([p, o]);
      }
      for (const [p, o] of chosen) {
        p.links.push(o.id);
        o.links.push(p.id);
        out.push({ from: p.id, to: o.id, score: search.score, reason: search.reason });
      }
    }
  });
  return out;
}

/**
 * Reads the stored persons the articles' searches can meet (before any of their entities is
 * written) and returns the statement that writes their candidates, if any; to be run after the
 * articles' entities and mentions.
 */
export async function candidateLinks(
  tx: ManagedTransaction,
  articles: readonly (readonly EntityRecord[])[],
): Promise<Statement | undefined> {
  const persons = batchPersons(articles);
  if (!persons.some((p) => p.weak || p.crossed)) return undefined;
  const { records } = await tx.run(STORED_PERSONS, { persons });
  const stored = new Map(records.map((r) => [r.get('id') as string, stateOf(r)]));
  const links = chooseCandidates(articles, stored);
  return links.length > 0 ? [CREATE_SAME_AS, { links }] : undefined;
}
