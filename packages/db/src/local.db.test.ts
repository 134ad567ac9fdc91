/**
 * Proves the database the tests use (the project's local server, or NEO4J_URI) is a real Neo4j that is
 * locked down the way local.ts promises. Under the vitest global setup NEO4J_URI is always set (to the
 * local test server, a container or the user's own), so the checks specific to our launcher's settings
 * look at the server's own settings rather than at how it was reached.
 */
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Neo4jCredentials, neo4jConfig } from './config.ts';
import { ensureLocalNeo4j, localNeo4jStatus } from './local.ts';

let creds: Neo4jCredentials;
let driver: Driver;
let settings: Map<string, string>;

beforeAll(async () => {
  const config = neo4jConfig();
  creds = config.isExternal ? config : await ensureLocalNeo4j(); // reuses a server that already answers
  driver = neo4j.driver(creds.uri, neo4j.auth.basic(creds.user, creds.password));
  const { records } = await driver.executeQuery(
    "SHOW SETTINGS YIELD name, value WHERE name IN ['db.memory.transaction.max', 'dbms.usage_report.enabled', 'db.tx_log.rotation.retention_policy'] RETURN name, value",
  );
  settings = new Map(records.map((r) => [r.get('name'), r.get('value')]));
}, 300_000);

afterAll(async () => {
  await driver?.close();
});

/** Per-transaction memory cap in force (our launcher sets 256m; Neo4j's default is none, "0B"). */
const txMemoryCapped = () => !/^0(\.0+)?\s*[A-Za-z]*$/.test(settings.get('db.memory.transaction.max') ?? '0');
/** Our launcher: transaction memory capped and the usage report off. */
const isOurServer = () => txMemoryCapped() && settings.get('dbms.usage_report.enabled') === 'false';

describe('local Neo4j', () => {
  it('answers Cypher over Bolt', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0]?.get('one').toNumber()).toBe(1);
  });

  it('is Neo4j Community 5.26 when it is our launcher', async (ctx) => {
    if (!isOurServer()) ctx.skip();
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition',
    );
    expect(records[0]?.get('v')).toMatch(/^5\.26\./);
    expect(records[0]?.get('edition')).toBe('community');
  });

  it('keeps a bounded size of transaction logs when it is our launcher, not two days of them', async (ctx) => {
    if (!isOurServer()) ctx.skip();
    expect(settings.get('db.tx_log.rotation.retention_policy')).toBe('1G size');
  });

  it('refuses LOAD CSV from file URLs', async () => {
    await expect(
      driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN count(row) AS n"),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.ExternalResourceFailed' });
  });

  it('rejects a wrong password (auth is on)', async () => {
    const intruder = neo4j.driver(creds.uri, neo4j.auth.basic(creds.user, `${creds.password}-wrong`));
    try {
      await expect(intruder.getServerInfo()).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await intruder.close();
    }
  });

  it('caps the memory of one transaction', async (ctx) => {
    if (!txMemoryCapped()) ctx.skip();
    // 20M collected integers are far above the 256m cap. An auto-commit session.run, because
    // executeQuery retries this (transient) error for 30 s before giving up.
    const session = driver.session();
    try {
      await expect(
        session.run('UNWIND range(1, 20000000) AS x WITH collect(x) AS xs RETURN size(xs)'),
      ).rejects.toMatchObject({ code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' });
    } finally {
      await session.close();
    }
  });
});

describe('the local launcher with a server of its own on the port', () => {
  const home = process.env.NEO4J_TEST_HOME;
  const port = () => Number(new URL(creds.uri.replace('bolt:', 'http:')).port);

  it('refuses a Neo4j on its port that another home runs, instead of writing into it', async (ctx) => {
    if (!home) ctx.skip(); // the test server is a container or NEO4J_URI, not our launcher
    const otherHome = path.join(os.tmpdir(), `shabaka-other-home-${process.pid}`);
    await expect(ensureLocalNeo4j({ home: otherHome, port: port(), log: () => {} })).rejects.toThrow(
      /is answered by a Neo4j that is not the local server of .*its home is .*NEO4J_BOLT_PORT/s,
    );
    expect((await localNeo4jStatus({ home: otherHome, port: port() })).running).toBe(false);
  });

  it('accepts its own server, running under the supervisor', async (ctx) => {
    if (!home) ctx.skip();
    await expect(ensureLocalNeo4j({ home, port: port(), log: () => {} })).resolves.toMatchObject({
      uri: creds.uri,
    });
    const status = await localNeo4jStatus({ home, port: port() });
    expect(status).toMatchObject({ running: true, answering: true });
    expect(status.serverPid).toBeGreaterThan(0);
    expect(status.serverPid).not.toBe(status.pid);
  });
});
