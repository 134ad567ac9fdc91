// The ingest run: read → extract → plan → write. Articles are written many to a transaction
// (batch-writer.ts), a few transactions in flight; a batch that fails is written again article
// by article, so a bad item is reported and skipped and the rest goes on, and none is half
// written. Writing the same content twice creates nothing (deterministic ids), which the summary
// reports as unchanged. An outage of Neo4j is waited out, with word of it, for a bounded time;
// then its articles are skipped.
import { isUnreachable, withRetry } from '@shabaka/db';
import type { ArticleExtraction, GraphWrite } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { existingArticles, writeBatch } from './batch-writer.ts';
import { ExtractPool } from './extract-pool.ts';
import { type ExtractInput, extractArticle } from './pipeline.ts';
import { planGraphWrite } from './stages/plan.ts';
import { isReadError, type ReadItem } from './stages/read.ts';
import { type WriteSummary, writeArticle } from './writer.ts';

export interface IngestSummary {
  read: number;
  written: number;
  unchanged: number;
  /** Texts ingested before whose new metadata were not applied (the first ones stay). */
  metadataKept: { source: string; ignored: string[] }[];
  skipped: { source: string; reason: string }[];
  entitiesPlanned: number;
  claimsPlanned: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Re-extraction: articles written before whose claims of the extractor's family were replaced. */
  reextracted: number;
  claimsRemoved: number;
  entitiesRemoved: number;
  seconds: number;
}

/** Told each time a write waits for an unreachable Neo4j, so the user hears of it at once. */
export interface OutageWait {
  source: string;
  error: unknown;
  /** Seconds since the outage began (the first write that found Neo4j unreachable). */
  outageSeconds: number;
  retryInSeconds: number;
  giveUpSeconds: number;
}

/**
 * Articles per transaction. Measured with `pnpm bench` (2,000 synthetic articles, 2 shared
 * cores, two runs), the write path alone: batches of 25 wrote 116–124 articles/s, of 100
 * 112–148/s, of 250 89–96/s (one by one: 24–25/s). A larger batch also costs more to write
 * again article by article when one of its articles fails.
 */
export const DEFAULT_BATCH_SIZE = 100;

export interface IngestOptions {
  /**
   * Transactions in flight at once (and extractions, for an asynchronous extractor); default 2.
   * Two batches' copy lookups go one after the other (the story lock, stories.ts), so each sees
   * the batch before it committed; the second batch's other statements are sent meanwhile, and
   * its articles prepared while the first is written.
   */
  concurrency?: number;
  /** Articles written per transaction; default DEFAULT_BATCH_SIZE; 1 writes each alone. */
  batchSize?: number;
  /** How long a batch not yet full waits for more articles (a slow stream); default 1000 ms. */
  lingerMs?: number;
  onProgress?: (summary: IngestSummary) => void;
  /** The extractor; default the rule engine. An article it throws on is reported and skipped. */
  extract?: (input: ExtractInput) => ArticleExtraction | Promise<ArticleExtraction>;
  /**
   * Worker threads the rule engine runs in (when `extract` is not given), beside the writes;
   * default 0: the main thread (a worker takes seconds to start; `pnpm ingest` runs one).
   */
  extractWorkers?: number;
  /** How long an outage of Neo4j is waited out before articles are skipped; default 300 s. */
  outageWaitSeconds?: number;
  onWait?: (wait: OutageWait) => void;
  /** Replace the claims of articles written before by the extractor's (see `writeArticle`); one by one. */
  reextract?: boolean;
}

