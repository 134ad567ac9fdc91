// The Cypher of a graph write and the rows it takes, shared by the one-article writer and the
// batch writer so that both build the same graph. Every statement takes rows (UNWIND), so one
// statement carries one article or many; labels and types come from the model's vocabulary.
import {
  CLAIM_TYPES,
  type ClaimRecord,
  ENTITY_LABEL,
  ENTITY_LABELS,
  type EntityRecord,
  type GraphWrite,
} from '@shabaka/model';
import type { QueryResult } from 'neo4j-driver';

/** A statement and its parameters, run in order with the others of a write. */
export type Statement = [string, Record<string, unknown>];

/** The extractor of a write: declared by the plan, else the one its claims name. */
export function extractorOf(write: GraphWrite): string | null {
  return write.extractor ?? write.claims[0]?.extractor ?? null;
}

/** What a write's statements created and set, summed over their results. */
export function countersOf(results: readonly QueryResult[]) {
  const totals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  for (const result of results) {
    const counters = result.summary.counters.updates();
    totals.nodesCreated += counters.nodesCreated;
    totals.relationshipsCreated += counters.relationshipsCreated;
    totals.propertiesSet += counters.propertiesSet;
  }
  return totals;
}

/** Metadata an article keeps from its first write: the provenance its claims cite. */
export const ARTICLE_METADATA = ['url', 'title', 'outlet', 'publishedAt'] as const;
export type ArticleMetadata = Partial<Record<(typeof ARTICLE_METADATA)[number], string>>;

// Planning these statements takes a second or more each (UNION branches per label and type);
// on a graph that grows from empty, Neo4j would plan them again every time its statistics move,
// which cost more than the writes themselves. Their plans seek by unique ids whatever the
// statistics, so a cached plan is kept.
export const PLAN_ONCE = 'CYPHER replan=skip';

// One step of an entity's update by one row `e` of a write, on its state `s`: `name` keeps the
// fullest form seen; aliases and search keys only ever grow; a row that adds nothing changes
// nothing. `longer` decides the name (and its transliteration).
const step = (longer: boolean) => {
  const name = longer ? 'e.name' : 's.name';
  return `{
        changed: true, name: ${name}, latin: ${longer ? 'e.latin' : 's.latin'},
        aliases: reduce(acc = [], a IN s.aliases + e.aliases + [e.name, s.name] |
                   CASE WHEN a IN acc OR a = ${name} THEN acc ELSE acc + a END),
        searchText: reduce(acc = s.searchText, k IN split(e.searchText, ' ') |
                   CASE WHEN k IN split(acc, ' ') THEN acc ELSE acc + ' ' + k END)}`;
};

// Each entity of the write comes once, with the rows of every article that names it, in order:
// the rows are folded one after the other in the statement (so a batch gives what writing its
// articles one by one gives), and the node is written once, only when it gained something. Hub
// nodes (a group named in every article) are then only read, which spares their locks and the
// full-text index. Labels cannot be parameters, so each label has its branch, and one
// statement carries them all. It returns the persons it created (read from a marker set on
// creation and removed at once, as MERGE_ARTICLES does): the SAME_AS candidates need them.
export const MERGE_ENTITIES = `${PLAN_ONCE}
  UNWIND $entities AS g
  WITH g, g.rows[0] AS f
  CALL (g, f) {
    ${ENTITY_LABELS.map(
      (label) => `WITH g, f WHERE g.label = '${label}'
      MERGE (n:${label} {id: g.id})
      ON CREATE SET n:${ENTITY_LABEL}, n.name = f.name, n.key = f.key, n.latin = f.latin, n.kind = f.kind, n.crossKey = f.crossKey,
                    n.weak = f.weak, n.aliases = f.aliases, n.searchText = f.searchText, n.created_ = true
      RETURN n`,
    ).join('\n    UNION\n    ')}
  }
  WITH n, n.created_ IS NOT NULL AS created, reduce(s = {changed: false, name: n.name, latin: n.latin, aliases: n.aliases, searchText: n.searchText},
                 e IN g.rows |
      CASE
        WHEN NOT (size(e.name) > size(s.name)
                  OR any(a IN e.aliases + [e.name] WHERE a <> s.name AND NOT a IN s.aliases)
                  OR any(k IN split(e.searchText, ' ') WHERE NOT k IN split(s.searchText, ' '))) THEN s
        WHEN size(e.name) > size(s.name) THEN ${step(true)}
        ELSE ${step(false)}
      END) AS s
  CALL (n, s) {
    WITH n, s WHERE s.changed
    SET n.name = s.name, n.latin = s.latin, n.aliases = s.aliases, n.searchText = s.searchText
  }
  CALL (n, created) {
    WITH n WHERE created
    REMOVE n.created_
  }
  WITH n, created WHERE created AND n:Person
  RETURN n.id AS id`;

