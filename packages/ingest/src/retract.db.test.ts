import { graphCounts, resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { planGraphWrite } from './stages/plan.ts';
import { AmbiguousArticleError, ArticleNotFoundError, retractArticle } from './retract.ts';
import { ARREST_REPORT, handExtraction, VALLEY_REPORT } from './test-articles.ts';
import { writeArticle } from './writer.ts';

const driver: Driver = testDriver();

async function rows(query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

const names = async (label: string) =>
  (await rows(`MATCH (n:${label}) RETURN n.name AS name ORDER BY name`)).map((r) => r.name);

beforeEach(() => resetDatabase(driver));
afterAll(() => driver.close());

describe('retractArticle', () => {
  it('removes the article, its claims, its mentions and the entities only it named, and says so', async () => {
    const valley = planGraphWrite(handExtraction(VALLEY_REPORT)).write;
    await writeArticle(driver, valley);
    await writeArticle(driver, planGraphWrite(handExtraction(ARREST_REPORT)).write);
    // A reviewer's claims on the same article (read otherwise) go with it too.
    const reviewed = {
      ...VALLEY_REPORT,
      roles: VALLEY_REPORT.roles!.map(([p, , o, w]) => [p, 'leader', o, w]),
    };
    await writeArticle(
      driver,
      planGraphWrite(handExtraction(reviewed as typeof VALLEY_REPORT, 'manual:reviewer@1')).write,
    );
    expect(await names('Person')).toEqual(['سامر الحلبي', 'كريم الشامي', 'نادر العطار', 'وليد العطار']);

    const retraction = await retractArticle(driver, valley.article.id);

    expect(retraction.article).toEqual({
      id: valley.article.id,
      title: 'رجال جبهة الوادي',
      url: 'https://example.org/valley-men',
    });
    expect(retraction.claims).toBe(4);
    expect(retraction.claimsByType).toEqual({ HOLDS_ROLE: 4 });
    expect(retraction.mentions).toBe(3);
    expect(retraction.entities.map((e) => [e.label, e.name])).toEqual([
      ['Organization', 'نشرة السهل'],
      ['Person', 'سامر الحلبي'],
      ['Person', 'كريم الشامي'],
    ]);
    // The group is named by the other article too: it stays, with that article's claims.
    expect(await names('Person')).toEqual(['نادر العطار', 'وليد العطار']);
    expect(await names('Organization')).toEqual(['إذاعة النهر', 'جبهة الوادي']);
    expect(await rows('MATCH (a:Article) RETURN a.title AS title')).toEqual([{ title: 'اعتقال في التلال' }]);
    const claims = await rows(
      `MATCH ()-[r]->() WHERE r.article IS NOT NULL RETURN DISTINCT r.article AS article`,
    );
    expect(claims).toEqual([{ article: planGraphWrite(handExtraction(ARREST_REPORT)).write.article.id }]);
  });

  it('keeps the SAME_AS judgements between surviving entities and drops those of removed ones', async () => {
    const valley = planGraphWrite(handExtraction(VALLEY_REPORT)).write;
    await writeArticle(driver, valley);
    await writeArticle(driver, planGraphWrite(handExtraction(ARREST_REPORT)).write);
    await driver.executeQuery(
      `MATCH (a:Person {name: 'نادر العطار'}), (b:Person {name: 'وليد العطار'}), (c:Person {name: 'كريم الشامي'})
       CREATE (a)-[:SAME_AS {judgement: 'rejected', by: 'researcher'}]->(b),
              (c)-[:SAME_AS {judgement: 'unsure', by: 'researcher'}]->(a),
              (c)-[:SAME_AS {judgement: 'unsure', by: 'researcher'}]->(b)`,
    );

    const retraction = await retractArticle(driver, valley.article.id);

    expect(retraction.sameAs).toBe(2);
    expect(
      await rows(
        `MATCH (a:Person)-[s:SAME_AS]->(b:Person) RETURN a.name AS a, b.name AS b, s.judgement AS j`,
      ),
    ).toEqual([{ a: 'نادر العطار', b: 'وليد العطار', j: 'rejected' }]);
  });

  it('finds an article by its url, and refuses an unknown or ambiguous one without removing anything', async () => {
    const valley = planGraphWrite(handExtraction(VALLEY_REPORT)).write;
    await writeArticle(driver, valley);
    const before = await graphCounts(driver);
    await expect(retractArticle(driver, 'art-none')).rejects.toThrow(ArticleNotFoundError);
    await expect(retractArticle(driver, valley.article.url!, { byIdOnly: true })).rejects.toThrow(
      ArticleNotFoundError,
    );
    await driver.executeQuery(`CREATE (:Article {id: 'art-copy', url: $url, text: 'x'})`, {
      url: valley.article.url,
    });
    await expect(retractArticle(driver, valley.article.url!)).rejects.toThrow(AmbiguousArticleError);
    await driver.executeQuery(`MATCH (a:Article {id: 'art-copy'}) DELETE a`);
    expect(await graphCounts(driver)).toEqual(before);

    const retraction = await retractArticle(driver, valley.article.url!);
    expect(retraction.article.id).toBe(valley.article.id);
    expect(await graphCounts(driver)).toEqual({ nodes: 0, relationships: 0 });
  });
});
