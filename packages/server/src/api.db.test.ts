// The read API against the real Neo4j holding the seed article's graph.
// Needs the seed article of ../shared/fixtures: skipped, saying so, where it is absent.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import { loadSampleData } from '@shabaka/ingest';
import {
  API_LIMITS,
  ClaimResponseSchema,
  ClaimsResponseSchema,
  CypherResponseSchema,
  EntityResponseSchema,
  NeighborsResponseSchema,
} from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithSeed } from '@shabaka/ingest/test';
import { startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
let server: TestServer;
let ids: Record<string, string>;
let articleId: string;

async function entityId(name: string): Promise<string> {
  const { records } = await driver.executeQuery('MATCH (n:Entity {name: $name}) RETURN n.id AS id', { name });
  return records[0]!.get('id');
}

beforeAll(async () => {
  await resetDatabase(driver);
  articleId = (await loadSampleData(driver)).articleId;
  ids = {
    leader: await entityId('ابو العز دهمان'),
    security: await entityId('ابو جعفر الفيومي'),
    isis: await entityId('داعش'),
  };
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

/** Every edge joins two nodes of the same response. */
function expectClosed(graph: {
  nodes: Array<{ data: { id: string } }>;
  edges: Array<{ data: { source: string; target: string } }>;
}) {
  const nodeIds = new Set(graph.nodes.map((n) => n.data.id));
  for (const e of graph.edges) expect(nodeIds.has(e.data.source) && nodeIds.has(e.data.target)).toBe(true);
}

describeWithSeed('health and contract', () => {
  it('reports Neo4j up, and ready once the search index is online', async () => {
    const health = await server.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', neo4j: { reachable: true }, keysRequired: false });
    expect((await server.get('/api/ready')).status).toBe(200);
  });

  it('reports 503 when Neo4j cannot be reached', async () => {
    const neo4j = (await import('neo4j-driver')).default;
    const dead = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'), {
      connectionTimeout: 500,
    });
    const down = await startTestServer(dead);
    try {
      const res = await down.get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'unavailable', neo4j: { reachable: false } });
    } finally {
      await down.close();
      await dead.close();
    }
  });

  it('serves an OpenAPI 3 document naming every endpoint', async () => {
    const res = await server.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/cypher',
      '/api/search',
      '/api/entities/{id}/neighbors',
      '/api/articles',
      '/api/paths',
    ]) {
      expect(Object.keys(res.body.paths)).toContain(p);
    }
    expect(res.body.components.schemas.GraphNode).toBeDefined();
  });

  it('answers an unknown endpoint and bad input with a JSON error, never a stack trace', async () => {
    const missing = await server.get('/api/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const bad = await server.post('/api/cypher', '{"query": ');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/JSON/);
    const badLimit = await server.get('/api/search?q=x&limit=abc');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.error.message).toMatch(/limit/);
  });

  it('sends security headers, no CORS by default, and logs one line per request', async () => {
    const res = await server.get('/api/health', { origin: 'https://evil.example' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeTruthy();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const line = JSON.parse(server.logs.at(-1)!);
    expect(line).toMatchObject({ method: 'GET', path: '/api/health', status: 200 });
    expect(typeof line.ms).toBe('number');
  });
});

describeWithSeed('search', () => {
  it('finds an Arabic name whatever its hamza, and ranks the name that starts with the query first', async () => {
    const res = await server.get(`/api/search?q=${encodeURIComponent('ابو العز')}`);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ id: ids.leader, name: 'ابو العز دهمان', label: 'Person' });
    const hamza = await server.get(`/api/search?q=${encodeURIComponent('أبو العزّ')}`);
    expect(hamza.body.results[0].id).toBe(ids.leader);
  });

  it('matches the transliteration for a Latin query, and filters by type', async () => {
    const res = await server.get('/api/search?q=dahman');
    expect(res.body.results.map((r: { id: string }) => r.id)).toContain(ids.leader);
    const places = await server.get(`/api/search?q=${encodeURIComponent('ابو العز')}&types=Place`);
    expect(places.body.results).toEqual([]);
  });

  it('finds a name while it is typed, a misspelt transliteration, and counts mentions of the hits', async () => {
    const typing = await server.get(`/api/search?q=${encodeURIComponent('ابو الع')}`);
    expect(typing.body.results[0]).toMatchObject({ id: ids.leader });
    expect(typing.body.results[0].mentions).toBeGreaterThan(0);
    // One edit away is the fallback when the words themselves find too little.
    const misspelt = await server.get('/api/search?q=dehman');
    expect(misspelt.body.results.map((r: { id: string }) => r.id)).toContain(ids.leader);
    // A Latin fragment too short to narrow anything is a word, not a prefix.
    const fragment = await server.get('/api/search?q=da');
    expect(fragment.body.results.map((r: { id: string }) => r.id)).not.toContain(ids.leader);
  });

  it('fills a page of one type even when other types rank higher', async () => {
    const all = await server.get(`/api/search?q=${encodeURIComponent('ابو')}&limit=1`);
    expect(all.body.results).toHaveLength(1);
    const places = await server.get(
      `/api/search?q=${encodeURIComponent('ابو')}&types=Organization,Place&limit=100`,
    );
    for (const hit of places.body.results) expect(['Organization', 'Place']).toContain(hit.label);
    const persons = await server.get(`/api/search?q=${encodeURIComponent('ابو')}&types=Person&limit=3`);
    expect(persons.body.results).toHaveLength(3);
    expect(persons.body.results.every((r: { label: string }) => r.label === 'Person')).toBe(true);
  });

  it('treats Lucene syntax in the query as text', async () => {
    for (const q of ['دهمان)', 'AND OR NOT', '"*?~', 'a:b\\']) {
      const res = await server.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect([200, 400]).toContain(res.status);
      expect(res.body.error?.code).not.toBe('internal');
    }
  });
});