// An article's MERGE takes its lock, so of two writes of one text at once the second waits and
// then finds it existing. `created` is read from a marker set on creation and removed in the
// same statement (it never reaches the store): a batch learns per article whether it was new.
// `inStory`: the article was compared with the archive for republished copies (stories.ts).
export const MERGE_ARTICLES = `${PLAN_ONCE}
  UNWIND $articles AS row
  MERGE (a:Article {id: row.article.id})
  ON CREATE SET a += row.article, a.ingestedAt = datetime(), a.extractor = row.extractor, a.created_ = true
  WITH a, row, a.created_ IS NOT NULL AS created
  REMOVE a.created_
  RETURN row.article.id AS id, created, a.story IS NOT NULL AS inStory, a {${ARTICLE_METADATA.map((k) => `.${k}`).join(', ')}} AS metadata`;

export const MERGE_MENTIONS = `${PLAN_ONCE}
  UNWIND $mentions AS m
  MATCH (a:Article {id: m.article})
  MATCH (e:${ENTITY_LABEL} {id: m.id})
  MERGE (e)-[r:MENTIONED_IN]->(a)
  SET r.count = m.count, r.spans = m.spans`;

export const MERGE_PUBLISHED_BY = `${PLAN_ONCE}
  UNWIND $links AS l
  MATCH (a:Article {id: l.article}), (o:Organization {id: l.outlet})
  MERGE (a)-[:PUBLISHED_BY]->(o)`;

export const MERGE_CLAIMS = `${PLAN_ONCE}
  UNWIND $claims AS c
  MATCH (s:${ENTITY_LABEL} {id: c.from}), (t:${ENTITY_LABEL} {id: c.to})
  CALL (c, s, t) {
    ${CLAIM_TYPES.map(
      (type) => `WITH c, s, t WHERE c.type = '${type}'
      MERGE (s)-[r:${type} {id: c.id}]->(t)
      ON CREATE SET r += c.props`,
    ).join('\n    UNION\n    ')}
  }`;

export function entityParams(e: EntityRecord) {
  return {
    id: e.id,
    label: e.label,
    name: e.name,
    key: e.key,
    latin: e.latin ?? null,
    crossKey: e.crossKey ?? null,
    kind: e.kind ?? null,
    weak: e.weak,
    aliases: e.aliases,
    searchText: e.searchText,
  };
}

/** Entity rows grouped by id, in the order the writes name them (see MERGE_ENTITIES). */
export function entityGroups(lists: readonly EntityRecord[][]) {
  const groups = new Map<string, { id: string; label: string; rows: ReturnType<typeof entityParams>[] }>();
  for (const e of lists.flat()) {
    const group = groups.get(e.id) ?? { id: e.id, label: e.label, rows: [] };
    group.rows.push(entityParams(e));
    groups.set(e.id, group);
  }
  return [...groups.values()];
}

export function claimRows(write: GraphWrite) {
  return write.claims.map(({ from, to, type, ...props }: ClaimRecord) => ({
    id: props.id,
    type,
    from,
    to,
    props: { ...props, article: write.article.id },
  }));
}

/**
 * The entities one article's write merges. A text written before keeps its outlet: only its
 * entities, mentions and claims are merged again (a newer extractor may find more), so an outlet
 * the text never names makes no node on a repeated write.
 */
export function articleEntities(write: GraphWrite, firstWrite: boolean): EntityRecord[] {
  const outlet = firstWrite ? write.outlet : undefined;
  const metadataOnly = (e: EntityRecord) => e.id === write.outlet?.id && e.mentions.length === 0;
  const entities = outlet ? [...write.entities, outlet] : write.entities.filter((e) => !metadataOnly(e));
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}

export function mentionRows(articleId: string, entities: readonly EntityRecord[]) {
  return entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({
      article: articleId,
      id: e.id,
      count: e.mentions.length,
      spans: e.mentions.flatMap((m) => [m.start, m.end]),
    }));
}
