import { ARTICLE_STORY_INDEX } from '@shabaka/db';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeBatch } from './batch-writer.ts';
import { ingest } from './ingest.ts';
import type { ExtractInput } from './pipeline.ts';
import { retractArticle } from './retract.ts';
import { FIND_COPY_CANDIDATES, linkStories } from './stories.ts';
import { planGraphWrite } from './stages/plan.ts';
import { type HandArticle, handExtraction } from './test-articles.ts';
import { DISMISSAL_REPORT, OTHER_REPORT, REPUBLISHED_COPY, WIRE_STORY } from './test-stories.ts';
import { extractorOf, MERGE_ARTICLES } from './write-queries.ts';
import { writeArticle } from './writer.ts';

const driver: Driver = testDriver();

const writeOf = (article: HandArticle) => planGraphWrite(handExtraction(article)).write;
const idOf = (article: HandArticle) => writeOf(article).article.id;

/** Each article as `outlet → story original's outlet`, and every COPY_OF link as `copy → original`. */
async function stories() {
  const { records } = await driver.executeQuery(`
    MATCH (a:Article) OPTIONAL MATCH (root:Article {id: a.story})
    OPTIONAL MATCH (a)-[:COPY_OF]->(o:Article)
    RETURN a.outlet AS outlet, root.outlet AS story, o.outlet AS copyOf ORDER BY outlet`);
  return records.map(
    (r) => `${r.get('outlet')} → ${r.get('story')}${r.get('copyOf') ? ` (copy of ${r.get('copyOf')})` : ''}`,
  );
}

/** Resolves once a transaction on the server waits for another's lock. */
async function waitForBlockedTransaction(): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n",
    );
    if (records[0]!.get('n').toNumber() > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeEach(() => resetDatabase(driver));
afterAll(() => driver.close());

const EXPECTED = [
  'صحيفة السهل → صحيفة السهل',
  'موقع الأصداء → وكالة الشمال (copy of وكالة الشمال)',
  'وكالة الشمال → وكالة الشمال',
];

describe('republished copies', () => {
  it("links an aggregator's copy to the original it republished, and an own report to nothing", async () => {
    for (const article of [WIRE_STORY, REPUBLISHED_COPY, OTHER_REPORT])
      await writeArticle(driver, writeOf(article));
    expect(await stories()).toEqual(EXPECTED);
    const { records } = await driver.executeQuery('MATCH ()-[l:COPY_OF]->() RETURN l.similarity AS s');
    expect(records[0]!.get('s')).toBeGreaterThan(0.7);
  });

  it('finds the same stories when the articles come in one batch', async () => {
    await writeBatch(driver, [WIRE_STORY, REPUBLISHED_COPY, OTHER_REPORT].map(writeOf));
    expect(await stories()).toEqual(EXPECTED);
  });

  it('links a copy to its original ingested in the batch before it', async () => {
    // Batches of two, both in flight at once (the default): [other report, wire story], then
    // [copy, dismissal]. The copy's lookup waits for the first batch's commit at the story lock.
    const articles = [OTHER_REPORT, WIRE_STORY, REPUBLISHED_COPY, DISMISSAL_REPORT];
    async function* items() {
      for (const article of articles) yield { source: article.text, text: article.text, meta: {} };
    }
    const extract = (item: ExtractInput) => handExtraction(articles.find((a) => a.text === item.text)!);
    await ingest(driver, items(), { batchSize: 2, extract });
    expect(await stories()).toContain('موقع الأصداء → وكالة الشمال (copy of وكالة الشمال)');
  });

  it('links a copy to an original another writer (a shard) is writing at the same moment', async () => {
    // The other writer's transaction links the original's story, and commits only once the
    // copy's writer waits for it (or, were there no wait, is done).
    const { article } = writeOf(WIRE_STORY);
    let copy: Promise<unknown> | undefined;
    const other = driver.session();
    await other.executeWrite(async (tx) => {
      await tx.run(MERGE_ARTICLES, { articles: [{ article, extractor: extractorOf(writeOf(WIRE_STORY)) }] });
      await linkStories(tx, [article]);
      copy = writeBatch(driver, [writeOf(REPUBLISHED_COPY)]);
      await Promise.race([copy, waitForBlockedTransaction()]);
    });
    await other.close();
    await copy;
    expect(await stories()).toEqual([
      'موقع الأصداء → وكالة الشمال (copy of وكالة الشمال)',
      'وكالة الشمال → وكالة الشمال',
    ]);
  });

  it('makes the earlier-published text the original when the copy was ingested first', async () => {
    await writeArticle(driver, writeOf(REPUBLISHED_COPY));
    await writeArticle(driver, writeOf(OTHER_REPORT));
    await writeArticle(driver, writeOf(WIRE_STORY));
    expect(await stories()).toEqual(EXPECTED);
  });

  it("hands a retracted original's story to its copy, leaving no link to the deleted article", async () => {
    const second: HandArticle = {
      ...REPUBLISHED_COPY,
      text: `${REPUBLISHED_COPY.text}\nالمصدر: وكالة الشمال.`,
      meta: { ...REPUBLISHED_COPY.meta, outlet: 'منصة المرايا', publishedAt: '2026-03-13' },
    };
    for (const article of [WIRE_STORY, REPUBLISHED_COPY, second])
      await writeArticle(driver, writeOf(article));
    await retractArticle(driver, idOf(WIRE_STORY));
    expect(await stories()).toEqual([
      'منصة المرايا → موقع الأصداء (copy of موقع الأصداء)',
      'موقع الأصداء → موقع الأصداء',
    ]);
    await retractArticle(driver, idOf(REPUBLISHED_COPY));
    expect(await stories()).toEqual(['منصة المرايا → منصة المرايا']);
  });

  it('looks candidates up in the band index, never scanning the archive', async () => {
    await writeArticle(driver, writeOf(WIRE_STORY));
    const { summary } = await driver.executeQuery(`EXPLAIN ${FIND_COPY_CANDIDATES}`, {
      rows: [{ id: 'new', lucene: 'b0x1 OR b1x2' }],
      index: ARTICLE_STORY_INDEX,
      batch: [],
      cap: neo4j.int(10),
    });
    const operators: string[] = [];
    const walk = (plan: { operatorType: string; children: unknown[] }) => {
      operators.push(plan.operatorType);
      for (const child of plan.children) walk(child as typeof plan);
    };
    walk(summary.plan as never);
    expect(operators.some((o) => o.startsWith('ProcedureCall'))).toBe(true);
    expect(operators.filter((o) => /Scan/.test(o))).toEqual([]);
  });

  it('links an article stored before stories existed when it is re-extracted', async () => {
    await writeArticle(driver, writeOf(WIRE_STORY));
    await writeArticle(driver, writeOf(REPUBLISHED_COPY));
    // As an older release left it: no story, no keys, no link.
    await driver.executeQuery(
      `MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[l:COPY_OF]->() DELETE l REMOVE a.story, a.storyBands`,
      { id: idOf(REPUBLISHED_COPY) },
    );
    expect(await stories()).toEqual(['موقع الأصداء → null', 'وكالة الشمال → وكالة الشمال']);
    await writeArticle(driver, writeOf(REPUBLISHED_COPY), undefined, { reextract: true });
    expect(await stories()).toEqual([
      'موقع الأصداء → وكالة الشمال (copy of وكالة الشمال)',
      'وكالة الشمال → وكالة الشمال',
    ]);
  });
});
