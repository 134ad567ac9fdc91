// The TCK runner fails a server that is wrong: a write let through, a wrong value, a refused
// read; and skips, rather than fails, a scenario Neo4j itself answers otherwise. Scenarios of
// our own wording on the real Neo4j; the endpoint stands in for a faulty server.
import { guardTestDatabase, resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from './tck/features.ts';
import { type CypherEndpoint, ScenarioFailure, TckRunner } from './tck/run.ts';
import { parseTckValue } from './tck/values.ts';

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
});
afterAll(async () => {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await guardTestDatabase();
  await driver.close();
});

const rows = (columns: string[], ...cells: string[][]) => ({
  kind: 'rows' as const,
  table: { columns, rows: cells.map((r) => r.map(parseTckValue)) },
  ordered: false,
  ignoreListOrder: false,
});
const scenario = (query: string, expect: Scenario['expect']): Scenario => ({
  feature: 'own.feature',
  name: query,
  setup: ["CREATE (:Town {name: 'Ardent'})-[:ROAD]->(:Town {name: 'Brook'})"],
  params: {},
  query,
  expect,
});
const answering = (status: number, body: unknown): CypherEndpoint => ({
  post: async () => ({ status, body }),
});
const townsQuery = scenario(
  'MATCH (t:Town) RETURN t.name AS name',
  rows(['name'], ["'Ardent'"], ["'Brook'"]),
);

describe('the TCK runner', () => {
  it('passes a server that answers as Neo4j and the TCK do', async () => {
    const body = { columns: ['name'], rows: [['Brook'], ['Ardent']], graph: { nodes: [], edges: [] } };
    await expect(new TckRunner(driver, answering(200, body)).run(townsQuery)).resolves.toEqual({
      kind: 'equal',
    });
  });

  it('fails a wrong value and a refused read', async () => {
    const wrong = { columns: ['name'], rows: [['Brook'], ['Brook']], graph: { nodes: [], edges: [] } };
    await expect(new TckRunner(driver, answering(200, wrong)).run(townsQuery)).rejects.toThrow(
      /server answers/,
    );
    const refused = answering(403, { error: { code: 'query_refused', message: 'refused for no reason' } });
    await expect(new TckRunner(driver, refused).run(townsQuery)).rejects.toThrow(/was refused/);
  });

  it('fails a write that changed the graph, even when the answer is a refusal', async () => {
    const sneaky: CypherEndpoint = {
      post: async () => {
        await driver.executeQuery("MATCH (t:Town {name: 'Brook'}) SET t.name = 'Changed'");
        return {
          status: 403,
          body: { error: { code: 'query_refused', message: 'writes are refused here' } },
        };
      },
    };
    const write = scenario("MATCH (t:Town) SET t.name = 'x'", rows([]));
    await expect(new TckRunner(driver, sneaky).run(write)).rejects.toThrow(ScenarioFailure);
  });

  it('fails an expected error answered 200, and skips what Neo4j itself answers otherwise', async () => {
    const error = scenario('RETURN 1 +', {
      kind: 'error',
      error: 'SyntaxError at compile time: UnexpectedSyntax',
    });
    const ok = answering(200, { columns: [], rows: [], graph: { nodes: [], edges: [] } });
    await expect(new TckRunner(driver, ok).run(error)).rejects.toThrow(/expected SyntaxError/);
    const notNeo4j = scenario('RETURN 1 AS one', rows(['one'], ['2']));
    const outcome = await new TckRunner(driver, ok).run(notNeo4j);
    expect(outcome).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/Neo4j 5 differs/) });
  });
});
