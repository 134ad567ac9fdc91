// POST /api/cypher reads and writes values as Neo4j means them: integer parameters, exact
// durations, and the plans Neo4j 5.26 makes for variable-length patterns.
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
let server: TestServer;

beforeAll(async () => {
  await resetDatabase(driver);
  await driver.executeQuery('CREATE (:Probe {n: 1})-[:REL1]->(:Probe {n: 2})-[:REL1]->(:Probe {n: 3})');
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

const cypher = (query: string, extra: Record<string, unknown> = {}) =>
  server.post('/api/cypher', { query, ...extra });

describe('POST /api/cypher values', () => {
  it('sends whole-number parameters as integers: SKIP, LIMIT and list indexes work', async () => {
    const res = await cypher('UNWIND range(1, 10) AS x RETURN x SKIP $s LIMIT $l', {
      params: { s: 2, l: 3 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows).toEqual([[3], [4], [5]]);
    const indexed = await cypher('RETURN [10, 20, 30][$i] AS v, $nested.k[0] + 1 AS w', {
      params: { i: 1, nested: { k: [41] } },
    });
    expect(indexed.status, JSON.stringify(indexed.body)).toBe(200);
    expect(indexed.body.rows).toEqual([[20, 42]]);
  });

  it('keeps fractions as floats, and toFloat() asks for a float', async () => {
    const res = await cypher('RETURN $half * 2 AS a, toFloat($one) / 2 AS b, $one / 2 AS c', {
      params: { half: 0.25, one: 1 },
    });
    expect(res.body.rows).toEqual([[0.5, 0.5, 0]]);
  });

  it('answers durations over a wide range to the nanosecond', async () => {
    const res = await cypher(
      "RETURN duration.inSeconds(datetime('0001-01-01T00:00:00Z'), datetime('9999-12-31T23:59:59.999999999Z')) AS d, duration({seconds: -1, nanoseconds: 250000000}) AS negative",
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows).toEqual([['P0M0DT315537897599.999999999S', 'P0M0DT-0.75S']]);
  });

  it('allows the pruning BFS expand that Neo4j 5.26 plans for a pattern predicate', async () => {
    const res = await cypher('MATCH (n:Probe) WHERE (n)-[:REL1*]->() RETURN n.n AS n ORDER BY n');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rows).toEqual([[1], [2]]);
  });
});
