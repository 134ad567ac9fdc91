import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { listFixtures } from './eval/fixtures.ts';
import { ingest } from './ingest.ts';
import { readArticles } from './read.ts';

const driver: Driver = testDriver();

async function count(query: string): Promise<number> {
  const { records } = await driver.executeQuery(query);
  return records[0]!.get('n').toNumber();
}

/** Three real articles with a binary file and a French one (neither engine reads French) between them. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-ingest-'));
  const [seed, a, b] = listFixtures();
  copyFileSync(seed!.textFile, join(dir, '1-seed.txt'));
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
    // The seed's people arrive with their roles and the sentences that state them.
    expect(
      await count(`MATCH (p:Person {name: 'ابو العز دهمان'})-[r:HOLDS_ROLE {role: 'leader'}]->(:Organization {name: 'داعش'})
                   WHERE r.evidence CONTAINS 'أمير التنظيم' RETURN count(r) AS n`),
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
});
