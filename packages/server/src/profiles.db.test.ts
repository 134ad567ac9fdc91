// The researcher's screens against the real Neo4j: an organization's roster with its units, a
// person's roles as periods, and both on a day (GET ...?asOf=).
import { resetDatabase, testDriver } from '@shabaka/db/test';
import {
  OrganizationProfileSchema,
  PersonProfileSchema,
  type RolePeriod,
  SummaryResponseSchema,
} from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test/harness.ts';
import {
  EMIR,
  GROUP,
  SECURITY_CHIEF,
  SECURITY_OFFICE,
  TOWN,
  writeRosterArticles,
} from './test/roster-articles.ts';

const driver: Driver = testDriver();
let server: TestServer;
let ids: Record<'group' | 'emir' | 'chief' | 'office', string>;

async function entityId(name: string): Promise<string> {
  const { records } = await driver.executeQuery('MATCH (n:Entity {name: $name}) RETURN n.id AS id', { name });
  return records[0]!.get('id');
}

beforeAll(async () => {
  await resetDatabase(driver);
  await writeRosterArticles(driver);
  ids = {
    group: await entityId(GROUP),
    emir: await entityId(EMIR),
    chief: await entityId(SECURITY_CHIEF),
    office: await entityId(SECURITY_OFFICE),
  };
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server?.close();
  await driver.close();
});

const organization = async (id: string, asOf?: string) => {
  const res = await server.get(`/api/organizations/${id}/profile${asOf ? `?asOf=${asOf}` : ''}`);
  expect(res.status).toBe(200);
  return OrganizationProfileSchema.parse(res.body);
};
const person = async (id: string, asOf?: string) => {
  const res = await server.get(`/api/people/${id}/profile${asOf ? `?asOf=${asOf}` : ''}`);
  expect(res.status).toBe(200);
  return PersonProfileSchema.parse(res.body);
};
const row = (periods: RolePeriod[], name: string) => periods.filter((p) => p.person.name === name);

