// Articles in from the browser, in Chromium against the real server and Neo4j: an editor pastes
// an article (of our own wording), sees the person and the role with its sentence, writes it and
// finds the person on the canvas, the evidence linking to the article's page; a batch of files
// with its progress; a reader whose write is refused with a readable message.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, startHarness, waitForGraph } from './harness.ts';

const PERSON = 'سليم الورداني';
const GROUP = 'هيئة تحرير الشام';
const SENTENCE = `قال مصدر محلي إن ${GROUP} عينت ${PERSON} قائدا عسكريا لها في إدلب يوم الثلاثاء.`;
const URL = 'https://news.example/appointment-in-idlib';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(async () => {});
});
afterAll(async () => {
  await harness?.close();
});

async function articleCount(): Promise<number> {
  const { records } = await harness.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  return Number(records[0]!.get('n'));
}

async function pasteAndPreview(page: Page, text: string) {
  await page.getByTestId('add-articles-button').click();
  await page.getByTestId('add-text').fill(text);
  await page.getByTestId('add-outlet').fill('نشرة الشمال');
  await page.getByTestId('add-title').fill('تعيين قائد في إدلب');
  await page.getByTestId('add-publishedAt').fill('2026-03-10');
  await page.getByTestId('add-url').fill(URL);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await page.getByTestId('preview-roles').waitFor();
}

test('an editor previews a pasted article, writes it and finds the person on the canvas', async () => {
  const page = await harness.newPage();
  await pasteAndPreview(page, SENTENCE);
  const preview = page.getByTestId('add-preview');
  expect(await preview.getByTestId('preview-persons').locator('li').allTextContents()).toEqual([PERSON]);
  const role = preview.getByTestId('preview-roles').locator('li').first();
  expect(await role.locator('.person').textContent()).toBe(PERSON);
  expect(await role.locator('.role').textContent()).toBe('military commander');
  expect(await role.locator('.sentence').textContent()).toBe(SENTENCE);
  expect(await articleCount()).toBe(0);
  await harness.screenshot(page, 'add-articles-preview');

  await page.getByTestId('add-write').click();
  await page.getByTestId('add-articles').waitFor({ state: 'hidden' });
  expect(await articleCount()).toBe(1);
  await page.waitForFunction(
    (name) => window.shabaka.cy.nodes().some((n) => n.data('name') === name),
    PERSON,
  );
  await waitForGraph(page);
  // the person written is open in the inspector, in a view that is not zoomed past a sane level
  await expect.poll(() => page.getByTestId('inspector-name').textContent()).toBe(PERSON);
  expect(await page.evaluate(() => window.shabaka.cy.zoom())).toBeLessThanOrEqual(1.5);
  expect(await page.locator('#messages').textContent()).toContain('Wrote 1 article');

  // the role's edge: its evidence names the outlet and links to the article's page
  const edge = await page.evaluate(
    (name) =>
      window.shabaka.cy
        .edges()
        .filter((e) => e.source().data('name') === name && e.data('type') === 'HOLDS_ROLE')[0]!
        .id(),
    PERSON,
  );
  // selected as a click would (two edges side by side leave little room to click one)
  await page.evaluate((id) => window.shabaka.selectEdge(id), edge);
  await harness.screenshot(page, 'add-articles-evidence');
  const link = page.getByTestId('evidence').getByTestId('source-link');
  await link.waitFor();
  expect(await link.getAttribute('href')).toBe(URL);
  expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
  await page.close();
});

test('a batch of files shows each article, a bad line and the progress of the write', async () => {
  const page = await harness.newPage();
  await page.getByTestId('add-articles-button').click();
  const lines = [
    JSON.stringify({
      text: 'Local sources said the Islamic State appointed Fadi Qasem as its military commander in Raqqa on Tuesday.',
      title: 'A commander for Raqqa',
      outlet: 'Valley Radio',
    }),
    '{ not json',
  ].join('\n');
  await page.getByTestId('add-files').setInputFiles([
    { name: 'batch.jsonl', mimeType: 'application/json', buffer: Buffer.from(lines) },
    {
      name: 'page.html',
      mimeType: 'text/html',
      buffer: Buffer.from(
        `<html><head><title>Page</title><link rel="canonical" href="https://news.example/page"></head><body><nav>Home · World</nav><article><h1>تعيين</h1><p>${SENTENCE.replace('سليم الورداني', 'ماهر السعدي')}</p></article><script>document.title='x'</script></body></html>`,
      ),
    },
  ]);
  const entries = page.getByTestId('add-list').locator('li');
  await expect.poll(() => page.getByTestId('add-status').textContent()).toBe('Previewed 2 of 2.');
  const texts = await entries.allTextContents();
  expect(texts).toHaveLength(3);
  expect(texts[0]).toMatch(/A commander for Raqqa · batch\.jsonl:1 · 1 people, 1 roles/);
  expect(texts[1]).toContain('batch.jsonl:2 · not JSON');
  expect(texts[2]).toMatch(/Page · page\.html · 1 people/);
  expect(await page.getByTestId('add-write').textContent()).toBe('Write 2 articles to the graph');

  const before = await articleCount();
  await page.getByTestId('add-write').click();
  await expect.poll(() => page.getByTestId('add-status').textContent()).toBe('Written 2 of 2.');
  expect(
    await page.getByTestId('add-progress').evaluate((p: HTMLProgressElement) => [p.value, p.max]),
  ).toEqual([2, 2]);
  expect(await articleCount()).toBe(before + 2);
  const { records } = await harness.driver.executeQuery(
    'MATCH (a:Article {url: $url}) RETURN a.title AS title',
    { url: 'https://news.example/page' },
  );
  expect(records.map((r) => r.get('title'))).toEqual(['Page']);
  await page.waitForFunction(() => window.shabaka.cy.nodes().some((n) => n.data('name') === 'Fadi Qasem'));
  await page.close();
});

test('a reader sees the preview but the write is refused, saying an editor key is needed', async () => {
  const keyed = await harness.serve({ readerKeys: ['read-key'], editorKeys: ['edit-key'] });
  try {
    const page = await keyed.newPage();
    await page.evaluate(() => localStorage.setItem('shabaka.apiKey', 'read-key'));
    await page.reload();
    const before = await articleCount();
    await pasteAndPreview(page, SENTENCE.replace(PERSON, 'وسيم الخطيب'));
    await page.getByTestId('add-write').click();
    const entry = page.getByTestId('add-list').locator('li').first();
    await expect.poll(() => entry.textContent()).toContain('Refused: This needs an editor API key.');
    expect(await page.getByTestId('add-preview').locator('.error').textContent()).toContain(
      'enter one with “API key…”',
    );
    expect(await page.getByTestId('add-articles').isVisible()).toBe(true);
    expect(await articleCount()).toBe(before);
    await page.close();
  } finally {
    await keyed.close();
  }
});
