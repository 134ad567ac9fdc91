// Researchers judging SAME_AS candidates, against the real Neo4j: the seed article, then a second
// Needs the seed article of ../shared/fixtures: skipped, saying so, where it is absent.
// article naming the weak name `ابو نجم` under another group, which the writer links as a candidate.
import { resetDatabase, testDriver } from '@shabaka/db/test';
import { loadSampleData } from '@shabaka/ingest';
import { EntityResponseSchema, SameAsQueueResponseSchema } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeWithSeed } from '@shabaka/ingest/test';
import { type Body, startTestServer, type TestServer } from './test/harness.ts';
import { writeNamesakeArticle } from './test/namesake-article.ts';

const driver: Driver = testDriver();
const EDITOR = { authorization: 'Bearer edit-key' };
const READER = { authorization: 'Bearer read-key' };
let server: TestServer;
let seedNajm: string;
let otherNajm: string;
let hts: string;

async function one(query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params);
  return records[0]?.toObject();
}

const judge = (id: string, body: unknown, headers: Record<string, string> = EDITOR) =>
  server.post(`/api/entities/${encodeURIComponent(id)}/same-as`, body, headers);

const neighbourIds = async (id: string, query = '') =>
  (
    (await server.get(`/api/entities/${encodeURIComponent(id)}/neighbors${query}`, READER)).body as Body
  ).nodes.map((n: Body) => n.data.id) as string[];

