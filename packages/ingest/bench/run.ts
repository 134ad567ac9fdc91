// `pnpm bench`: articles per second for extraction alone and for ingest into the real Neo4j, on a
// synthetic corpus generated from the fixtures (default 2,000 articles; BENCH_SIZE to change):
//   - ingest one by one (one transaction per article, 4 in flight: the ingest before batching);
//   - ingest in batches (the default), extracting in the main thread and, as `pnpm ingest` does,
//     in a worker thread, with the process's memory (RSS) as it goes;
//   - the write path alone (extraction done beforehand), for several batch sizes;
//   - the limit: the same planned graph written by plain CREATEs in big UNWIND batches, and by
//     `neo4j-admin database import` into the stopped private server (then its schema built); each
//     ingest's throughput as a fraction of the faster.
// Ingest writes into NEO4J_URI when set, else into a private local server (BENCH_NEO4J_PORT,
// default 7699; home .neo4j/bench), warmed until its JIT compiler rests and emptied before each
// measurement, so that the benchmark never touches the graph of `pnpm up`. BENCH_ONE_BY_ONE=0
// skips the slow one-by-one run; above BENCH_PLANNED_MAX articles (5,000) the runs that hold the
// planned corpus in memory are skipped, so that a run of 100,000 measures the streaming ingest's
// memory alone.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectNeo4j, emptyDatabase, ensureSchema, localNeo4jStatus } from '@shabaka/db';
import type { ArticleExtraction, GraphWrite } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_BATCH_SIZE, type IngestOptions, type IngestSummary, ingest } from '../src/ingest.ts';
import { type ExtractInput, extractArticle } from '../src/pipeline.ts';
import { planGraphWrite } from '../src/stages/plan.ts';
import type { ReadItem } from '../src/stages/read.ts';
import { loadTemplates, syntheticCorpus } from './corpus.ts';
import { importPlannedGraph } from './import-limit.ts';
import { writePlannedGraph } from './limit.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const size = Number(process.env.BENCH_SIZE ?? 2000);
const plannedMax = Number(process.env.BENCH_PLANNED_MAX ?? 5000);
const skipIngest = process.argv.includes('--extract-only');
const MB = 1024 * 1024;

// The seed article's folder beside the repository joins the templates where it exists.
const templates = loadTemplates(
  [join(ROOT, '..', 'shared', 'fixtures'), join(ROOT, 'packages', 'ingest', 'fixtures', 'articles')].filter(
    (dir) => existsSync(dir),
  ),
);
console.log(`corpus: ${size} articles from ${templates.length} fixtures`);

// Extraction is timed twice, in CPU time (the machine is shared: it says what the engine costs
// whatever else runs): cold, the first BENCH_WARMUP articles after start-up (V8 still compiling,
// the word caches filling), then at the steady state an archive ingest runs at, on the corpus
// itself (at most BENCH_PLANNED_MAX, kept for the runs that need it planned). The warm-up articles
// follow the corpus in the same synthetic stream, so no timed article was read before. Neither
// pass keeps its extractions (holding thousands would time the garbage collector instead).
const sample = Math.max(20, Math.min(size, plannedMax));
const warmup = Number(process.env.BENCH_WARMUP ?? 1000);
/** The extraction speed the engine must keep on one core (the declared-rules issue). */
const EXTRACT_BAR = 300;
const stream = [...syntheticCorpus(templates, sample + warmup)];
const texts = stream.slice(0, sample);
const cold = timeExtraction(stream.slice(sample));
const steady = timeExtraction(texts);
console.log(
  `extract: ${steady.rate.toFixed(0)} articles/s of CPU at the steady state, ${(steady.rate / EXTRACT_BAR).toFixed(2)}× the ${EXTRACT_BAR} articles/s bar (${sample} articles in ${steady.seconds.toFixed(1)} s, ${steady.persons} persons); cold start: ${cold.rate.toFixed(0)} articles/s over the first ${warmup}`,
);

function timeExtraction(corpus: readonly string[]): { rate: number; seconds: number; persons: number } {
  const cpu = process.cpuUsage();
  let persons = 0;
  for (const text of corpus) persons += extractArticle({ text }).extraction.persons.length;
  const { user, system } = process.cpuUsage(cpu);
  const seconds = (user + system) / 1e6;
  return { rate: corpus.length / seconds, seconds, persons };
}
// Held for the write path and the limit; above BENCH_PLANNED_MAX only the warm-up's few, so that
// the streaming runs' memory is theirs alone.
const held = skipIngest ? 0 : size <= plannedMax ? sample : 20;
const extractions = new Map<string, ArticleExtraction>(
  texts.slice(0, held).map((text, i) => [`synthetic-${i}`, extractArticle({ text })]),
);

