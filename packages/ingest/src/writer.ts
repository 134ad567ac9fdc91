// The one stage that talks to Neo4j: one article's graph write in ONE transaction, batched with
// UNWIND, MERGE on deterministic ids, so writing the same article twice changes nothing and a
// failure half-way leaves nothing behind.
import {
  CLAIM_TYPES,
  type ClaimRecord,
  ENTITY_LABEL,
  ENTITY_LABELS,
  type EntityRecord,
  type GraphWrite,
  GraphWriteSchema,
} from '@shabaka/model';
import type { Driver, ManagedTransaction } from 'neo4j-driver';

export interface WriteSummary {
  articleId: string;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

// `name` keeps the fullest form seen; aliases and search keys only ever grow. An entity that
// gains nothing is not written again: hub nodes (a group named in every article) are then only
// read, which spares their locks and the full-text index. Labels cannot be parameters, so each
// label has its branch, and one statement carries them all (one statement costs less than four).
const MERGE_ENTITIES = `
  UNWIND $entities AS e
  CALL (e) {
    ${ENTITY_LABELS.map(
      (label) => `WITH e WHERE e.label = '${label}'
      MERGE (n:${label} {id: e.id})
      ON CREATE SET n:${ENTITY_LABEL}, n.name = e.name, n.key = e.key, n.latin = e.latin, n.kind = e.kind, n.crossKey = e.crossKey,
                    n.weak = e.weak, n.aliases = e.aliases, n.searchText = e.searchText
      RETURN n`,
    ).join('\n    UNION\n    ')}
  }
  WITH n, e, split(n.searchText, ' ') AS keys, size(e.name) > size(n.name) AS longer
  WHERE longer OR any(a IN e.aliases + [e.name] WHERE a <> n.name AND NOT a IN n.aliases)
     OR any(k IN split(e.searchText, ' ') WHERE NOT k IN keys)
  WITH n, e, longer, CASE WHEN longer THEN e.name ELSE n.name END AS name
  SET n.aliases = reduce(acc = [], a IN n.aliases + e.aliases + [e.name, n.name] |
                    CASE WHEN a IN acc OR a = name THEN acc ELSE acc + a END),
      n.searchText = reduce(acc = n.searchText, k IN split(e.searchText, ' ') |
                    CASE WHEN k IN split(acc, ' ') THEN acc ELSE acc + ' ' + k END),
      n.latin = CASE WHEN longer THEN e.latin ELSE n.latin END,
      n.name = name`;

const MERGE_ARTICLE = `
  MERGE (a:Article {id: $article.id})
  ON CREATE SET a += $article, a.ingestedAt = datetime()`;

const MERGE_MENTIONS = `
  MATCH (a:Article {id: $articleId})
  UNWIND $mentions AS m
  MATCH (e:${ENTITY_LABEL} {id: m.id})
  MERGE (e)-[r:MENTIONED_IN]->(a)
  SET r.count = m.count, r.spans = m.spans`;

const MERGE_PUBLISHED_BY = `
  MATCH (a:Article {id: $articleId}), (o:Organization {id: $outletId})
  MERGE (a)-[:PUBLISHED_BY]->(o)`;

const MERGE_CLAIMS = `
  UNWIND $claims AS c
  MATCH (s:${ENTITY_LABEL} {id: c.from}), (t:${ENTITY_LABEL} {id: c.to})
  CALL (c, s, t) {
    ${CLAIM_TYPES.map(
      (type) => `WITH c, s, t WHERE c.type = '${type}'
      MERGE (s)-[r:${type} {id: c.id}]->(t)
      ON CREATE SET r += c.props`,
    ).join('\n    UNION\n    ')}
  }`;

// A weak name never merges silently across organizations: it gets candidates for a researcher.
// Common kunyas (ابو محمد) are shared by hundreds of people, so each new node is linked to a few
// existing namesakes only (most mentioned first), never to all of them.
export const MAX_SAME_AS_CANDIDATES = 5;
const LINK_SAME_AS_CANDIDATES = `
  UNWIND $ids AS id
  MATCH (p:Person {id: id})
  CALL (p) {
    MATCH (other:Person {key: p.key}) WHERE other.id <> p.id AND NOT (p)-[:SAME_AS]-(other)
    RETURN other ORDER BY COUNT { (other)-[:MENTIONED_IN]->() } DESC, other.id LIMIT ${MAX_SAME_AS_CANDIDATES}
  }
  CREATE (p)-[:SAME_AS {judgement: 'unsure', score: 0.5, by: 'shabaka-resolver', at: datetime(),
                        reason: 'same weak name, different organization or article'}]->(other)`;

// A strong name written in the other script (or spelt otherwise) has the same skeleton: a candidate
// for a researcher, since different people share skeletons too (MODEL.md: SAME_AS, unsure).
const LINK_CROSS_SCRIPT_CANDIDATES = `
  UNWIND $ids AS id
  MATCH (p:Person {id: id}) WHERE p.crossKey IS NOT NULL
  CALL (p) {
    MATCH (other:Person {crossKey: p.crossKey})
    WHERE other.id <> p.id AND other.key <> p.key AND NOT (p)-[:SAME_AS]-(other)
    RETURN other ORDER BY COUNT { (other)-[:MENTIONED_IN]->() } DESC, other.id LIMIT ${MAX_SAME_AS_CANDIDATES}
  }
  CREATE (p)-[:SAME_AS {judgement: 'unsure', score: 0.7, by: 'shabaka-resolver', at: datetime(),
                        reason: 'same name in another script or spelling'}]->(other)`;

function entityParams(e: EntityRecord) {
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

function claimParams(articleId: string) {
  return ({ from, to, type, ...props }: ClaimRecord) => ({
    id: props.id,
    type,
    from,
    to,
    props: { ...props, article: articleId },
  });
}

/** The statements of one article's write, in the order they must run. */
function statements(write: GraphWrite): Array<[string, Record<string, unknown>]> {
  const articleId = write.article.id;
  const entities = write.outlet ? [...write.entities, write.outlet] : write.entities;
  const unique = [...new Map(entities.map((e) => [e.id, e])).values()];
  const out: Array<[string, Record<string, unknown>]> = [[MERGE_ARTICLE, { article: write.article }]];
  out.push([MERGE_ENTITIES, { entities: unique.map(entityParams) }]);
  const mentions = unique
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({ id: e.id, count: e.mentions.length, spans: e.mentions.flatMap((m) => [m.start, m.end]) }));
  if (mentions.length > 0) out.push([MERGE_MENTIONS, { articleId, mentions }]);
  if (write.outlet) out.push([MERGE_PUBLISHED_BY, { articleId, outletId: write.outlet.id }]);
  if (write.claims.length > 0) out.push([MERGE_CLAIMS, { claims: write.claims.map(claimParams(articleId)) }]);
  const weak = unique.filter((e) => e.label === 'Person' && e.weak).map((e) => e.id);
  if (weak.length > 0) out.push([LINK_SAME_AS_CANDIDATES, { ids: weak }]);
  const crossed = unique.filter((e) => e.label === 'Person' && e.crossKey).map((e) => e.id);
  if (crossed.length > 0) out.push([LINK_CROSS_SCRIPT_CANDIDATES, { ids: crossed }]);
  return out;
}

async function runAll(tx: ManagedTransaction, write: GraphWrite): Promise<Omit<WriteSummary, 'articleId'>> {
  const totals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  // Sent together and executed in order on one connection: the statements pipeline, so an
  // article costs about one round trip rather than one per statement.
  const results = await Promise.all(statements(write).map(([query, params]) => tx.run(query, params)));
  for (const result of results) {
    const counters = result.summary.counters.updates();
    totals.nodesCreated += counters.nodesCreated;
    totals.relationshipsCreated += counters.relationshipsCreated;
    totals.propertiesSet += counters.propertiesSet;
  }
  return totals;
}

/** Writes one article's graph in one transaction; validates the write first. */
export async function writeArticle(
  driver: Driver,
  write: GraphWrite,
  database?: string,
): Promise<WriteSummary> {
  const valid = GraphWriteSchema.parse(write);
  const session = driver.session({ defaultAccessMode: 'WRITE', ...(database ? { database } : {}) });
  try {
    const totals = await session.executeWrite((tx) => runAll(tx, valid));
    return { articleId: valid.article.id, ...totals };
  } finally {
    await session.close();
  }
}
