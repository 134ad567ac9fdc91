// The openCypher TCK through POST /api/cypher: every read Neo4j answers as the TCK says is
// allowed and answered alike, every write is refused with the graph unchanged, every expected
// error is a 4xx with a readable message. The kit lives in ../shared beside the repository;
// where it is absent the suite is skipped, saying so. Scenarios where Neo4j 5 itself answers
// otherwise than the TCK (or that need the kit's procedures or named graphs) are skipped with
// the reason, and counted in the summary line.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { guardTestDatabase, resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { loadScenarios, type Scenario } from './tck/features.ts';
import { TckRunner } from './tck/run.ts';
import { startTestServer, type TestServer } from './test/harness.ts';

const FEATURES = fileURLToPath(
  new URL('../../../../shared/benchmarks/opencypher-tck/features', import.meta.url),
);
const missing = !existsSync(FEATURES);
const scenarios = missing ? [] : loadScenarios(FEATURES);
const byFeature = new Map<string, Scenario[]>();
for (const scenario of scenarios)
  byFeature.set(scenario.feature, [...(byFeature.get(scenario.feature) ?? []), scenario]);

const title = missing
  ? `openCypher TCK (skipped: needs ${FEATURES}, which does not exist)`
  : `openCypher TCK (${scenarios.length} scenarios)`;

describe.skipIf(missing)(title, () => {
  let driver: Driver;
  let server: TestServer;
  let runner: TckRunner;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    // The test database's marker node too: the TCK's `MATCH (n)` must see the scenario's graph only.
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    server = await startTestServer(driver);
    runner = new TckRunner(driver, { post: (body) => server.post('/api/cypher', body) });
  });
  afterAll(async () => {
    if (runner) {
      const s = runner.stats;
      console.log(
        `openCypher TCK: ${s.readsAllowed} of ${s.reads} reads allowed, ${s.equal} equal to the TCK; ${s.refusedWrites} of ${s.writes} writes refused; ${s.expectedErrors} expected errors answered 4xx; skipped ${s.neo4jDiffers} where Neo4j 5 itself differs, ${s.unsupported} needing the kit's procedures or named graphs`,
      );
      for (const line of s.differing) console.log(`  Neo4j differs: ${line}`);
    }
    await driver?.executeQuery('MATCH (n) DETACH DELETE n');
    await guardTestDatabase(); // marks the empty database as a test database again
    await server?.close();
    await driver?.close();
  });

  for (const [feature, group] of byFeature) {
    describe(feature, () => {
      for (const scenario of group) {
        it(scenario.name, async (ctx) => {
          const outcome = await runner.run(scenario);
          if (outcome.kind === 'skipped') ctx.skip(outcome.reason);
        });
      }
    });
  }
});
