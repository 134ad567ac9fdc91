// Many articles' first writes in ONE transaction: the graph their one-by-one writes would build
// (in the batch's order), for a commit and a few statements per batch instead of per article.
// All or nothing: a batch that fails leaves nothing, and the caller writes its articles one by
// one (writeArticle), so that one bad article never costs the others.
import { inTransaction, withRetry } from '@shabaka/db';
import { type GraphWrite, GraphWriteSchema } from '@shabaka/model';
import { meetOtherScript } from './cross-script-persons.ts';
import { linkCandidates } from './same-as-candidates.ts';
import { linkStories } from './stories.ts';
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import {
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

/** Which of the articles are stored already (those are written one by one, as re-writes). */
const EXISTING_ARTICLES = `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id`;

/** An article of the batch was stored by another writer meanwhile: the batch is rolled back. */
export class BatchConflictError extends Error {
  constructor(readonly articleIds: readonly string[]) {
    super(`articles written meanwhile by another writer: ${articleIds.join(', ')}`);
    this.name = 'BatchConflictError';
  }
}

export interface BatchTotals {
  nodesCreated: number;
  relationshipsCreated: number;
}

/** Which of the articles are stored; fails at once when Neo4j is away (no silent driver retry). */
export async function existingArticles(driver: Driver, ids: readonly string[], database?: string) {
  const options = { mode: 'READ' as const, ...(database ? { database } : {}) };
  const { records } = await inTransaction(driver, options, (tx) => tx.run(EXISTING_ARTICLES, { ids }));
  return new Set(records.map((r) => r.get('id') as string));
}

async function writeIn(tx: ManagedTransaction, sent: readonly GraphWrite[]): Promise<BatchTotals> {
  // A person already stored in the other script, strongly matched, is written onto that node (as
  // one article's write does); articles of one batch do not meet each other so.
  const writes = await meetOtherScript(tx, sent);
  const lists = writes.map((write) => articleEntities(write, true));
  const articles = writes.map((write) => ({
    article: write.article,
    extractor: extractorOf(write),
  }));
  const merged = await tx.run(MERGE_ARTICLES, { articles });
  const existing = merged.records.filter((r) => !r.get('created')).map((r) => r.get('id') as string);
  if (existing.length > 0) throw new BatchConflictError(existing);
  await linkStories(
    tx,
    writes.map((w) => w.article),
  );
  const mentions = writes.flatMap((w, k) => mentionRows(w.article.id, lists[k]!));
  const links = writes.flatMap((w) => (w.outlet ? [{ article: w.article.id, outlet: w.outlet.id }] : []));
  const claims = writes.flatMap(claimRows);
  const entityMerge = tx.run(MERGE_ENTITIES, { entities: entityGroups(lists) });
  const statements: Statement[] = [
    ...(mentions.length > 0 ? [[MERGE_MENTIONS, { mentions }] as Statement] : []),
    ...(links.length > 0 ? [[MERGE_PUBLISHED_BY, { links }] as Statement] : []),
    ...(claims.length > 0 ? [[MERGE_CLAIMS, { claims }] as Statement] : []),
  ];
  // Pipelined on one connection, executed in order: a batch costs a few round trips.
  const results = [
    merged,
    ...(await Promise.all([
      entityMerge,
      ...statements.map(([query, params]) => tx.run(query, params)),
      linkCandidates(
        tx,
        lists,
        writes.map((w) => w.article.id),
        entityMerge,
      ),
    ])),
  ].filter((r): r is QueryResult => r !== undefined);
  const { nodesCreated, relationshipsCreated } = countersOf(results);
  return { nodesCreated, relationshipsCreated };
}

/**
 * Writes the first writes of `writes` (distinct articles none of which is stored) in one
 * transaction. Deadlocks with concurrent writers are tried again; any other failure rolls the
 * whole batch back and is thrown, for the caller to write the articles one by one.
 */
export async function writeBatch(
  driver: Driver,
  writes: readonly GraphWrite[],
  database?: string,
): Promise<BatchTotals> {
  const valid = writes.map((write) => GraphWriteSchema.parse(write));
  if (new Set(valid.map((w) => w.article.id)).size !== valid.length)
    throw new Error('a batch holds each article once');
  const options = { mode: 'WRITE' as const, ...(database ? { database } : {}) };
  return withRetry(() => inTransaction(driver, options, (tx) => writeIn(tx, valid)), { attempts: 3 });
}
