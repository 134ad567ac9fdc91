// Keys, rate limits, security headers and article addresses, on the real app and Neo4j.
import { randomUUID } from 'node:crypto';
import { graphCounts, resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerConfig } from './config.ts';
import { startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();

beforeAll(async () => {
  await resetDatabase(driver);
});
afterAll(async () => {
  await driver.close();
});

async function withServer(overrides: Partial<ServerConfig>, test: (server: TestServer) => Promise<void>) {
  const server = await startTestServer(driver, overrides);
  try {
    await test(server);
  } finally {
    await server.close();
  }
}

const statuses = async (requests: Array<Promise<{ status: number }>>) =>
  (await Promise.all(requests)).map((r) => r.status);

describe('rate limits and keys', () => {
  it('counts an open server by address, so inventing keys buys no fresh bucket', async () => {
    await withServer({ rateLimitPerMinute: 10 }, async (server) => {
      const codes: number[] = [];
      for (let i = 0; i < 20; i++)
        codes.push((await server.get('/api/search?q=x', { 'x-api-key': randomUUID() })).status);
      expect(codes.filter((c) => c === 200)).toHaveLength(10);
      expect(codes.filter((c) => c === 429)).toHaveLength(10);
    });
  });

  it('limits failed authentications per address, before looking at the key', async () => {
    await withServer({ readerKeys: ['right-key'], authFailuresPerMinute: 5 }, async (server) => {
      const guesses: number[] = [];
      for (let i = 0; i < 12; i++)
        guesses.push((await server.get('/api/search?q=x', { 'x-api-key': `guess-${i}` })).status);
      expect(guesses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(new Set(guesses.slice(5))).toEqual(new Set([429]));
      // a correct guess now is refused too: it is never compared, so it reveals nothing
      const right = await server.get('/api/search?q=x', { 'x-api-key': 'right-key' });
      expect(right.status).toBe(429);
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  it('answers a request without a key 401, never 429: a first load guesses nothing', async () => {
    await withServer({ readerKeys: ['right-key'], authFailuresPerMinute: 2 }, async (server) => {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await server.get('/api/schema')).status);
      expect(codes).toEqual([401, 401, 401, 401, 401, 401]);
      expect((await server.get('/api/schema', { 'x-api-key': 'right-key' })).status).toBe(200);
    });
  });

  it('keeps a valid key working whatever the wrong keys sent before', async () => {
    await withServer({ readerKeys: ['right-key'], authFailuresPerMinute: 3 }, async (server) => {
      expect((await server.get('/api/search?q=x', { 'x-api-key': 'wrong' })).status).toBe(401);
      expect((await server.get('/api/search?q=x', { 'x-api-key': 'right-key' })).status).toBe(200);
    });
  });

  it('asks a key for /api/schema, and counts it against the rate limit', async () => {
    await withServer({ readerKeys: ['right-key'], rateLimitPerMinute: 3 }, async (server) => {
      expect((await server.get('/api/schema')).status).toBe(401);
      const key = { authorization: 'Bearer right-key' };
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await server.get('/api/schema', key)).status);
      expect(codes).toEqual([200, 200, 200, 429, 429]);
      // the probes and the contract stay public and unlimited
      expect(await statuses([1, 2, 3, 4, 5].map(() => server.get('/api/health')))).toEqual([
        200, 200, 200, 200, 200,
      ]);
      expect((await server.get('/api/ready')).status).toBe(200);
      const openapi = await server.get('/api/openapi.json');
      expect(openapi.status).toBe(200);
      // the contract says the same: the probes need no key, the schema does
      expect(openapi.body.paths['/api/health'].get.security).toEqual([]);
      expect(openapi.body.paths['/api/ready'].get.security).toEqual([]);
      expect(openapi.body.paths['/api/schema'].get.security).toBeUndefined();
    });
  });
});

describe('security headers', () => {
  it('sends neither HSTS nor upgrade-insecure-requests over plain HTTP', async () => {
    await withServer({}, async (server) => {
      const { headers } = await server.get('/api/health');
      expect(headers.get('strict-transport-security')).toBeNull();
      expect(headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
      expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    });
  });

  it('sends both when configured as reached over HTTPS', async () => {
    await withServer({ https: true }, async (server) => {
      const { headers } = await server.get('/api/health');
      expect(headers.get('strict-transport-security')).toMatch(/max-age=/);
      expect(headers.get('content-security-policy')).toMatch(/upgrade-insecure-requests/);
    });
  });
});

describe('article addresses', () => {
  it('refuses a javascript: url with a readable 400 and writes nothing', async () => {
    await withServer({}, async (server) => {
      const before = await graphCounts(driver);
      const res = await server.post('/api/articles', {
        text: 'قالت مصادر محلية إن القائد وصل إلى المدينة صباح اليوم.',
        url: 'javascript:alert(document.cookie)',
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/url: must be an http:\/\/ or https:\/\/ address/);
      expect(await graphCounts(driver)).toEqual(before);
    });
  });
});
