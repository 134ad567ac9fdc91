// The same text sent twice with other metadata: the first metadata stay, and the response says so.
import fs from 'node:fs';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
let server: TestServer;
const text = fs.readFileSync(
  new URL('../../ingest/fixtures/articles/anbar-isis-wali-arrested.ar.txt', import.meta.url),
  'utf8',
);

beforeAll(async () => {
  await resetDatabase(driver);
  server = await startTestServer(driver);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

it('keeps the first outlet and url of a text sent again, and names what it ignored', async () => {
  const first = await server.post('/api/articles', {
    text,
    outlet: 'الوكالة الأولى',
    url: 'https://first.example/a',
  });
  expect(first.status, JSON.stringify(first.body)).toBe(200);
  expect(first.body).toMatchObject({ articleStatus: 'created', ignoredMetadata: {} });

  const again = await server.post('/api/articles', {
    text,
    outlet: 'الوكالة الثانية',
    url: 'https://second.example/b',
    title: 'عنوان جديد',
  });
  expect(again.status).toBe(200);
  expect(again.body.articleStatus).toBe('existing');
  expect(again.body.article).toMatchObject({ outlet: 'الوكالة الأولى', url: 'https://first.example/a' });
  expect(again.body.article.title).toBe(first.body.article.title);
  expect(again.body.ignoredMetadata).toEqual({
    outlet: 'الوكالة الثانية',
    url: 'https://second.example/b',
    title: 'عنوان جديد',
  });
  expect(again.body.written, JSON.stringify(again.body.written)).toMatchObject({
    nodesCreated: 0,
    relationshipsCreated: 0,
  });

  const { records } = await driver.executeQuery(
    `MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o)
     RETURN a.outlet AS outlet, collect(o.name) AS publishers,
            COUNT { (n:Organization {name: 'الوكالة الثانية'}) } AS orphans`,
    { id: first.body.article.id },
  );
  expect(records[0]!.toObject()).toMatchObject({ outlet: 'الوكالة الأولى', publishers: ['الوكالة الأولى'] });
  expect(records[0]!.get('orphans').toNumber()).toBe(0);
});
