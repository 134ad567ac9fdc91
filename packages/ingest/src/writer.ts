// The one stage that talks to Neo4j: one article's graph write in ONE transaction, batched with
// UNWIND, MERGE on deterministic ids, so writing the same article twice changes nothing and a
// failure half-way leaves nothing behind. A re-extraction replaces, in that same transaction, the
// article's claims of the write's extractor family.
import {
  CLAIM_TYPES,
  type ClaimRecord,
  type RemovedEntity,
  ENTITY_LABEL,
  ENTITY_LABELS,
  type EntityRecord,
  type GraphWrite,
  GraphWriteSchema,
} from '@shabaka/model';
import { inTransaction, withRetry } from '@shabaka/db';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import {
  type ClaimsTakenBack,
  extractorFamily,
  removeOrphans,
  takeBackClaims,
  takeBackMentions,
} from './article-life.ts';

/** Metadata an article keeps from its first write: the provenance its claims cite. */
export const ARTICLE_METADATA = ['url', 'title', 'outlet', 'publishedAt'] as const;
export type ArticleMetadata = Partial<Record<(typeof ARTICLE_METADATA)[number], string>>;

/** What a re-extraction took back: the older claims of the same extractor family, and what only they held. */
export interface Reextraction {
  claimsRemoved: number;
  mentionsRemoved: number;
  entitiesRemoved: RemovedEntity[];
}

export interface WriteOptions {
  database?: string;
  /**
   * Replace the article's claims of the write's extractor family (`shabaka-rules`, `llm:…`) with
   * the write's, in the same transaction; other families' claims and SAME_AS links stay.
   */
  reextract?: boolean;
}

export interface WriteSummary {
  articleId: string;
  /** `existing`: the same text was written before; its metadata were kept (first wins). */
  article: 'created' | 'existing';
  /** The article's metadata as stored after this write. */
  metadata: ArticleMetadata;
  /** Metadata sent with this write that differ from the stored ones, and so were not applied. */
  ignoredMetadata: ArticleMetadata;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** Set when the write re-extracted an article written before. */
  reextraction?: Reextraction;
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

// Runs first and alone: the MERGE takes the article's lock, so of two writes of one text at once
// the second waits and then finds it existing, and it returns the metadata stored.
const MERGE_ARTICLE = `
  MERGE (a:Article {id: $article.id})
  ON CREATE SET a += $article, a.ingestedAt = datetime(), a.extractor = $extractor
  RETURN a {${ARTICLE_METADATA.map((k) => `.${k}`).join(', ')}} AS metadata`;

// Re-extraction: the article now stands as read by this extractor.
const MARK_REEXTRACTED = `
  MATCH (a:Article {id: $articleId})
  SET a.extractor = $extractor, a.reextractedAt = datetime()`;

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
// Common kunyas (ابو محمد) are shared by hundreds of people, so a person is linked to a few
// namesakes only (most mentioned first), and no person holds more than the cap, counting the
// links that others made to it. Candidates are sought for an article's first write only, so
// writing the same corpus again adds none.
export const MAX_SAME_AS_CANDIDATES = 5;
/**
 * Links each person of `$ids` to at most `$cap` others sharing its `property` (most mentioned first),
 * none of them already past the cap, as an `unsure` SAME_AS with the given score and reason.
 */
function sameAsCandidates(property: 'key' | 'crossKey', score: number, reason: string, extra = ''): string {
  return `
  UNWIND $ids AS id
  MATCH (p:Person {id: id})${property === 'key' ? '' : ` WHERE p.${property} IS NOT NULL`}
  WITH p, $cap - COUNT { (p)-[:SAME_AS]-() } AS room
  WHERE room > 0
  CALL (p, room) {
    MATCH (other:Person {${property}: p.${property}})
    WHERE other.id <> p.id${extra} AND NOT (p)-[:SAME_AS]-(other) AND COUNT { (other)-[:SAME_AS]-() } < $cap
    WITH other ORDER BY COUNT { (other)-[:MENTIONED_IN]->() } DESC, other.id
    WITH collect(other) AS others
    UNWIND others[..room] AS other
    RETURN other
  }
  CREATE (p)-[:SAME_AS {judgement: 'unsure', score: ${score}, by: 'shabaka-resolver', at: datetime(),
                        reason: '${reason}'}]->(other)`;
}

const LINK_SAME_AS_CANDIDATES = sameAsCandidates(
  'key',
  0.5,
  'same weak name, different organization or article',
);

// A strong name written in the other script (or spelt otherwise) has the same skeleton: a candidate
// for a researcher, since different people share skeletons too (MODEL.md: SAME_AS, unsure).
const LINK_CROSS_SCRIPT_CANDIDATES = sameAsCandidates(
  'crossKey',
  0.7,
  'same name in another script or spelling',
  ' AND other.key <> p.key',
);

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

/**
 * The statements of one article's write after the article's MERGE, in the order they must run.
 * A text written before keeps its outlet and candidates: only its entities, mentions and claims
 * are merged again (a newer extractor may find more), so a second outlet never gets a
 * PUBLISHED_BY edge or an orphan node.
 */
function statements(write: GraphWrite, firstWrite: boolean): Array<[string, Record<string, unknown>]> {
  const articleId = write.article.id;
  const outlet = firstWrite ? write.outlet : undefined;
  // on a repeated write, an outlet the text never names is metadata only: it makes no node
  const metadataOnly = (e: EntityRecord) => e.id === write.outlet?.id && e.mentions.length === 0;
  const entities = outlet ? [...write.entities, outlet] : write.entities.filter((e) => !metadataOnly(e));
  const unique = [...new Map(entities.map((e) => [e.id, e])).values()];
  const out: Array<[string, Record<string, unknown>]> = [
    [MERGE_ENTITIES, { entities: unique.map(entityParams) }],
  ];
  const mentions = unique
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({ id: e.id, count: e.mentions.length, spans: e.mentions.flatMap((m) => [m.start, m.end]) }));
  if (mentions.length > 0) out.push([MERGE_MENTIONS, { articleId, mentions }]);
  if (outlet) out.push([MERGE_PUBLISHED_BY, { articleId, outletId: outlet.id }]);
  if (write.claims.length > 0) out.push([MERGE_CLAIMS, { claims: write.claims.map(claimParams(articleId)) }]);
  const weak = unique.filter((e) => e.label === 'Person' && e.weak).map((e) => e.id);
  if (firstWrite && weak.length > 0)
    out.push([LINK_SAME_AS_CANDIDATES, { ids: weak, cap: MAX_SAME_AS_CANDIDATES }]);
  // Cross-script candidates too are sought on an article's first write only, within the same cap.
  const crossed = unique.filter((e) => e.label === 'Person' && e.crossKey).map((e) => e.id);
  if (firstWrite && crossed.length > 0)
    out.push([LINK_CROSS_SCRIPT_CANDIDATES, { ids: crossed, cap: MAX_SAME_AS_CANDIDATES }]);
  return out;
}

