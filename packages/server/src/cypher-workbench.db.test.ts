// What the workbench tells a researcher, against the real Neo4j: a cancelled query is stopped on
// the database, Neo4j's warnings come back, a syntax error says where it is, and a timeout says
// what to do rather than "retry".
import { resetDatabase, testDriver } from '@shabaka/db/test';
import { ingest, sampleArticles } from '@shabaka/ingest';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultServerConfig } from './config.ts';
import { startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
let server: TestServer;
const base = defaultServerConfig().cypher;

beforeAll(async () => {
  await resetDatabase(driver);
  await ingest(driver, sampleArticles());
  server = await startTestServer(driver, { cypher: { ...base, maxTimeoutMs: 60_000 } });
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

const cypher = (query: string, extra: Record<string, unknown> = {}) =>
  server.post('/api/cypher', { query, ...extra });

/** Researcher transactions running the query whose text holds `text`. */
async function running(text: string): Promise<number> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS n',
    { text },
  );
  return records[0]!.get('n').toNumber();
}

describe('the Cypher workbench', () => {
  it('Cancel (the client going away) terminates the transaction on the database at once', async () => {
    const marker = 'range(1, 3000000001)';
    const slow = `UNWIND ${marker} AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n`;
    const cancel = new AbortController();
    const request = fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: slow, timeoutMs: 60_000 }),
      signal: cancel.signal,
    }).catch((error: Error) => error);
    let seen = 0;
    for (let i = 0; i < 100 && seen === 0; i++) {
      seen = await running(marker);
      if (seen === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toBe(1); // it really ran
    const cancelled = Date.now();
    cancel.abort();
    expect(await request).toBeInstanceOf(Error);
    let left = 1;
    while (left > 0 && Date.now() - cancelled < 15_000) {
      left = await running(marker);
      if (left > 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(left).toBe(0);
    expect(Date.now() - cancelled).toBeLessThan(15_000); // far before its 60 s time limit
    // The server goes on answering.
    expect((await cypher('RETURN 1 AS one')).body.rows).toEqual([[1]]);
  });

  it("passes on Neo4j's warnings: a misspelt label is not just 'no rows'", async () => {
    const res = await cypher('MATCH (p:Persn) RETURN p');
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([]);
    const warnings = res.body.summary.notifications.map((n: { code: string }) => n.code);
    expect(warnings.join(' ')).toMatch(/UnknownLabelWarning/);
  });

  it('says where a syntax error is, for the editor to mark it', async () => {
    const res = await cypher('MATCH (p:Person)\nRETRUN p');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('query_error');
    expect(res.body.error.details.position).toEqual({ line: 2, column: 1, offset: 17 });
  });

  it('a timeout says how to narrow the query, not to retry it', async () => {
    const res = await cypher('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)', {
      timeoutMs: 800,
    });
    expect(res.status).toBe(504);
    expect(res.body.error.message).toMatch(/Narrow it/);
    expect(res.body.error.message).not.toMatch(/[Rr]etry/);
  });
});
