// Retraction: an article (a wrong file, a retracted report) removed with every claim read from
// it, whoever extracted them, its mentions, and the entities only it named, in ONE transaction:
// a failure half-way removes nothing. What was removed is returned, to be shown to the user.
import { inTransaction, withRetry } from '@shabaka/db';
import { type Retraction, RetractionSchema } from '@shabaka/model';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import {
  DELETE_ARTICLE,
  FIND_ARTICLES,
  removeOrphans,
  takeBackClaims,
  takeBackMentions,
} from './article-life.ts';
import { leaveStory } from './stories.ts';

/** No article has that id (or url). */
export class ArticleNotFoundError extends Error {
  constructor(readonly ref: string) {
    super(`No article has the id or url "${ref}".`);
    this.name = 'ArticleNotFoundError';
  }
}

/** A url given to several texts: which one is meant must be said by id. */
export class AmbiguousArticleError extends Error {
  constructor(
    readonly ref: string,
    readonly ids: readonly string[],
  ) {
    super(`The url "${ref}" names ${ids.length} articles (${ids.join(', ')}); retract one by its id.`);
    this.name = 'AmbiguousArticleError';
  }
}

export interface RetractOptions {
  database?: string;
  /** Match `ref` against ids only (the API's `/articles/:id`); default ids, then urls. */
  byIdOnly?: boolean;
}

async function resolveArticle(tx: ManagedTransaction, ref: string, byIdOnly: boolean): Promise<string> {
  const { records } = await tx.run(FIND_ARTICLES, { ref });
  const ids = records.map((r) => r.get('id') as string);
  if (ids.includes(ref)) return ref;
  if (byIdOnly || ids.length === 0) throw new ArticleNotFoundError(ref);
  if (ids.length > 1) throw new AmbiguousArticleError(ref, ids);
  return ids[0]!;
}

async function retractIn(tx: ManagedTransaction, ref: string, byIdOnly: boolean): Promise<Retraction> {
  const articleId = await resolveArticle(tx, ref, byIdOnly);
  const claims = await takeBackClaims(tx, articleId, null);
  const mentioned = await takeBackMentions(tx, articleId);
  await leaveStory(tx, articleId);
  const deleted = (await tx.run(DELETE_ARTICLE, { articleId })).records[0]!;
  const outlets = deleted.get('outlets') as string[];
  const orphans = await removeOrphans(tx, [...claims.removedEnds, ...mentioned, ...outlets]);
  const article = deleted.get('article') as Record<string, string | null>;
  return RetractionSchema.parse({
    article: Object.fromEntries(Object.entries(article).filter(([, v]) => v !== null)),
    claims: claims.removed,
    claimsByType: claims.byType,
    mentions: mentioned.length,
    entities: orphans.entities,
    sameAs: orphans.sameAs,
  });
}

/** Removes the article named by `ref` (its id, else its url) and what only it held; says what went. */
export async function retractArticle(
  driver: Driver,
  ref: string,
  { database, byIdOnly = false }: RetractOptions = {},
): Promise<Retraction> {
  const options = { mode: 'WRITE' as const, ...(database ? { database } : {}) };
  return withRetry(() => inTransaction(driver, options, (tx) => retractIn(tx, ref, byIdOnly)), {
    attempts: 5,
  });
}

/** The retraction in a few lines a person reads. */
export function formatRetraction(r: Retraction): string {
  const byType = Object.entries(r.claimsByType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  return [
    `retracted: ${r.article.id}${r.article.title ? ` (${r.article.title})` : ''}${r.article.url ? ` ${r.article.url}` : ''}`,
    `claims removed:    ${r.claims}${byType ? ` (${byType})` : ''}`,
    `mentions removed:  ${r.mentions}`,
    `entities removed:  ${r.entities.length} (no other article names them)`,
    ...r.entities.map((e) => `  ${e.label} ${e.name} (${e.id})`),
    `SAME_AS links removed with them: ${r.sameAs}`,
  ].join('\n');
}
