import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from './ingest.ts';
import { type ReadItem, readArticles } from './stages/read.ts';
import { projectFixtures } from './sample.ts';

const driver: Driver = testDriver();

async function count(query: string): Promise<number> {
  const { records } = await driver.executeQuery(query);
  return records[0]!.get('n').toNumber();
}

/** Three real articles with a binary file and a French one (neither engine reads French) between them. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-ingest-'));
  const [camp, a, b] = projectFixtures();
  copyFileSync(camp!.textFile, join(dir, '1-camp.txt'));
  writeFileSync(join(dir, '2-broken.txt'), Buffer.from([0x62, 0x00, 0x61, 0x64]));
  copyFileSync(a!.textFile, join(dir, '3-first.txt'));
  writeFileSync(
    join(dir, '4-french.txt'),
    "L'armée a annoncé lundi qu'elle avait arrêté le chef de la cellule dans la ville.",
  );
  copyFileSync(b!.textFile, join(dir, '5-second.txt'));
  return dir;
}

beforeEach(() => resetDatabase(driver));
afterAll(() => driver.close());

describe('ingest', () => {
  it('writes every good article, reports and skips the bad ones in between', async () => {
    const summary = await ingest(driver, readArticles([corpus()]));
    expect(summary.read).toBe(5);
    expect(summary.written).toBe(3);
    expect(summary.skipped.map((s) => [s.source.split('/').at(-1), s.reason.split(':')[0]])).toEqual([
      ['2-broken.txt', 'binary'],
      ['4-french.txt', 'unsupported language "und"'],
    ]);
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(3);
    // The camp article's people arrive with their roles and the sentences that state them.
    expect(
      await count(`MATCH (p:Person {name: 'ابو عائشة الحمصي'})-[r:HOLDS_ROLE {role: 'leader'}]->(:Organization {name: 'داعش'})
                   WHERE r.evidence CONTAINS 'يدير عمليات التنظيم' RETURN count(r) AS n`),
    ).toBe(1);
  });

  it('writes nothing new when the same files are ingested again', async () => {
    const dir = corpus();
    const first = await ingest(driver, readArticles([dir]));
    const nodes = await count('MATCH (n) RETURN count(n) AS n');
    const relationships = await count('MATCH ()-[r]->() RETURN count(r) AS n');
    const second = await ingest(driver, readArticles([dir]));
    expect(first.nodesCreated).toBeGreaterThan(0);
    expect(second).toMatchObject({ written: 0, unchanged: 3, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(nodes);
    expect(await count('MATCH ()-[r]->() RETURN count(r) AS n')).toBe(relationships);
  });

  it('says which articles kept their first metadata when a text comes again with another outlet', async () => {
    const text = 'قالت مصادر محلية إن القافلة وصلت إلى البلدة مساء أمس.';
    async function* twice(): AsyncIterable<ReadItem> {
      yield { source: 'first.jsonl:1', text, meta: { outlet: 'المصدر الأول' } };
      yield { source: 'second.jsonl:1', text, meta: { outlet: 'المصدر الثاني' } };
    }
    // both at once: the second write waits for the first one's article and then finds it
    const summary = await ingest(driver, twice(), { concurrency: 2 });
    expect(summary).toMatchObject({ written: 1, unchanged: 1, skipped: [] });
    expect(summary.metadataKept).toHaveLength(1);
    expect(summary.metadataKept[0]!.ignored).toEqual(['outlet']);
    expect(await count('MATCH (:Article)-[r:PUBLISHED_BY]->() RETURN count(r) AS n')).toBe(1);
    expect(await count("MATCH (o:Organization) WHERE o.name STARTS WITH 'المصدر' RETURN count(o) AS n")).toBe(
      1,
    );
  });
});
