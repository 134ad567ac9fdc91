// The fastest write of a planned graph this Neo4j offers without leaving Cypher: every node and
// relationship CREATEd in big UNWIND batches, with no per-article work (no MERGE, no name
// folding, no SAME_AS search), into an empty database. The yardstick `pnpm bench` compares the
// ingest with; its graph is the planned one, not what the ingest builds (no candidates).
import { CLAIM_TYPES, ENTITY_LABEL, ENTITY_LABELS, type GraphWrite } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { claimRows, entityParams, mentionRows } from '../src/write-queries.ts';

const ROWS_PER_TRANSACTION = 10_000;

const CREATE_ARTICLES = 'UNWIND $rows AS row CREATE (a:Article) SET a = row';
const createEntities = (label: string) =>
  `UNWIND $rows AS row CREATE (n:${label}:${ENTITY_LABEL}) SET n = row`;
const CREATE_MENTIONS = `
  UNWIND $rows AS m
  MATCH (a:Article {id: m.to}), (e:${ENTITY_LABEL} {id: m.from})
  CREATE (e)-[:MENTIONED_IN {count: m.count, spans: m.spans}]->(a)`;
const CREATE_PUBLISHED_BY = `
  UNWIND $rows AS l
  MATCH (a:Article {id: l.from}), (o:Organization {id: l.to})
  CREATE (a)-[:PUBLISHED_BY]->(o)`;
const createClaims = (type: string) => `
  UNWIND $rows AS c
  MATCH (s:${ENTITY_LABEL} {id: c.from}), (t:${ENTITY_LABEL} {id: c.to})
  CREATE (s)-[r:${type}]->(t) SET r = c, r.from = null, r.to = null`;

type Row = Record<string, unknown>;

/** The planned graph's rows: nodes with their properties, relationships with `from`, `to` and theirs. */
export interface PlannedRows {
  articles: Row[];
  entities: Map<string, Row[]>;
  mentions: Row[];
  publishedBy: Row[];
  claims: Map<string, Row[]>;
}

/** The rows of the planned graph of `writes` (first writes, distinct articles). */
export function plannedRows(writes: readonly GraphWrite[]): PlannedRows {
  const entities = new Map<string, ReturnType<typeof entityParams>>();
  for (const write of writes) {
    for (const e of [...write.entities, ...(write.outlet ? [write.outlet] : [])]) {
      if (!entities.has(e.id)) entities.set(e.id, entityParams(e));
    }
  }
  const nullsDropped = (row: Row) =>
    Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && k !== 'label'));
  const claims = writes.flatMap(claimRows);
  return {
    articles: writes.map((w) => w.article),
    entities: new Map(
      ENTITY_LABELS.map((label) => [
        label,
        [...entities.values()].filter((e) => e.label === label).map(nullsDropped),
      ]),
    ),
    mentions: writes.flatMap((w) =>
      mentionRows(w.article.id, w.entities).map(({ article, id, ...props }) => ({
        from: id,
        to: article,
        ...props,
      })),
    ),
    publishedBy: writes.flatMap((w) => (w.outlet ? [{ from: w.article.id, to: w.outlet.id }] : [])),
    claims: new Map(
      CLAIM_TYPES.map((type) => [
        type,
        claims.filter((c) => c.type === type).map((c) => ({ from: c.from, to: c.to, ...c.props, id: c.id })),
      ]),
    ),
  };
}

async function writeRows(driver: Driver, query: string, rows: readonly unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_TRANSACTION) {
    await driver.executeQuery(query, { rows: rows.slice(i, i + ROWS_PER_TRANSACTION) });
  }
}

/** Writes the planned graph of `writes` (first writes, distinct articles) by plain CREATEs. */
export async function writePlannedGraph(driver: Driver, writes: readonly GraphWrite[]): Promise<void> {
  const rows = plannedRows(writes);
  await writeRows(driver, CREATE_ARTICLES, rows.articles);
  for (const [label, list] of rows.entities) await writeRows(driver, createEntities(label), list);
  await writeRows(driver, CREATE_MENTIONS, rows.mentions);
  await writeRows(driver, CREATE_PUBLISHED_BY, rows.publishedBy);
  for (const [type, list] of rows.claims) await writeRows(driver, createClaims(type), list);
}
