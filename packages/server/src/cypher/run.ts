// Runs one researcher query: text checks, then in ONE explicit READ transaction with the
// server's timeout (enforced by Neo4j itself, which terminates the transaction), EXPLAIN and
// its plan check, then the query, streamed and cut at the row or byte limit. It runs in a
// worker thread (workers.ts), so reading and serializing a large result never holds up the
// server's event loop.
import { CypherResponseSchema } from '@shabaka/model';
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherLimits } from '../config.ts';
import { ApiError, toApiError, withoutPrefix } from '../errors.ts';
import { GraphCollector, toJson } from '../graph.ts';
import { NODES_BY_ELEMENT_ID } from '../queries.ts';
import { checkPlan, checkQueryText, type PlanNode } from './guard.ts';
import { withIntegers } from './params.ts';
import { checkRegularExpressions } from './regex.ts';

export interface CypherInput {
  query: string;
  params: Record<string, unknown>;
  limit?: number | undefined;
  timeoutMs?: number | undefined;
}

/** The plan is asked for first (and checked) by running the query after this. */
const EXPLAIN = 'EXPLAIN ';

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

/** Bytes of a row as JSON, before its relationships' ends are known (ids may differ in length). */
const rowBytes = (record: Neo4jRecord) =>
  Buffer.byteLength(JSON.stringify(record.keys.map((key) => toJson(record.get(key)))));

function tooLarge(bytes: number, limit: number): ApiError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new ApiError(
    'payload_too_large',
    `One row of the result is ${bytes > limit ? `over ${mb(limit)}` : mb(bytes)}, more than a response may carry (${mb(limit)}); return smaller values: a slice of a list (xs[0..100]), size(xs), or left(s, 1000).`,
  );
}

/**
 * Runs the query and answers the response as JSON text: rows are read until the row limit or
 * the byte limit, whichever comes first (the rest is cut off and said so in the summary).
 */
export async function runResearcherQuery(
  driver: Driver,
  database: string | undefined,
  input: CypherInput,
  limits: CypherLimits,
): Promise<string> {
  const tokens = checkQueryText(input.query, input.params, limits);
  await checkRegularExpressions(tokens, input.params);
  const { rows: rowLimit, timeoutMs } = effectiveLimits(input, limits);
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    // Small batches: the driver holds a whole batch before the byte limit can stop it.
    fetchSize: Math.min(rowLimit + 1, 100),
    ...(database ? { database } : {}),
  });
  const tx = await session.beginTransaction({
    timeout: timeoutMs,
    metadata: { app: 'shabaka', kind: 'researcher' },
  });
  try {
    const params = withIntegers(input.params) as Record<string, unknown>;
    const explained = await tx.run(`${EXPLAIN}${input.query}`, params).catch((error: unknown) => {
      throw withoutPrefix(toApiError(error), EXPLAIN.length);
    });
    checkPlan(
      explained.summary.queryType,
      explained.summary.plan as PlanNode | false,
      explained.summary.database.name ?? '',
    );

    const started = performance.now();
    const result = tx.run(input.query, params);
    const records: Neo4jRecord[] = [];
    let truncated: false | 'rows' | 'bytes' = false;
    let bytes = 0;
    for await (const record of result) {
      if (records.length === rowLimit) {
        truncated = 'rows';
        break;
      }
      const size = rowBytes(record);
      if (bytes + size > limits.maxResponseBytes) {
        if (records.length === 0) throw tooLarge(size, limits.maxResponseBytes);
        truncated = 'bytes';
        break;
      }
      bytes += size;
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
    const notifications = (summary?.notifications ?? []).map((n) => ({
      code: n.code,
      title: n.title,
      description: n.description,
    }));
    if (truncated === 'bytes') notifications.push(bytesNotification(records.length, limits.maxResponseBytes));
    const rest = CypherResponseSchema.parse({
      columns,
      rows: [],
      graph,
      summary: {
        queryType: 'r',
        counters: summary ? counters(summary.counters.updates() as unknown as Record<string, number>) : {},
        timeMs,
        rowCount: records.length,
        truncated: truncated !== false,
        graphTruncated: droppedEdges > 0,
        limit: rowLimit,
        timeoutMs,
        notifications,
      },
    });
    // Rows are JSON by construction (toJson), so only the rest is checked against the contract.
    const rows = records.map((record) =>
      JSON.stringify(record.keys.map((key) => toJson(record.get(key), collector.idOf))),
    );
    const { columns: cols, graph: elements, summary: about } = rest;
    return `{"columns":${JSON.stringify(cols)},"rows":[${rows.join(',')}],"graph":${JSON.stringify(elements)},"summary":${JSON.stringify(about)}}`;
  } finally {
    // A read query has nothing to commit; rolling back also ends a cut-off result at once.
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

const bytesNotification = (rows: number, limit: number) => ({
  code: 'Shabaka.ResponseTruncated',
  title: 'The result was cut at the response size limit',
  description: `Only the first ${rows} rows fit in ${Math.round(limit / 1024 / 1024)} MB, the most a response may carry; return fewer or smaller values, or page with SKIP and LIMIT.`,
});
