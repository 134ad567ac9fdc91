import { graphCounts, resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { loadFixture, seedFixture } from './eval/fixtures.ts';
import { type Plan, planGraphWrite } from './stages/plan.ts';
import { goldExtraction } from './sample.ts';
import { describeWithSeed } from './test-seed.ts';
import { writeArticle } from './writer.ts';

const driver: Driver = testDriver();
let seed: Plan['write'];

async function rows(query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

beforeEach(() => resetDatabase(driver));
afterAll(() => driver.close());

// Reads the seed article of ../shared/fixtures: skipped, saying so, where it is absent.
describeWithSeed('writeArticle on the seed article', () => {
  beforeAll(() => {
    seed = planGraphWrite(goldExtraction(loadFixture(seedFixture()))).write;
  });

  it('writes the people, their roles and the structure the article states', async () => {
    await writeArticle(driver, seed);

    const [persons] = await rows('MATCH (p:Person) RETURN count(p) AS n');
    expect(persons!.n.toNumber()).toBe(9);
    const roleOf = (person: string, role: string) =>
      rows(
        `MATCH (p:Person {name: $person})-[r:HOLDS_ROLE {role: $role}]->(o)
         MATCH (a:Article {id: r.article})
         RETURN o.name AS org, [l IN labels(o) WHERE l <> 'Entity'] AS labels, r.status AS status,
                r.evidence AS evidence, substring(a.text, r.start, r.end - r.start) AS span
         ORDER BY org`,
        { person, role },
      );
    const leader = await roleOf('ابو العز دهمان', 'leader');
    expect(leader.map((r) => r.org)).toEqual(['داعش']);
    expect(leader[0]!.span).toBe('أمير التنظيم في المنطقة كاملة');
    expect(leader[0]!.evidence).toContain('ابو العز دهمان');

    const security = await roleOf('ابو جعفر الفيومي', 'security_chief');
    expect(security.map((r) => [r.org, r.labels])).toEqual([['المكتب الأمني', ['Unit']]]);
    const structure = await rows(
      `MATCH (:Unit {name: 'المكتب الأمني'})-[:PART_OF]->(o:Organization) RETURN o.name AS org`,
    );
    expect(structure).toEqual([{ org: 'داعش' }]);
    const replaced = await rows(
      `MATCH (a:Person)-[r:REPLACED]->(b:Person) RETURN a.name AS by, b.name AS whom, r.evidence AS evidence`,
    );
    expect(replaced.map((r) => [r.by, r.whom])).toEqual([['ابو نجم', 'راتب طيّارة']]);
  });

  it('keeps every claim traceable to its sentence and article', async () => {
    await writeArticle(driver, seed);
    const orphans = await rows(
      `MATCH ()-[r]->() WHERE NOT type(r) IN ['MENTIONED_IN', 'PUBLISHED_BY', 'SAME_AS']
       OPTIONAL MATCH (a:Article {id: r.article})
       WITH r, a WHERE a IS NULL OR r.evidence IS NULL OR r.start IS NULL OR NOT a.text CONTAINS r.evidence
       RETURN type(r) AS type, r.id AS id`,
    );
    expect(orphans).toEqual([]);
    const [published] = await rows(
      `MATCH (a:Article)-[:PUBLISHED_BY]->(o:Organization) RETURN o.name AS outlet, a.title AS title`,
    );
    expect(published!.outlet).toBe('صوت العاصمة');
  });

  it('changes nothing when the same article is written twice', async () => {
    const first = await writeArticle(driver, seed);
    const after = await graphCounts(driver);
    const second = await writeArticle(driver, seed);
    expect(await graphCounts(driver)).toEqual(after);
    expect(first.nodesCreated).toBeGreaterThan(30);
    expect(second.nodesCreated).toBe(0);
    expect(second.relationshipsCreated).toBe(0);
  });

  it('leaves nothing behind when the write fails half-way', async () => {
    // An Organization already holds the id one of the seed's people will get: merging that
    // Person (after the Article and other entities) violates the Entity id constraint.
    const person = seed.entities.find((e) => e.label === 'Person')!;
    await driver.executeQuery('CREATE (:Organization:Entity {id: $id, name: "squatter"})', { id: person.id });
    const before = await graphCounts(driver);

    await expect(writeArticle(driver, seed)).rejects.toThrow(/already exists|constraint/i);

    expect(await graphCounts(driver)).toEqual(before);
    expect(await rows('MATCH (a:Article) RETURN a.id AS id')).toEqual([]);
  });

  it('links a weak name seen in two articles under different groups as a SAME_AS candidate, not a merge', async () => {
    await writeArticle(driver, seed);
    const other = structuredClone(seed);
    other.article = { ...seed.article, id: 'art-other', text: seed.article.text };
    const weak = other.entities.find((e) => e.name === 'ابو نجم')!;
    weak.id = 'per-abu-najm-elsewhere';
    other.entities = other.entities.filter((e) => e.label !== 'Person' || e === weak);
    other.claims = [];
    other.outlet = undefined;
    await writeArticle(driver, other);

    const nodes = await rows(`MATCH (p:Person {key: 'ابو نجم'}) RETURN count(p) AS n`);
    expect(nodes[0]!.n.toNumber()).toBe(2);
    const candidates = await rows(`MATCH (:Person)-[s:SAME_AS]->(:Person) RETURN s.judgement AS judgement`);
    expect(candidates).toEqual([{ judgement: 'unsure' }]);
  });

  it('keeps the fullest spelling as the name and grows aliases when a second article names the same person', async () => {
    await writeArticle(driver, seed);
    const person = seed.entities.find((e) => e.name === 'ابو العز دهمان')!;
    const second = structuredClone(seed);
    second.article = { ...seed.article, id: 'art-second' };
    second.entities = [{ ...person, name: 'أبو العزّ دهمان', aliases: ['أبو العز'], searchText: 'ابو العز' }];
    second.claims = [];
    second.outlet = undefined;
    await writeArticle(driver, second);

    const [node] = await rows(
      'MATCH (p:Person {id: $id}) RETURN p.name AS name, p.aliases AS aliases, p.searchText AS search',
      {
        id: person.id,
      },
    );
    expect(node!.name).toBe('أبو العزّ دهمان');
    expect(node!.aliases).toEqual(expect.arrayContaining(['ابو العز دهمان', 'دهمان', 'أبو العز']));
    expect(node!.search.split(' ')).toEqual(expect.arrayContaining(['ابو', 'العز', 'دهمان']));
  });
});
