// The ingest run: read → extract → plan → write, one transaction per article, a few in flight at
// once. Bad items are reported and skipped; the rest goes on. Writing the same content twice
// creates nothing (deterministic ids), which the summary reports as unchanged. An outage of
// Neo4j is waited out, with word of it, for a bounded time; then its articles are skipped.
import { isUnreachable, withRetry } from '@shabaka/db';
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

export interface IngestOptions {
  /** Articles written at once, each in its own transaction; default 4 (on 2 cores, 2 to 4 measured best: more only waits on locks of shared nodes). */
  concurrency?: number;
  onProgress?: (summary: IngestSummary) => void;
  /** The extractor; default the rule engine. An article it throws on is reported and skipped. */
  extract?: (input: ExtractInput) => ArticleExtraction | Promise<ArticleExtraction>;
  /** How long an outage of Neo4j is waited out before articles are skipped; default 300 s. */
  outageWaitSeconds?: number;
  onWait?: (wait: OutageWait) => void;
  /** Replace the claims of articles written before by the extractor's (see `writeArticle`). */
  reextract?: boolean;
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
  const inFlight = new Set<Promise<void>>();
  const limit = options.concurrency ?? 4;
  const extract = options.extract ?? extractArticle;
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
    over: () => {
      outageSince = undefined;
    },
  };

  const one = async (item: ReadItem) => {
    if (isReadError(item)) {
      summary.skipped.push({ source: item.source, reason: item.error });
      return;
    }
    try {
      const extracted = await extract(item);
      if (item.storedId && extracted.article.id !== item.storedId)
        throw new Error(
          `reading the stored text again gives another article (${extracted.article.id}): not re-extracted`,
        );
      const { write } = planGraphWrite(extracted);
      summary.entitiesPlanned += write.entities.length;
      summary.claimsPlanned += write.claims.length;
      const reextract = { reextract: options.reextract ?? false };
      const result = await withRetry(() => writeArticle(driver, write, undefined, reextract), {
        attempts: Number.POSITIVE_INFINITY,
        delayMs: 500,
        maxDelayMs: 2000,
        retryIf: (error) => isUnreachable(error) && outage.wait(),
        onRetry: (error, _attempt, pauseMs) =>
          options.onWait?.({
            source: item.source,
            error,
            outageSeconds: outage.seconds(),
            retryInSeconds: pauseMs / 1000,
            giveUpSeconds: outageWaitSeconds,
          }),
      });
      outage.over();
      summary.nodesCreated += result.nodesCreated;
      summary.relationshipsCreated += result.relationshipsCreated;
      const ignored = Object.keys(result.ignoredMetadata);
      if (ignored.length > 0) summary.metadataKept.push({ source: item.source, ignored });
      if (result.reextraction) {
        summary.reextracted++;
        summary.claimsRemoved += result.reextraction.claimsRemoved;
        summary.entitiesRemoved += result.reextraction.entitiesRemoved.length;
      } else if (result.nodesCreated === 0 && result.relationshipsCreated === 0) summary.unchanged++;
      else summary.written++;
    } catch (error) {
      const reason = isUnreachable(error)
        ? `Neo4j was not reachable (waited ${Math.round(outage.seconds())} s): ${(error as Error).message.split('\n')[0]}`
        : (error as Error).message.split('\n')[0]!;
      summary.skipped.push({ source: item.source, reason });
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
