// Shortest paths that avoid hubs, against the real Neo4j: an invented front of many members
// joins two of them in two steps; avoiding hubs goes around it through two friends, and says so.
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test/harness.ts';
import { DETOUR, END, HUB, START, writeHubArticles } from './test/hub-articles.ts';

const driver: Driver = testDriver();
let server: TestServer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await resetDatabase(driver);
  await writeHubArticles(driver);
  const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN n.name AS name, n.id AS id');
  for (const r of records) ids[r.get('name')] = r.get('id');
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

const names = (nodeIds: string[]) =>
  nodeIds.map((id) => Object.entries(ids).find(([, value]) => value === id)?.[0]);

describe('paths avoiding hubs', () => {
  it('goes through the hub when told nothing, and avoids nothing', async () => {
    const res = await server.get(`/api/paths?from=${ids[START]}&to=${ids[END]}`);
    expect(res.status).toBe(200);
    expect(names(res.body.paths[0].nodes)).toEqual([START, HUB, END]);
    expect(res.body.avoided).toEqual([]);
  });

  it('goes around an entity with more claims than maxDegree, and names the hub it avoided', async () => {
    const res = await server.get(`/api/paths?from=${ids[START]}&to=${ids[END]}&maxDegree=10`);
    expect(res.status).toBe(200);
    expect(res.body.paths).toHaveLength(1);
    expect(names(res.body.paths[0].nodes)).toEqual([START, ...DETOUR, END]);
    expect(res.body.avoided).toEqual([{ id: ids[HUB], name: HUB, degree: 26 }]);
    const drawn = new Set(res.body.graph.nodes.map((n: { data: { id: string } }) => n.data.id));
    expect(drawn.has(ids[HUB])).toBe(false);
  });

  it('keeps the shortest path when its entities are under the threshold', async () => {
    const res = await server.get(`/api/paths?from=${ids[START]}&to=${ids[END]}&maxDegree=30`);
    expect(names(res.body.paths[0].nodes)).toEqual([START, HUB, END]);
    expect(res.body.avoided).toEqual([]);
  });

  it('refuses a threshold that is not a positive whole number', async () => {
    const res = await server.get(`/api/paths?from=${ids[START]}&to=${ids[END]}&maxDegree=0`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/maxDegree/);
  });
});
