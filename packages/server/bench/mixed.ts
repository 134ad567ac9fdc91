// The mixed run of `pnpm bench:api`: many clients at once on 127.0.0.1, each sending a random mix
// of search, neighbours, claims and Cypher requests, hostile Cypher included (see the safety model
// in packages/server/README.md). Every request must be answered with 2xx, 4xx, 503 (busy) or 504
// (the query's own timeout): a 500, a hang or a connection error is a failure. Prints each
// request kind's outcomes and p50/p95/p99, the server's RSS before, at peak and after, and
// whether Neo4j answered the health checks during the run and at the end.
import fs from 'node:fs';

export interface MixedIds {
  personIds: string[];
  orgIds: string[];
  claimIds: string[];
}

export interface MixedOptions {
  baseUrl: string;
  serverPid: number;
  clients: number;
  seconds: number;
  log: (line: string) => void;
}

interface Request {
  method: 'GET' | 'POST';
  path: string;
  /** JSON text, written out beforehand: the deep parameters are beyond JSON.stringify. */
  body?: string;
}

interface Kind {
  name: string;
  weight: number;
  /** The answer the safety model promises, printed beside the figures. */
  expect: string;
  next: () => Request;
}

/** No answer within this long is a hang: the longest legitimate one is a 10 s query plus the worker's 5 s grace. */
const HANG_MS = 20_000;
const OUTCOMES = ['2xx', '4xx', '503', '504', '500/other', 'hang', 'conn error'] as const;
type Outcome = (typeof OUTCOMES)[number];
const FAILURES: readonly Outcome[] = ['500/other', 'hang', 'conn error'];

export const any = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
const cypher = (query: string, params?: Record<string, unknown>, timeoutMs?: number): Request => ({
  method: 'POST',
  path: '/api/cypher',
  body: JSON.stringify({ query, ...(params ? { params } : {}), ...(timeoutMs ? { timeoutMs } : {}) }),
});
/** A list parameter `depth` lists deep, as JSON text. */
const nestedJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const deepParam = (depth: number): Request => ({
  method: 'POST',
  path: '/api/cypher',
  body: `{"query": "RETURN $p AS p", "params": {"p": ${nestedJson(depth)}}}`,
});

/** Name words of the sample articles and of the synthetic graph, for search requests. */
export const SEARCH_WORDS = ['محمد', 'ابو', 'الحمصي', 'دهمان', 'jafar', 'al-halabi', 'لواء', 'مخيم'];
export const searchPath = () =>
  `/api/search?q=${encodeURIComponent(`${any(SEARCH_WORDS)} ${any(SEARCH_WORDS).slice(0, 3)}`)}`;

function kinds(ids: MixedIds): Kind[] {
  return [
    {
      name: 'search',
      weight: 20,
      expect: '200',
      next: () => ({ method: 'GET', path: searchPath() }),
    },
    {
      name: 'neighbours',
      weight: 20,
      expect: '200',
      next: () => ({
        method: 'GET',
        path: `/api/entities/${any([...ids.personIds, ...ids.orgIds])}/neighbors?depth=${any([1, 2])}&limit=150`,
      }),
    },
    {
      name: 'claims',
      weight: 15,
      expect: '200',
      next: () => ({
        method: 'GET',
        path: `/api/claims?ids=${Array.from({ length: 20 }, () => any(ids.claimIds)).join(',')}`,
      }),
    },
    {
      name: 'cypher ordinary',
      weight: 15,
      expect: '200 or 503 busy',
      next: () =>
        cypher(
          'MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization {id: $id}) RETURN p.name, r.role, r.asOf ORDER BY r.asOf DESC LIMIT 25',
          { id: any(ids.orgIds) },
        ),
    },
    {
      name: 'hostile doubling',
      weight: 5,
      expect: '403',
      next: () => cypher('RETURN size(reduce(s = "a", i IN range(1, 29) | s + s)) AS n'),
    },
    {
      name: 'hostile ReDoS',
      weight: 5,
      expect: '403',
      next: () => cypher('RETURN $s =~ $p AS m', { s: `${'a'.repeat(40)}!`, p: '(.*a){12}$' }),
    },
    {
      name: 'hostile 5M list',
      weight: 5,
      expect: '403',
      next: () => cypher('RETURN [x IN range(1, 5000000) | x] AS xs'),
    },
    {
      name: 'hostile computed 5M',
      weight: 2,
      expect: '413/422 or 503/504',
      next: () => cypher('WITH 5000000 AS n RETURN [x IN range(1, n) | x] AS xs'),
    },
    {
      name: 'hostile deep param',
      weight: 5,
      expect: '400',
      next: () => deepParam(10_000),
    },
    {
      name: 'hostile 400k-deep body',
      weight: 2,
      expect: '400',
      next: () => deepParam(400_000),
    },
    {
      name: 'hostile long, 300 ms',
      weight: 8,
      expect: '504 or 503',
      next: () =>
        cypher('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n', {}, 300),
    },
  ];
}

