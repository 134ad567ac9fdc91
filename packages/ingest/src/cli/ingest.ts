// `pnpm ingest PATH...`: reads articles, extracts, writes them to Neo4j (NEO4J_URI, else the
// local server), with a progress bar on a terminal and a summary at the end.
import { extractorOfKind, parseExtractorOption } from '../extractors.ts';
import type { IngestOptions } from '../ingest.ts';
import { readArticles } from '../stages/read.ts';
import { type Shard, shardFromArgs, shardOf } from '../shard.ts';
import { connectForCommand, runIngestCommand } from './ingest-run.ts';

const USAGE = `usage: pnpm ingest [--extractor rules|llm] [--reextract] [--shard i/n] PATH... (files, directories, or - for stdin)
  Reads .txt, .md, .html and .jsonl articles and writes them to Neo4j, 100 a transaction.
  An outage of Neo4j is waited out for up to 300 s, with a notice every few seconds. Exits 1
  when any article was not written (each is listed with its reason).
  --extractor llm asks the OpenAI-compatible API of SHABAKA_LLM_URL instead of the rule engine.
  --reextract replaces the claims an article ingested before holds from the same extractor family
  with this run's (other extractors' claims and SAME_AS judgements stay); see also pnpm reextract.
  --shard i/n writes only the i-th of n shares of the items (by a hash of each file or line's
  name), for n processes on n machines to split one archive into one Neo4j.`;

async function main(argv: string[]): Promise<number> {
  let extraction: Pick<IngestOptions, 'extract' | 'extractWorkers'>;
  let paths: string[];
  let shard: Shard | undefined;
  const reextract = argv.includes('--reextract');
  try {
    const sharded = shardFromArgs(argv.filter((arg) => arg !== '--reextract'));
    shard = sharded.shard;
    const { extractor, rest } = parseExtractorOption(sharded.rest);
    paths = rest;
    // The rule engine runs in a worker thread beside the writes; another extractor in this one.
    extraction = extractor === 'rules' ? { extractWorkers: 1 } : { extract: extractorOfKind(extractor) };
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    return 2;
  }
  if (paths.length === 0 || paths.includes('--help') || paths.includes('-h')) {
    console.error(USAGE);
    return paths.length === 0 ? 2 : 0;
  }
  const driver = await connectForCommand('ingest');
  if (!driver) return 1;
  try {
    const items = shard ? shardOf(readArticles(paths), shard) : readArticles(paths);
    return await runIngestCommand('ingest', driver, items, { ...extraction, reextract });
  } finally {
    await driver.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