interface Planned {
  source: string;
  write: GraphWrite;
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0]!;

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
    metadataKept: [],
    skipped: [],
    entitiesPlanned: 0,
    claimsPlanned: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    reextracted: 0,
    claimsRemoved: 0,
    entitiesRemoved: 0,
    seconds: 0,
  };
  const batchSize = options.reextract ? 1 : Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const limit = options.concurrency ?? 2;
  const workers = options.extract ? 0 : (options.extractWorkers ?? 0);
  const pool = workers > 0 ? new ExtractPool(workers) : undefined;
  const extract = options.extract ?? pool?.extract ?? extractArticle;
  // Enough articles in extraction to keep every worker busy while the writes go on.
  const extractLimit = Math.max(limit, 2 * workers);
  const progress = () => {
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  };

  // One outage for the whole run: its bound counts from the first failure, so articles that come
  // after it has been given up on are skipped at once rather than each waiting it out again.
  const outageWaitSeconds = options.outageWaitSeconds ?? 300;
  let outageSince: number | undefined;
  const outage = {
    seconds: () => (outageSince === undefined ? 0 : (performance.now() - outageSince) / 1000),
    wait: () => {
      outageSince ??= performance.now();
      return outage.seconds() < outageWaitSeconds;
    },
  };
  /** Runs a write, waiting out an outage of Neo4j (with word of it) up to the run's bound. */
  const throughOutage = async <T>(
    source: string,
    work: () => Promise<T>,
    onWait?: () => void,
  ): Promise<T> => {
    const result = await withRetry(work, {
      attempts: Number.POSITIVE_INFINITY,
      delayMs: 500,
      maxDelayMs: 2000,
      retryIf: (error) => isUnreachable(error) && outage.wait(),
      onRetry: (error, _attempt, pauseMs) => {
        onWait?.();
        options.onWait?.({
          source,
          error,
          outageSeconds: outage.seconds(),
          retryInSeconds: pauseMs / 1000,
          giveUpSeconds: outageWaitSeconds,
        });
      },
    });
    outageSince = undefined;
    return result;
  };
  const skip = (source: string, error: unknown) => {
    const reason = isUnreachable(error)
      ? `Neo4j was not reachable (waited ${Math.round(outage.seconds())} s): ${firstLine(error)}`
      : firstLine(error);
    summary.skipped.push({ source, reason });
  };

  const plan = async (item: ReadItem): Promise<Planned | undefined> => {
    if (isReadError(item)) return void summary.skipped.push({ source: item.source, reason: item.error });
    try {
      const extracted = await extract(item);
      if (item.storedId && extracted.article.id !== item.storedId)
        throw new Error(
          `reading the stored text again gives another article (${extracted.article.id}): not re-extracted`,
        );
      const { write } = planGraphWrite(extracted);
      summary.entitiesPlanned += write.entities.length;
      summary.claimsPlanned += write.claims.length;
      return { source: item.source, write };
    } catch (error) {
      skip(item.source, error);
      return undefined;
    }
  };

  /** `interrupted`: an outage cut the write off at least once before it went through. */
  const record = (source: string, result: WriteSummary, interrupted: boolean) => {
    summary.nodesCreated += result.nodesCreated;
    summary.relationshipsCreated += result.relationshipsCreated;
    const ignored = Object.keys(result.ignoredMetadata);
    if (ignored.length > 0) summary.metadataKept.push({ source, ignored });
    if (result.reextraction) {
      summary.reextracted++;
      summary.claimsRemoved += result.reextraction.claimsRemoved;
      summary.entitiesRemoved += result.reextraction.entitiesRemoved.length;
    } else if (result.nodesCreated === 0 && result.relationshipsCreated === 0 && !interrupted)
      summary.unchanged++;
    // A write cut off by an outage may have committed before its answer was lost; the retry then
    // finds the article stored, and it was written by this run, not before it.
    else summary.written++;
  };

  /** `interrupted`: the batch this article was in was cut off by an outage before it failed. */
  const writeOne = async ({ source, write }: Planned, interrupted = false) => {
    const reextract = { reextract: options.reextract ?? false };
    try {
      const written = await throughOutage(
        source,
        () => writeArticle(driver, write, undefined, reextract),
        () => {
          interrupted = true;
        },
      );
      record(source, written, interrupted);
    } catch (error) {
      skip(source, error);
    }
  };

  /** New articles in one transaction; if it fails, each alone, so only a bad one is skipped. */
  const writeRun = async (run: Planned[]) => {
    if (run.length === 0) return;
    if (run.length === 1) return writeOne(run[0]!);
    let interrupted = false;
    try {
      const totals = await throughOutage(
        run[0]!.source,
        () =>
          writeBatch(
            driver,
            run.map((p) => p.write),
          ),
        () => {
          interrupted = true;
        },
      );
      summary.written += run.length;
      summary.nodesCreated += totals.nodesCreated;
      summary.relationshipsCreated += totals.relationshipsCreated;
    } catch {
      // a batch whose commit an outage answered with silence is found stored on retry: a conflict
      for (const planned of run) await writeOne(planned, interrupted);
    }
  };

  /** A batch in order: runs of new articles together, an article stored before alone (a re-write). */
  const writeMany = async (batch: Planned[]) => {
    if (batch.length === 1) return writeOne(batch[0]!);
    let stored: Set<string>;
    try {
      stored = await throughOutage(batch[0]!.source, () =>
        existingArticles(
          driver,
          batch.map((p) => p.write.article.id),
        ),
      );
    } catch (error) {
      for (const planned of batch) skip(planned.source, error);
      return;
    }
    let run: Planned[] = [];
    for (const planned of batch) {
      if (!stored.has(planned.write.article.id)) {
        run.push(planned);
        continue;
      }
      await writeRun(run);
      run = [];
      await writeOne(planned);
    }
    await writeRun(run);
  };

  const writing = new Set<Promise<void>>();
  // Batches taken but still waiting for room to write: the end waits for them too. (A batch the
  // linger timer launched while the writes were full was once left out: the run returned
  // without it, and its articles were neither written nor reported.)
  const waiting = new Set<Promise<void>>();
  let batch: Planned[] = [];
  let linger: NodeJS.Timeout | undefined;
  const launchWhenRoom = async (full: Planned[]) => {
    // Room first: every waiting launch wakes when one write ends, and each checks again.
    while (writing.size >= limit) await Promise.race(writing);
    const task = writeMany(full).finally(() => {
      writing.delete(task);
      progress();
    });
    writing.add(task);
  };
  const launch = () => {
    clearTimeout(linger);
    const full = batch;
    batch = [];
    if (full.length === 0) return Promise.resolve();
    const launched = launchWhenRoom(full).finally(() => waiting.delete(launched));
    waiting.add(launched);
    return launched;
  };
  const add = async (planned: Planned | undefined) => {
    if (!planned) return progress();
    // A batch holds an article once: the same text again waits for the next batch.
    if (batch.some((p) => p.write.article.id === planned.write.article.id)) await launch();
    batch.push(planned);
    if (batch.length >= batchSize) await launch();
    else if (batch.length === 1) linger = setTimeout(() => void launch(), options.lingerMs ?? 1000);
  };

  const extracting = new Set<Promise<void>>();
  try {
    for await (const item of items) {
      summary.read++;
      const task = plan(item)
        .then(add)
        .finally(() => extracting.delete(task));
      extracting.add(task);
      while (extracting.size >= extractLimit) await Promise.race(extracting);
    }
    await Promise.all(extracting);
    await launch();
    await Promise.all(waiting);
    await Promise.all(writing);
  } finally {
    await pool?.close();
  }
  progress();
  return summary;
}
