// A worker thread that runs researcher queries (see workers.ts): its own driver, one query at a
// time, the answer posted back as JSON text or as an error code and message.
import { parentPort, workerData } from 'node:worker_threads';
import { FAIL_FAST } from '@shabaka/db';
import neo4j from 'neo4j-driver';
import { toApiError } from '../errors.ts';
import { runResearcherQuery } from './run.ts';
import type { QueryJob, QueryWorkerSetup, WorkerAnswer } from './workers.ts';

const { uri, user, password } = workerData as QueryWorkerSetup;
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
  ...FAIL_FAST,
  maxConnectionPoolSize: 2,
});
const port = parentPort!;

port.on('message', async ({ database, input, limits }: QueryJob) => {
  let answer: WorkerAnswer;
  try {
    answer = { ok: true, json: await runResearcherQuery(driver, database, input, limits) };
  } catch (e) {
    const error = toApiError(e, uri);
    answer = {
      ok: false,
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
      ...(error.code === 'internal' ? { stack: String((e as Error)?.stack ?? e) } : {}),
    };
  }
  port.postMessage(answer);
});
