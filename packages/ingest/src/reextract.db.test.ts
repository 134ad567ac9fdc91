import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from './ingest.ts';
import { EXTRACTOR } from './pipeline.ts';
import { planGraphWrite } from './stages/plan.ts';
import { countOutdated, outdatedArticles } from './reextract.ts';
import { ARREST_REPORT, type HandArticle, handExtraction, VALLEY_REPORT } from './test-articles.ts';
import { writeArticle } from './writer.ts';

const driver: Driver = testDriver();

async function rows(query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

/** Every claim as `extractor person role`, sorted. */
const claims = async () =>
  (
    await rows(
      `MATCH (p)-[r:HOLDS_ROLE]->() RETURN r.extractor + ' ' + p.name + ' ' + r.role AS claim ORDER BY claim`,
    )
  ).map((r) => r.claim);

// What an older engine read in the report: a false positive besides the two roles, the
// "local source" taken for a person who is a member of the group.
const OLDER_READING: HandArticle = {
  ...VALLEY_REPORT,
  persons: [...VALLEY_REPORT.persons!, 'مصدر محلي'],
  roles: [...VALLEY_REPORT.roles!, ['مصدر محلي', 'member', 'جبهة الوادي', 'قال مصدر محلي']],
};
// A reviewer's claim on the same article, which no re-extraction may touch.
const REVIEWED: HandArticle = {
  ...VALLEY_REPORT,
  roles: [['كريم الشامي', 'leader', 'جبهة الوادي', 'من قياديي جبهة الوادي']],
};

async function writeOlderReading() {
  const older = planGraphWrite(handExtraction(OLDER_READING, 'shabaka-rules@0.0.1')).write;
  await writeArticle(driver, older);
  await writeArticle(driver, planGraphWrite(handExtraction(REVIEWED, 'manual:reviewer@1')).write);
  await writeArticle(driver, planGraphWrite(handExtraction(ARREST_REPORT, 'shabaka-rules@0.0.1')).write);
  await driver.executeQuery(
    `MATCH (a:Person {name: 'سامر الحلبي'}), (b:Person {name: 'نادر العطار'})
     CREATE (a)-[:SAME_AS {judgement: 'rejected', by: 'researcher'}]->(b)`,
  );
  return older.article.id;
}

beforeEach(() => resetDatabase(driver));
afterAll(() => driver.close());

describe('re-extraction', () => {
  it("replaces the article's claims of the same extractor family and keeps the others'", async () => {
    const articleId = await writeOlderReading();
    const newer = planGraphWrite(handExtraction(VALLEY_REPORT, 'shabaka-rules@0.0.2')).write;

    const summary = await writeArticle(driver, newer, undefined, { reextract: true });

    expect(await claims()).toEqual([
      'manual:reviewer@1 كريم الشامي leader',
      'shabaka-rules@0.0.2 سامر الحلبي security_chief',
      'shabaka-rules@0.0.2 كريم الشامي senior_member',
    ]);
    expect(summary.reextraction).toEqual({
      claimsRemoved: 3,
      mentionsRemoved: 1,
      entitiesRemoved: [{ id: expect.any(String), label: 'Person', name: 'مصدر محلي' }],
    });
    expect(await rows(`MATCH (p:Person {name: 'مصدر محلي'}) RETURN p`)).toEqual([]);
    expect(await rows(`MATCH (a:Article {id: $articleId}) RETURN a.extractor AS e`, { articleId })).toEqual([
      { e: 'shabaka-rules@0.0.2' },
    ]);
    // The other article's claims and the researcher's judgement are untouched.
    expect(await rows(`MATCH ()-[r:ARRESTED]->() RETURN r.extractor AS e`)).toEqual([
      { e: 'shabaka-rules@0.0.1' },
    ]);
    expect(await rows(`MATCH ()-[s:SAME_AS]->() RETURN s.judgement AS j`)).toEqual([{ j: 'rejected' }]);
  });

  it("a reviewer's claim of the very span the rules read stays the reviewer's through re-extraction", async () => {
    await writeArticle(driver, planGraphWrite(handExtraction(VALLEY_REPORT, 'shabaka-rules@0.0.1')).write);
    await writeArticle(driver, planGraphWrite(handExtraction(VALLEY_REPORT, 'manual:reviewer@1')).write);
    const newer = planGraphWrite(handExtraction(VALLEY_REPORT, 'shabaka-rules@0.0.2')).write;
    await writeArticle(driver, newer, undefined, { reextract: true });
    expect(await claims()).toEqual([
      'manual:reviewer@1 سامر الحلبي security_chief',
      'manual:reviewer@1 كريم الشامي senior_member',
      'shabaka-rules@0.0.2 سامر الحلبي security_chief',
      'shabaka-rules@0.0.2 كريم الشامي senior_member',
    ]);
  });

  it('without --reextract, an older reading is only added to, never cleaned', async () => {
    await writeOlderReading();
    await writeArticle(driver, planGraphWrite(handExtraction(VALLEY_REPORT, 'shabaka-rules@0.0.2')).write);
    expect(await claims()).toContain('shabaka-rules@0.0.1 مصدر محلي member');
  });

  it('pnpm reextract --all reads every outdated article again with the current engine, and resumes', async () => {
    await writeOlderReading();
    // First written by an LLM: another family's article, left to it.
    await writeArticle(
      driver,
      planGraphWrite(handExtraction({ text: 'عاد كريم الشامي إلى بلدة التلال.' }, 'llm:test@1')).write,
    );
    expect(await countOutdated(driver)).toBe(2);

    const summary = await ingest(driver, outdatedArticles(driver, { pageSize: 1 }), { reextract: true });

    expect(summary.skipped).toEqual([]);
    expect(summary.reextracted).toBe(2);
    const left = await claims();
    expect(left).not.toContain('shabaka-rules@0.0.1 مصدر محلي member');
    expect(left).toContain('manual:reviewer@1 كريم الشامي leader');
    const extractors = await rows(
      `MATCH ()-[r]->() WHERE r.extractor STARTS WITH 'shabaka-rules' RETURN DISTINCT r.extractor AS e`,
    );
    expect(extractors.map((r) => r.e)).toEqual(extractors.length > 0 ? [EXTRACTOR] : []);
    expect(await rows(`MATCH ()-[s:SAME_AS]->() RETURN s.judgement AS j`)).toEqual([{ j: 'rejected' }]);
    // Done: a second run finds nothing to do.
    expect(await countOutdated(driver)).toBe(0);
    const again = await ingest(driver, outdatedArticles(driver), { reextract: true });
    expect(again.read).toBe(0);
  });

  it('pnpm ingest --reextract PATH re-reads the files given', async () => {
    await writeOlderReading();
    const dir = mkdtempSync(join(tmpdir(), 'shabaka-reextract-'));
    writeFileSync(join(dir, 'valley.txt'), VALLEY_REPORT.text);
    const cli = new URL('./cli/ingest.ts', import.meta.url).pathname;
    const run = await promisify(execFile)('npx', ['tsx', cli, '--reextract', dir], { env: process.env });
    expect(run.stdout).toMatch(/re-extracted: +1 \(3 older claims replaced/);
    const left = await claims();
    expect(left).not.toContain('shabaka-rules@0.0.1 مصدر محلي member');
    expect(left).toContain('manual:reviewer@1 كريم الشامي leader');
  });
});
