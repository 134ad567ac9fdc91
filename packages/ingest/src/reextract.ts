// `pnpm reextract --all`: every stored article an older rule engine read, read again from its
// stored text by the current engine, its rules claims replaced (writeArticle's re-extraction).
// Resumable: an article re-extracted records the engine's version, and is not selected again.
import { extractorFamily } from './ids.ts';
import { ARTICLE_METADATA } from './writer.ts';
import { ENGLISH_EXTRACTOR, EXTRACTOR } from './pipeline.ts';
import type { ReadArticle } from './stages/read.ts';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

/** The rule engines' extractors of this version: articles read by them are up to date. */
export const CURRENT_RULE_EXTRACTORS: readonly string[] = [EXTRACTOR, ENGLISH_EXTRACTOR];

// Articles read by the rule engine of another version, or before articles recorded their
// extractor; those first written by another family (an LLM) are left to it. Paged by id, in
// the order of the id constraint's index.
const OUTDATED = `
  (a.extractor IS NULL OR (NOT a.extractor IN $current
     AND any(family IN $families WHERE a.extractor STARTS WITH family + '@')))`;

const COUNT_OUTDATED = `MATCH (a:Article) WHERE ${OUTDATED} RETURN count(a) AS n`;

const OUTDATED_PAGE = `
  MATCH (a:Article) WHERE a.id > $after AND ${OUTDATED}
  RETURN a.id AS id, a.text AS text, a {${ARTICLE_METADATA.map((k) => `.${k}`).join(', ')}} AS meta
  ORDER BY a.id LIMIT $limit`;

const families = CURRENT_RULE_EXTRACTORS.map(extractorFamily);

/** Whether an older version of a rule engine made a claim of this extractor (`pnpm reextract --all` would replace it). */
export function byOlderEngine(extractor: string): boolean {
  return families.includes(extractorFamily(extractor)) && !CURRENT_RULE_EXTRACTORS.includes(extractor);
}

export async function countOutdated(driver: Driver, database?: string): Promise<number> {
  const { records } = await driver.executeQuery(
    COUNT_OUTDATED,
    { current: CURRENT_RULE_EXTRACTORS, families },
    { routing: 'READ', ...(database ? { database } : {}) },
  );
  return (records[0]!.get('n') as { toNumber(): number }).toNumber();
}

/** The stored text of every outdated article, a page at a time, as the ingest reads items. */
export async function* outdatedArticles(
  driver: Driver,
  { database, pageSize = 200 }: { database?: string; pageSize?: number } = {},
): AsyncGenerator<ReadArticle> {
  for (let after = ''; ; ) {
    const { records } = await driver.executeQuery(
      OUTDATED_PAGE,
      { after, limit: neo4j.int(pageSize), current: CURRENT_RULE_EXTRACTORS, families },
      { routing: 'READ', ...(database ? { database } : {}) },
    );
    for (const r of records) {
      const meta = Object.fromEntries(
        Object.entries(r.get('meta') as Record<string, string | null>).filter(([, v]) => v !== null),
      );
      yield { source: r.get('id'), text: r.get('text'), meta, storedId: r.get('id') };
    }
    if (records.length < pageSize) return;
    after = records.at(-1)!.get('id');
  }
}
