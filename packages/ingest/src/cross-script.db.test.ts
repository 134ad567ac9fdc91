// One group and one person across scripts, on the real Neo4j: an Arabic and an English article of
// our own wording about the same leader. The group meets on one node that Latin and Arabic
// searches both find; the person, spelt in two scripts, gets one SAME_AS candidate.
import { ENTITY_SEARCH_INDEX } from '@shabaka/db';
import { crossScriptKey } from '@shabaka/model';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from './pipeline.ts';
import { planGraphWrite } from './plan.ts';
import { writeArticle } from './writer.ts';

const driver: Driver = testDriver();

const ARABIC =
  'قال زعيم هيئة تحرير الشام أبو محمد الجولاني في كلمة مصورة إن الهيئة ستواصل عملياتها في ريف إدلب.';
const ENGLISH =
  'Hayat Tahrir al-Sham leader Abu Mohammed al-Julani told fighters in Idlib that the group would keep its positions. ' +
  'HTS also said that Julani had met tribal elders.';

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

  it('give the person spelt in two scripts one SAME_AS candidate, and only one when written again', async () => {
    await write(ARABIC);
    await write(ENGLISH);
    await write(ENGLISH);
    const candidates = await rows(
      `MATCH (a:Person)-[s:SAME_AS]-(b:Person) WHERE a.id < b.id
       RETURN a.name AS a, b.name AS b, s.judgement AS judgement`,
    );
    expect(candidates).toHaveLength(1);
    expect([candidates[0]!.a, candidates[0]!.b].sort()).toEqual([
      'Abu Mohammed al-Julani',
      'أبو محمد الجولاني',
    ]);
    expect(candidates[0]!.judgement).toBe('unsure');
    // Search's cross-script tier: the Arabic node is found from a Latin spelling's skeleton.
    const hits = await rows(
      'CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.name AS name',
      { index: ENTITY_SEARCH_INDEX, query: crossScriptKey('Abu Muhammad al-Jolani') },
    );
    expect(hits.map((h) => h.name)).toContain('أبو محمد الجولاني');
  });

  it('propose nothing for a different person of the other script', async () => {
    await write(ARABIC);
    await write(
      'Hayat Tahrir al-Sham commander Abu Omar al-Shami told fighters in Idlib to hold their positions.',
    );
    const candidates = await rows('MATCH (:Person)-[s:SAME_AS]-(:Person) RETURN count(s) AS n');
    expect(candidates[0]!.n.toNumber()).toBe(0);
  });
});