describe('organization profile', () => {
  it('lists who held which role, in the group and in its units, with first and last dates', async () => {
    const profile = await organization(ids.group);
    const emir = row(profile.roster, EMIR);
    expect(emir).toHaveLength(1);
    expect(emir[0]).toMatchObject({
      role: 'leader',
      body: { id: ids.group },
      status: 'former',
      firstSeen: '2021-03-01',
      lastSeen: '2023-01-15',
      sources: 4,
      undatedClaims: 1,
    });
    expect(emir[0]!.steps.map((s) => [s.status, s.asOf])).toEqual([
      ['appointed', '2021-03-01'],
      ['current', '2022-06-10'],
      ['former', '2023-01-15'],
    ]);
    // the security chief holds his post in the group's security office
    expect(row(profile.roster, SECURITY_CHIEF)[0]).toMatchObject({
      role: 'security_chief',
      body: { id: ids.office, name: SECURITY_OFFICE },
      status: 'current',
      firstSeen: '2021-03-01',
    });
    expect(profile.leaders.map((l) => l.person.name)).toEqual([EMIR]);
    expect(profile.units).toEqual([
      {
        unit: expect.objectContaining({ id: ids.office, name: SECURITY_OFFICE }),
        parent: ids.group,
        depth: 1,
      },
    ]);
    expect(profile.territory.map((t) => [t.type, t.other.name])).toEqual([['CONTROLS', TOWN]]);
    expect(profile.events.map((e) => [e.kind, e.other.name, e.asOf])).toEqual([
      ['appointed', EMIR, '2021-03-01'],
    ]);
    expect(profile.claimDates.months.map((m) => m.month)).toEqual(['2021-03', '2022-06', '2023-01']);
    expect(profile.claimDates.undated).toBeGreaterThan(0);
    expect(profile.articles).toHaveLength(4);
  });

  it('on a day, shows each role as its latest status up to it, and leaves later claims out', async () => {
    const before = await organization(ids.group, '2022-12-31');
    expect(before.asOf).toBe('2022-12-31');
    expect(row(before.roster, EMIR)[0]).toMatchObject({ status: 'current', lastSeen: '2022-06-10' });
    const after = await organization(ids.group, '2023-02-01');
    expect(row(after.roster, EMIR)[0]).toMatchObject({ status: 'former' });
    // before anything dated, only the undated claims remain, listed apart
    const early = await organization(ids.group, '2020-01-01');
    expect(early.roster).toEqual([]);
    expect(early.undatedRoster.map((p) => [p.person.name, p.role, p.firstSeen])).toEqual(
      [
        [SECURITY_CHIEF, 'security_chief', undefined],
        [EMIR, 'leader', undefined],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(early.claimDates.months).toHaveLength(3);
  });

  it('serves a unit as an organization (its own roster), and answers 404 for a person', async () => {
    const office = await organization(ids.office);
    expect(office.roster.map((p) => p.person.name)).toEqual([SECURITY_CHIEF]);
    const wrong = await server.get(`/api/organizations/${ids.emir}/profile`);
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.message).toMatch(/No organization or unit has the id/);
  });

  it('refuses a day that is not one, saying so', async () => {
    for (const asOf of ['2023-13-01', 'yesterday', '2023-1-1']) {
      const res = await server.get(`/api/organizations/${ids.group}/profile?asOf=${asOf}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/asOf/);
    }
  });
});

describe('summary', () => {
  it('counts what the graph holds and names its best-connected group with its people and places', async () => {
    const res = await server.get('/api/summary');
    expect(res.status).toBe(200);
    const summary = SummaryResponseSchema.parse(res.body);
    expect(summary.counts).toMatchObject({
      articles: 4,
      entities: { Person: 2, Organization: 1, Unit: 1, Place: 1 },
    });
    expect(summary.counts.claims).toBeGreaterThanOrEqual(8);
    expect(summary.dates).toEqual({ first: '2021-03-01', last: '2023-01-15', undatedArticles: 1 });
    const [top] = summary.topOrganizations;
    expect(top?.organization.name).toBe(GROUP);
    expect(top?.people).toEqual([{ person: expect.objectContaining({ name: EMIR }), roles: ['leader'] }]);
    expect(top?.places.map((p) => p.name)).toEqual([TOWN]);
    expect(summary.recentArticles.map((a) => a.publishedAt)).toEqual([
      '2023-01-15',
      '2022-06-10',
      '2021-03-01',
      undefined,
    ]);
  });
});

describe('search with context', () => {
  it('tells a hit by its group, role and place, and names its SAME_AS links', async () => {
    const office = await server.get(`/api/search?q=${encodeURIComponent(SECURITY_OFFICE)}`);
    expect(office.body.results[0]).toMatchObject({
      name: SECURITY_OFFICE,
      context: { organizations: [GROUP], sameAs: [] },
    });
    const group = await server.get(`/api/search?q=${encodeURIComponent(GROUP)}`);
    expect(group.body.results[0].context).toMatchObject({ place: TOWN });
    await driver.executeQuery(
      "MATCH (a:Person {id: $emir}), (b:Person {id: $chief}) CREATE (a)-[:SAME_AS {judgement: 'unsure'}]->(b)",
      { emir: ids.emir, chief: ids.chief },
    );
    try {
      const emir = await server.get(`/api/search?q=${encodeURIComponent(EMIR)}`);
      expect(emir.body.results[0].context).toEqual({
        organizations: [GROUP],
        role: 'leader',
        sameAs: [{ id: ids.chief, name: SECURITY_CHIEF, judgement: 'unsure' }],
      });
    } finally {
      await driver.executeQuery('MATCH (:Person {id: $emir})-[s:SAME_AS]-() DELETE s', { emir: ids.emir });
    }
  });
});

describe('person profile', () => {
  it('consolidates the roles into one row per role, body and period', async () => {
    const profile = await person(ids.emir);
    expect(profile.names.name).toBe(EMIR);
    expect(profile.roles).toHaveLength(1);
    expect(profile.roles[0]).toMatchObject({ role: 'leader', body: { name: GROUP }, status: 'former' });
    expect(profile.roles[0]!.titles).toEqual([]);
    expect(profile.roles[0]!.claims).toHaveLength(4);
    expect(profile.events.map((e) => [e.kind, e.other.name])).toEqual([['appointed', GROUP]]);
    expect((await person(ids.emir, '2022-12-31')).roles[0]!.status).toBe('current');
  });

  it('flags a conflict where two sources of the same day disagree', async () => {
    await writeRosterArticles(driver, { disagreeing: true });
    const profile = await person(ids.emir);
    expect(profile.roles[0]!.conflict).toMatch(/2023-01-15.*former.*current|2023-01-15.*current.*former/);
    expect(profile.roles[0]!.sources).toBe(5);
    expect((await person(ids.emir, '2022-12-31')).roles[0]!.conflict).toBeUndefined();
  });

  it('ends a post still held on the day its holder is reported killed', async () => {
    await writeRosterArticles(driver, { killing: true });
    const profile = await person(ids.chief);
    expect(profile.roles[0]).toMatchObject({
      status: 'former',
      killed: '2024-02-01',
      lastSeen: '2021-03-01',
    });
    expect(profile.roles[0]!.steps.at(-1)).toEqual({ status: 'former', asOf: '2024-02-01', claims: 0 });
    expect(profile.events.map((e) => [e.kind, e.direction, e.asOf])).toContainEqual([
      'KILLED',
      'in',
      '2024-02-01',
    ]);
    const roster = await organization(ids.group, '2023-12-31');
    expect(row(roster.roster, SECURITY_CHIEF)[0]).toMatchObject({ status: 'current' });
    expect(row((await organization(ids.group)).roster, SECURITY_CHIEF)[0]).toMatchObject({
      status: 'former',
    });
  });

  it('answers 404 for an organization id', async () => {
    const res = await server.get(`/api/people/${ids.group}/profile`);
    expect(res.status).toBe(404);
  });
});
