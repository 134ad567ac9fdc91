// The one stage that talks to Neo4j: one article's graph write in ONE transaction, batched with
// UNWIND, MERGE on deterministic ids, so writing the same article twice changes nothing and a
// failure half-way leaves nothing behind. A re-extraction replaces, in that same transaction, the
// article's claims of the write's extractor family.
import { inTransaction, withRetry } from '@shabaka/db';
import { type GraphWrite, GraphWriteSchema, type RemovedEntity } from '@shabaka/model';
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { meetOtherScript } from './cross-script-persons.ts';
import { extractorFamily } from './ids.ts';
import { linkCandidates, MAX_SAME_AS_CANDIDATES } from './same-as-candidates.ts';
import { linkStories } from './stories.ts';
import { type ClaimsTakenBack, removeOrphans, takeBackClaims, takeBackMentions } from './article-life.ts';
import {
  ARTICLE_METADATA,
  type ArticleMetadata,
  articleEntities,
  claimRows,
  countersOf,
  entityGroups,
  extractorOf,
  MERGE_ARTICLES,
  MERGE_CLAIMS,
  MERGE_ENTITIES,
  MERGE_MENTIONS,
  MERGE_PUBLISHED_BY,
  mentionRows,
  type Statement,
} from './write-queries.ts';

export { ARTICLE_METADATA, type ArticleMetadata, MAX_SAME_AS_CANDIDATES };

export interface Reextraction {
  claimsRemoved: number;
  mentionsRemoved: number;
  entitiesRemoved: RemovedEntity[];
}

export interface WriteOptions {
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

// Re-extraction: the article now stands as read by this extractor.
const MARK_REEXTRACTED = `
  MATCH (a:Article {id: $articleId})
  SET a.extractor = $extractor, a.reextractedAt = datetime()`;

/**
 * The statements of one article's write after the article's MERGE, in the order they must run,
 * the entities' merge first.
 * A text written before keeps its outlet and candidates: only its entities, mentions and claims
 * are merged again, so a second outlet never gets a PUBLISHED_BY edge or an orphan node.
 */
function statements(write: GraphWrite, firstWrite: boolean): Statement[] {
  const article = write.article.id;
  const entities = articleEntities(write, firstWrite);
  const out: Statement[] = [[MERGE_ENTITIES, { entities: entityGroups([entities]) }]];
  const mentions = mentionRows(article, entities);
  if (mentions.length > 0) out.push([MERGE_MENTIONS, { mentions }]);
  if (firstWrite && write.outlet)
    out.push([MERGE_PUBLISHED_BY, { links: [{ article, outlet: write.outlet.id }] }]);
  if (write.claims.length > 0) out.push([MERGE_CLAIMS, { claims: claimRows(write) }]);
  return out;
}

/** What of the sent metadata differs from the stored ones. */
function ignored(sent: GraphWrite['article'], stored: ArticleMetadata): ArticleMetadata {
  return Object.fromEntries(
    ARTICLE_METADATA.filter((k) => sent[k] !== undefined && sent[k] !== stored[k]).map((k) => [k, sent[k]]),
  );
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
  sent: GraphWrite,
  reextract: boolean,
): Promise<Omit<WriteSummary, 'articleId'>> {
  const extractor = extractorOf(sent);
  const merged = await tx.run(MERGE_ARTICLES, { articles: [{ article: sent.article, extractor }] });
  const firstWrite = merged.records[0]!.get('created') as boolean;
  // An article stored before stories existed joins one when it is written again (re-extraction).
  const unlinked = !(merged.records[0]!.get('inStory') as boolean);
  const [[met]] = await Promise.all([
    meetOtherScript(tx, [sent]),
    unlinked ? linkStories(tx, [sent.article]) : undefined,
  ]);
  const write = met!;
  const replacing = reextract && !firstWrite && extractor !== null;
  const taken = replacing
    ? await takeBackClaims(tx, write.article.id, extractorFamily(extractor))
    : undefined;
  // Sent together and executed in order on one connection: the statements pipeline, so an
  // article costs a few round trips rather than one per statement.
  const [entityMerge, ...rest] = statements(write, firstWrite).map(([query, params]) =>
    tx.run(query, params),
  );
  const results = [
    merged,
    ...(await Promise.all([
      entityMerge!,
      ...rest,
      // Candidates are sought on an article's first write only, so writing it again adds none.
      firstWrite
        ? linkCandidates(tx, [articleEntities(write, true)], [write.article.id], entityMerge!)
        : undefined,
    ])),
  ].filter((r): r is QueryResult => r !== undefined);
  const reextraction = taken ? await finishReextraction(tx, write, taken, extractor!) : undefined;
  const totals = countersOf(results);
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
  { reextract = false }: WriteOptions = {},
): Promise<WriteSummary> {
  const valid = GraphWriteSchema.parse(write);
  const options = { mode: 'WRITE' as const, ...(database ? { database } : {}) };
  const totals = await withRetry(() => inTransaction(driver, options, (tx) => runAll(tx, valid, reextract)), {
    attempts: 5,
  });
  return { articleId: valid.article.id, ...totals };
}
