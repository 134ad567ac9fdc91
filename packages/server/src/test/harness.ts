// Test harness: the real app on an ephemeral port, requests with the real `fetch`.
import type { AddressInfo } from 'node:net';
import { type Neo4jCredentials, neo4jConfig } from '@shabaka/db';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../app.ts';
import { defaultServerConfig, type ServerConfig } from '../config.ts';
import { listen } from '../listen.ts';

/** A response body as tests read it: JSON of any shape (each test asserts the shape it needs). */
// biome-ignore lint/suspicious/noExplicitAny: tests read bodies loosely and assert on them
export type Body = any;

export interface TestServer {
  url: string;
  logs: string[];
  close: () => Promise<void>;
  get: (
    path: string,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: Body; headers: Headers }>;
  post: (
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: Body; headers: Headers }>;
  patch: TestServer['post'];
  del: (
    path: string,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: Body; headers: Headers }>;
}

export async function startTestServer(
  driver: Driver,
  overrides: Partial<ServerConfig> = {},
  webRoot?: string,
  /** The server the Cypher workers connect to (default: the environment's). */
  neo4j?: Neo4jCredentials,
): Promise<TestServer> {
  const logs: string[] = [];
  const config = defaultServerConfig({
    // The test database (NEO4J_URI of the global setup), not the default port: the Cypher
    // workers connect by this URI, and on 7687 they read whatever local server answers there.
    neo4jUri: neo4jConfig().uri,
    rateLimitPerMinute: 100_000,
    cypherRateLimitPerMinute: 100_000,
    ...overrides,
  });
  const app = createApp({
    driver,
    config,
    log: (line) => logs.push(line),
    ...(webRoot ? { webRoot } : {}),
    ...(neo4j ? { neo4j } : {}),
  });
  const server = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const request = async (path: string, init: RequestInit) => {
    const res = await fetch(url + path, init);
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (static files)
    }
    return { status: res.status, body: body as Body, headers: res.headers };
  };
  const withBody =
    (method: string): TestServer['post'] =>
    (path, body, headers = {}) =>
      request(path, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
  return {
    url,
    logs,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    get: (path, headers = {}) => request(path, { headers }),
    del: (path, headers = {}) => request(path, { method: 'DELETE', headers }),
    post: withBody('POST'),
    patch: withBody('PATCH'),
  };
}
