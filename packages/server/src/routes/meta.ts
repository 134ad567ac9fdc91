// Health and readiness (public), and the schema the editor autocompletes and the legend shows.
import { isUnreachable, unreachableMessage } from '@shabaka/db';
import { type HealthResponse, HealthResponseSchema, SchemaResponseSchema } from '@shabaka/model';
import { type Response, Router } from 'express';
import neo4j from 'neo4j-driver';
import { type AppContext, num, readTx, send } from '../context.ts';
import { isOpen } from '../config.ts';
import * as Q from '../queries.ts';

const PROBE_TIMEOUT_MS = 3000;
const started = Date.now();

/** One auto-commit query (no retries) that gives up after PROBE_TIMEOUT_MS, reachable or not. */
async function probe(ctx: AppContext, query: string, params: Record<string, unknown> = {}) {
  const t0 = performance.now();
  const session = ctx.driver.session({
    defaultAccessMode: neo4j.session.READ,
    ...(ctx.config.database ? { database: ctx.config.database } : {}),
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([session.run(query, params, { timeout: PROBE_TIMEOUT_MS }), deadline]);
    return { result, latencyMs: Math.round((performance.now() - t0) * 10) / 10 };
  } finally {
    clearTimeout(timer);
    session.close().catch(() => undefined);
  }
}

function health(ctx: AppContext, neo4jState: HealthResponse['neo4j']): HealthResponse {
  return {
    status: neo4jState.reachable ? 'ok' : 'unavailable',
    neo4j: neo4jState,
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
    keysRequired: !isOpen(ctx.config),
  };
}

/** 503 saying why Neo4j cannot be reached, in the same words as every other route. */
function sendUnreachable(ctx: AppContext, res: Response, error: unknown): void {
  const reason = isUnreachable(error)
    ? unreachableMessage(ctx.config.neo4jUri, error)
    : (error as Error).message.split('\n')[0];
  send(res, HealthResponseSchema, health(ctx, { reachable: false, error: reason }), 503);
}

/** Liveness and readiness probes: public and never rate limited. */
export function probeRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    try {
      const { latencyMs } = await probe(ctx, Q.PING);
      const info = await ctx.driver.getServerInfo();
      send(
        res,
        HealthResponseSchema,
        health(ctx, { reachable: true, latencyMs, ...(info.agent ? { version: info.agent } : {}) }),
      );
    } catch (e) {
      sendUnreachable(ctx, res, e);
    }
  });

  /** Ready = Neo4j answers AND the search index is online (ensureSchema has run). */
  router.get('/ready', async (_req, res) => {
    try {
      const { result, latencyMs } = await probe(ctx, Q.SEARCH_INDEX_STATE, { index: Q.ENTITY_SEARCH_INDEX });
      const state = result.records[0]?.get('state') as string | undefined;
      if (state === 'ONLINE')
        return send(res, HealthResponseSchema, health(ctx, { reachable: true, latencyMs }));
      send(
        res,
        HealthResponseSchema,
        {
          ...health(ctx, {
            reachable: true,
            latencyMs,
            error: `search index ${Q.ENTITY_SEARCH_INDEX} is ${state ?? 'missing'}`,
          }),
          status: 'unavailable',
        },
        503,
      );
    } catch (e) {
      sendUnreachable(ctx, res, e);
    }
  });

  return router;
}

/** The schema the editor autocompletes and the legend shows: data, so it needs a key like the rest. */
export function schemaRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/schema', async (_req, res) => {
    const body = await readTx(ctx, async (tx) => {
      const [labelCounts, typeCounts, names] = await Promise.all([
        tx.run(Q.LABEL_COUNTS),
        tx.run(Q.RELATIONSHIP_TYPE_COUNTS),
        tx.run(Q.SCHEMA_NAMES),
      ]);
      const labelCount = new Map(
        labelCounts.records.map((r) => [r.get('label') as string, num(r.get('count'))]),
      );
      const typeCount = new Map(
        typeCounts.records.map((r) => [r.get('type') as string, num(r.get('count'))]),
      );
      const record = names.records[0]!;
      return {
        labels: (record.get('labels') as string[])
          .sort()
          .map((label) => ({ label, count: labelCount.get(label) ?? null })),
        relationshipTypes: (record.get('types') as string[])
          .sort()
          .map((type) => ({ type, count: typeCount.get(type) ?? null })),
        propertyKeys: (record.get('keys') as string[]).sort(),
        nodeCount: num(record.get('nodeCount')),
        relationshipCount: num(record.get('relationshipCount')),
      };
    });
    send(res, SchemaResponseSchema, body);
  });

  return router;
}
