// `pnpm ingest PATH...`: reads articles, extracts, writes them to Neo4j (NEO4J_URI, else the
// local server), with a progress bar on a terminal and a summary at the end.
import { connectNeo4j, ensureSchema, neo4jConfig, unreachableMessage } from '@shabaka/db';
import type { Driver } from 'neo4j-driver';
import { type IngestSummary, ingest, type OutageWait } from '../ingest.ts';
import { type Extract, extractorFromArgs } from '../extractors.ts';
import { readArticles } from '../read.ts';

const USAGE = `usage: pnpm ingest [--extractor rules|llm] PATH... (files, directories, or - for stdin)
  Reads .txt, .md, .html and .jsonl articles and writes them to Neo4j, one transaction each.
  An outage of Neo4j is waited out for up to 300 s, with a notice every few seconds. Exits 1
  when any article was not written (each is listed with its reason).
  --extractor llm asks the OpenAI-compatible API of SHABAKA_LLM_URL instead of the rule engine.`;

/** While Neo4j is away, one line every few seconds says what the run waits for. */
const WAIT_NOTICE_EVERY_MS = 5000;

function progressLine(s: IngestSummary): string {
  const done = s.written + s.unchanged + s.skipped.length;
  const rate = s.seconds > 0 ? (done / s.seconds).toFixed(1) : '0';
  const width = 30;
  const filled = s.read > 0 ? Math.round((done / s.read) * width) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${s.read} articles  ${rate}/s`;
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `articles read:      ${s.read}`,
    `written:            ${s.written}`,
    `unchanged:          ${s.unchanged} (already ingested, same content)`,
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

async function main(argv: string[]): Promise<number> {
  let extract: Extract;
  let paths: string[];
  try {
    ({ extract, rest: paths } = extractorFromArgs(argv));
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    return 2;
  }
  if (paths.length === 0 || paths.includes('--help') || paths.includes('-h')) {
    console.error(USAGE);
    return paths.length === 0 ? 2 : 0;
  }
  const { uri } = neo4jConfig();
  let driver: Driver;
  try {
    driver = await connectNeo4j();
    await ensureSchema(driver);
  } catch (error) {
    console.error(`ingest: ${(error as Error).message.split('\n')[0]}`);
    return 1;
  }
  const tty = process.stderr.isTTY;
  let lastWaitNotice = Number.NEGATIVE_INFINITY;
  const onWait = (wait: OutageWait) => {
    if (performance.now() - lastWaitNotice < WAIT_NOTICE_EVERY_MS) return;
    lastWaitNotice = performance.now();
    process.stderr.write(
      `${tty ? '\n' : ''}ingest: ${unreachableMessage(uri, wait.error)} Waiting for it: ${Math.round(wait.outageSeconds)} s so far, giving up after ${wait.giveUpSeconds} s.\n`,
    );
  };
  try {
    const summary = await ingest(driver, readArticles(paths), {
      extract,
      onWait,
      onProgress: tty ? (s) => process.stderr.write(`\r${progressLine(s)}`) : undefined,
    });
    if (tty) process.stderr.write('\n');
    console.log(formatSummary(summary));
    // Nothing is lost silently: any article not written makes the run fail.
    return summary.skipped.length > 0 ? 1 : 0;
  } finally {
    await driver.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
