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
  MATCH (a:Article {id: m.article}), (e:${ENTITY_LABEL} {id: m.id})
  CREATE (e)-[:MENTIONED_IN {count: m.count, spans: m.spans}]->(a)`;
const CREATE_PUBLISHED_BY = `
  UNWIND $rows AS l
  MATCH (a:Article {id: l.article}), (o:Organization {id: l.outlet})
  CREATE (a)-[:PUBLISHED_BY]->(o)`;
const createClaims = (type: string) => `
  UNWIND $rows AS c
  MATCH (s:${ENTITY_LABEL} {id: c.from}), (t:${ENTITY_LABEL} {id: c.to})
  CREATE (s)-[r:${type}]->(t) SET r = c.props, r.id = c.id`;

async function writeRows(driver: Driver, query: string, rows: readonly unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_TRANSACTION) {
    await driver.executeQuery(query, { rows: rows.slice(i, i + ROWS_PER_TRANSACTION) });
  }
}

/** Writes the planned graph of `writes` (first writes, distinct articles) by plain CREATEs. */
export async function writePlannedGraph(driver: Driver, writes: readonly GraphWrite[]): Promise<void> {
  const entities = new Map<string, ReturnType<typeof entityParams>>();
  for (const write of writes) {
    for (const e of [...write.entities, ...(write.outlet ? [write.outlet] : [])]) {
      if (!entities.has(e.id)) entities.set(e.id, entityParams(e));
    }
  }
  const nullsDropped = (row: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== null && k !== 'label'));
  await writeRows(
    driver,
    CREATE_ARTICLES,
    writes.map((w) => w.article),
  );
  for (const label of ENTITY_LABELS) {
    const rows = [...entities.values()].filter((e) => e.label === label).map(nullsDropped);
    await writeRows(driver, createEntities(label), rows);
  }
  await writeRows(
    driver,
    CREATE_MENTIONS,
    writes.flatMap((w) => mentionRows(w.article.id, w.entities)),
  );
  await writeRows(
    driver,
    CREATE_PUBLISHED_BY,
    writes.flatMap((w) => (w.outlet ? [{ article: w.article.id, outlet: w.outlet.id }] : [])),
  );
  const claims = writes.flatMap(claimRows);
  for (const type of CLAIM_TYPES) {
    await writeRows(
      driver,
      createClaims(type),
      claims.filter((c) => c.type === type),
    );
  }
}
