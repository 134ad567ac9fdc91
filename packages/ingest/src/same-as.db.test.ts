// SAME_AS candidates on the real Neo4j: bounded per person, and none added by ingesting again.
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { ArticleExtraction } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleId } from './ids.ts';
import { ingest } from './ingest.ts';
import type { ReadItem } from './stages/read.ts';
import { MAX_SAME_AS_CANDIDATES } from './writer.ts';

const driver: Driver = testDriver();
const NAMESAKE = 'ابو خالد';
const ARTICLES = 12;

beforeAll(() => resetDatabase(driver));
afterAll(() => driver.close());

/** Twelve short reports, each naming the kunya alone: twelve different people as far as we know. */
async function* corpus(): AsyncIterable<ReadItem> {
  for (let i = 1; i <= ARTICLES; i++) {
    yield { source: `report-${i}`, text: `قال شهود إن ${NAMESAKE} مرّ بالحاجز رقم ${i} قبل الظهر.`, meta: {} };
  }
}

/** Names the kunya as a person, as the rule engine would. */
function extract({ text }: { text: string }): ArticleExtraction {
  const start = text.indexOf(NAMESAKE);
  return {
    article: { id: articleId(text), text, language: 'ar' },
    extractor: 'test@1',
    extraction: {
      persons: [{ name: NAMESAKE, aliases: [], mentions: [{ start, end: start + NAMESAKE.length }] }],
      organizations: [],
      units: [],
      places: [],
      roles: [],
      relations: [],
    },
  };
}

async function candidates(): Promise<{ total: number; most: number }> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person {key: $key}) WITH p, COUNT { (p)-[:SAME_AS]-() } AS links
     RETURN count(p) AS persons, max(links) AS most,
            COUNT { (:Person)-[:SAME_AS {judgement: 'unsure'}]->(:Person) } AS total`,
    { key: NAMESAKE },
  );
  expect(records[0]!.get('persons').toNumber()).toBe(ARTICLES);
  return { total: records[0]!.get('total').toNumber(), most: records[0]!.get('most').toNumber() };
}

it('links namesakes up to the cap per person, and adds nothing when the corpus is ingested again', async () => {
  const first = await ingest(driver, corpus(), { extract, concurrency: 1 });
  expect(first).toMatchObject({ written: ARTICLES, unchanged: 0, skipped: [] });
  const after = await candidates();
  expect(after.total).toBeGreaterThan(0);
  expect(after.most).toBeLessThanOrEqual(MAX_SAME_AS_CANDIDATES);

  for (let pass = 0; pass < 2; pass++) {
    const again = await ingest(driver, corpus(), { extract });
    expect(again).toMatchObject({ written: 0, unchanged: ARTICLES, relationshipsCreated: 0, skipped: [] });
    expect(await candidates()).toEqual(after);
  }
});
