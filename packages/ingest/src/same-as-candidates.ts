// SAME_AS candidates for a researcher (MODEL.md: a weak name never merges silently across
// organizations, a name in the other script is only a candidate). Each article's first write
// links its persons to a few namesakes, most mentioned first, and no person holds more than the
// cap, counting the links that others made to it. Candidates are chosen here, in memory, for one
// article or a whole batch, in order, as if each article's searches ran after its own write and
// before the next article's, so a batch links what writing its articles one by one would.
import type { EntityRecord } from '@shabaka/model';
import type { ManagedTransaction, Record as Neo4jRecord, QueryResult } from 'neo4j-driver';
import { PLAN_ONCE } from './write-queries.ts';

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

// The persons the searches can meet, once the articles' entities and mentions are written: the
// searching persons themselves and those sharing the key (or cross-script key) each searches by,
// as its node holds it (a node keeps the keys it was created with).
const NAMESAKES = `${PLAN_ONCE}
  UNWIND $persons AS b
  MATCH (p:Person {id: b.id})
  CALL (b, p) {
    RETURN p AS o
    UNION
    MATCH (o:Person {key: p.key}) WHERE b.weak RETURN o
    UNION
    MATCH (o:Person {crossKey: p.crossKey}) WHERE b.crossed AND p.crossKey IS NOT NULL RETURN o
  }
  WITH DISTINCT o
  RETURN o.id AS id, o.key AS key, o.crossKey AS crossKey,
         COUNT { (o)-[:MENTIONED_IN]->(a) WHERE NOT a.id IN $articles } AS mentions,
         [(o)-[:SAME_AS]-(n) | n.id] AS links`;

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

/** The persons that search, once each, with the searches they run in any of the articles. */
function searchingPersons(articles: readonly (readonly EntityRecord[])[]) {
  const persons = new Map<string, { id: string; weak: boolean; crossed: boolean }>();
  for (const e of articles.flat()) {
    if (e.label !== 'Person') continue;
    const row = persons.get(e.id) ?? { id: e.id, weak: false, crossed: false };
    row.weak ||= SEARCHES[0]!.searches(e);
    row.crossed ||= SEARCHES[1]!.searches(e);
    persons.set(e.id, row);
  }
  return [...persons.values()].filter((p) => p.weak || p.crossed);
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
 * writes them). `before`: the persons the searches can meet as they stood before the articles
 * (their mentions and links); a person the articles name that is not among them is created by
 * the article that names it first, with that naming's keys, and is unseen before it. Pure.
 */
export function chooseCandidates(
  articles: readonly (readonly EntityRecord[])[],
  before: ReadonlyMap<string, PersonState>,
): SameAsLink[] {
  const persons = new Map<string, PersonState & { from: number }>();
  for (const p of before.values()) persons.set(p.id, { ...p, links: [...p.links], from: -1 });
  const byValue = { key: new Map<string, string[]>(), crossKey: new Map<string, string[]>() };
  const index = (p: PersonState) => {
    for (const property of ['key', 'crossKey'] as const) {
      const value = p[property];
      if (value === null) continue;
      const ids = byValue[property].get(value);
      if (ids) ids.push(p.id);
      else byValue[property].set(value, [p.id]);
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
 * An article's (or a batch's) SAME_AS candidates: called once its entities, mentions and claims
 * are sent (the transaction runs its statements in order), with the persons its entity merge
 * created. Reads their namesakes as they stand then (so after any lock a concurrent writer held
 * on them, with that writer's persons and links committed), takes the articles' own part off
 * (the persons they created, their mentions), chooses in order, and writes the links.
 */
export async function linkCandidates(
  tx: ManagedTransaction,
  articles: readonly (readonly EntityRecord[])[],
  articleIds: readonly string[],
  created: PromiseLike<QueryResult>,
): Promise<QueryResult | undefined> {
  const persons = searchingPersons(articles);
  if (persons.length === 0) return undefined;
  const namesakes = tx.run(NAMESAKES, { persons, articles: articleIds });
  const createdIds = new Set((await created).records.map((r) => r.get('id') as string));
  const states = (await namesakes).records.map(stateOf).filter((p) => !createdIds.has(p.id));
  const links = chooseCandidates(articles, new Map(states.map((p) => [p.id, p])));
  return links.length > 0 ? tx.run(CREATE_SAME_AS, { links }) : undefined;
}
