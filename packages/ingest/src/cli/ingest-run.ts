// What `pnpm ingest` and `pnpm reextract` share: the connection, word of an outage while it is
// waited out, progress (a bar on a terminal, plain lines in CI or a pipe) and the summary.
import { connectNeo4j, ensureSchema, neo4jConfig, unreachableMessage } from '@shabaka/db';
import type { Driver } from 'neo4j-driver';
import { type IngestOptions, type IngestSummary, ingest, type OutageWait } from '../ingest.ts';
import type { ReadItem } from '../stages/read.ts';

/** While Neo4j is away, one line every few seconds says what the run waits for. */
const WAIT_NOTICE_EVERY_MS = 5000;
/** Off a terminal, one plain progress line this often. */
const PLAIN_PROGRESS_EVERY_MS = 10_000;

export function progressLine(s: IngestSummary, total?: number): string {
  const done = s.written + s.unchanged + s.reextracted + s.skipped.length;
  const of = total ?? s.read;
  const rate = s.seconds > 0 ? done / s.seconds : 0;
  const width = 30;
  const filled = of > 0 ? Math.min(width, Math.round((done / of) * width)) : 0;
  const eta = total !== undefined && rate > 0 ? `  ETA ${Math.round((total - done) / rate)} s` : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${of} articles  ${rate.toFixed(1)}/s${eta}  ${s.skipped.length} skipped`;
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `articles read:      ${s.read}`,
    `written:            ${s.written}`,
    `unchanged:          ${s.unchanged} (already ingested, same content)`,
    ...(s.reextracted > 0
      ? [
          `re-extracted:       ${s.reextracted} (${s.claimsRemoved} older claims replaced, ${s.entitiesRemoved} entities no longer named removed)`,
        ]
      : []),
    ...(s.metadataKept.length > 0
      ? [`first metadata kept: ${s.metadataKept.length} (same text ingested before; new values not applied)`]
      : []),
    ...s.metadataKept.map((x) => `  ${x.source}: ${x.ignored.join(', ')} ignored`),
    `skipped:            ${s.skipped.length}`,
    ...s.skipped.map((x) => `  ${x.source}: ${x.reason}`),
    `entities planned:   ${s.entitiesPlanned}`,
    `claims planned:     ${s.claimsPlanned}`,
    `nodes created:      ${s.nodesCreated}`,
    `relationships created: ${s.relationshipsCreated}`,
    `time:               ${s.seconds.toFixed(1)} s`,
  ];
  return lines.join('\n');
}

/** Connects (and creates the schema), or says why it cannot and returns undefined. */
export async function connectForCommand(command: string): Promise<Driver | undefined> {
  try {
    const driver = await connectNeo4j();
    await ensureSchema(driver, neo4jConfig().database);
    return driver;
  } catch (error) {
    console.error(`${command}: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/**
 * Runs the ingest over `items` with progress on stderr and the summary on stdout; the exit code:
 * 1 when any article was not written (nothing is lost silently), else 0.
 */
export async function runIngestCommand(
  command: string,
  driver: Driver,
  items: AsyncIterable<ReadItem>,
  options: IngestOptions & { total?: number },
): Promise<number> {
  const { uri } = neo4jConfig();
  const tty = process.stderr.isTTY;
  let lastWaitNotice = Number.NEGATIVE_INFINITY;
  const onWait = (wait: OutageWait) => {
    if (performance.now() - lastWaitNotice < WAIT_NOTICE_EVERY_MS) return;
    lastWaitNotice = performance.now();
    process.stderr.write(
      `${tty ? '\n' : ''}${command}: ${unreachableMessage(uri, wait.error)} Waiting for it: ${Math.round(wait.outageSeconds)} s so far, giving up after ${wait.giveUpSeconds} s.\n`,
    );
  };
  let lastPlain = performance.now();
  const onProgress = (s: IngestSummary) => {
    if (tty) return void process.stderr.write(`\r${progressLine(s, options.total)}`);
    if (performance.now() - lastPlain < PLAIN_PROGRESS_EVERY_MS) return;
    lastPlain = performance.now();
    process.stderr.write(`${command}: ${progressLine(s, options.total)}\n`);
  };
  const summary = await ingest(driver, items, { ...options, onWait, onProgress });
  if (tty) process.stderr.write('\n');
  console.log(formatSummary(summary));
  return summary.skipped.length > 0 ? 1 : 0;
}
