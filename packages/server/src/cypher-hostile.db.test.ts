// POST /api/cypher against queries that took the real Neo4j or the server down: each is refused
// before it runs, with a message saying what to change, and the database stays up.
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultServerConfig } from './config.ts';
import { startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
let server: TestServer;

beforeAll(async () => {
  await resetDatabase(driver);
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

const cypher = (query: string, extra: Record<string, unknown> = {}) =>
  server.post('/api/cypher', { query, ...extra });

/** Neo4j answers a query of its own, and the server's health says so. */
async function expectNeo4jUp(): Promise<void> {
  const { records } = await driver.executeQuery('RETURN 1 AS one');
  expect(records[0]?.get('one').toNumber()).toBe(1);
  expect((await server.get('/api/health')).body.status).toBe('ok');
}

describe('values that double themselves (Neo4j died of OutOfMemoryError)', () => {
  it.each([
    ['reduce doubling a string', 'RETURN size(reduce(s = "a", i IN range(1, 29) | s + s)) AS n'],
    // 2^30 characters: past the 1 GB heap whatever else it holds (2^29 fills it most of the time)
    ['reduce doubling a string to 1 GB', 'RETURN size(reduce(s = "a", i IN range(1, 30) | s + s)) AS n'],
    [
      'a chain of WITH clauses',
      `WITH 'a' AS s ${Array.from({ length: 29 }, () => 'WITH s + s AS s').join(' ')} RETURN size(s) AS n`,
    ],
    ['a list nesting itself', 'RETURN size(reduce(l = [1], i IN range(1, 29) | [l, l])) AS n'],
    [
      'replace feeding a string to itself',
      "RETURN size(reduce(s = 'aa', i IN range(1, 9) | replace(s, 'a', s))) AS n",
    ],
  ])('%s: 403 saying what to change, and Neo4j is still up', async (_name, query) => {
    const res = await cypher(query);
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body.error.code).toBe('query_refused');
    expect(res.body.error.message).toMatch(/added to itself|appears twice/);
    await new Promise((r) => setTimeout(r, 1000)); // the heap filled within a second
    await expectNeo4jUp();
  });

  it('refuses a list built from a huge range, and streams the same range with UNWIND', async () => {
    const built = await cypher('RETURN size([x IN range(1, 500000000) | x]) AS n');
    expect(built.status).toBe(403);
    expect(built.body.error.message).toMatch(/UNWIND range/);
    const streamed = await cypher('UNWIND range(1, 3000000) AS x RETURN count(x) AS n');
    expect(streamed.status).toBe(200);
    expect(streamed.body.rows).toEqual([[3000000]]);
    await expectNeo4jUp();
  });

  it('still answers ordinary reduce() and string building', async () => {
    const res = await cypher(
      "RETURN reduce(s = '', x IN ['a', 'b', 'c'] | CASE WHEN s = '' THEN x ELSE s + ',' + x END) AS joined, reduce(m = 0, x IN [3, 9, 2] | CASE WHEN x > m THEN x ELSE m END) AS top",
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows).toEqual([['a,b,c', 9]]);
  });
});

describe('regular expressions Neo4j cannot stop (a core at 100% past the timeout)', () => {
  const s = `${'a'.repeat(40)}!`;

  it('refuses a backtracking pattern given as a parameter, at once, and nothing keeps running', async () => {
    const started = Date.now();
    const res = await cypher('RETURN $s =~ $p AS m', { params: { s, p: '(.*a){12}$' }, timeoutMs: 3000 });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body.error.message).toMatch(/polynomial.*STARTS WITH/);
    expect(Date.now() - started).toBeLessThan(3000);
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'RETURN $s' RETURN count(*) AS n",
    );
    expect(records[0]!.get('n').toNumber()).toBe(0);
  });

  it('refuses a backtracking literal, with Java flags, and a computed pattern', async () => {
    const literal = await cypher("RETURN $s =~ '(?i)(a|aa)+$' AS m", { params: { s } });
    expect(literal.status).toBe(403);
    expect(literal.body.error.message).toMatch(/exponential/);
    const computed = await cypher("RETURN $s =~ ('(.*' + 'a){12}$') AS m", { params: { s } });
    expect(computed.status).toBe(403);
    expect(computed.body.error.message).toMatch(/literal or a parameter/);
  });

  it('runs safe patterns, case-insensitive ones included', async () => {
    const res = await cypher("RETURN $s =~ '(?i)A+!' AS literal, $s =~ $p AS param", {
      params: { s, p: 'a{40}.' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows).toEqual([[true, true]]);
  });
});

describe('deeply nested parameters (the driver overflowed its stack)', () => {
  it('answers 400 naming the parameter, and the next query runs', async () => {
    const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`; // JSON.stringify would overflow here
    const res = await server.post(
      '/api/cypher',
      `{"query": "RETURN $deep AS d", "params": {"deep": ${deep}}}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/\$deep is nested more than 32/);
    const next = await cypher('RETURN 1 AS one');
    expect(next.status).toBe(200);
    expect(next.body.rows).toEqual([[1]]);
  });

  it('answers 400 for a body nested deeper than JSON parsing goes', async () => {
    const res = await server.post(
      '/api/cypher',
      `{"query": "RETURN 1", "params": {"p": ${'['.repeat(400_000)}${']'.repeat(400_000)}}}`,
    );
    expect(res.status).toBe(400);
    expect((await cypher('RETURN 1 AS one')).status).toBe(200);
  });
});

describe('queued queries (answered up to 105 s after a 20 s timeout)', () => {
  it('answers every query within its timeout: run, or 503 when no slot freed in time', async () => {
    const tight = await startTestServer(driver, {
      cypher: { ...defaultServerConfig().cypher, maxConcurrent: 1, maxQueued: 10 },
    });
    const slow = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';
    try {
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 6 }, async () => {
          const res = await tight.post('/api/cypher', { query: slow, timeoutMs: 1500 });
          return { ...res, ms: Date.now() - started };
        }),
      );
      // Bounded by the time limit plus the worker's grace before it is killed (5 s) and start-up on a
      // loaded machine, never the tens of seconds a queue without a deadline took.
      for (const answer of answers) expect(answer.ms).toBeLessThan(1500 + 7000);
      const busy = answers.filter((a) => a.status === 503);
      expect(busy.length).toBeGreaterThanOrEqual(4);
      expect(busy[0]!.body.error.message).toMatch(/could not start within its 1500 ms time limit/);
      expect(answers.filter((a) => a.status === 504).length).toBeGreaterThanOrEqual(1);
    } finally {
      await tight.close();
    }
  });

  it('refuses a query the text checks refuse at once, even with every slot taken (it waited in the queue for 503)', async () => {
    const full = await startTestServer(driver, {
      cypher: { ...defaultServerConfig().cypher, maxConcurrent: 1, maxQueued: 0 },
    });
    const slow = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';
    try {
      const running = full.post('/api/cypher', { query: slow, timeoutMs: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 300)); // the slow query holds the slot
      const started = Date.now();
      const refused = await full.post('/api/cypher', {
        query: 'RETURN size(reduce(s = "a", i IN range(1, 29) | s + s)) AS n',
      });
      expect(refused.status, JSON.stringify(refused.body)).toBe(403);
      expect(Date.now() - started).toBeLessThan(1000);
      expect((await running).status).toBe(504);
    } finally {
      await full.close();
    }
  });
});

