// How sure a claim is, through the API: independent sources with copies counted once, and
// contradictions among a person's claims, on articles of our own wording in the real Neo4j.
import { resetDatabase, testDriver } from '@shabaka/db/test';
import { planGraphWrite, retractArticle, writeArticle } from '@shabaka/ingest';
import { type HandArticle, handExtraction } from '@shabaka/ingest/test-articles';
import {
  DISMISSAL_REPORT,
  LATER_CURRENT,
  OTHER_REPORT,
  REPUBLISHED_COPY,
  WIRE_STORY,
} from '@shabaka/ingest/test-stories';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
let server: TestServer;
const writeOf = (article: HandArticle) => planGraphWrite(handExtraction(article)).write;
let leader: string;
let group: string;

/** The current-leader claims between the man and the group, as the API serves them. */
const leaderEdges = (graph: Body) =>
  graph.edges.filter(
    (e: Body) => e.data.type === 'HOLDS_ROLE' && e.data.status === 'current' && e.data.target === group,
  );

beforeAll(async () => {
  await resetDatabase(driver);
  for (const article of [WIRE_STORY, REPUBLISHED_COPY, OTHER_REPORT])
    await writeArticle(driver, writeOf(article));
  const write = writeOf(WIRE_STORY);
  leader = write.entities.find((e) => e.label === 'Person')!.id;
  group = write.entities.find((e) => e.name === 'كتائب الجبل')!.id;
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

describe('independent sources', () => {
  it('counts a republished copy once: three articles, two independent outlets, one copy', async () => {
    const { status, body } = await server.get(`/api/entities/${leader}/neighbors`);
    expect(status).toBe(200);
    const edges = leaderEdges(body);
    expect(edges).toHaveLength(3);
    for (const edge of edges)
      expect(edge.data.corroboration).toEqual({
        independentSources: 2,
        outlets: ['صحيفة السهل', 'وكالة الشمال'],
        articles: 3,
        copies: 1,
        confidence: 'high',
        contradicted: false,
        // each claim holds at least on its article's day: the wire story's to the other report's
        firstCited: '2026-03-10',
        lastCited: '2026-03-12',
      });
  });

  it("serves the same count with a claim's evidence", async () => {
    const { body } = await server.get(`/api/entities/${leader}/neighbors`);
    const ids = leaderEdges(body).map((e: Body) => e.data.id);
    const one = await server.get(`/api/claims/${ids[0]}`);
    expect(one.body.corroboration.independentSources).toBe(2);
    const many = await server.get(`/api/claims?ids=${ids.join(',')}`);
    expect(many.body.claims.map((c: Body) => c.corroboration.copies)).toEqual([1, 1, 1]);
  });

  it('gives a claim of one outlet and its copy low confidence', async () => {
    await retractArticle(driver, writeOf(OTHER_REPORT).article.id);
    const after = await server.get(`/api/entities/${leader}/neighbors`);
    const edge = leaderEdges(after.body).find((e: Body) => e.data.corroboration);
    expect(edge.data.corroboration).toMatchObject({ independentSources: 1, copies: 1, confidence: 'low' });
    await writeArticle(driver, writeOf(OTHER_REPORT));
  });
});

describe('contradictions', () => {
  it('flags a dismissal followed by a later "current" from another outlet, in the person\'s and the group\'s view', async () => {
    await writeArticle(driver, writeOf(DISMISSAL_REPORT));
    await writeArticle(driver, writeOf(LATER_CURRENT));
    for (const entity of [leader, group]) {
      const { status, body } = await server.get(`/api/contradictions?entity=${entity}`);
      expect(status).toBe(200);
      expect(body.contradictions.map((c: Body) => c.kind)).toEqual(['current_after_end']);
      const [found] = body.contradictions;
      expect(found.claims.map((c: Body) => [c.status, c.asOf, c.outlet])).toEqual([
        ['dismissed', '2026-04-01', 'إذاعة الوادي'],
        ['current', '2026-05-02', 'صحيفة السهل'],
      ]);
      expect(found.summary).toContain('dismissed');
    }
    const all = await server.get('/api/contradictions');
    expect(all.body.contradictions).toHaveLength(1);
    expect(all.body.persons).toBe(1);
  });

  it('marks the later claim contradicted, so of low confidence', async () => {
    const { body } = await server.get(`/api/entities/${leader}/neighbors`);
    const later = body.edges.find((e: Body) => e.data.asOf === '2026-05-02');
    expect(later.data.corroboration).toMatchObject({ contradicted: true, confidence: 'low' });
  });

  it('answers 404 for an unknown entity and 400 for a bad limit', async () => {
    expect((await server.get('/api/contradictions?entity=nobody')).status).toBe(404);
    expect((await server.get('/api/contradictions?limit=0')).status).toBe(400);
  });
});
