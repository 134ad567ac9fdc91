// The API does what its own description (/api/openapi.json) says, on the real Neo4j, for each
// mismatch schemathesis found (scripts/schemathesis.ts runs it in `npm test`). The graph is the
// project's own sample articles.
import net from 'node:net';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import { ingest, sampleArticles } from '@shabaka/ingest';
import { API_LIMITS } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, startTestServer, type TestServer } from './test/harness.ts';

const EDITOR = 'editor-key-of-the-contract-test';
const asEditor = { authorization: `Bearer ${EDITOR}` };
const driver: Driver = testDriver();
let server: TestServer;
let doc: Body;
let entity: string;

beforeAll(async () => {
  await resetDatabase(driver);
  await ingest(driver, sampleArticles());
  const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN n.id AS id ORDER BY n.id LIMIT 1');
  entity = records[0]!.get('id');
  server = await startTestServer(driver, { editorKeys: [EDITOR] });
  doc = (await server.get('/api/openapi.json')).body;
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

/** The whole answer to a request sent in one write, read until the server closes. */
const rawRequest = (path: string) =>
  new Promise<string>((resolve, reject) => {
    const { port } = new URL(server.url);
    const socket = net.connect(Number(port), '127.0.0.1', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: ${asEditor.authorization}\r\n\r\n`),
    );
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
  });

const send = (method: string, path: string, body?: string) =>
  fetch(server.url + path, {
    method,
    headers: { ...asEditor, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body }),
  });

describe('requests the description allows are answered', () => {
  it('claims with no ids: none asked, none answered; more than 100 ids as sent, repeats too, are refused', async () => {
    const none = await server.get('/api/claims?ids=', asEditor);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ claims: [], missing: [] });
    const repeated = `/api/claims?${Array.from({ length: API_LIMITS.claimsPerRequest + 1 }, () => 'ids=clm-x').join('&')}`;
    expect((await server.get(repeated, asEditor)).status).toBe(400);
  });

  it('a path from an entity to itself is the one path of length 0', async () => {
    const res = await server.get(`/api/paths?from=${entity}&to=${entity}`, asEditor);
    expect(res.status).toBe(200);
    expect(res.body.paths).toEqual([{ length: 0, nodes: [entity], edges: [] }]);
    expect(res.body.graph.nodes.map((n: Body) => n.data.id)).toEqual([entity]);
    const nobody = await server.get('/api/paths?from=per-nobody&to=per-nobody', asEditor);
    expect(nobody.status).toBe(404);
    expect(nobody.body.error.message).toBe('No entity has the id "per-nobody".');
  });

  it('an outlet of punctuation only is kept as metadata instead of failing with 500', async () => {
    const text = 'قال المتحدث باسم المجلس المحلي في بلدة الريحان إن الطريق أعيد فتحه صباح اليوم.';
    const res = await server.post('/api/articles', { text, outlet: ')' }, asEditor);
    expect(res.status).toBe(200);
    expect(res.body.article.outlet).toBe(')');
  });
});

describe('what the description says the server refuses, it refuses, and says so', () => {
  it('every body is required, and a POST without one is a 400 naming it', async () => {
    const posts = Object.entries(doc.paths).filter(([, ops]: [string, Body]) => ops.post);
    expect(posts.length).toBe(6);
    for (const [path, ops] of posts as Array<[string, Body]>) {
      expect(ops.post.requestBody.required).toBe(true);
      expect(ops.post.responses['413']).toBeDefined();
      const res = await send('POST', path.replace('{id}', entity));
      expect(res.status).toBe(400);
      expect(((await res.json()) as Body).error.message).toMatch(/Invalid .*expected object/);
    }
  });

  it('a body over 1 MB is a documented 413', async () => {
    const res = await server.post('/api/articles', { text: 'نص '.repeat(400_000) }, asEditor);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(doc.paths['/api/articles'].post.responses['413'].description).toMatch(/1 MB/);
  });

  it('text of whitespace only is refused, and the description says text needs more (pattern)', async () => {
    const res = await server.post('/api/articles', { text: '\t' }, asEditor);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/text is empty/);
    const text = doc.components.schemas.IngestRequest.properties.text;
    expect(new RegExp(text.pattern).test('\t')).toBe(false);
  });

  it('a query string over 16 KB is a documented 431 that says why', async () => {
    const res = await server.get(`/api/search?q=${'a'.repeat(20_000)}`, asEditor);
    expect(res.status).toBe(431);
    expect(res.body.error.message).toMatch(/larger than 16 KB/);
    expect(doc.paths['/api/search'].get.responses['431']).toBeDefined();
  });

  it('a request line of half a megabyte still gets its 431, not a reset connection', async () => {
    const answer = await rawRequest(`/api/claims?${'ids=x&'.repeat(80_000)}`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('larger than 16 KB');
  });

  it('an empty entry of a list parameter is refused, as the description says, not ignored', async () => {
    for (const path of ['/api/search?q=x&types=', '/api/search?q=x&types=Person,,Place']) {
      const res = await server.get(path, asEditor);
      expect(res.status, path).toBe(400);
      expect(res.body.error.message, path).toMatch(/empty entry/);
    }
    expect((await server.get('/api/search?q=x&types=Person', asEditor)).status).toBe(200);
  });

  it('a method a path does not have is 405 with an Allow header; an unknown path stays 404', async () => {
    for (const [method, path, allow] of [
      ['PATCH', '/api/search?q=x', 'GET'],
      ['PUT', `/api/entities/${entity}/same-as`, 'POST'],
      ['DELETE', '/api/cypher', 'POST'],
    ] as const) {
      const res = await send(method, path);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(((await res.json()) as Body).error.message).toContain(`it has ${allow}`);
    }
    expect((await send('GET', '/api/nothing-here')).status).toBe(404);
    expect(doc.info.description).toMatch(/405 with an `Allow` header/);
  });
});
