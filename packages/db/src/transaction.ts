// Transactions without the driver's silent retry loop, and retries whose policy the caller owns.
// The driver's managed transactions retry an unreachable server for 30 s without a word; the
// API must fail in a moment and the ingest must say what it waits for, so both go through here.
import neo4j, { type Driver, ManagedTransaction, Neo4jError } from 'neo4j-driver';

/** Codes of a server that is away: stopped, wrong address, or up with its database still starting. */
const AWAY = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The server cannot be reached, or not yet (stopped, restarting, wrong address). */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof Neo4jError) return AWAY.has(error.code);
  return /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ETIMEDOUT/.test(String((error as Error)?.message));
}

/**
 * What to tell a user when Neo4j cannot be reached. The driver's own text (about "default
 * encryption settings") sends readers the wrong way; its last words name the cause.
 */
export function unreachableMessage(uri: string, error?: unknown): string {
  const message = error === undefined ? '' : String((error as Error)?.message ?? error);
  const cause = /Caused by: (.*)$/m.exec(message)?.[1]?.trim();
  return `Neo4j is not reachable at ${uri}${cause ? ` (${cause})` : ''}; start it with \`pnpm neo4j:start\` (or check NEO4J_URI).`;
}

/** Deadlocks and lock waits between concurrent writers of shared nodes: the next try usually passes. */
export function isTransient(error: unknown): boolean {
  const e = error as { retriable?: boolean; code?: string; message?: string };
  if (isUnreachable(error)) return false;
  return e.retriable === true || /TransientError|Deadlock|can't acquire/i.test(`${e.code} ${e.message}`);
}

export interface RetryOptions {
  /** Which errors are tried again; default `isTransient`. */
  retryIf?: (error: unknown) => boolean;
  /** Tries in all, the first included. */
  attempts: number;
  /** First pause; each next one doubles, up to `maxDelayMs`. */
  delayMs?: number;
  maxDelayMs?: number;
  /** Told before each pause, so a caller can say what it is waiting for. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

export async function withRetry<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  const { retryIf = isTransient, attempts, delayMs = 50, maxDelayMs = 2000, onRetry } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !retryIf(error)) throw error;
      const pause = Math.min(maxDelayMs, delayMs * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2);
      onRetry?.(error, attempt, pause);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

export interface TransactionOptions {
  mode: 'READ' | 'WRITE';
  database?: string;
  timeoutMs?: number;
}

/** One explicit transaction: committed when `work` resolves, rolled back when it throws; no retry. */
export async function inTransaction<T>(
  driver: Driver,
  { mode, database, timeoutMs }: TransactionOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    ...(database ? { database } : {}),
  });
  try {
    const tx = await session.beginTransaction(timeoutMs === undefined ? {} : { timeout: timeoutMs });
    try {
      const result = await work(ManagedTransaction.fromTransaction(tx));
      await tx.commit();
      return result;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw error;
    }
  } finally {
    await session.close().catch(() => undefined);
  }
}
