// A worker thread of the extraction pool (extract-pool.ts): the rule engine, one article a message.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from './pipeline.ts';
import type { ExtractRequest, ExtractReply } from './extract-pool.ts';

parentPort!.on('message', ({ id, text, meta }: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id, extraction: extractArticle({ text, ...(meta ? { meta } : {}) }) };
  } catch (error) {
    reply = { id, error: (error as Error).message ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
