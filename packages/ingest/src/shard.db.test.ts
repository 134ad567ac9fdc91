// Four `pnpm ingest --shard i/4` processes at once on one corpus, against the real Neo4j, build
// the graph one process builds; and the `neo4j://` routing scheme (clusters, Aura) works here.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { loadTemplates, syntheticCorpus } from '../bench/corpus.ts';
import { articlesDir } from './eval/fixtures.ts';
import { ingest } from './ingest.ts';
import type { ReadItem } from './stages/read.ts';
import { graphDump } from './test-graph.ts';

const driver: Driver = testDriver();
const cli = new URL('./cli/ingest.ts', import.meta.url).pathname;
let dir: string;

/** `pnpm ingest` in a process of its own; resolves with its output once it exits 0. */
const ingestProcess = (...args: string[]) =>
  promisify(execFile)('npx', ['tsx', cli, ...args], { env: process.env });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shabaka-shards-'));
  const texts = [...syntheticCorpus(loadTemplates([articlesDir()]), 48)];
  for (const [i, text] of texts.entries()) writeFileSync(join(dir, `article-${i}.txt`), text);
  // The same text under two names: two shards may write it at once.
  writeFileSync(join(dir, 'copy-of-article-7.txt'), texts[7]!);
});
beforeEach(() => resetDatabase(driver));
afterAll(() => driver.close());

// SAME_AS candidates depend on the order articles arrive in (as with concurrent writes in one
// process), and aliases and search keys grow in that order; so does which of undated
// near-duplicates is their story's original (the first written, which keeps the story's band
// keys): the rest must be the same.
const comparable = async () => ({
  graph: await graphDump(driver, {
    without: ['SAME_AS', 'COPY_OF'],
    withoutProperties: ['story', 'storyBands'],
    orderFree: true,
  }),
  stories: await storyGroups(),
});

/** Each story as the sorted ids of its articles. */
async function storyGroups() {
  const { records } = await driver.executeQuery(
    'MATCH (a:Article) WITH a.story AS story, collect(a.id) AS ids RETURN ids',
  );
  return records.map((r) => (r.get('ids') as string[]).sort().join(' ')).sort();
}

it('four concurrent shards build the graph of a single run', async () => {
  const single = await ingestProcess(dir);
  expect(single.stdout).toMatch(/written: +48/);
  const expected = await comparable();
  await resetDatabase(driver);

  const shards = await Promise.all([1, 2, 3, 4].map((i) => ingestProcess('--shard', `${i}/4`, dir)));

  const written = shards.map((s) => Number(/written: +(\d+)/.exec(s.stdout)![1]));
  const unchanged = shards.map((s) => Number(/unchanged: +(\d+)/.exec(s.stdout)![1]));
  expect(written.reduce((a, b) => a + b)).toBe(48);
  expect(expected.stories.length).toBeLessThan(40); // a story holds near-duplicates the shards split
  expect(written.filter((n) => n > 0).length).toBeGreaterThan(2); // the work was really split
  expect(written.reduce((a, b) => a + b) + unchanged.reduce((a, b) => a + b)).toBe(49);
  const sharded = await comparable();
  expect(sharded.stories).toEqual(expected.stories);
  expect(sharded.graph).toEqual(expected.graph);
  // Five processes, each starting the engine and a worker: on a loaded machine that alone passes
  // the default minute; the bound is there against a hang.
}, 240_000);

it('writes and reads through the neo4j:// routing scheme against the local server', async () => {
  const uri = process.env.NEO4J_URI!.replace(/^bolt:/, 'neo4j:');
  const routed = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!));
  try {
    async function* one(): AsyncGenerator<ReadItem> {
      yield { source: 'routed', text: 'قال مسؤول محلي إن الجسر أغلق أمام المارة.', meta: {} };
    }
    const summary = await ingest(routed, one());
    expect(summary.written).toBe(1);
    const { records } = await routed.executeQuery(
      'MATCH (a:Article) RETURN count(a) AS n',
      {},
      { routing: 'READ' },
    );
    expect(records[0]!.get('n').toNumber()).toBe(1);
  } finally {
    await routed.close();
  }
});
