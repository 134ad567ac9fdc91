import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTemplates, syntheticCorpus } from '../bench/corpus.ts';
import { articlesDir } from './eval/fixtures.ts';
import { type IngestOptions, ingest } from './ingest.ts';
import { extractArticle } from './pipeline.ts';
import { planGraphWrite } from './stages/plan.ts';
import type { ReadItem } from './stages/read.ts';
import { TAKE_STORY_LOCK } from './stories.ts';
import { graphDump } from './test-graph.ts';

const driver: Driver = testDriver();
let corpus: string[];

async function* items(texts: readonly string[]): AsyncGenerator<ReadItem> {
  for (const [i, text] of texts.entries()) yield { source: `synthetic-${i}`, text, meta: {} };
}

const run = (texts: readonly string[], options: IngestOptions) =>
  ingest(driver, items(texts), { concurrency: 1, ...options });

beforeAll(() => {
  const generated = [...syntheticCorpus(loadTemplates([articlesDir()]), 70)];
  // A text sent twice within one batch, and one sent again in a later batch (a re-write).
  corpus = [...generated.slice(0, 40), generated[3]!, ...generated.slice(40), generated[10]!];
});
beforeEach(() => resetDatabase(driver));
afterAll(() => driver.close());

describe('batched ingest', () => {
  it('builds the same graph as writing the articles one by one', async () => {
    const alone = await run(corpus, { batchSize: 1 });
    const expected = await graphDump(driver);
    await resetDatabase(driver);
    const batched = await run(corpus, { batchSize: 16 });
    const actual = await graphDump(driver);

    expect(batched.skipped).toEqual([]);
    expect([batched.written, batched.unchanged]).toEqual([alone.written, alone.unchanged]);
    expect(batched.nodesCreated).toBe(alone.nodesCreated);
    expect(batched.relationshipsCreated).toBe(alone.relationshipsCreated);
    // The corpus exercises what order could change: shared entities, namesakes' candidates.
    expect(expected.filter((line) => line.startsWith('rel SAME_AS')).length).toBeGreaterThan(5);
    expect(expected.filter((line) => line.startsWith('node Article')).length).toBe(70);
    expect(actual.length).toBe(expected.length);
    expect(actual).toEqual(expected);
  });

  it('waits for a batch its linger timer launched while the writes were full, and counts it', async () => {
    // Another writer holds the story lock, so the first batch (two articles) cannot commit; the
    // third article's batch lingers 1 ms and is launched while the first still writes; then the
    // input ends. The run must wait for that third batch, not return without it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const blocker = driver.session();
    const holding = blocker.executeWrite(async (tx) => {
      await tx.run(TAKE_STORY_LOCK);
      locked();
      await held;
    });
    await lockTaken;
    let ended!: () => void;
    const inputEnded = new Promise<void>((resolve) => (ended = resolve));
    async function* lateEnd(): AsyncGenerator<ReadItem> {
      yield* items(corpus.slice(0, 3));
      await new Promise((resolve) => setTimeout(resolve, 200));
      ended();
    }
    const summary = ingest(driver, lateEnd(), { batchSize: 2, lingerMs: 1 });
    await inputEnded;
    release();
    await holding;
    await blocker.close();
    expect((await summary).written).toBe(3);
  });

  it('writes the rest of a batch one by one when one article fails, leaving nothing of that one', async () => {
    const texts = corpus.slice(0, 12);
    const bad = planGraphWrite(extractArticle({ text: texts[5]! })).write;
    const person = bad.entities.find((e) => e.label === 'Person')!;
    // An Organization holds the id the article's person gets: that write violates the id constraint.
    await driver.executeQuery('CREATE (:Organization:Entity {id: $id, name: "squatter"})', { id: person.id });

    const summary = await run(texts, { batchSize: 12 });

    expect(summary.skipped.map((s) => s.source)).toEqual(['synthetic-5']);
    expect(summary.skipped[0]!.reason).toMatch(/already exists|constraint/i);
    expect(summary.written).toBe(11);
    const { records } = await driver.executeQuery(
      'MATCH (a:Article) RETURN count(a) AS n, sum(CASE WHEN a.id = $id THEN 1 ELSE 0 END) AS bad',
      { id: bad.article.id },
    );
    expect(records[0]!.get('n').toNumber()).toBe(11);
    expect(records[0]!.get('bad').toNumber()).toBe(0);
  });
});
