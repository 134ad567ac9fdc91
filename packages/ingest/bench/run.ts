// `pnpm bench`: articles per second for extraction alone and for ingest into the real Neo4j, on a
// synthetic corpus generated from the fixtures (default 2,000 articles; BENCH_SIZE to change).
// Ingest writes into NEO4J_URI when set, else into a private local server (port 7699,
// home .neo4j/bench) so that the benchmark never touches the graph of `pnpm up`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectNeo4j, emptyDatabase, ensureSchema } from '@shabaka/db';
import { ingest } from '../src/ingest.ts';
import { extractArticle } from '../src/pipeline.ts';
import type { ReadItem } from '../src/read.ts';
import { loadTemplates, syntheticCorpus } from './corpus.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const size = Number(process.env.BENCH_SIZE ?? 2000);
const skipIngest = process.argv.includes('--extract-only');

// The seed article's folder beside the repository joins the templates where it exists.
const templates = loadTemplates(
  [join(ROOT, '..', 'shared', 'fixtures'), join(ROOT, 'packages', 'ingest', 'fixtures', 'articles')].filter(
    (dir) => existsSync(dir),
  ),
);
const corpus = [...syntheticCorpus(templates, size)];
console.log(`corpus: ${corpus.length} articles from ${templates.length} fixtures`);

// Warm up the JIT on a few articles, then time the whole corpus.
for (const text of corpus.slice(0, 20)) extractArticle({ text });
// The machine is shared: CPU time says what the engine costs whatever else is running.
let t = performance.now();
const cpu = process.cpuUsage();
let persons = 0;
for (const text of corpus) persons += extractArticle({ text }).extraction.persons.length;
const extractSeconds = (performance.now() - t) / 1000;
const { user, system } = process.cpuUsage(cpu);
const cpuSeconds = (user + system) / 1e6;
console.log(
  `extract: ${(corpus.length / extractSeconds).toFixed(0)} articles/s wall, ${(corpus.length / cpuSeconds).toFixed(0)} articles/s of CPU (${corpus.length} in ${extractSeconds.toFixed(1)} s, ${persons} persons)`,
);

if (!skipIngest) {
  const privateServer = !process.env.NEO4J_URI;
  const driver = await connectNeo4j(privateServer ? { port: 7699, home: join(ROOT, '.neo4j', 'bench') } : {});
  try {
    // The private bench server starts empty each run, so every article is really written; a
    // user's own NEO4J_URI is never wiped (a second run there measures the unchanged path).
    if (privateServer) await emptyDatabase(driver);
    await ensureSchema(driver);
    async function* items(): AsyncGenerator<ReadItem> {
      for (const [i, text] of corpus.entries()) yield { source: `synthetic-${i}`, text, meta: {} };
    }
    t = performance.now();
    const summary = await ingest(driver, items(), {
      concurrency: Number(process.env.BENCH_CONCURRENCY ?? 4),
    });
    const ingestSeconds = (performance.now() - t) / 1000;
    const done = summary.written + summary.unchanged;
    console.log(
      `ingest:  ${(done / ingestSeconds).toFixed(1)} articles/s (${summary.written} written, ${summary.unchanged} unchanged, ${summary.skipped.length} skipped, ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created, ${ingestSeconds.toFixed(1)} s)`,
    );
    for (const s of summary.skipped.slice(0, 5)) console.log(`  skipped ${s.source}: ${s.reason}`);
  } finally {
    await driver.close();
  }
}
