// `pnpm bench:api [--load]`: load test of the API against NEO4J_URI (or the local server).
// With --load, first adds the synthetic graph (100,000 entities, 500,000 claims) when the
// database has fewer entities than that. Starts the server as its own process (so the load
// generator does not share its event loop), then prints requests/s and p50/p95/p99 per scenario,
// then runs the mixed run of bench/mixed.ts (BENCH_MIXED_CLIENTS, default 40, for
// BENCH_MIXED_SECONDS, default 30) and exits 1 if a request was not answered or Neo4j went down.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { connectNeo4j, ensureSchema } from '@shabaka/db';
import { ingest, sampleArticles } from '@shabaka/ingest';
import autocannon from 'autocannon';
import { any, type MixedIds, mixedRun, percentile, searchPath } from './mixed.ts';
import { loadSynthetic } from './synthetic.ts';

const SIZE = { entities: 100_000, claims: 500_000 };
const PORT = Number(process.env.BENCH_PORT ?? 8787);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const MIXED_CLIENTS = Number(process.env.BENCH_MIXED_CLIENTS ?? 40);
const MIXED_SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 30);
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

const log = (line: string) => console.log(line);

async function prepare(): Promise<MixedIds> {
  const driver = await connectNeo4j();
  try {
    await ensureSchema(driver);
    const count = async () =>
      (await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n')).records[0]!.get(
        'n',
      ).toNumber() as number;
    if ((await count()) < SIZE.entities) {
      if (!process.argv.includes('--load')) {
        throw new Error(
          `The database has fewer than ${SIZE.entities} entities: run with --load to add the synthetic graph.`,
        );
      }
      log('loading the sample articles and the synthetic graph…');
      await ingest(driver, sampleArticles());
      const started = Date.now();
      await loadSynthetic(driver, SIZE, log);
      log(`loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const ids = async (label: string) =>
      (
        await driver.executeQuery(
          `MATCH (n:${label}) WHERE n.synthetic RETURN n.id AS id SKIP 1000 LIMIT 500`,
        )
      ).records.map((r) => r.get('id') as string);
    const totals = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS r');
    log(`graph: ${await count()} entities, ${totals.records[0]!.get('r').toNumber()} relationships`);
    const claims = await driver.executeQuery(
      "MATCH ()-[r]->() WHERE r.id STARTS WITH 'syn-clm-' RETURN r.id AS id LIMIT 500",
    );
    return {
      personIds: await ids('Person'),
      orgIds: await ids('Organization'),
      claimIds: claims.records.map((r) => r.get('id') as string),
    };
  } finally {
    await driver.close();
  }
}

function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: String(PORT),
      SHABAKA_LOG: 'silent',
      SHABAKA_RATE_LIMIT_PER_MINUTE: '100000000',
      SHABAKA_CYPHER_RATE_LIMIT_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
}

interface Scenario {
  name: string;
  target: string;
  requests: () => { method: 'GET' | 'POST'; path: string; body?: string };
}

async function run(scenario: Scenario): Promise<void> {
  const latencies: number[] = [];
  let errors = 0;
  const options: autocannon.Options = {
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        setupRequest: (req) => {
          const next = scenario.requests();
          return {
            ...req,
            method: next.method,
            path: next.path,
            headers: { 'content-type': 'application/json' },
            ...(next.body ? { body: next.body } : {}),
          };
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (status >= 400) errors++;
    });
  });
  latencies.sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(1).padStart(7);
  log(
    `${scenario.name.padEnd(22)} ${String(Math.round(result.requests.average)).padStart(6)} req/s  p50 ${fmt(percentile(latencies, 50))} ms  p95 ${fmt(percentile(latencies, 95))} ms  p99 ${fmt(percentile(latencies, 99))} ms  errors ${errors}/${latencies.length}   (target ${scenario.target})`,
  );
}

async function main(): Promise<void> {
  const ids = await prepare();
  const { personIds, orgIds } = ids;
  const server = await startServer();
  try {
    const scenarios: Scenario[] = [
      {
        name: 'search',
        target: 'p95 < 50 ms',
        requests: () => ({ method: 'GET', path: searchPath() }),
      },
      {
        name: 'neighbours depth 1',
        target: 'p95 < 50 ms',
        requests: () => ({ method: 'GET', path: `/api/entities/${any(personIds)}/neighbors?depth=1` }),
      },
      {
        name: 'neighbours depth 2',
        target: 'p95 < 200 ms',
        requests: () => ({ method: 'GET', path: `/api/entities/${any(orgIds)}/neighbors?depth=2&limit=150` }),
      },
      {
        name: 'cypher (roles of org)',
        target: 'typical query',
        requests: () => ({
          method: 'POST',
          path: '/api/cypher',
          body: JSON.stringify({
            query:
              'MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization {id: $id}) RETURN p.name, r.role, r.asOf ORDER BY r.asOf DESC LIMIT 25',
            params: { id: any(orgIds) },
          }),
        }),
      },
    ];
    log(`${CONNECTIONS} connections, ${SECONDS} s per scenario`);
    for (const scenario of scenarios) await run(scenario);
    const answered = await mixedRun(ids, {
      baseUrl: `http://127.0.0.1:${PORT}`,
      serverPid: server.pid!,
      clients: MIXED_CLIENTS,
      seconds: MIXED_SECONDS,
      log,
    });
    if (!answered) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
