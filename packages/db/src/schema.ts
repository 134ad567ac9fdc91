// Constraints and indexes, created idempotently at start. The statements are built from the
// model's label constants, never from user input.
import type { Driver } from 'neo4j-driver';
import {
  CLAIM_TYPES,
  ENTITY_LABEL,
  ENTITY_LABELS,
  INVESTIGATION_LABEL,
  NODE_LABELS,
  STORY_LOCK_LABEL,
} from '@shabaka/model';
import { withRetry } from './transaction.ts';

/** Name of the full-text index over entities' folded names and aliases (`searchText`). */
export const ENTITY_SEARCH_INDEX = 'entity_search';

/** Name of the full-text index over articles' MinHash band keys (`storyBands`): republished copies. */
export const ARTICLE_STORY_INDEX = 'article_story_bands';

function uniqueIdConstraint(label: string): string {
  return `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;
}

export const SCHEMA_STATEMENTS: readonly string[] = [
  ...[...NODE_LABELS, ENTITY_LABEL, INVESTIGATION_LABEL, STORY_LOCK_LABEL].map(uniqueIdConstraint),
  // Weak names are matched across articles by key (SAME_AS candidates), persons most of all.
  'CREATE INDEX entity_key IF NOT EXISTS FOR (n:Entity) ON (n.key)',
  'CREATE INDEX person_key IF NOT EXISTS FOR (n:Person) ON (n.key)',
  // Strong names meet their other-script spellings by skeleton (SAME_AS candidates across scripts).
  'CREATE INDEX person_cross_key IF NOT EXISTS FOR (n:Person) ON (n.crossKey)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
  // Retracting by URL names the article by its url.
  'CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)',
  // A story's members are found by its id (re-rooting it when its original goes or is predated).
  'CREATE INDEX article_story IF NOT EXISTS FOR (n:Article) ON (n.story)',
  // A claim is looked up by its id for its evidence (`/api/claims/:id`), and an article's claims by
  // their article for retraction and re-extraction (hub entities have too many edges to scan).
  ...CLAIM_TYPES.flatMap((type) => [
    `CREATE INDEX claim_id_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
    `CREATE INDEX claim_article_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.article)`,
  ]),
  `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.searchText]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false } }`,
  // Near-duplicate texts share a band key: a new article's candidate copies are looked up by key
  // (whitespace-separated keys, matched exactly), never by scanning the archive.
  `CREATE FULLTEXT INDEX ${ARTICLE_STORY_INDEX} IF NOT EXISTS FOR (n:Article) ON EACH [n.storyBands]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false } }`,
];

/** Another process created the same rule first (two start-ups at once): that is the goal reached. */
const isEquivalentRule = (error: unknown) =>
  (error as { code?: string }).code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists';

/**
 * Creates every constraint and index that is missing and waits until they are online. Safe when
 * several processes start at once (four `pnpm ingest`, or the server beside them): schema
 * statements of concurrent sessions deadlock or race each other, so a transient failure is tried
 * again and a rule that another process has just created counts as done.
 */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session(database ? { database } : {});
  const run = async (statement: string) => {
    try {
      await session.run(statement);
    } catch (error) {
      if (!isEquivalentRule(error)) throw error;
    }
  };
  try {
    for (const statement of SCHEMA_STATEMENTS) {
      await withRetry(() => run(statement), { attempts: 10, delayMs: 100 });
    }
    await withRetry(() => session.run('CALL db.awaitIndexes(120)'), { attempts: 5, delayMs: 100 });
  } finally {
    await session.close();
  }
}

/**
 * Deletes every relationship, then every node (but those with `keepLabel`), a bounded batch per
 * statement until none is left: one transaction for a large graph would exceed the
 * per-transaction memory cap, and one statement the server's transaction timeout (a benchmark's
 * 5,000,000 relationships took longer). Only for databases the project owns (tests, benchmarks).
 */
export async function emptyDatabase(driver: Driver, keepLabel?: string): Promise<void> {
  const keep = keepLabel ? `WHERE NOT n:${keepLabel}` : '';
  const batches = [
    'MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n',
    `MATCH (n) ${keep} WITH n LIMIT 20000 DELETE n RETURN count(*) AS n`,
  ];
  const session = driver.session();
  try {
    for (const batch of batches) {
      for (let deleted = 1; deleted > 0; ) {
        const { records } = await session.run(batch);
        deleted = Number(records[0]!.get('n'));
      }
    }
  } finally {
    await session.close();
  }
}
