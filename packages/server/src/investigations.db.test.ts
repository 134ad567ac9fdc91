// Saved investigations on the real Neo4j: a researcher saves the canvas, lists, opens, renames,
// duplicates and deletes it; another researcher's key may open and copy it but not change it;
// an article retracted since is said to be gone from the view; the extracted graph never shows it.
import { resetDatabase, testDriver } from '@shabaka/db/test';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Body, startTestServer, type TestServer } from './test/harness.ts';

const driver: Driver = testDriver();
const EDITOR = { authorization: 'Bearer edit-key' };
const BOB = { authorization: 'Bearer bob-key' };
const CAROL = { authorization: 'Bearer carol-key' };
let server: TestServer;

// Two reports of our own wording: a commander of a group in a town, and his deputy.
const REPORTS = [
  'وقال مصدر محلي إن أبو حمزة الديري عيّن أميراً لتنظيم لواء الفجر في مدينة الميادين.',
  'وأفادت مصادر أن سالم العبيدي نائب أمير لواء الفجر غادر مدينة البوكمال.',
];
let articleIds: string[] = [];
let view: { nodes: string[]; edges: string[] };

beforeAll(async () => {
  server = await startTestServer(driver, {
    readerKeys: ['bob:bob-key', 'carol:carol-key'],
    editorKeys: ['alice:edit-key'],
  });
});
beforeEach(async () => {
  await resetDatabase(driver);
  articleIds = [];
  for (const [i, text] of REPORTS.entries()) {
    const { body, status } = await server.post(
      '/api/articles',
      { text, outlet: `outlet ${i}`, publishedAt: `2024-0${i + 1}-10` },
      EDITOR,
    );
    expect(status).toBe(200);
    articleIds.push(body.article.id);
  }
  const graph = (await server.get('/api/graph', BOB)).body as Body;
  view = {
    nodes: graph.nodes.map((n: Body) => n.data.id),
    edges: graph.edges.map((e: Body) => e.data.id),
  };
  expect(view.edges.length).toBeGreaterThan(1);
});
afterAll(async () => {
  await server.close();
  await driver.close();
});

const save = (body: unknown, headers = BOB) => server.post('/api/investigations', body, headers);
const open = (id: string, headers = BOB) => server.get(`/api/investigations/${id}`, headers);

