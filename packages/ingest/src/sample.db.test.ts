import { resetDatabase, testDriver } from '@shabaka/db/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from './ingest.ts';
import { projectFixtures, sampleArticles } from './sample.ts';
import { STORY_SAMPLE } from './sample-stories.ts';

const driver = testDriver();

beforeAll(() => resetDatabase(driver));
afterAll(() => driver.close());

describe('the quick start sample', () => {
  it('reads every annotated article through the extractor, with outlet, title and date', async () => {
    const articles = projectFixtures().length + Object.keys(STORY_SAMPLE).length;
    const summary = await ingest(driver, sampleArticles());
    expect(summary.skipped).toEqual([]);
    expect(summary.written).toBe(articles);

    const { records } = await driver.executeQuery(
      `MATCH (a:Article) RETURN count(a) AS articles, count(a.publishedAt) AS dated, count(a.outlet) AS withOutlet`,
    );
    const counts = records[0]!.toObject();
    expect(counts.articles.toNumber()).toBe(articles);
    expect(counts.withOutlet.toNumber()).toBe(articles);
    // Every annotation has a date, so every article's claims can sit on a timeline.
    expect(counts.dated.toNumber()).toBe(articles);
    const dated = await driver.executeQuery(
      `MATCH (:Person)-[r:HOLDS_ROLE]->() WHERE r.asOf IS NOT NULL RETURN count(r) AS n`,
    );
    expect(dated.records[0]!.get('n').toNumber()).toBeGreaterThan(10);
  });

  it('holds a republished copy, linked to the story it copies', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (copy:Article)-[:COPY_OF]->(original:Article) RETURN copy.outlet AS copy, original.outlet AS original',
    );
    expect(records.map((r) => r.toObject())).toEqual([{ copy: 'موقع الأصداء', original: 'وكالة الشمال' }]);
  });
});
