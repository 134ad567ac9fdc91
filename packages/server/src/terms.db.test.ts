// Stated terms through the API, on two reports of our own wording read by the rule engine into
// the real Neo4j: the term a text states is stored on the claim edge, served with the
// consolidated claim beside its article dates, and two terms of one post that overlap contradict.
import { resetDatabase, testDriver } from '@shabaka/db/test';
import { extractArticle, planGraphWrite, writeArticle } from '@shabaka/ingest';
import { CLOSED_TERM_REPORT, OPEN_TERM_REPORT, TERM_POST } from '@shabaka/ingest/test-terms';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Body, startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
let server: TestServer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await resetDatabase(driver);
  for (const report of [CLOSED_TERM_REPORT, OPEN_TERM_REPORT]) {
    const { write } = planGraphWrite(extractArticle(report));
    await writeArticle(driver, write);
    ids[report.person] = write.entities.find((e) => e.name === report.person)!.id;
    ids.group = write.entities.find((e) => e.name === TERM_POST.group)!.id;
  }
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

const roleEdge = async (person: string) => {
  const { body } = await server.get(`/api/entities/${ids[person]}/neighbors`);
  return body.edges.find((e: Body) => e.data.type === 'HOLDS_ROLE' && e.data.target === ids.group);
};

describe('stated terms', () => {
  it('stores the term on the claim edge, as precise as the text', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (p:Person)-[r:HOLDS_ROLE {role: $role}]->() RETURN p.name AS name, r.validFrom AS validFrom, r.validTo AS validTo ORDER BY name',
      { role: TERM_POST.role },
    );
    expect(records.map((r) => [r.get('name'), r.get('validFrom'), r.get('validTo')])).toEqual([
      [CLOSED_TERM_REPORT.person, '2016', '2018'],
      [OPEN_TERM_REPORT.person, '2017', null],
    ]);
  });

  it('serves the stated term with the consolidated claim, beside the day it was cited', async () => {
    const edge = await roleEdge(CLOSED_TERM_REPORT.person);
    expect(edge.data.corroboration).toMatchObject({
      stated: { from: { date: '2016', precision: 'year' }, to: { date: '2018', precision: 'year' } },
      firstCited: '2021-03-04',
      lastCited: '2021-03-04',
    });
    const { body } = await server.get(`/api/claims/${edge.data.id}`);
    expect(body.claim).toMatchObject({ validFrom: '2016', validTo: '2018' });
    expect(body.corroboration.stated.to.date).toBe('2018');
  });

  it('finds the two holders of the one-holder post whose stated terms overlap, articles a year apart', async () => {
    const { status, body } = await server.get(`/api/contradictions?entity=${ids.group}`);
    expect(status).toBe(200);
    expect(body.contradictions.map((c: Body) => c.kind)).toEqual(['concurrent_holders']);
    const [found] = body.contradictions;
    expect(found.claims.map((c: Body) => [c.asOf, c.validFrom, c.validTo ?? null])).toEqual([
      ['2021-03-04', '2016', '2018'],
      ['2022-01-10', '2017', null],
    ]);
    expect(found.summary).toContain('(2016–2018 and since 2017)');
    expect((await roleEdge(OPEN_TERM_REPORT.person)).data.corroboration.contradicted).toBe(true);
  });
});