describe('saved investigations', () => {
  it('keeps the whole view: elements, positions, filters, as-of day, layout, notes', async () => {
    const positions = Object.fromEntries(view.nodes.map((id, i) => [id, { x: i * 40, y: 10 - i * 10 + 1 }]));
    const saved = await save({
      name: 'لواء الفجر: القادة',
      notes: 'who commands the brigade, and where',
      view: {
        ...view,
        positions,
        filters: { hiddenLabels: ['Place'], asOf: '2024-01-31' },
        layout: 'dagre',
        pinned: [view.nodes[0]],
        viewport: { zoom: 1.2, pan: { x: 5, y: -7 } },
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: 'لواء الفجر: القادة', createdBy: 'bob' });

    const list = (await server.get('/api/investigations', CAROL)).body as Body;
    expect(list.investigations).toEqual([
      expect.objectContaining({
        id: saved.body.id,
        name: 'لواء الفجر: القادة',
        nodes: view.nodes.length,
        edges: view.edges.length,
      }),
    ]);

    const opened = await open(saved.body.id, CAROL);
    expect(opened.status).toBe(200);
    expect(opened.body.notes).toBe('who commands the brigade, and where');
    expect(opened.body.view).toMatchObject({
      positions,
      layout: 'dagre',
      pinned: [view.nodes[0]],
      filters: { hiddenLabels: ['Place'], hiddenTypes: [], asOf: '2024-01-31', keepUndated: true },
      viewport: { zoom: 1.2, pan: { x: 5, y: -7 } },
    });
    expect(opened.body.graph.nodes.map((n: Body) => n.data.id).sort()).toEqual([...view.nodes].sort());
    expect(opened.body.graph.edges.map((e: Body) => e.data.id).sort()).toEqual([...view.edges].sort());
    // the claims come with their sources, as everywhere else
    expect(opened.body.graph.edges[0].data.corroboration).toMatchObject({ independentSources: 1 });
    expect(opened.body.missing).toEqual({ nodes: [], edges: [] });
  });

  it('renames and saves by its maker; another reader may open and duplicate it, not change it', async () => {
    const { body: saved } = await save({ name: 'first look', view });
    const unchanged = await server.patch(`/api/investigations/${saved.id}`, {}, BOB);
    expect(unchanged.body).toMatchObject({ name: 'first look', updatedAt: saved.updatedAt });
    const renamed = await server.patch(`/api/investigations/${saved.id}`, { name: 'the brigade' }, BOB);
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'the brigade', notes: '' });
    expect(renamed.body.updatedAt >= saved.updatedAt).toBe(true);

    const refused = await server.patch(`/api/investigations/${saved.id}`, { notes: 'mine now' }, CAROL);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/Only its maker \(bob\) or an editor .*duplicate it/);
    expect((await server.del(`/api/investigations/${saved.id}`, CAROL)).status).toBe(403);

    const copy = await server.post(`/api/investigations/${saved.id}/duplicate`, {}, CAROL);
    expect(copy.body).toMatchObject({ name: 'the brigade (copy)', createdBy: 'carol' });
    expect(copy.body.id).not.toBe(saved.id);
    const smaller = { nodes: view.nodes.slice(0, 1), edges: [] };
    const resaved = await server.patch(`/api/investigations/${copy.body.id}`, { view: smaller }, CAROL);
    expect(resaved.body).toMatchObject({ nodes: 1, edges: 0 });
    // the original is untouched by its copy's save
    expect((await open(saved.id)).body.view.nodes).toHaveLength(view.nodes.length);

    const names = (await server.get('/api/investigations', BOB)).body.investigations.map((i: Body) => i.name);
    expect(names).toEqual(['the brigade (copy)', 'the brigade']);
  });

  it('deletes by its maker or an editor, and nothing of the extracted graph with it', async () => {
    const { body: one } = await save({ name: 'one', view });
    const { body: two } = await save({ name: 'two', view });
    expect((await server.del(`/api/investigations/${one.id}`, BOB)).body).toEqual({ deleted: one.id });
    expect((await server.del(`/api/investigations/${two.id}`, EDITOR)).status).toBe(200);
    const gone = await open(one.id);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe(`No investigation has the id "${one.id}".`);
    const graph = (await server.get('/api/graph', BOB)).body as Body;
    expect(graph.nodes.map((n: Body) => n.data.id).sort()).toEqual([...view.nodes].sort());
  });

  it('is never part of the extracted graph', async () => {
    await save({ name: 'لواء الفجر', view });
    const graph = (await server.get('/api/graph', BOB)).body as Body;
    expect(graph.nodes.map((n: Body) => n.data.label)).not.toContain('Investigation');
    const found = (await server.get(`/api/search?q=${encodeURIComponent('لواء الفجر')}`, BOB)).body as Body;
    expect(found.results.map((r: Body) => r.label)).not.toContain('Investigation');
  });

  it('says which elements are gone once their article was retracted', async () => {
    const { body: saved } = await save({ name: 'before the retraction', view });
    expect((await server.del(`/api/articles/${articleIds[1]}`, EDITOR)).status).toBe(200);
    const opened = (await open(saved.id)).body as Body;
    expect(opened.missing.edges.length).toBeGreaterThan(0);
    expect(opened.missing.nodes.length).toBeGreaterThan(0);
    expect(opened.graph.nodes.length + opened.missing.nodes.length).toBe(view.nodes.length);
  });

  it('refuses a bad save with a readable message, and stores nothing', async () => {
    const empty = await save({ name: '  ', view });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/the name is empty/);
    const huge = await save({
      name: 'too big',
      view: { nodes: Array.from({ length: 2001 }, (_, i) => `n${i}`), edges: [] },
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toMatch(/at most 2000 nodes/);
    const badDay = await save({ name: 'a day', view: { ...view, filters: { asOf: '2024-13-01' } } });
    expect(badDay.status).toBe(400);
    expect(badDay.body.error.message).toMatch(/asOf is a day of the calendar/);
    expect((await server.get('/api/investigations', BOB)).body.investigations).toEqual([]);
  });
});
