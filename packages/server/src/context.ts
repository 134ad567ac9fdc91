// What every route needs: the driver, the settings, and helpers that run the server's own
// read queries and validate what goes out.
import type { Neo4jCredentials } from '@shabaka/db';
import type { Response } from 'express';
import { inTransaction, withRetry } from '@shabaka/db';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import type { ServerConfig } from './config.ts';
import { ApiError } from './errors.ts';

export interface AppContext {
  driver: Driver;
  config: ServerConfig;
  /** Where researcher queries connect (each query worker has a driver of its own). */
  neo4j: Neo4jCredentials;
}

/**
 * One transaction with the API timeout. Deadlocks are tried again a few times; an unreachable
 * Neo4j is not: the driver's managed transactions would retry it silently for 30 s per query,
 * and every route goes through here, so every route answers 503 at once instead.
 */
const transaction =
  (mode: 'READ' | 'WRITE') =>
  <T>(ctx: AppContext, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
    const options = {
      mode,
      timeoutMs: ctx.config.apiQueryTimeoutMs,
      ...(ctx.config.database ? { database: ctx.config.database } : {}),
    };
    return withRetry(() => inTransaction(ctx.driver, options, work), { attempts: 3 });
  };

/** Runs the server's own queries in one READ transaction with the API timeout. */
export const readTx = transaction('READ');

/** Runs an editor's change in one WRITE transaction with the API timeout. */
export const writeTx = transaction('WRITE');

/** Sends a body after checking it against its response schema (Neo4j results out are validated too). */
export function send<T extends z.ZodType>(res: Response, schema: T, body: z.input<T>, status = 200): void {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new ApiError('internal', `The server produced a response outside its contract (${issues})`);
  }
  res.status(status).json(parsed.data);
}

/** A Neo4j number (Integer or float) as a JS number. */
export function num(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === 'number' ? value : Number(value ?? 0);
}