async function* items(count = size): AsyncGenerator<ReadItem> {
  let i = 0;
  for (const text of syntheticCorpus(templates, count)) yield { source: `synthetic-${i++}`, text, meta: {} };
}

/** CPU seconds a process has used so far, from /proc (Linux; clock ticks of 1/100 s). */
function processCpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** The private server's JVM, whose CPU the figures add to the ingest's. */
let neo4jPid: number | undefined;

/**
 * Starts counting CPU. The function returned tells what an article cost since, the ingest
 * process's (all its threads) and Neo4j's, and so the most articles per second this machine's
 * cores could give were both always busy.
 */
function cpuClock(): (articles: number) => string {
  const own = process.cpuUsage();
  const server = neo4jPid === undefined ? undefined : processCpuSeconds(neo4jPid);
  return (articles) => {
    const { user, system } = process.cpuUsage(own);
    const ownMs = (user + system) / 1000 / articles;
    const now = neo4jPid === undefined ? undefined : processCpuSeconds(neo4jPid);
    if (server === undefined || now === undefined) return `CPU per article: ingest ${ownMs.toFixed(1)} ms`;
    const serverMs = (1000 * (now - server)) / articles;
    const cores = availableParallelism();
    return `CPU per article: ingest ${ownMs.toFixed(1)} ms + Neo4j ${serverMs.toFixed(1)} ms; on ${cores} cores at most ${((1000 * cores) / (ownMs + serverMs)).toFixed(0)} articles/s`;
  };
}

/** Runs an ingest from an empty database; prints its rate, its CPU, and the RSS at each quarter. */
async function measure(driver: Driver, title: string, options: IngestOptions, total: number) {
  await emptyDatabase(driver);
  await ensureSchema(driver);
  const quarters: string[] = [];
  const onProgress = (s: IngestSummary) => {
    const done = s.written + s.unchanged + s.skipped.length;
    if (done >= ((quarters.length + 1) / 4) * total)
      quarters.push(`${done}: ${Math.round(process.memoryUsage().rss / MB)} MB`);
  };
  const started = performance.now();
  const cpu = cpuClock();
  const s = await ingest(driver, items(), { ...options, onProgress });
  const seconds = (performance.now() - started) / 1000;
  const rate = (s.written + s.unchanged) / seconds;
  console.log(
    `${title} ${rate.toFixed(1)} articles/s (${s.written} written, ${s.unchanged} unchanged, ${s.skipped.length} skipped, ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ${seconds.toFixed(1)} s)`,
  );
  console.log(`  ${cpu(s.written + s.unchanged)}`);
  console.log(`  RSS at ${quarters.join(', ')}`);
  for (const x of s.skipped.slice(0, 5)) console.log(`  skipped ${x.source}: ${x.reason}`);
  return rate;
}

const plannedWrites = () => [
  ...new Map(
    [...extractions.values()].map((x) => planGraphWrite(x).write).map((w) => [w.article.id, w]),
  ).values(),
];

/** The warm-up's rounds: batched ingests of this many articles, until Neo4j idles (at most 10). */
const WARMUP_ROUND = 500;
/** Neo4j's CPU at rest (cores) under which its JIT compiler is taken to be done. */
const SETTLED_CORES = 0.1;

/** Neo4j's CPU (cores) over two seconds of no requests: its background compilation, mostly. */
async function neo4jIdleCores(): Promise<number> {
  const cpu = () => (neo4jPid === undefined ? undefined : processCpuSeconds(neo4jPid));
  const before = cpu();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const after = cpu();
  return before === undefined || after === undefined ? 0 : (after - before) / 2;
}

/**
 * Every statement each measurement runs planned once beforehand (planning one takes up to a
 * second or two here), and the server's JVM compiled until it idles: a fresh server's compiler
 * threads take a third of a core for its first minute or two, and its Neo4j CPU per article was
 * four times the settled figure. So no figure counts either: they measure writing.
 */
