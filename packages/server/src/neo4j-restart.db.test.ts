// When the local Neo4j dies (here of a real OutOfMemoryError), its supervisor starts it again
// and the server recovers by itself: health goes back to ok and researcher queries run again.
import { localNeo4jStatus } from '@shabaka/db';
import { testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test/harness.ts';

const home = process.env.NEO4J_TEST_HOME;
const port = Number(new URL((process.env.NEO4J_URI ?? 'bolt://x:1').replace('bolt:', 'http:')).port);
const driver: Driver = testDriver();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

async function eventually<T>(what: () => Promise<T>, ok: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('a local Neo4j that dies', () => {
  it('is restarted by its supervisor, and the server answers again without a restart of its own', async (ctx) => {
    if (!home) ctx.skip(); // a container or NEO4J_URI: not ours to kill
    const before = await localNeo4jStatus({ home, port });
    expect(before.serverPid).toBeGreaterThan(0);
    // Straight to Neo4j, past the server's guard: a 1 GB string fills the 1 GB heap and ends the JVM.
    const session = driver.session();
    await session.run('RETURN size(reduce(s = "a", i IN range(1, 30) | s + s)) AS n').catch(() => undefined);
    await session.close().catch(() => undefined);

    const down = await eventually(
      () => server.get('/api/health'),
      (res) => res.status === 503,
      30_000,
    );
    expect(down.status).toBe(503);
    const up = await eventually(
      () => server.get('/api/health'),
      (res) => res.status === 200,
      120_000,
    );
    expect(up.body).toMatchObject({ status: 'ok', neo4j: { reachable: true } });
    const after = await localNeo4jStatus({ home, port });
    expect(after.pid).toBe(before.pid); // the same supervisor
    expect(after.serverPid).not.toBe(before.serverPid); // a new JVM
    const query = await server.post('/api/cypher', { query: 'RETURN 1 AS one' });
    expect(query.status, JSON.stringify(query.body)).toBe(200);
    expect(query.body.rows).toEqual([[1]]);
  }, 180_000);
});