describeWithSeed('entities', () => {
  it('gives an entity with its degree, articles and roles over time', async () => {
    const res = await server.get(`/api/entities/${ids.security}`);
    expect(res.status).toBe(200);
    const body = EntityResponseSchema.parse(res.body);
    expect(body.entity).toMatchObject({ id: ids.security, label: 'Person', name: 'ابو جعفر الفيومي' });
    expect(body.degree).toContainEqual(expect.objectContaining({ type: 'HOLDS_ROLE', direction: 'out' }));
    expect(body.articles.map((a) => a.id)).toEqual([articleId]);
    expect(body.roles.map((r) => r.role)).toContain('security_chief');
    expect((await server.get('/api/entities/per-nobody')).status).toBe(404);
  });

  it('counts neighbours per type and direction, and expands them as closed elements', async () => {
    const counts = await server.get(`/api/entities/${ids.isis}/neighbor-counts`);
    expect(counts.status).toBe(200);
    const total = counts.body.counts
      .filter((c: { type: string }) => c.type !== 'MENTIONED_IN')
      .reduce((n: number, c: { count: number }) => n + c.count, 0);
    expect(total).toBeGreaterThan(0);

    const one = NeighborsResponseSchema.parse((await server.get(`/api/entities/${ids.isis}/neighbors`)).body);
    expect(one.center).toBe(ids.isis);
    expect(one.nodes.map((n) => n.data.id)).toContain(ids.isis);
    expect(one.nodes.some((n) => n.data.label === 'Article')).toBe(false); // mentions are not followed by default
    expectClosed(one);

    const two = NeighborsResponseSchema.parse(
      (await server.get(`/api/entities/${ids.isis}/neighbors?depth=2`)).body,
    );
    expect(two.nodes.length).toBeGreaterThanOrEqual(one.nodes.length);
    expectClosed(two);

    const capped = NeighborsResponseSchema.parse(
      (await server.get(`/api/entities/${ids.isis}/neighbors?depth=3&limit=2`)).body,
    );
    expect(capped.nodes.length).toBe(3); // the centre and two neighbours
    expect(capped.truncated).toBe(true);

    const onlyRoles = await server.get(`/api/entities/${ids.isis}/neighbors?types=HOLDS_ROLE`);
    for (const e of onlyRoles.body.edges) expect(e.data.type).toBe('HOLDS_ROLE');
    expect((await server.get(`/api/entities/${ids.isis}/neighbors?types=BOGUS`)).status).toBe(400);
    expect((await server.get(`/api/entities/${ids.isis}/neighbors?depth=9`)).status).toBe(400);
  });

  it('finds shortest paths between two entities', async () => {
    const res = await server.get(`/api/paths?from=${ids.security}&to=${ids.leader}`);
    expect(res.status).toBe(200);
    expect(res.body.paths.length).toBeGreaterThan(0);
    const first = res.body.paths[0];
    expect(first.nodes[0]).toBe(ids.security);
    expect(first.nodes.at(-1)).toBe(ids.leader);
    expect(first.edges).toHaveLength(first.length);
    expectClosed(res.body.graph);
    expect((await server.get(`/api/paths?from=${ids.security}&to=per-nobody`)).status).toBe(404);
  });
});