function outcomeOf(status: number): Outcome {
  if (status >= 200 && status < 300) return '2xx';
  if (status >= 400 && status < 500) return '4xx';
  if (status === 503 || status === 504) return String(status) as Outcome;
  return '500/other';
}

function residentMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

async function neo4jHealthy(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
    return res.ok && ((await res.json()) as { status?: string }).status === 'ok';
  } catch {
    return false;
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Tally {
  latencies: number[];
  outcomes: Record<Outcome, number>;
  failures: string[];
}

async function send(baseUrl: string, request: Request, tally: Tally): Promise<void> {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const res = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: { 'content-type': 'application/json' },
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const text = await res.text();
    outcome = outcomeOf(res.status);
    if (outcome === '500/other') tally.failures.push(`${res.status} ${text.slice(0, 200)}`);
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    outcome = name === 'TimeoutError' ? 'hang' : 'conn error';
    tally.failures.push(
      `${outcome}: ${e instanceof Error ? `${e.message} ${String(e.cause ?? '')}` : String(e)}`,
    );
  }
  tally.latencies.push(performance.now() - started);
  tally.outcomes[outcome]++;
}

/** Runs the mix; resolves to whether every request was answered and Neo4j was up at the end. */
export async function mixedRun(ids: MixedIds, options: MixedOptions): Promise<boolean> {
  const { baseUrl, serverPid, clients, seconds, log } = options;
  const mix = kinds(ids);
  const totalWeight = mix.reduce((n, k) => n + k.weight, 0);
  const pick = (): Kind => {
    let r = Math.random() * totalWeight;
    for (const kind of mix) {
      r -= kind.weight;
      if (r < 0) return kind;
    }
    return mix[mix.length - 1]!;
  };
  const tallies = new Map<string, Tally>(
    mix.map((k) => [
      k.name,
      {
        latencies: [],
        outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
        failures: [],
      },
    ]),
  );

  const rssBefore = residentMb(serverPid);
  let rssPeak = rssBefore;
  let healthChecks = 0;
  let healthFailures = 0;
  const deadline = Date.now() + seconds * 1000;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, residentMb(serverPid));
    healthChecks++;
    void neo4jHealthy(baseUrl).then((ok) => {
      if (!ok) healthFailures++;
    });
  }, 1_000);
  const client = async () => {
    while (Date.now() < deadline) {
      const kind = pick();
      await send(baseUrl, kind.next(), tallies.get(kind.name)!);
    }
  };
  log(`\nmixed run: ${clients} clients for ${seconds} s on ${baseUrl}`);
  const started = Date.now();
  await Promise.all(Array.from({ length: clients }, client));
  clearInterval(sampler);
  const elapsed = (Date.now() - started) / 1000;
  const rssAfter = residentMb(serverPid);
  const upAtEnd = await neo4jHealthy(baseUrl);

  const fmt = (n: number) => n.toFixed(0).padStart(6);
  log(
    `${'kind'.padEnd(22)} ${'n'.padStart(6)}   p50 ms  p95 ms  p99 ms   ${OUTCOMES.map((o) => o.padStart(6)).join(' ')}   expected`,
  );
  let failed = 0;
  let total = 0;
  for (const kind of mix) {
    const tally = tallies.get(kind.name)!;
    const sorted = [...tally.latencies].sort((a, b) => a - b);
    total += sorted.length;
    failed += FAILURES.reduce((n, o) => n + tally.outcomes[o], 0);
    log(
      `${kind.name.padEnd(22)} ${String(sorted.length).padStart(6)}   ${fmt(percentile(sorted, 50))}  ${fmt(percentile(sorted, 95))}  ${fmt(percentile(sorted, 99))}   ${OUTCOMES.map((o) => String(tally.outcomes[o]).padStart(6)).join(' ')}   ${kind.expect}`,
    );
  }
  for (const kind of mix)
    for (const failure of new Set(tallies.get(kind.name)!.failures))
      log(`  FAILURE ${kind.name}: ${failure}`);
  log(
    `${total} requests in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(0)} req/s); failures (500, hang, connection error): ${failed}`,
  );
  log(
    `server RSS: before ${rssBefore.toFixed(0)} MB, peak ${rssPeak.toFixed(0)} MB, after ${rssAfter.toFixed(0)} MB`,
  );
  log(
    `Neo4j health during the run: ${healthChecks - healthFailures}/${healthChecks} ok; at the end: ${upAtEnd ? 'up' : 'DOWN'}`,
  );
  return failed === 0 && upAtEnd;
}
