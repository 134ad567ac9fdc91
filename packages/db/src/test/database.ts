// Helpers for tests against the real Neo4j: a driver from the environment the global setup
// prepared, and a reset that refuses to wipe a database that is not a test database.
import neo4j, { type Driver } from 'neo4j-driver';
import { emptyDatabase, ensureSchema } from '../schema.ts';

/** Marks a database that tests may wipe. */
const MARKER_LABEL = 'ShabakaTestDatabase';

export function testDriver(): Driver {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  if (!NEO4J_URI) throw new Error('NEO4J_URI is not set: run database tests through vitest (project db)');
  return neo4j.driver(NEO4J_URI, neo4j.auth.basic(NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD ?? ''));
}

/**
 * Refuses to let tests run against a database holding data that tests did not put there, so a
 * mistyped NEO4J_URI cannot wipe a researcher's graph; marks an empty one as a test database.
 */
export async function guardTestDatabase(): Promise<void> {
  const driver = testDriver();
  try {
    const { records } = await driver.executeQuery(
      `OPTIONAL MATCH (m:${MARKER_LABEL}) WITH count(m) AS marked
       OPTIONAL MATCH (n) RETURN marked, count(n) AS nodes`,
    );
    const marked = records[0]!.get('marked').toNumber();
    const nodes = records[0]!.get('nodes').toNumber();
    if (marked === 0 && nodes > 0) {
      throw new Error(
        `The Neo4j at ${process.env.NEO4J_URI} holds ${nodes} nodes and is not a test database; tests wipe their database, so they refuse to run there. Unset NEO4J_URI to use a local test server, or point it at an empty database.`,
      );
    }
    if (marked === 0) await driver.executeQuery(`CREATE (:${MARKER_LABEL})`);
    await ensureSchema(driver);
  } finally {
    await driver.close();
  }
}

/** Empties the test database (but for its marker) and makes sure the schema is in place. */
export async function resetDatabase(driver: Driver): Promise<void> {
  await emptyDatabase(driver, MARKER_LABEL);
  await ensureSchema(driver);
}

/** Node and relationship counts, for asserting that something changed nothing. */
export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:${MARKER_LABEL} WITH count(n) AS nodes
     OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`,
  );
  return {
    nodes: records[0]!.get('nodes').toNumber(),
    relationships: records[0]!.get('relationships').toNumber(),
  };
}
