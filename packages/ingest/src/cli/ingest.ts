// `pnpm ingest PATH...`: reads articles, extracts, writes them to Neo4j (NEO4J_URI, else the
// local server), with a progress bar on a terminal and a summary at the end.
import { connectNeo4j, ensureSchema } from '@shabaka/db';
import { type IngestSummary, ingest } from '../ingest.ts';
import { type Extract, extractorFromArgs } from '../extractors.ts';
import { readArticles } from '../read.ts';

const USAGE = `usage: pnpm ingest [--extractor rules|llm] PATH... (files, directories, or - for stdin)
  Reads .txt, .md, .html and .jsonl articles and writes them to Neo4j, one transaction each.
  --extractor llm asks the OpenAI-compatible API of SHABAKA_LLM_URL instead of the rule engine.`;

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
  const driver = await connectNeo4j();
  const tty = process.stderr.isTTY;
  try {
    await ensureSchema(driver);
    const summary = await ingest(driver, readArticles(paths), {
      extract,
      onProgress: tty ? (s) => process.stderr.write(`\r${progressLine(s)}`) : undefined,
    });
    if (tty) process.stderr.write('\n');
    console.log(formatSummary(summary));
    return summary.skipped.length > 0 && summary.written + summary.unchanged === 0 ? 1 : 0;
  } finally {
    await driver.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
