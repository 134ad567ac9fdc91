// Runs one researcher query: text checks, then in ONE explicit READ transaction with the
// server's timeout (enforced by Neo4j itself, which terminates the transaction), EXPLAIN and
// its plan check, then the query, streamed and cut at the row limit.
import type { CypherResponse } from '@shabaka/model';
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherLimits } from '../config.ts';
import { GraphCollector, toJson } from '../graph.ts';
import { NODES_BY_ELEMENT_ID } from '../queries.ts';
import { checkPlan, checkQueryText, type PlanNode } from './guard.ts';
import { checkRegularExpressions } from './regex.ts';

export interface CypherInput {
  query: string;
  params: Record<string, unknown>;
  limit?: number | undefined;
  timeoutMs?: number | undefined;
}

/** The server owns the limits: a client asks for less, never for more (0 = the maximum). */
export function effectiveLimits(
  input: CypherInput,
  limits: CypherLimits,
): { rows: number; timeoutMs: number } {
  const rows = Math.min(input.limit ?? limits.defaultRows, limits.maxRows);
  const asked = input.timeoutMs ?? limits.defaultTimeoutMs;
  const timeoutMs = asked <= 0 || asked > limits.maxTimeoutMs ? limits.maxTimeoutMs : asked;
  return { rows, timeoutMs };
}

function counters(updates: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(updates).filter(([, n]) => n !== 0));
}

export async function runResearcherQuery(
  driver: Driver,
  database: string | undefined,
  input: CypherInput,
  limits: CypherLimits,
): Promise<CypherResponse> {
  const tokens = checkQueryText(input.query, input.params, limits);
  await checkRegularExpressions(tokens, input.params);
  const { rows: rowLimit, timeoutMs } = effectiveLimits(input, limits);
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(rowLimit + 1, 1000),
    ...(database ? { database } : {}),
  });
  const tx = await session.beginTransaction({
    timeout: timeoutMs,
    metadata: { app: 'shabaka', kind: 'researcher' },
  });
  try {
    const explained = await tx.run(`EXPLAIN ${input.query}`, input.params);
    checkPlan(
      explained.summary.queryType,
      explained.summary.plan as PlanNode | false,
      explained.summary.database.name ?? '',
    );

    const started = performance.now();
    const result = tx.run(input.query, input.params);
    const records: Neo4jRecord[] = [];
    let truncated = false;
    for await (const record of result) {
      if (records.length === rowLimit) {
        truncated = true;
        break;
      }
      records.push(record);
    }
    const summary = truncated ? undefined : await result.summary();
    const timeMs = Math.round(performance.now() - started);
    const columns = records[0]?.keys.map(String) ?? ((await result.keys()) as string[]).map(String);

    const collector = new GraphCollector();
    for (const record of records) collector.collect(record.toObject());
    const missing = collector.missingEndpoints();
    if (missing.length > 0) {
      const endpoints = await tx.run(NODES_BY_ELEMENT_ID, { ids: missing });
      for (const record of endpoints.records) collector.collect(record.get('n'));
    }
    const { droppedEdges, ...graph } = collector.build();
    return {
      columns,
      rows: records.map((record) => record.keys.map((key) => toJson(record.get(key), collector.idOf))),
      graph,
      summary: {
        queryType: 'r',
        counters: summary ? counters(summary.counters.updates() as unknown as Record<string, number>) : {},
        timeMs,
        rowCount: records.length,
        truncated,
        graphTruncated: droppedEdges > 0,
        limit: rowLimit,
        timeoutMs,
        notifications: (summary?.notifications ?? []).map((n) => ({
          code: n.code,
          title: n.title,
          description: n.description,
        })),
      },
    };
  } finally {
    // A read query has nothing to commit; rolling back also ends a cut-off result at once.
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}
