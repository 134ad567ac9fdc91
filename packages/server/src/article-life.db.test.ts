// An article's life through the API: retraction (DELETE /api/articles/:id) and re-extraction.
import { resetDatabase, testDriver } from '@shabaka/db/test';
import { planGraphWrite, writeArticle } from '@shabaka/ingest';
import { ARREST_REPORT, handExtraction, VALLEY_REPORT } from '@shabaka/ingest/test-articles';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
let server: TestServer;
const reader = { authorization: 'Bearer read-key' };
const editor = { authorization: 'Bearer edit-key' };
const valley = planGraphWrite(handExtraction(VALLEY_REPORT)).write;

beforeAll(async () => {
  await resetDatabase(driver);
  await writeArticle(driver, valley);
  await writeArticle(driver, planGraphWrite(handExtraction(ARREST_REPORT)).write);
  server = await startTestServer(driver, { readerKeys: ['read-key'], editorKeys: ['edit-key'] });
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

it('refuses a reader with 403 and removes nothing', async () => {
  const refused = await server.del(`/api/articles/${valley.article.id}`, reader);
  expect(refused.status).toBe(403);
  expect((await server.get(`/api/articles/${valley.article.id}`, reader)).status).toBe(200);
});

it('names DELETE among the methods of an article (OPTIONS)', async () => {
  const res = await fetch(`${server.url}/api/articles/${valley.article.id}`, {
    method: 'OPTIONS',
    headers: reader,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('allow')?.split(', ').sort()).toEqual(['DELETE', 'GET', 'HEAD']);
  // the preview is a path of its own, not an article's id
  const preview = await fetch(`${server.url}/api/articles/preview`, { method: 'OPTIONS', headers: reader });
  expect(preview.headers.get('allow')).toBe('POST');
});

it('answers 404 for an id no article has', async () => {
  const missing = await server.del('/api/articles/art-nothing-here', editor);
  expect(missing.status).toBe(404);
  expect(missing.body.error.message).toContain('art-nothing-here');
});

it('retracts the article for an editor and says what was removed', async () => {
  const removed = await server.del(`/api/articles/${valley.article.id}`, editor);
  expect(removed.status, JSON.stringify(removed.body)).toBe(200);
  expect(removed.body).toMatchObject({
    article: { id: valley.article.id, title: 'رجال جبهة الوادي' },
    claims: 2,
    claimsByType: { HOLDS_ROLE: 2 },
    mentions: 3,
    sameAs: 0,
  });
  expect(removed.body.entities.map((e: { name: string }) => e.name)).toEqual([
    'نشرة السهل',
    'سامر الحلبي',
    'كريم الشامي',
  ]);
  expect((await server.get(`/api/articles/${valley.article.id}`, reader)).status).toBe(404);
  const group = await server.get(`/api/search?q=${encodeURIComponent('جبهة الوادي')}`, reader);
  expect(group.body.results.map((r: { name: string }) => r.name)).toContain('جبهة الوادي');
  expect((await server.del(`/api/articles/${valley.article.id}`, editor)).status).toBe(404);
});

it('re-extracts a text sent again with reextract: the older reading of its engine family is replaced', async () => {
  const arrest = planGraphWrite(handExtraction(ARREST_REPORT)).write;
  const olderEngine = async () =>
    (await server.get(`/api/articles/${arrest.article.id}`, reader)).body.claims.map(
      (c: { olderEngine?: boolean }) => c.olderEngine ?? false,
    );
  expect(await olderEngine()).toEqual([true, true]);

  const again = await server.post('/api/articles', { text: ARREST_REPORT.text, reextract: true }, editor);

  expect(again.status, JSON.stringify(again.body)).toBe(200);
  expect(again.body.articleStatus).toBe('existing');
  expect(again.body.written.claimsRemoved).toBe(2);
  const { records } = await driver.executeQuery(
    'MATCH ()-[r]->() WHERE r.article = $id RETURN DISTINCT r.extractor AS e',
    { id: arrest.article.id },
  );
  expect(records.map((r) => r.get('e'))).not.toContain('shabaka-rules@0.0.1');
  expect(await olderEngine()).not.toContain(true);
});
