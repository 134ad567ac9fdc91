// With Neo4j stopped, every route says so in words within moments (a real driver pointed at a
// port where nothing listens, as after `pnpm neo4j:stop`).
import { neo4jConfig } from '@shabaka/db';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test/harness.ts';

const STOPPED = 'bolt://127.0.0.1:1';
const driver = neo4j.driver(STOPPED, neo4j.auth.basic('neo4j', 'x'));
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(driver, { neo4jUri: STOPPED }, undefined, {
    ...neo4jConfig(),
    uri: STOPPED,
  });
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

const ARABIC = 'قالت مصادر محلية إن القائد وصل إلى المدينة صباح اليوم.';

it.each([
  ['GET', '/api/search?q=abu'],
  ['GET', '/api/graph'],
  ['GET', '/api/entities/per-x'],
  ['GET', '/api/entities/per-x/neighbors'],
  ['GET', '/api/entities/per-x/neighbor-counts'],
  ['GET', '/api/paths?from=per-x&to=per-y'],
  ['GET', '/api/articles/art-x'],
  ['GET', '/api/claims/c-x'],
  ['GET', '/api/schema'],
  ['GET', '/api/same-as'],
  ['POST', '/api/articles'],
  ['POST', '/api/cypher'],
])(
  '%s %s answers 503 naming the address and the remedy, without waiting out retries',
  async (method, path) => {
    const started = performance.now();
    const res =
      method === 'GET'
        ? await server.get(path)
        : await server.post(path, { text: ARABIC, outlet: 'outlet', query: 'RETURN 1 AS one' });
    const seconds = (performance.now() - started) / 1000;
    expect(res.status, JSON.stringify(res.body)).toBe(503);
    expect(res.body.error.message).toBe(
      `Neo4j is not reachable at ${STOPPED}; start it with \`pnpm neo4j:start\` (or check NEO4J_URI).`,
    );
    // the driver's managed transactions alone retry for 30 s before giving up
    expect(seconds).toBeLessThan(5);
  },
);

it('reports health and readiness 503 in the same words, with the cause', async () => {
  for (const path of ['/api/health', '/api/ready']) {
    const res = await server.get(path);
    expect(res.status).toBe(503);
    expect(res.body.neo4j.error).toMatch(
      /^Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:1 \(connect ECONNREFUSED 127\.0\.0\.1:1\); start it with `pnpm neo4j:start`/,
    );
  }
});
