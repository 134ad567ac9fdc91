// An article's life after its first write: its claims and mentions taken back (retraction,
// re-extraction) and the entities that nothing names any more removed, inside the caller's
// transaction. The Cypher is named and parameterized; labels and types come from the model.
import { CLAIM_TYPES, ENTITY_LABEL, type RemovedEntity } from '@shabaka/model';
import type { ManagedTransaction } from 'neo4j-driver';
import { PLAN_ONCE } from './write-queries.ts';

/** Articles named by id, else by url (a url may have been given to several texts). */
export const FIND_ARTICLES = `
  MATCH (a:Article) WHERE a.id = $ref OR a.url = $ref
  RETURN a.id AS id ORDER BY id`;

/**
 * Every claim read from the article (found through the per-type `article` index, not by walking
 * hub entities' edges); those of `$family` (every family when null) are deleted. Each row says
 * the claim's ends and whether it went, so that the caller knows which entities to check.
 */
export const DELETE_ARTICLE_CLAIMS = `${PLAN_ONCE}
  CALL () {
    ${CLAIM_TYPES.map((type) => `MATCH (s)-[r:${type} {article: $articleId}]->(o) RETURN r, s, o`).join('\n    UNION ALL\n    ')}
  }
  WITH r, type(r) AS type, s.id AS from, o.id AS to,
       $family IS NULL OR r.extractor STARTS WITH $family + '@' AS removed
  CALL (r, removed) { WITH r WHERE removed DELETE r }
  RETURN type, from, to, removed`;

/** The article's MENTIONED_IN edges but those of `$keep` (entities the new extraction mentions). */
export const DELETE_ARTICLE_MENTIONS = `
  MATCH (e:${ENTITY_LABEL})-[m:MENTIONED_IN]->(:Article {id: $articleId})
  WHERE NOT e.id IN $keep
  DELETE m
  RETURN e.id AS id`;

/** The article itself, once its claims and mentions are gone; its outlet is returned for the orphan check. */
export const DELETE_ARTICLE = `
  MATCH (a:Article {id: $articleId})
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o)
  WITH a, a {.id, .title, .url} AS article, collect(o.id) AS outlets
  DETACH DELETE a
  RETURN article, outlets`;

/**
 * Entities of `$ids` that no claim, mention or article (as its outlet) names any more: deleted with
 * their SAME_AS links (returned by element id, as two orphans may share one). Links between surviving entities are never touched.
 */
export const REMOVE_ORPHANS = `
  UNWIND $ids AS id
  MATCH (e:${ENTITY_LABEL} {id: id})
  WHERE NOT (e)-[:MENTIONED_IN]->() AND NOT ()-[:PUBLISHED_BY]->(e)
    AND NOT EXISTS { (e)-[r]-() WHERE type(r) IN $claimTypes }
  WITH e, e.id AS id, [l IN labels(e) WHERE l <> '${ENTITY_LABEL}'][0] AS label, e.name AS name,
       COLLECT { MATCH (e)-[s:SAME_AS]-() RETURN elementId(s) } AS sameAs
  DETACH DELETE e
  RETURN id, label, name, sameAs ORDER BY label, name`;

export interface ClaimsTakenBack {
  /** Claims deleted, by type. */
  byType: Record<string, number>;
  removed: number;
  /** Ends of the deleted claims: candidates for the orphan check. */
  removedEnds: string[];
  /** Ends of the article's claims that stay (other extractors'): still named by the article. */
  keptEnds: string[];
}

/** Deletes the article's claims of `family` (all when null). */
export async function takeBackClaims(
  tx: ManagedTransaction,
  articleId: string,
  family: string | null,
): Promise<ClaimsTakenBack> {
  const { records } = await tx.run(DELETE_ARTICLE_CLAIMS, { articleId, family });
  const out: ClaimsTakenBack = { byType: {}, removed: 0, removedEnds: [], keptEnds: [] };
  for (const r of records) {
    const ends = [r.get('from') as string, r.get('to') as string];
    if (!r.get('removed')) {
      out.keptEnds.push(...ends);
      continue;
    }
    const type = r.get('type') as string;
    out.byType[type] = (out.byType[type] ?? 0) + 1;
    out.removed++;
    out.removedEnds.push(...ends);
  }
  return out;
}

/** Deletes the article's mentions of every entity but `keep`; returns the entities no longer mentioned. */
export async function takeBackMentions(
  tx: ManagedTransaction,
  articleId: string,
  keep: readonly string[] = [],
): Promise<string[]> {
  const { records } = await tx.run(DELETE_ARTICLE_MENTIONS, { articleId, keep });
  return records.map((r) => r.get('id') as string);
}

/** Removes those of `ids` that nothing names any more; says which, and how many SAME_AS links went. */
export async function removeOrphans(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<{ entities: RemovedEntity[]; sameAs: number }> {
  const { records } = await tx.run(REMOVE_ORPHANS, { ids: [...new Set(ids)], claimTypes: CLAIM_TYPES });
  const links = new Set<string>();
  const entities = records.map((r) => {
    for (const link of r.get('sameAs') as string[]) links.add(link);
    return { id: r.get('id') as string, label: r.get('label') as string, name: r.get('name') as string };
  });
  return { entities, sameAs: links.size };
}