describe('large results (the server froze ~23 s, or grew to 2.1 GB and answered 500)', () => {
  it('keeps every other endpoint answering while a huge value is read, and answers 413 saying what to change', async () => {
    // A small byte limit, so that the value is quick to read but still too large to send.
    const small = await startTestServer(driver, {
      cypher: { ...defaultServerConfig().cypher, maxResponseBytes: 1024 * 1024 },
    });
    const big = small.post('/api/cypher', { query: 'RETURN [x IN range(1, 500 * 1000) | x] AS l' });
    let slowest = 0;
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      expect((await small.get('/api/openapi.json')).status).toBe(200);
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((r) => setTimeout(r, 100));
    }
    const res = await big;
    await small.close();
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(413);
    expect(res.body.error.message).toMatch(/One row .* more than a response may carry .* size\(xs\)/);
    expect(slowest).toBeLessThan(500);
  });

  it('cuts many large rows at the byte limit, says so, and the server does not grow by gigabytes', async () => {
    const rssBefore = process.memoryUsage().rss;
    const res = await cypher('UNWIND range(1, 10000) AS i RETURN i, $text AS text', {
      params: { text: 'x'.repeat(64 * 1024) },
      limit: 10_000,
    });
    expect(res.status).toBe(200);
    expect(res.body.summary.truncated).toBe(true);
    expect(res.body.rows.length).toBeLessThan(300); // 16 MB of 64 KB rows
    expect(res.body.summary.notifications.map((n: { code: string }) => n.code)).toContain(
      'Shabaka.ResponseTruncated',
    );
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(600 * 1024 * 1024);
  });
});