async function warmUp(driver: Driver): Promise<void> {
  // Held extractions where there are enough (a streaming run holds 20), else the rule engine's.
  const lookup = (item: ExtractInput) => extractions.get((item as ReadItem).source)!;
  const round = async (batchSize: number, count: number) => {
    await emptyDatabase(driver);
    await ensureSchema(driver);
    await ingest(driver, items(count), { batchSize, ...(count <= held ? { extract: lookup } : {}) });
  };
  await round(1, 20);
  let rounds = 0;
  let idle = Number.POSITIVE_INFINITY;
  while (rounds < 10 && idle >= SETTLED_CORES) {
    await round(DEFAULT_BATCH_SIZE, WARMUP_ROUND);
    rounds++;
    idle = await neo4jIdleCores();
  }
  console.log(
    `warm-up: ${rounds} batched ingests of ${WARMUP_ROUND} articles; Neo4j then used ${idle.toFixed(2)} cores at rest`,
  );
  await emptyDatabase(driver);
  await writePlannedGraph(driver, plannedWrites().slice(0, 20));
}

async function limit(driver: Driver, writes: readonly GraphWrite[]): Promise<number> {
  await emptyDatabase(driver);
  await ensureSchema(driver);
  const started = performance.now();
  const cpu = cpuClock();
  await writePlannedGraph(driver, writes);
  const seconds = (performance.now() - started) / 1000;
  const rate = writes.length / seconds;
  console.log(
    `limit:   ${rate.toFixed(1)} articles/s (the planned graph by plain CREATEs in UNWIND batches of 10,000 rows, ${seconds.toFixed(1)} s)`,
  );
  console.log(`  ${cpu(writes.length)}`);
  return rate;
}

/** The limit by import: the private server is stopped, imported into and started again. */
async function importLimit(
  server: { home: string; port: number },
  writes: readonly GraphWrite[],
): Promise<number> {
  const { driver, importSeconds, schemaSeconds } = await importPlannedGraph(server, writes);
  try {
    neo4jPid = (await localNeo4jStatus(server)).serverPid;
    const { records } = await driver.executeQuery(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
    const seconds = importSeconds + schemaSeconds;
    const rate = writes.length / seconds;
    console.log(
      `limit by import: ${rate.toFixed(1)} articles/s (neo4j-admin database import of the planned graph, ${records[0]!.get('nodes')} nodes and ${records[0]!.get('relationships')} relationships, ${importSeconds.toFixed(1)} s with the tool's start-up, then its schema, ${schemaSeconds.toFixed(1)} s; the server's restart not counted)`,
    );
    return rate;
  } finally {
    await driver.close();
  }
}

if (!skipIngest) {
  const privateServer = !process.env.NEO4J_URI;
  const port = Number(process.env.BENCH_NEO4J_PORT ?? 7699);
  const home = join(ROOT, '.neo4j', 'bench');
  const driver = await connectNeo4j(privateServer ? { port, home } : {});
  if (privateServer) neo4jPid = (await localNeo4jStatus({ port, home })).serverPid;
  try {
    // A user's own NEO4J_URI is never wiped: there only the default ingest is measured, once.
    if (!privateServer) {
      await ensureSchema(driver);
      await ingest(driver, items()).then((s) => console.log(`ingest: ${s.written} written`));
    } else {
      await warmUp(driver);
      const rates: Array<[string, number]> = [];
      if (process.env.BENCH_ONE_BY_ONE !== '0')
        rates.push([
          'one by one',
          await measure(driver, 'ingest one by one:', { batchSize: 1, concurrency: 4 }, size),
        ]);
      rates.push(['batched', await measure(driver, 'ingest batched:   ', {}, size)]);
      rates.push([
        'batched, rules in a worker thread (pnpm ingest)',
        await measure(driver, 'ingest batched, rules in a worker thread:', { extractWorkers: 1 }, size),
      ]);
      if (size <= plannedMax) {
        // The write path alone: extraction done beforehand, each batch size from an empty graph.
        const extract = (item: ExtractInput) => extractions.get((item as ReadItem).source)!;
        for (const batchSize of (process.env.BENCH_BATCH_SIZES ?? '25,100,250').split(',').map(Number)) {
          const title = `write path, batches of ${batchSize}:`;
          rates.push([title, await measure(driver, title, { batchSize, extract }, size)]);
        }
        const writes = plannedWrites();
        const best = Math.max(await limit(driver, writes), await importLimit({ home, port }, writes));
        for (const [title, rate] of rates)
          console.log(`  ${title} ${((100 * rate) / best).toFixed(1)}% of the limit`);
      }
    }
  } finally {
    await driver.close();
  }
}