/** What of the sent metadata differs from the stored ones. */
function ignored(sent: GraphWrite['article'], stored: ArticleMetadata): ArticleMetadata {
  return Object.fromEntries(
    ARTICLE_METADATA.filter((k) => sent[k] !== undefined && sent[k] !== stored[k]).map((k) => [k, sent[k]]),
  );
}

/** The extractor of a write: declared by the plan, else the one its claims name. */
function extractorOf(write: GraphWrite): string | null {
  return write.extractor ?? write.claims[0]?.extractor ?? null;
}

/**
 * After the new claims and mentions are merged: mentions only the older extraction had (of
 * entities no kept claim names) go, then the entities nothing names any more.
 */
async function finishReextraction(
  tx: ManagedTransaction,
  write: GraphWrite,
  taken: ClaimsTakenBack,
  extractor: string,
): Promise<Reextraction> {
  const articleId = write.article.id;
  const mentioned = write.entities.filter((e) => e.mentions.length > 0).map((e) => e.id);
  const stale = await takeBackMentions(tx, articleId, [...mentioned, ...taken.keptEnds]);
  const orphans = await removeOrphans(tx, [...taken.removedEnds, ...stale]);
  await tx.run(MARK_REEXTRACTED, { articleId, extractor });
  return { claimsRemoved: taken.removed, mentionsRemoved: stale.length, entitiesRemoved: orphans.entities };
}

async function runAll(
  tx: ManagedTransaction,
  write: GraphWrite,
  reextract: boolean,
): Promise<Omit<WriteSummary, 'articleId'>> {
  const extractor = extractorOf(write);
  const merged = await tx.run(MERGE_ARTICLE, { article: write.article, extractor });
  const firstWrite = merged.summary.counters.updates().nodesCreated > 0;
  const replacing = reextract && !firstWrite && extractor !== null;
  const taken = replacing
    ? await takeBackClaims(tx, write.article.id, extractorFamily(extractor))
    : undefined;
  // Sent together and executed in order on one connection: the statements pipeline, so an
  // article costs about two round trips rather than one per statement.
  const results = [
    merged,
    ...(await Promise.all(statements(write, firstWrite).map(([query, params]) => tx.run(query, params)))),
  ];
  const reextraction = taken ? await finishReextraction(tx, write, taken, extractor!) : undefined;
  const totals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  for (const result of results) {
    const counters = result.summary.counters.updates();
    totals.nodesCreated += counters.nodesCreated;
    totals.relationshipsCreated += counters.relationshipsCreated;
    totals.propertiesSet += counters.propertiesSet;
  }
  const stored = merged.records[0]!.get('metadata') as Record<string, string | null>;
  const metadata = Object.fromEntries(
    Object.entries(stored).filter(([, v]) => v !== null),
  ) as ArticleMetadata;
  return {
    article: firstWrite ? 'created' : 'existing',
    metadata,
    ignoredMetadata: firstWrite ? {} : ignored(write.article, metadata),
    ...totals,
    ...(reextraction ? { reextraction } : {}),
  };
}

/**
 * Writes one article's graph in one transaction; validates the write first. Deadlocks with
 * concurrent writers are tried again; an unreachable Neo4j fails at once, for the caller to
 * report or wait out (the API answers 503, the ingest says what it waits for).
 */
export async function writeArticle(
  driver: Driver,
  write: GraphWrite,
  database?: string,
  { reextract = false }: Omit<WriteOptions, 'database'> = {},
): Promise<WriteSummary> {
  const valid = GraphWriteSchema.parse(write);
  const options = { mode: 'WRITE' as const, ...(database ? { database } : {}) };
  const totals = await withRetry(() => inTransaction(driver, options, (tx) => runAll(tx, valid, reextract)), {
    attempts: 5,
  });
  return { articleId: valid.article.id, ...totals };
}
