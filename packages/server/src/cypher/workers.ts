// Researcher queries run in worker threads, so that reading a large result never holds up the
// server's event loop: the driver decodes a 5,000,000-element list in one go (17 s on this
// machine), and serializing it took ~23 s more, during which every endpoint stood still. A
// worker also bounds what a query may cost the server: its heap is capped (an overrun ends the
// worker, not the server), and a worker that has not answered by the deadline is terminated.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@shabaka/model';
import type { CypherLimits } from '../config.ts';
import { ApiError } from '../errors.ts';
import type { CypherInput } from './run.ts';

export interface QueryWorkerSetup {
  uri: string;
  user: string;
  password: string;
}

export interface QueryJob {
  database: string | undefined;
  input: CypherInput;
  limits: CypherLimits;
}

export type WorkerAnswer =
  | { ok: true; json: string }
  | { ok: false; code: ErrorCode; message: string; details?: unknown; stack?: string };

/** Time past the query's timeout for reading and serializing what Neo4j sent. */
const READ_GRACE_MS = 5_000;
/** An idle worker (and its driver's connections) is ended after this long. */
const IDLE_MS = 60_000;

/** Workers run TypeScript source: tsx's loader is registered in each before its entry is imported. */
const TSX_API = pathToFileURL(
  path.join(
    path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist/esm/api/index.mjs',
  ),
).href;
const ENTRY = new URL('./worker.ts', import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); })`;

const pools = new Map<string, QueryWorkers>();

/**
 * The workers for one Neo4j server and heap size, shared by every app of the process (tests
 * build many), with one started ahead: a cold worker takes a second or more to load.
 */
export function queryWorkers(setup: QueryWorkerSetup, memoryMb: number): QueryWorkers {
  const key = JSON.stringify([setup.uri, setup.user, memoryMb]);
  let pool = pools.get(key);
  if (!pool) {
    pool = new QueryWorkers(setup, memoryMb);
    pool.putBack(pool.take());
    pools.set(key, pool);
  }
  return pool;
}

export class QueryWorkers {
  private readonly idle: Array<{ worker: Worker; timer: NodeJS.Timeout }> = [];

  constructor(
    private readonly setup: QueryWorkerSetup,
    private readonly memoryMb: number,
  ) {}

  /**
   * Runs one job in an idle worker (or a new one); the caller bounds how many run at once. An
   * abort (the client went away: Cancel) ends the worker, whose connections closing makes Neo4j
   * terminate the transaction.
   */
  run(job: QueryJob, timeoutMs: number, signal?: AbortSignal): Promise<string> {
    if (signal?.aborted) return Promise.reject(cancelled());
    const worker = this.take();
    return new Promise<string>((resolve, reject) => {
      const settle = (outcome: () => void, reuse: boolean) => {
        clearTimeout(deadline);
        signal?.removeEventListener('abort', onAbort);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (reuse) this.putBack(worker);
        else void worker.terminate();
        outcome();
      };
      const onMessage = (answer: WorkerAnswer) =>
        settle(() => (answer.ok ? resolve(answer.json) : reject(fromAnswer(answer))), true);
      const onError = (error: Error & { code?: string }) =>
        settle(
          () =>
            reject(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new ApiError(
                    'memory_limit',
                    `Reading the result needed more than the ${this.memoryMb} MB one query may use on the server; return fewer or smaller values (add a LIMIT, or return size(xs) rather than xs).`,
                  )
                : error,
            ),
          false,
        );
      const onExit = (code: number) =>
        settle(() => reject(new Error(`query worker exited (${code})`)), false);
      const deadline = setTimeout(
        () =>
          settle(
            () =>
              reject(
                new ApiError(
                  'timeout',
                  `The result could not be read within the query's time limit (${timeoutMs} ms, plus ${READ_GRACE_MS / 1000} s to read it); return fewer or smaller values.`,
                ),
              ),
            false,
          ),
        timeoutMs + READ_GRACE_MS,
      );
      const onAbort = () => settle(() => reject(cancelled()), false);
      signal?.addEventListener('abort', onAbort);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }

  take(): Worker {
    const spare = this.idle.pop();
    if (spare) {
      clearTimeout(spare.timer);
      return spare.worker;
    }
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: this.setup,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    worker.unref(); // an idle worker does not keep the server's process alive
    return worker;
  }

  putBack(worker: Worker): void {
    const timer = setTimeout(() => {
      this.idle.splice(
        this.idle.findIndex((spare) => spare.worker === worker),
        1,
      );
      void worker.terminate();
    }, IDLE_MS);
    timer.unref();
    this.idle.push({ worker, timer });
  }
}

const cancelled = () => new ApiError('bad_request', 'The query was cancelled by the client.');

function fromAnswer(answer: Extract<WorkerAnswer, { ok: false }>): Error {
  if (answer.code !== 'internal') return new ApiError(answer.code, answer.message, answer.details);
  const error = new Error(answer.message);
  error.stack = answer.stack ?? answer.message; // logged by the app's error handler; the client gets a plain 500
  return error;
}
