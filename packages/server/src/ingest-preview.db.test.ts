// POST /api/articles/preview: the extraction an editor checks before writing, with nothing written.
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
let server: TestServer;
/** The graph after the reset (it keeps the database's own bookkeeping). */
let empty: { nodes: number; relationships: number };
const reader = { authorization: 'Bearer read-key' };
const editor = { authorization: 'Bearer edit-key' };
const APPOINTMENT = {
  text: 'قال مصدر محلي إن هيئة تحرير الشام عينت سليم الورداني قائدا عسكريا لها في إدلب يوم الثلاثاء.',
  outlet: 'نشرة الشمال',
  title: 'تعيين قائد جديد',
  url: 'https://news.example/appointment',
  publishedAt: '2026-03-10',
};

async function graphSize(): Promise<{ nodes: number; relationships: number }> {
  const session = driver.session();
  try {
    const result = await session.run(
      'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships',
    );
    const record = result.records[0]!;
    return { nodes: Number(record.get('nodes')), relationships: Number(record.get('relationships')) };
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  await resetDatabase(driver);
  empty = await graphSize();
  server = await startTestServer(driver, { readerKeys: ['read-key'], editorKeys: ['edit-key'] });
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

it('lists the person and the role with its sentence, and writes nothing', async () => {
  const preview = await server.post('/api/articles/preview', APPOINTMENT, editor);
  expect(preview.status, JSON.stringify(preview.body)).toBe(200);
  expect(preview.body.article).toMatchObject({
    id: expect.stringMatching(/^art-/),
    language: 'ar',
    outlet: APPOINTMENT.outlet,
    url: APPOINTMENT.url,
  });
  expect(preview.body.extraction.persons.map((p: { name: string }) => p.name)).toEqual(['سليم الورداني']);
  expect(preview.body.extraction.roles[0]).toMatchObject({
    person: 'سليم الورداني',
    role: 'military_commander',
    evidence: { text: APPOINTMENT.text },
  });
  expect(preview.body.planned.claims).toBeGreaterThan(0);
  expect(await graphSize()).toEqual(empty);
  const article = await server.get(`/api/articles/${preview.body.article.id}`, editor);
  expect(article.status).toBe(404);
});

it('previews for a reader, whose write is refused with a readable message', async () => {
  expect((await server.post('/api/articles/preview', APPOINTMENT, reader)).status).toBe(200);
  const write = await server.post('/api/articles', APPOINTMENT, reader);
  expect(write.status).toBe(403);
  expect(write.body.error.message).toMatch(/editor API key/);
  expect(await graphSize()).toEqual(empty);
});

it('refuses a text in neither Arabic nor English and an address that is not http(s)', async () => {
  const french = await server.post(
    '/api/articles/preview',
    { text: 'Le commandant a été nommé mardi à Idlib, selon une source locale.' },
    editor,
  );
  expect(french.status).toBe(422);
  expect(french.body.error.message).toMatch(/neither Arabic nor English/);
  const script = await server.post(
    '/api/articles/preview',
    { ...APPOINTMENT, url: 'javascript:alert(1)' },
    editor,
  );
  expect(script.status).toBe(400);
  expect(script.body.error.message).toMatch(/http/);
});

it('writes the same reading the preview showed', async () => {
  const preview = await server.post('/api/articles/preview', APPOINTMENT, editor);
  const written = await server.post('/api/articles', APPOINTMENT, editor);
  expect(written.status, JSON.stringify(written.body)).toBe(200);
  expect(written.body.article.id).toBe(preview.body.article.id);
  expect(written.body.extraction).toEqual(preview.body.extraction);
  expect(written.body.written.claims).toBe(preview.body.planned.claims);
});