describeWithSeed('overview, evidence and schema', () => {
  it('draws a bounded overview in the elements format', async () => {
    const res = await server.get('/api/graph?limit=5');
    expect(res.status).toBe(200);
    expect(res.body.nodes.length).toBe(5);
    expect(res.body.truncated).toBe(true);
    expectClosed(res.body);
  });

  it('leaves out of the overview entities that no claim joins to another (only mentioned)', async () => {
    const res = await server.get('/api/graph?limit=500');
    const names = res.body.nodes.map((n: { data: { name?: string } }) => n.data.name);
    expect(names).toContain('ابو العز دهمان');
    expect(names).not.toContain('الموصل'); // named once in passing, in no claim
  });

  it('gives an article with every mention and claim at offsets that point into its text', async () => {
    const res = await server.get(`/api/articles/${articleId}`);
    expect(res.status).toBe(200);
    const { article, mentions, claims } = res.body;
    expect(article.text.length).toBeGreaterThan(100);
    const leader = mentions.find((m: { entity: { id: string } }) => m.entity.id === ids.leader);
    for (const s of leader.spans) expect(article.text.slice(s.start, s.end)).toMatch(/دهمان|العز/);
    const role = claims.find(
      (c: { type: string; source: { id: string } }) => c.type === 'HOLDS_ROLE' && c.source.id === ids.leader,
    );
    expect(article.text.slice(role.start, role.end)).toBe('أمير التنظيم في المنطقة كاملة');

    const claim = await server.get(`/api/claims/${role.id}`);
    expect(claim.status).toBe(200);
    expect(claim.body.claim).toMatchObject({
      id: role.id,
      evidence: role.evidence,
      source: { id: ids.leader },
    });
    expect(claim.body.article.id).toBe(articleId);
    expect((await server.get('/api/claims/clm-nothing')).status).toBe(404);
  });

  it('gives several claims at once, in the order asked, each as the single-claim endpoint does', async () => {
    const article = await server.get(`/api/articles/${articleId}`);
    const claims = (article.body.claims as Array<{ id: string; type: string }>).filter(
      (c, i, all) => all.findIndex((o) => o.type === c.type) === i,
    );
    expect(claims.length).toBeGreaterThan(2);
    const ids = [...claims.map((c) => c.id).reverse(), 'clm-nothing'];
    const res = await server.get(`/api/claims?ids=${ids.map(encodeURIComponent).join(',')}`);
    expect(res.status).toBe(200);
    const batch = ClaimsResponseSchema.parse(res.body);
    expect(batch.claims.map((c) => c.claim.id)).toEqual(ids.slice(0, -1));
    expect(batch.missing).toEqual(['clm-nothing']);
    const single = ClaimResponseSchema.parse((await server.get(`/api/claims/${ids[0]}`)).body);
    expect(batch.claims[0]).toEqual(single);
    expect(batch.claims.every((c) => c.article?.id === articleId)).toBe(true);

    const tooMany = Array.from({ length: API_LIMITS.claimsPerRequest + 1 }, (_, i) => `clm-${i}`);
    expect((await server.get(`/api/claims?ids=${tooMany.join(',')}`)).status).toBe(400);
  });

  it('lists labels, relationship types and property keys with counts', async () => {
    const res = await server.get('/api/schema');
    expect(res.status).toBe(200);
    expect(res.body.labels).toContainEqual({ label: 'Person', count: 9 });
    expect(res.body.relationshipTypes.map((t: { type: string }) => t.type)).toContain('HOLDS_ROLE');
    expect(res.body.propertyKeys).toContain('searchText');
  });
});

