// Many articles' first writes in ONE transaction: the graph their one-by-one writes would build
// (in the batch's order), for a commit and a few statements per batch instead of per article.
// All or nothing: a batch that fails leaves nothing, and the caller writes its articles one by
// one (writeArticle), so that one bad article never costs the others.
import { inTransaction, withRetry } from '@shabaka/db';
import { type EntityRecord, type GraphWrite, GraphWriteSchema } from '@shabaka/model';
import { meetOtherScript } from './cross-script-persons.ts';
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
import { candidateStatements } from './writer.ts';

/** Which of the articles are stored already (those are written one by one, as re-writes). */
const EXISTING_ARTICLES = `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id`;

/** Which of the persons are stored already: the others a batch creates. */
const EXISTING_PERSONS = `UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id`;

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

/**
 * Persons that article `k`'s candidate search must not see: merged by this batch for a later
 * article (so absent from the graph had the batch's articles been written one by one), and
 * sharing a key or cross-script key with one of article `k`'s persons.
 */
function hiddenFrom(
  k: number,
  lists: readonly EntityRecord[][],
  firstSeen: ReadonlyMap<string, number>,
  stored: ReadonlySet<string>,
): string[] {
  const persons = lists[k]!.filter((e) => e.label === 'Person');
  const keys = new Set(persons.filter((e) => e.weak).map((e) => e.key));
  const crossKeys = new Set(persons.map((e) => e.crossKey).filter(Boolean));
  const hidden = new Set<string>();
  for (const list of lists.slice(k + 1)) {
    for (const e of list) {
      if (e.label !== 'Person' || stored.has(e.id) || firstSeen.get(e.id)! <= k) continue;
      if (keys.has(e.key) || (e.crossKey && crossKeys.has(e.crossKey))) hidden.add(e.id);
    }
  }
  return [...hidden];
}

/**
 * Mentions of articles up to each candidate search, then that search, so that each search sees
 * the mention counts and persons the one-by-one writes would have shown it.
 */
function mentionsAndCandidates(
  writes: readonly GraphWrite[],
  lists: readonly EntityRecord[][],
  stored: ReadonlySet<string>,
): Statement[] {
  const firstSeen = new Map<string, number>();
  lists.forEach((list, k) => {
    for (const e of list) if (!firstSeen.has(e.id)) firstSeen.set(e.id, k);
  });
  const out: Statement[] = [];
  let mentions: ReturnType<typeof mentionRows> = [];
  writes.forEach((write, k) => {
    mentions.push(...mentionRows(write.article.id, lists[k]!));
    const searches = candidateStatements(lists[k]!, []);
    if (searches.length === 0) return;
    if (mentions.length > 0) out.push([MERGE_MENTIONS, { mentions }]);
    mentions = [];
    const hidden = hiddenFrom(k, lists, firstSeen, stored);
    out.push(...candidateStatements(lists[k]!, hidden));
  });
  if (mentions.length > 0) out.push([MERGE_MENTIONS, { mentions }]);
  return out;
}

async function writeIn(tx: ManagedTransaction, sent: readonly GraphWrite[]): Promise<BatchTotals> {
  // A person already stored in the other script, strongly matched, is written onto that node (as
  // one article's write does); articles of one batch do not meet each other so.
  const writes = await Promise.all(sent.map((write) => meetOtherScript(tx, write)));
  const lists = writes.map((write) => articleEntities(write, true));
  const personIds = [
    ...new Set(
      lists
        .flat()
        .filter((e) => e.label === 'Person')
        .map((e) => e.id),
    ),
  ];
  const articles = writes.map((write) => ({
    article: write.article,
    extractor: extractorOf(write),
  }));
  const [persons, merged] = await Promise.all([
    tx.run(EXISTING_PERSONS, { ids: personIds }),
    tx.run(MERGE_ARTICLES, { articles }),
  ]);
  const existing = merged.records.filter((r) => !r.get('created')).map((r) => r.get('id') as string);
  if (existing.length > 0) throw new BatchConflictError(existing);
  await linkStories(
    tx,
    writes.map((w) => w.article),
  );
  const stored = new Set(persons.records.map((r) => r.get('id') as string));
  const links = writes.flatMap((w) => (w.outlet ? [{ article: w.article.id, outlet: w.outlet.id }] : []));
  const claims = writes.flatMap(claimRows);
  const statements: Statement[] = [
    [MERGE_ENTITIES, { entities: entityGroups(lists) }],
    ...mentionsAndCandidates(writes, lists, stored),
    ...(links.length > 0 ? [[MERGE_PUBLISHED_BY, { links }] as Statement] : []),
    ...(claims.length > 0 ? [[MERGE_CLAIMS, { claims }] as Statement] : []),
  ];
  // Pipelined on one connection, executed in order: a batch costs a few round trips.
  const results: QueryResult[] = [
    merged,
    ...(await Promise.all(statements.map(([query, params]) => tx.run(query, params)))),
  ];
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
