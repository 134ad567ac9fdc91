/** Proves the local (or NEO4J_URI) server is real and locked down the way local.ts promises. */
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Neo4jCredentials, neo4jConfig } from "./config.ts";
import { ensureLocalNeo4j } from "./local.ts";

const config = neo4jConfig();
let creds: Neo4jCredentials;
let driver: Driver;

beforeAll(async () => {
  creds = config.isExternal ? config : await ensureLocalNeo4j(); // reuses a server that already answers
  driver = neo4j.driver(creds.uri, neo4j.auth.basic(creds.user, creds.password));
}, 300_000);

afterAll(async () => {
  await driver?.close();
});

describe("local Neo4j", () => {
  it("answers Cypher over Bolt", async () => {
    const { records } = await driver.executeQuery("RETURN 1 AS one");
    expect(records[0]?.get("one").toNumber()).toBe(1);
  });

  it.skipIf(config.isExternal)("is Neo4j Community 5.26", async () => {
    const { records } = await driver.executeQuery("CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition");
    expect(records[0]?.get("v")).toMatch(/^5\.26\./);
    expect(records[0]?.get("edition")).toBe("community");
  });

  it("refuses LOAD CSV from file URLs", async () => {
    await expect(driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN count(row) AS n")).rejects.toMatchObject({
      code: "Neo.ClientError.Statement.ExternalResourceFailed",
    });
  });

  it("rejects a wrong password (auth is on)", async () => {
    const intruder = neo4j.driver(creds.uri, neo4j.auth.basic(creds.user, `${creds.password}-wrong`));
    try {
      await expect(intruder.getServerInfo()).rejects.toMatchObject({ code: "Neo.ClientError.Security.Unauthorized" });
    } finally {
      await intruder.close();
    }
  });

  it.skipIf(config.isExternal)("caps the memory of one transaction", async () => {
    // 20M collected integers are far above db.memory.transaction.max (256m). An auto-commit
    // session.run, because executeQuery retries this (transient) error for 30 s before giving up.
    const session = driver.session();
    try {
      await expect(session.run("UNWIND range(1, 20000000) AS x WITH collect(x) AS xs RETURN size(xs)")).rejects.toMatchObject({
        code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
      });
    } finally {
      await session.close();
    }
  });
});
