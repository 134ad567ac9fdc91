// The Cypher workbench: researcher queries, read-only and bounded (see cypher/guard.ts, run.ts).
import { CypherRequestSchema, type CypherResponse } from '@shabaka/model';
import { Router } from 'express';
import { type AppContext, readTx } from '../context.ts';
import { corroborate } from '../corroboration.ts';
import { checkQueryText } from '../cypher/guard.ts';
import { effectiveLimits } from '../cypher/run.ts';
import { queryWorkers } from '../cypher/workers.ts';
import { checkParamShape } from '../cypher/params.ts';
import { parseInput } from '../errors.ts';
import { ConcurrencyLimit, rateLimit } from '../middleware.ts';

/**
 * A result whose graph draws claims gets their corroboration, as every other graph the API serves.
 * It adds to a researcher's answer and must never cost it: if counting the sources fails (a huge
 * result past the API's timeout), the answer goes out without them.
 */
async function withCorroboration(ctx: AppContext, json: string): Promise<string> {
  const body = JSON.parse(json) as Partial<CypherResponse>;
  if (!body.graph?.edges.some((e) => e.data.article)) return json;
  const graph = body.graph;
  try {
    await readTx(ctx, (tx) => corroborate(tx, graph));
  } catch {
    return json;
  }
  return JSON.stringify(body);
}

export function cypherRoutes(ctx: AppContext): Router {
  const router = Router();
  const { cypher } = ctx.config;
  const running = new ConcurrencyLimit(cypher.maxConcurrent, cypher.maxQueued);
  const workers = queryWorkers(ctx.neo4j, cypher.workerMemoryMb);

  router.post(
    '/cypher',
    rateLimit(ctx.config.cypherRateLimitPerMinute, 'Cypher queries'),
    async (req, res) => {
      const input = parseInput(CypherRequestSchema, req.body, 'Cypher request');
      checkParamShape(input.params, cypher); // here too: too deep to pass to a worker at all
      // The text checks are quick (no Neo4j, no ReDoS search): a refused query answers 403 with
      // its reason at once rather than wait for a slot behind running queries (503 or 504).
      checkQueryText(input.query, input.params, cypher);
      // The timeout covers the wait for a slot too: a query that cannot start in time gets 503.
      const { timeoutMs } = effectiveLimits(input, cypher);
      // The client going away before the answer (the workbench's Cancel) stops the query.
      const gone = new AbortController();
      res.on('close', () => {
        if (!res.writableEnded) gone.abort();
      });
      const json = await running.run((waitedMs) => {
        const left = Math.max(1, Math.round(timeoutMs - waitedMs));
        return workers.run(
          { database: ctx.config.database, input: { ...input, timeoutMs: left }, limits: cypher },
          left,
          gone.signal,
        );
      }, timeoutMs);
      res.type('application/json').send(await withCorroboration(ctx, json));
    },
  );

  return router;
}