beforeAll(async () => {
  server = await startTestServer(driver, {
    readerKeys: ['read-key'],
    editorKeys: ['alice:edit-key', 'edit-2'],
  });
});
beforeEach(async () => {
  await resetDatabase(driver);
  await loadSampleData(driver);
  await writeNamesakeArticle(driver);
  const najm = await one(
    `MATCH (p:Person {key: 'ابو نجم'})-[:HOLDS_ROLE]->(o:Organization)
     RETURN collect(CASE WHEN o.name = 'داعش' THEN p.id END)[0] AS seed,
            collect(CASE WHEN o.name <> 'داعش' THEN p.id END)[0] AS other,
            collect(CASE WHEN o.name <> 'داعش' THEN o.id END)[0] AS org`,
  );
  seedNajm = najm!.seed;
  otherNajm = najm!.other;
  hts = najm!.org;
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

describeWithSeed('the SAME_AS review queue', () => {
  it('lists the candidate the second article created, with what a researcher needs to judge it', async () => {
    expect(seedNajm).toBeTruthy();
    expect(otherNajm).toBeTruthy();
    const res = await server.get('/api/same-as', READER);
    expect(res.status).toBe(200);
    const queue = SameAsQueueResponseSchema.parse(res.body);
    expect(queue.judgement).toBe('unsure');
    expect(queue.total).toBe(1);
    const [candidate] = queue.candidates;
    expect(new Set([candidate!.source.id, candidate!.target.id])).toEqual(new Set([seedNajm, otherNajm]));
    expect(candidate).toMatchObject({ judgement: 'unsure', by: 'shabaka-resolver', score: 0.5 });
    expect(candidate!.reason).toBeTruthy();
    const sides = [candidate!.source, candidate!.target];
    const groups = sides.map((s) => s.organizations.map((o) => o.name));
    expect(groups.flat()).toEqual(expect.arrayContaining(['داعش', 'هيئة تحرير الشام']));
    for (const side of sides) {
      expect(side).toMatchObject({ name: 'ابو نجم', label: 'Person' });
      expect(side.articles).toBe(1);
      expect(side.mentions).toBeGreaterThanOrEqual(1);
    }
    expect((await server.get('/api/same-as?judgement=confirmed', READER)).body.candidates).toEqual([]);
  });
});

describeWithSeed('judging a candidate', () => {
  it('confirming shows the other node’s claims in the first one’s neighbourhood, rejecting removes them', async () => {
    expect(await neighbourIds(seedNajm)).not.toContain(hts);

    const confirmed = await judge(seedNajm, {
      other: otherNajm,
      judgement: 'confirmed',
      note: 'same man, moved',
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      created: false,
      candidate: { judgement: 'confirmed', by: 'alice', note: 'same man, moved' },
    });
    expect(await neighbourIds(seedNajm)).toEqual(expect.arrayContaining([otherNajm, hts]));
    expect(await neighbourIds(seedNajm, '?includeSameAs=false')).not.toContain(hts);
    const entity = EntityResponseSchema.parse((await server.get(`/api/entities/${seedNajm}`, READER)).body);
    expect(entity.sameAs).toEqual([
      { id: otherNajm, name: 'ابو نجم', label: 'Person', judgement: 'confirmed' },
    ]);
    expect((await server.get('/api/same-as?judgement=confirmed', READER)).body.total).toBe(1);

    // Judged from the other end: still the one link, now rejected.
    const rejected = await judge(otherNajm, { other: seedNajm, judgement: 'rejected' });
    expect(rejected.body.candidate).toMatchObject({ judgement: 'rejected', by: 'alice' });
    expect(rejected.body.candidate.note).toBeUndefined();
    expect(await neighbourIds(seedNajm)).not.toContain(hts);
    const links = await one(
      'MATCH (:Person)-[s:SAME_AS]-(:Person) RETURN count(s) / 2 AS n, collect(s.history)[0] AS history',
    );
    expect(links!.n.toNumber()).toBe(1);
    expect(links!.history).toHaveLength(2);

    // The data stayed on each node: the other article's claim is still the other node's.
    const claim = await one('MATCH (p:Person {id: $id})-[r:HOLDS_ROLE]->(o) RETURN o.id AS org', {
      id: otherNajm,
    });
    expect(claim!.org).toBe(hts);
  });

  it('links two entities no candidate joined, once, crediting an unlabelled key by its role', async () => {
    const leader = (await one("MATCH (p:Person {name: 'ابو العز دهمان'}) RETURN p.id AS id"))!.id;
    const first = await judge(leader, { other: otherNajm, judgement: 'unsure' }, { 'x-api-key': 'edit-2' });
    expect(first.body).toMatchObject({ created: true, candidate: { judgement: 'unsure', by: 'editor' } });
    const again = await judge(otherNajm, { other: leader, judgement: 'rejected' }, { 'x-api-key': 'edit-2' });
    expect(again.body.created).toBe(false);
    const n = await one('MATCH (a:Person {id: $a})-[s:SAME_AS]-(b:Person {id: $b}) RETURN count(s) AS n', {
      a: leader,
      b: otherNajm,
    });
    expect(n!.n.toNumber()).toBe(1);
  });

  it('refuses a reader (403), unknown ids (404), itself and a bad judgement (400), changing nothing', async () => {
    const state = () => one('MATCH ()-[s:SAME_AS]->() RETURN collect(s.judgement) AS judgements');
    const before = await state();
    const asReader = await judge(seedNajm, { other: otherNajm, judgement: 'confirmed' }, READER);
    expect(asReader.status).toBe(403);
    expect((await judge('per-nobody', { other: otherNajm, judgement: 'confirmed' })).status).toBe(404);
    expect((await judge(seedNajm, { other: 'per-nobody', judgement: 'confirmed' })).status).toBe(404);
    expect((await judge(seedNajm, { other: seedNajm, judgement: 'confirmed' })).status).toBe(400);
    expect((await judge(seedNajm, { other: otherNajm, judgement: 'merged' })).status).toBe(400);
    expect((await server.get('/api/same-as?judgement=maybe', READER)).status).toBe(400);
    expect(await state()).toEqual(before);
    expect(await neighbourIds(seedNajm)).not.toContain(hts);
    expect(server.logs.join('\n')).not.toContain('edit-key');
  });
});
