// Vitest global setup of the `db` project: which real Neo4j the tests use.
//   1. NEO4J_URI, when set (a user's own server, Aura, CI's service);
//   2. else a Neo4j container through testcontainers, when a Docker engine answers;
//   3. else the project's local server, on a home and port of its own (`.neo4j/test`, 7688), so
//      tests never touch the data a user loaded into the local server of `pnpm up`.
// Test files run one at a time and each starts from an empty database (`resetDatabase`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureLocalNeo4j, stopLocalNeo4j } from '../local.ts';
import { guardTestDatabase } from './database.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const TEST_HOME = path.join(REPO_ROOT, '.neo4j', 'test');
const TEST_PORT = Number(process.env.NEO4J_TEST_PORT ?? 7688);

interface Started {
  uri: string;
  user: string;
  password: string;
  stop: () => Promise<void>;
}

async function startContainer(): Promise<Started | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return undefined; // no Docker engine here
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('shabaka-test').start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    stop: async () => void (await container.stop()),
  };
}

async function startLocal(): Promise<Started> {
  const opts = { home: TEST_HOME, port: TEST_PORT };
  const credentials = await ensureLocalNeo4j(opts);
  // Tests of the launcher itself (ownership, restarts) need to know it is ours, and where it lives.
  process.env.NEO4J_TEST_HOME = TEST_HOME;
  return { ...credentials, stop: async () => void (await stopLocalNeo4j(opts)) };
}

export default async function setup(_project: TestProject): Promise<() => Promise<void>> {
  let stop = async () => {};
  if (!process.env.NEO4J_URI) {
    const started = (await startContainer()) ?? (await startLocal());
    process.env.NEO4J_URI = started.uri;
    process.env.NEO4J_USER = started.user;
    process.env.NEO4J_PASSWORD = started.password;
    stop = started.stop;
  }
  await guardTestDatabase();
  return stop;
}
