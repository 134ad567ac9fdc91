// The ingest run: read → extract → plan → write, one transaction per article, a few in flight at
// once. Bad items are reported and skipped; the rest goes on. Writing the same content twice
// creates nothing (deterministic ids), which the summary reports as unchanged.
import type { ArticleExtraction } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { type ExtractInput, extractArticle } from './pipeline.ts';
import { planGraphWrite } from './plan.ts';
import { isReadError, type ReadItem } from './read.ts';
import { writeArticle } from './writer.ts';

export interface IngestSummary {
  read: number;
  written: number;
  unchanged: number;
  skipped: { source: string; reason: string }[];
  entitiesPlanned: number;
  claimsPlanned: number;
  nodesCreated: number;
  relationshipsCreated: number;
  seconds: number;
}

export interface IngestOptions {
  /** Articles written at once, each in its own transaction; default 4 (on 2 cores, 2 to 4 measured best: more only waits on locks of shared nodes). */
  concurrency?: number;
  onProgress?: (summary: IngestSummary) => void;
  /** The extractor; default the rule engine. An article it throws on is reported and skipped. */
  extract?: (input: ExtractInput) => ArticleExtraction | Promise<ArticleExtraction>;
}

/** Deadlocks between concurrent writers of shared nodes (`داعش`) are transient: try again. */
function isTransient(error: unknown): boolean {
  const e = error as { retriable?: boolean; code?: string; message?: string };
  return e.retriable === true || /TransientError|Deadlock|can't acquire/i.test(`${e.code} ${e.message}`);
}

async function withRetry<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

export async function ingest(
  driver: Driver,
  items: AsyncIterable<ReadItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = {
    read: 0,
    written: 0,
    unchanged: 0,
    skipped: [],
    entitiesPlanned: 0,
    claimsPlanned: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    seconds: 0,
  };
  const inFlight = new Set<Promise<void>>();
  const limit = options.concurrency ?? 4;
  const extract = options.extract ?? extractArticle;
  const progress = () => {
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  };

  const one = async (item: ReadItem) => {
    if (isReadError(item)) {
      summary.skipped.push({ source: item.source, reason: item.error });
      return;
    }
    try {
      const { write } = planGraphWrite(await extract(item));
      summary.entitiesPlanned += write.entities.length;
      summary.claimsPlanned += write.claims.length;
      const result = await withRetry(() => writeArticle(driver, write));
      summary.nodesCreated += result.nodesCreated;
      summary.relationshipsCreated += result.relationshipsCreated;
      if (result.nodesCreated === 0 && result.relationshipsCreated === 0) summary.unchanged++;
      else summary.written++;
    } catch (error) {
      summary.skipped.push({ source: item.source, reason: (error as Error).message.split('\n')[0]! });
    }
  };

  for await (const item of items) {
    summary.read++;
    const task = one(item).finally(() => {
      inFlight.delete(task);
      progress();
    });
    inFlight.add(task);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  progress();
  return summary;
}
