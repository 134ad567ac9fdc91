// The Cypher workbench: researcher queries, read-only and bounded (see cypher/guard.ts, run.ts).
import { CypherRequestSchema, CypherResponseSchema } from '@shabaka/model';
import { Router } from 'express';
import { type AppContext, send } from '../context.ts';
import { effectiveLimits, runResearcherQuery } from '../cypher/run.ts';
import { parseInput } from '../errors.ts';
import { ConcurrencyLimit, rateLimit } from '../middleware.ts';

export function cypherRoutes(ctx: AppContext): Router {
  const router = Router();
  const { cypher } = ctx.config;
  const running = new ConcurrencyLimit(cypher.maxConcurrent, cypher.maxQueued);

  router.post(
    '/cypher',
    rateLimit(ctx.config.cypherRateLimitPerMinute, 'Cypher queries'),
    async (req, res) => {
      const input = parseInput(CypherRequestSchema, req.body, 'Cypher request');
      // The timeout covers the wait for a slot too: a query that cannot start in time gets 503.
      const { timeoutMs } = effectiveLimits(input, cypher);
      const body = await running.run(
        (waitedMs) =>
          runResearcherQuery(
            ctx.driver,
            ctx.config.database,
            { ...input, timeoutMs: Math.max(1, Math.round(timeoutMs - waitedMs)) },
            cypher,
          ),
        timeoutMs,
      );
      send(res, CypherResponseSchema, body);
    },
  );

  return router;
}
