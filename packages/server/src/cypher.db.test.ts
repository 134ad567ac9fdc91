// POST /api/cypher against the real Neo4j: researcher queries read, and nothing else gets through.
// The graph is the project's own sample articles, read by the extractor.
import { graphCounts, resetDatabase, testDriver } from '@shabaka/db/test';
import { ingest, sampleArticles } from '@shabaka/ingest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
let server: TestServer;
let before: { nodes: number; relationships: number };

beforeAll(async () => {
  await resetDatabase(driver);
  await ingest(driver, sampleArticles());
  before = await graphCounts(driver);
  server = await startTestServer(driver, {
    cypher: {
      ...(await import('./config.ts')).defaultServerConfig().cypher,
      maxTimeoutMs: 1500,
      maxRows: 50,
    },
  });
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

const cypher = (query: string, extra: Record<string, unknown> = {}) =>
  server.post('/api/cypher', { query, ...extra });

/** Writes and admin commands, smuggled every way we know; each must be refused with 403. */
const REFUSED: Array<[string, string, RegExp]> = [
  ['plain CREATE', 'CREATE (n:Injected) RETURN n', /write/],
  ['odd casing', 'cReAtE (n:Injected)', /write/],
  ['comment before CREATE', '/* just reading */ CREATE (n:Injected)', /write/],
  ['line comment hides nothing', 'MATCH (n) // comment\nCREATE (m:Injected)', /write/],
  ['MERGE', "MERGE (n:Person {id: 'injected'})", /write/],
  ['SET', "MATCH (p:Person) SET p.name = 'pwned'", /write/],
  ['DELETE', 'MATCH (p:Person) DETACH DELETE p', /write/],
  ['REMOVE', 'MATCH (p:Person) REMOVE p:Person', /write/],
  ['FOREACH with SET', 'MATCH (p:Person) FOREACH (x IN [1] | SET p.hacked = true)', /write/],
  [
    'CALL subquery with CREATE',
    'MATCH (p:Person) CALL (p) { CREATE (:Injected {from: p.id}) } RETURN count(*)',
    /write/,
  ],
  [
    'CALL IN TRANSACTIONS',
    'MATCH (p:Person) CALL (p) { CREATE (:Injected) } IN TRANSACTIONS OF 1 ROWS RETURN count(*)',
    /write|TRANSACTIONS/,
  ],
  ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
  [
    'LOAD CSV odd spacing and case',
    "load\n  csv  WITH HEADERS FROM 'http://127.0.0.1/x.csv' AS l RETURN l",
    /LOAD CSV/,
  ],
  [
    'LOAD CSV after a comment',
    "/* x */ LoAd /* y */ CsV FROM 'file:///etc/hostname' AS l RETURN l",
    /LOAD CSV/,
  ],
  ['schema command', 'CREATE INDEX injected FOR (n:Person) ON (n.injected)', /schema|write/],
  ['DROP constraint', 'DROP CONSTRAINT person_id', /schema|write/],
  ['admin command', "CREATE USER mallory SET PASSWORD 'secret123'", /schema|administer|write/],
  ['SHOW USERS', 'SHOW USERS', /administer|schema/],
  ['USE system', 'USE system MATCH (n) RETURN n', /USE/],
  ['USE in a subquery', 'CALL () { USE system RETURN 1 AS x } RETURN x', /USE/],
  ['dbms procedure', 'CALL dbms.components()', /dbms/],
  ['dbms procedure backticked', 'CALL `dbms`.`components`()', /dbms/],
  ['dbms security procedure', "CALL dbms.security.createUser('mallory', 'secret123', false)", /dbms/],
  ['db write procedure', "CALL db.createLabel('Injected')", /allow-list/],
  ['apoc procedure', "CALL apoc.load.json('file:///etc/passwd')", /apoc/],
  ['apoc function', "RETURN apoc.cypher.runFirstColumnSingle('CREATE (n) RETURN n', {}) AS x", /apoc/],
  ['apoc via unicode escape', "CALL \\u0061poc.load.json('file:///etc/passwd')", /apoc/],
  ['terminating transactions', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /transactions/],
  ['listing transactions', 'SHOW TRANSACTIONS', /transactions/],
  ['listing settings', 'SHOW SETTINGS', /SHOW/],
];

describe('POST /api/cypher refuses everything but reading', () => {
  it.each(REFUSED)('%s: 403 naming the reason, database unchanged', async (_name, query, reason) => {
    const res = await cypher(query);
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(res.body.error.code).toBe('query_refused');
    expect(res.body.error.message).toMatch(reason);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('refuses a unicode-escaped keyword as a syntax error, changing nothing', async () => {
    const res = await cypher('\\u0043REATE (n:Injected)');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('query_error');
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('refuses two statements in one request', async () => {
    const res = await cypher('MATCH (n) RETURN n; CREATE (m:Injected)');
    expect(res.status).toBe(400);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('passes parameters as parameters: a parameter holding Cypher is only a string', async () => {
    const res = await cypher('RETURN $q AS q', { params: { q: "'}) CREATE (n:Injected) //" } });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([["'}) CREATE (n:Injected) //"]]);
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('POST /api/cypher answers reads', () => {
  it('does not refuse write words inside string literals, comments or names', async () => {
    const res = await cypher(
      "MATCH (p:Person) WHERE p.name <> 'CREATE (n) LOAD CSV apoc.load.json' /* DELETE */ RETURN p.name AS `SET` ORDER BY `SET` LIMIT 2",
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.columns).toEqual(['SET']);
    expect(res.body.rows).toHaveLength(2);
  });

  it('collects nodes, relationships and paths nested in lists and maps into elements', async () => {
    const res = await cypher(
      `MATCH path = (p:Person {name: 'خالد الحسو'})-[r:HOLDS_ROLE]->(u)
       RETURN {who: p, claims: [r]} AS nested, path`,
    );
    expect(res.status).toBe(200);
    const { nodes, edges } = res.body.graph;
    const ids = new Set(nodes.map((n: { data: { id: string } }) => n.data.id));
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
      expect(e.data.type).toBe('HOLDS_ROLE');
      expect(e.data.role).toBe('security_chief');
      expect(e.data.article).toMatch(/^art-/);
    }
    const person = nodes.find((n: { data: { name?: string } }) => n.data.name === 'خالد الحسو');
    expect(person.data).toMatchObject({
      label: 'Person',
      labels: expect.arrayContaining(['Person', 'Entity']),
    });
    expect(person.data.id).toMatch(/^per-/);
  });

  it('fetches the missing ends of relationships returned alone', async () => {
    const res = await cypher('MATCH ()-[r:HOLDS_ROLE]->() RETURN r LIMIT 3');
    expect(res.status).toBe(200);
    const ids = new Set(res.body.graph.nodes.map((n: { data: { id: string } }) => n.data.id));
    expect(res.body.graph.edges).toHaveLength(3);
    for (const e of res.body.graph.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
    expect(res.body.summary.graphTruncated).toBe(false);
  });

  it('turns Neo4j integers, dates, durations and points into plain JSON', async () => {
    const res = await cypher(
      "RETURN 42 AS small, 9007199254740993 AS big, date('2024-03-01') AS day, duration('P1D') AS span, point({x: 1, y: 2}) AS at",
    );
    expect(res.body.rows[0]).toEqual([
      42,
      '9007199254740993',
      '2024-03-01',
      'P0M1DT0S',
      { srid: 7203, x: 1, y: 2 },
    ]);
  });

  it('allows the schema and full-text procedures', async () => {
    const labels = await cypher('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(labels.status).toBe(200);
    expect(labels.body.rows.flat()).toContain('Person');
    const search = await cypher(
      "CALL db.index.fulltext.queryNodes('entity_search', 'الحسو') YIELD node RETURN node.name AS name",
    );
    expect(search.status).toBe(200);
    expect(search.body.rows.flat()).toContain('خالد الحسو');
  });

  it('caps rows (a cartesian product streams only up to the limit) and says truncated', async () => {
    const res = await cypher('MATCH (a), (b), (c) RETURN a.id, b.id, c.id', { limit: 10 });
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(10);
    expect(res.body.summary).toMatchObject({ truncated: true, rowCount: 10, limit: 10 });
    const capped = await cypher('UNWIND range(1, 1000) AS x RETURN x', { limit: 100_000 });
    expect(capped.body.rows).toHaveLength(50); // the server's maximum in this test
    expect(capped.body.summary.truncated).toBe(true);
  });
});

describe('POST /api/cypher bounds time, memory, size and load', () => {
  const SLOW = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';

  it('never gives the driver more than its maximum timeout, and Neo4j terminates the query', async () => {
    const started = Date.now();
    const res = await cypher(SLOW, { timeoutMs: 0 });
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(10_000); // 1.5 s maximum, not "no limit"
    // Terminated on the server, not just abandoned by the client.
    let running = 1;
    for (let i = 0; i < 20 && running > 0; i++) {
      const { records } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS n',
        { text: 'range(1, 2000000000)' },
      );
      running = records[0]!.get('n').toNumber();
      if (running > 0) await new Promise((r) => setTimeout(r, 250));
    }
    expect(running).toBe(0);
  });

  it('surfaces running out of transaction memory as a readable 422', async () => {
    const res = await cypher('UNWIND range(1, 50000000) AS x RETURN collect(toString(x)) AS all', {
      timeoutMs: 1500,
    });
    expect([422, 504]).toContain(res.status); // 422 where db.memory.transaction.max is set (the local launcher sets 256m)
    expect(res.body.error.message).not.toMatch(/at .*\.java|Exception/);
  });

  it('answers 413 for a query past the size limit and 400 for too many parameters', async () => {
    const long = await cypher(`RETURN 1 /* ${'x'.repeat(25_000)} */`);
    expect(long.status).toBe(413);
    const params = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`p${i}`, i]));
    const many = await cypher('RETURN 1', { params });
    expect(many.status).toBe(400);
    expect(many.body.error.message).toMatch(/parameters/);
  });

  it('answers 400 with Neo4j’s message for a syntax error, never a stack trace', async () => {
    const res = await cypher('MATCH (n RETURN n');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('query_error');
    expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /);
  });

  it('bounds concurrent queries and rate-limits each client', async () => {
    const base = (await import('./config.ts')).defaultServerConfig();
    const tight = await startTestServer(driver, {
      cypher: { ...base.cypher, maxConcurrent: 1, maxQueued: 0, maxTimeoutMs: 1000 },
      cypherRateLimitPerMinute: 3,
    });
    try {
      const [a, b] = await Promise.all([
        tight.post('/api/cypher', { query: SLOW }),
        tight.post('/api/cypher', { query: SLOW }),
      ]);
      expect([a.status, b.status].sort()).toEqual([503, 504]);
      const third = await tight.post('/api/cypher', { query: 'RETURN 1' });
      expect(third.status).toBe(200);
      const fourth = await tight.post('/api/cypher', { query: 'RETURN 1' });
      expect(fourth.status).toBe(429);
      expect(fourth.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await tight.close();
    }
  });
});
