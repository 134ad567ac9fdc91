// Schema creation on the real Neo4j when several processes start at once on a fresh database.
import type { Driver } from 'neo4j-driver';
import { afterAll, expect, it } from 'vitest';
import { ensureSchema, SCHEMA_STATEMENTS } from './schema.ts';
import { resetDatabase, testDriver } from './test/database.ts';

const driver = testDriver();
afterAll(async () => {
  await resetDatabase(driver); // leaves the schema in place for the next file
  await driver.close();
});

async function dropSchema(): Promise<void> {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const r of constraints.records) await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name')}\``);
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
  );
  for (const r of indexes.records) await driver.executeQuery(`DROP INDEX \`${r.get('name')}\``);
}

async function schemaNames(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, state WHERE type <> 'LOOKUP' AND state = 'ONLINE' RETURN name",
  );
  return records.map((r) => r.get('name') as string).sort();
}

it('creates the schema once when four processes start at once on a fresh database', async () => {
  // one driver each, as four `pnpm ingest` processes would have
  const drivers: Driver[] = [1, 2, 3, 4].map(() => testDriver());
  try {
    for (let round = 0; round < 3; round++) {
      await dropSchema();
      const outcomes = await Promise.allSettled(drivers.map((d) => ensureSchema(d)));
      const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
      expect(failures).toEqual([]);
      expect(await schemaNames()).toHaveLength(SCHEMA_STATEMENTS.length);
    }
  } finally {
    await Promise.all(drivers.map((d) => d.close()));
  }
});
