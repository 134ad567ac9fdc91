// The rule engine in worker threads, so that extraction (CPU) runs beside the writes (the main
// thread's driver I/O) instead of between them. Articles go to the least busy worker; with one
// worker they come back in the order they were sent, so a run's batches stay in input order.
import { Worker } from 'node:worker_threads';
import type { ArticleExtraction, ArticleMeta } from '@shabaka/model';
import type { ExtractInput } from './pipeline.ts';

export interface ExtractRequest {
  id: number;
  text: string;
  meta?: ArticleMeta;
}
export type ExtractReply = { id: number; extraction: ArticleExtraction } | { id: number; error: string };

// Workers run the TypeScript sources as the commands do, through tsx (extract-worker.mjs).
const WORKER = new URL('./extract-worker.mjs', import.meta.url);

interface Pending {
  resolve: (extraction: ArticleExtraction) => void;
  reject: (error: Error) => void;
}

export class ExtractPool {
  private readonly workers: Array<{ worker: Worker; busy: number }>;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER);
      const slot = { worker, busy: 0 };
      worker.on('message', (reply: ExtractReply) => {
        slot.busy--;
        const pending = this.pending.get(reply.id)!;
        this.pending.delete(reply.id);
        if ('error' in reply) pending.reject(new Error(reply.error));
        else pending.resolve(reply.extraction);
      });
      // A worker that dies fails what it held; the run reports those articles and goes on.
      worker.on('error', (error) => {
        for (const [id, pending] of this.pending) {
          this.pending.delete(id);
          pending.reject(error);
        }
      });
      return slot;
    });
  }

  /** Extracts one article in the least busy worker. */
  extract = (input: ExtractInput): Promise<ArticleExtraction> => {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.next++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, text: input.text, ...(input.meta ? { meta: input.meta } : {}) });
    });
  };

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
