import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { neo4jConfig } from './config.ts';
import { type LocalNeo4jOptions, ensureLocalNeo4j } from './local.ts';
import { isUnreachable, unreachableMessage } from './transaction.ts';

/**
 * A host that does not answer is given seconds, not the driver's default 30 s to connect and
 * 60 s for a pooled connection: callers (the API, the ingest) decide themselves how long to wait.
 */
export const FAIL_FAST: Config = { connectionTimeout: 5_000, connectionAcquisitionTimeout: 10_000 };

/**
 * A verified driver: to NEO4J_URI when set, otherwise to the local server (started if needed).
 * The caller owns the driver and must `close()` it.
 */
export async function connectNeo4j(
  opts: LocalNeo4jOptions & { driverConfig?: Config } = {},
): Promise<Driver> {
  const config = neo4jConfig();
  const creds = config.isExternal ? config : await ensureLocalNeo4j(opts);
  const driver = neo4j.driver(creds.uri, neo4j.auth.basic(creds.user, creds.password), {
    ...FAIL_FAST,
    ...opts.driverConfig,
  });
  try {
    await driver.getServerInfo(config.database === undefined ? {} : { database: config.database }); // = verifyConnectivity
  } catch (e) {
    await driver.close();
    if (isUnreachable(e)) throw new Error(unreachableMessage(creds.uri, e), { cause: e });
    throw new Error(`Cannot connect to Neo4j at ${creds.uri} as ${creds.user}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  return driver;
}
