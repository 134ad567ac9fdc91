import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { neo4jConfig } from './config.ts';
import { type LocalNeo4jOptions, ensureLocalNeo4j } from './local.ts';

/**
 * A verified driver: to NEO4J_URI when set, otherwise to the local server (started if needed).
 * The caller owns the driver and must `close()` it.
 */
export async function connectNeo4j(
  opts: LocalNeo4jOptions & { driverConfig?: Config } = {},
): Promise<Driver> {
  const config = neo4jConfig();
  const creds = config.isExternal ? config : await ensureLocalNeo4j(opts);
  const driver = neo4j.driver(creds.uri, neo4j.auth.basic(creds.user, creds.password), opts.driverConfig);
  try {
    await driver.getServerInfo(config.database === undefined ? {} : { database: config.database }); // = verifyConnectivity
  } catch (e) {
    await driver.close();
    throw new Error(`Cannot connect to Neo4j at ${creds.uri} as ${creds.user}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  return driver;
}
