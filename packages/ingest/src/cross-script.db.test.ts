// One group and one person across scripts, on the real Neo4j: an Arabic and an English article of
// our own wording about the same leader. The group meets on one node that Latin and Arabic
// searches both find; the person, spelt in two scripts, meets on one node when both articles tie
// him to the same group (a strong match), and gets one SAME_AS candidate when only the name agrees.
import { ENTITY_SEARCH_INDEX } from '@shabaka/db';
import { crossScriptKey } from '@shabaka/model';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from './pipeline.ts';
import { planGraphWrite } from './stages/plan.ts';
import { writeArticle } from './writer.ts';
import { writeBatch } from './batch-writer.ts';

const driver: Driver = testDriver();

const ARABIC =
  'قال زعيم هيئة تحرير الشام أبو محمد الجولاني في كلمة مصورة إن الهيئة ستواصل عملياتها في ريف إدلب.';
const ENGLISH =
  'Hayat Tahrir al-Sham leader Abu Mohammed al-Julani told fighters in Idlib that the group would keep its positions. ' +
  'HTS also said that Julani had met tribal elders.';
/** The same name with no tie to any group: only the name agrees. */
const ENGLISH_UNTIED =
  'Residents of Idlib said on Monday that Abu Mohammed al-Julani had visited a hospital in the city.';

const search = async (query: string) =>
  (
    await rows('CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.id AS id', {
      index: ENTITY_SEARCH_INDEX,
      query,
    })
  ).map((h) => h.id as string);

async function write(text: string) {
  return writeArticle(driver, planGraphWrite(extractArticle({ text })).write);
}

async function rows(query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

beforeEach(() => resetDatabase(driver));
afterAll(() => driver.close());

describe('an English and an Arabic article about one leader', () => {
  it('meet on one node for the group, which Latin names and abbreviations find', async () => {
    await write(ARABIC);
    await write(ENGLISH);
    const groups = await rows(
      `MATCH (o:Organization {name: 'هيئة تحرير الشام'})-[:MENTIONED_IN]->(a:Article)
       RETURN o.id AS id, count(a) AS articles`,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.articles.toNumber()).toBe(2);
    for (const query of ['hts', 'hayat tahrir al sham', 'هيئة تحرير الشام']) {
      const hits = await rows(
        `CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.id AS id`,
        { index: ENTITY_SEARCH_INDEX, query },
      );
      expect(
        hits.map((h) => h.id),
        query,
      ).toContain(groups[0]!.id);
    }
  });

  it('meet on one node for the person both tie to the group, whichever comes first, which either script finds', async () => {
    for (const order of [
      [ARABIC, ENGLISH],
      [ENGLISH, ARABIC],
    ]) {
      await resetDatabase(driver);
      for (const text of [...order, ...order]) await write(text);
      const persons = await rows(
        `MATCH (p:Person) OPTIONAL MATCH (p)-[:MENTIONED_IN]->(a:Article)
         RETURN p.id AS id, p.name AS name, p.aliases AS aliases, count(a) AS articles`,
      );
      expect(persons, order[0]).toHaveLength(1);
      const [person] = persons;
      expect([person!.name, ...(person!.aliases as string[])]).toEqual(
        expect.arrayContaining(['Abu Mohammed al-Julani', 'أبو محمد الجولاني']),
      );
      expect(person!.articles.toNumber()).toBe(2);
      const roles = await rows(
        `MATCH (:Person {id: $id})-[r:HOLDS_ROLE]->(:Organization {name: 'هيئة تحرير الشام'})
         RETURN r.article AS article`,
        { id: person!.id },
      );
      expect(new Set(roles.map((r) => r.article)).size).toBe(2);
      expect(await rows('MATCH ()-[s:SAME_AS]-() RETURN s')).toEqual([]);
      for (const query of ['abu mohammed al julani', 'الجولاني', 'أبو محمد'])
        expect(await search(query), query).toContain(person!.id);
    }
  });

  it('meet on one node for the person in a batch too, whichever article of the batch names him', async () => {
    await write(ARABIC);
    const other =
      'Hayat Tahrir al-Sham commander Abu Omar al-Shami told fighters in Idlib to hold their positions.';
    const writes = [other, ENGLISH].map((text) => planGraphWrite(extractArticle({ text })).write);
    await writeBatch(driver, writes);
    const persons = await rows(
      `MATCH (p:Person) RETURN [p.name] + p.aliases AS spellings, COUNT { (p)-[:MENTIONED_IN]->() } AS articles
       ORDER BY articles`,
    );
    // The second article of the batch met the Arabic node; the first one's commander is his own.
    expect(persons.map((p) => p.articles.toNumber())).toEqual([1, 2]);
    expect(persons[0]!.spellings).toContain('Abu Omar al-Shami');
    expect(persons[1]!.spellings).toEqual(
      expect.arrayContaining(['Abu Mohammed al-Julani', 'أبو محمد الجولاني']),
    );
  });

  it('give the person spelt in two scripts one SAME_AS candidate, with its reason, when only the name agrees', async () => {
    await write(ARABIC);
    await write(ENGLISH_UNTIED);
    await write(ENGLISH_UNTIED);
    const candidates = await rows(
      `MATCH (a:Person)-[s:SAME_AS]-(b:Person) WHERE a.id < b.id
       RETURN a.name AS a, b.name AS b, s.judgement AS judgement, s.reason AS reason`,
    );
    expect(candidates).toHaveLength(1);
    expect([candidates[0]!.a, candidates[0]!.b].sort()).toEqual([
      'Abu Mohammed al-Julani',
      'أبو محمد الجولاني',
    ]);
    expect(candidates[0]!.judgement).toBe('unsure');
    expect(candidates[0]!.reason).toBe('same name in another script or spelling');
    // Search's cross-script tier: the Arabic node is found from a Latin spelling's skeleton.
    const hits = await rows(
      'CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.name AS name',
      { index: ENTITY_SEARCH_INDEX, query: crossScriptKey('Abu Muhammad al-Jolani') },
    );
    expect(hits.map((h) => h.name)).toEqual(
      expect.arrayContaining(['أبو محمد الجولاني', 'Abu Mohammed al-Julani']),
    );
  });

  it('merge nothing, and propose both, when two nodes of the other script share the key and the group', async () => {
    await write(ARABIC);
    // A second Arabic spelling of the same skeleton (a namesake, or a variant): which one the
    // English article means is a researcher's call.
    await write('وقال القيادي في هيئة تحرير الشام أبو محمد جولاني إن الهجوم فشل.');
    await write(ENGLISH);
    const candidates = await rows(
      `MATCH (e:Person {name: 'Abu Mohammed al-Julani'})-[s:SAME_AS]-(a:Person) RETURN a.name AS name`,
    );
    expect(candidates.map((c) => c.name).sort()).toEqual(['أبو محمد الجولاني', 'أبو محمد جولاني']);
  });

  it('propose nothing for, and do not merge, a different person of the other script in the same group', async () => {
    await write(ARABIC);
    await write(
      'Hayat Tahrir al-Sham commander Abu Omar al-Shami told fighters in Idlib to hold their positions.',
    );
    const candidates = await rows('MATCH (:Person)-[s:SAME_AS]-(:Person) RETURN count(s) AS n');
    expect(candidates[0]!.n.toNumber()).toBe(0);
    expect(await rows('MATCH (p:Person) RETURN p.name AS name')).toHaveLength(2);
  });
});