describeWithSeed('ingest', () => {
  const fixture = new URL('../../ingest/fixtures/articles/anbar-isis-wali-arrested.ar.txt', import.meta.url);

  it('extracts, plans and writes an Arabic article, then serves it as evidence', async () => {
    const res = await server.post('/api/articles', {
      text: fs.readFileSync(fixture, 'utf8'),
      outlet: 'test outlet',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.article.id).toMatch(/^art-/);
    expect(res.body.extraction.persons.length).toBeGreaterThan(0);
    expect(res.body.written.nodesCreated).toBeGreaterThan(0);
    const article = await server.get(`/api/articles/${res.body.article.id}`);
    expect(article.status).toBe(200);
    expect(article.body.mentions.length).toBeGreaterThan(0);
  });

  it('answers 422 with a readable message for a text in neither Arabic nor English', async () => {
    const res = await server.post('/api/articles', {
      text: 'Le commandant de la brigade a été arrêté lundi à Raqqa, selon des sources locales.',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/neither Arabic nor English/);
  });

  it('ingests an English article, naming its group by the Arabic canonical name', async () => {
    const res = await server.post('/api/articles', {
      text: 'Local sources said the Islamic State commander Karam Hadid was arrested by the SDF in Raqqa on Monday.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const group = await server.get(`/api/search?q=${encodeURIComponent('SDF')}`);
    expect(group.body.results.map((r: { name: string }) => r.name)).toContain('قوات سوريا الديمقراطية');
  });
});

describeWithSeed('roles, CORS and the web app', () => {
  it('asks for a key when keys are configured, and keeps ingest for editors', async () => {
    const keyed = await startTestServer(driver, { readerKeys: ['read-key'], editorKeys: ['edit-key'] });
    try {
      expect((await keyed.get('/api/search?q=x')).status).toBe(401);
      expect((await keyed.get('/api/search?q=x', { authorization: 'Bearer wrong' })).status).toBe(401);
      const health = await keyed.get('/api/health');
      expect(health.status).toBe(200);
      expect(health.body.keysRequired).toBe(true);
      const asReader = await keyed.get(`/api/entities/${ids.leader}`, { authorization: 'Bearer read-key' });
      expect(asReader.status).toBe(200);
      const ingest = await keyed.post('/api/articles', { text: 'نص' }, { 'x-api-key': 'read-key' });
      expect(ingest.status).toBe(403);
      const cypher = CypherResponseSchema.safeParse(
        (await keyed.post('/api/cypher', { query: 'RETURN 1 AS one' }, { authorization: 'Bearer edit-key' }))
          .body,
      );
      expect(cypher.success).toBe(true);
    } finally {
      await keyed.close();
    }
  });

  it('allows only configured origins', async () => {
    const withCors = await startTestServer(driver, { corsOrigins: ['http://localhost:5173'] });
    try {
      const ok = await withCors.get('/api/health', { origin: 'http://localhost:5173' });
      expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      const other = await withCors.get('/api/health', { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await withCors.close();
    }
  });

  it('serves the built web app with SPA fallback, and keeps /api JSON', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'shabaka-web-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>shabaka</title>');
    const web = await startTestServer(driver, {}, dist);
    try {
      expect((await web.get('/')).body).toContain('<title>shabaka</title>');
      expect((await web.get('/entity/per-123')).body).toContain('<title>shabaka</title>');
      expect((await web.get('/api/nope')).body.error.code).toBe('not_found');
    } finally {
      await web.close();
      fs.rmSync(dist, { recursive: true });
    }
  });
});
