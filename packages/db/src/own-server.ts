// Whether the Neo4j answering on the local server's port is the one of our home.
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';

/**
 * Refuses a server on our port that is not the one of our home: another checkout's, another
 * test run's, or a Neo4j of someone else's that happens to take the default password. Writing
 * into it (an ingest whose port setting was forgotten) would put data where nobody looks for it.
 */
export async function checkOwnServer(uri: string, password: string, ourHome: string): Promise<void> {
  const home = await serverHome(uri, password);
  const same = (a: string, b: string) => realPath(a) === realPath(b);
  if (home !== undefined && same(home, ourHome)) return;
  throw new Error(
    `${uri} is answered by a Neo4j that is not the local server of ${ourHome} (${home === undefined ? 'it does not say where its home is' : `its home is ${home}`}). Set NEO4J_BOLT_PORT to a free port for this server, or NEO4J_URI to use that one on purpose.`,
  );
}

/** The server's own home directory (server.directories.neo4j_home), if it tells. */
async function serverHome(uri: string, password: string): Promise<string | undefined> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 3_000 });
  try {
    const { records } = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.neo4j_home' RETURN value",
    );
    const value: unknown = records[0]?.get('value');
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}

function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
