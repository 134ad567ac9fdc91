// CSV exports in Chromium: third-party text that a spreadsheet would run as a formula (an outlet
// named `=HYPERLINK(...)`, sent through POST /api/articles) is written as text, not as a formula.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, startHarness, waitForGraph } from './harness.ts';
import { exportFile } from './page.ts';

const FORMULA_OUTLET = '=HYPERLINK("http://example.invalid/x","click")';
const FIXTURE = new URL('../../ingest/fixtures/articles/anbar-isis-wali-arrested.ar.txt', import.meta.url);

let harness: Harness;
let articleId: string;

beforeAll(async () => {
  // An empty graph, not the seed of ../shared: the article this test sends is its only data,
  // so it runs in any clone.
  harness = await startHarness(async () => {});
  const res = await fetch(`${harness.baseUrl}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: await readFile(FIXTURE, 'utf8'), outlet: FORMULA_OUTLET }),
  });
  expect(res.status).toBe(200);
  articleId = ((await res.json()) as { article: { id: string } }).article.id;
});
afterAll(async () => {
  await harness?.close();
});

test('table.csv and evidence.csv write a formula-like outlet as text', async () => {
  const query = `MATCH (p)-[r]->(o) WHERE r.article = $article
    MATCH (a:Article {id: $article}) RETURN p, r, o, a.outlet AS outlet`;
  const hash = new URLSearchParams({ q: query, p: JSON.stringify({ article: articleId }) });
  const page = await harness.newPage(`#${hash}`);
  await waitForGraph(page);
  await page.waitForFunction(() => window.shabaka.lastRun !== null);
  const escaped = `"'${FORMULA_OUTLET.replace(/"/g, '""')}"`;
  // the Table view's CSV is the query's rows, the outlet among them
  await page.getByRole('tab', { name: 'Table' }).click();

  const table = (await exportFile(page, 'CSV')).toString('utf8');
  expect(table).toContain(`,${escaped}\r\n`);
  const zip = await JSZip.loadAsync(await exportFile(page, 'Evidence pack'));
  const packTable = await zip.file('table.csv')!.async('string');
  const evidence = await zip.file('evidence.csv')!.async('string');
  for (const csv of [packTable, evidence]) {
    expect(csv).toContain(escaped);
    // no cell starts with the formula itself
    expect(csv).not.toMatch(/(^|[,\n])"?=HYPERLINK/);
  }
  await page.close();
});
