// The Cypher workbench tells a researcher what a run did, in Debian's Chromium against the real
// server and Neo4j (the project's sample articles): warnings, the spot of a syntax error, Cancel,
// every run in the history, sortable tables, and a spelling fold for parameters.
import { ingest, sampleArticles } from '@shabaka/ingest';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, startHarness, waitForGraph } from './harness.ts';
import { runInEditor } from './page.ts';

let harness: Harness;
let page: Page;
beforeAll(async () => {
  harness = await startHarness((driver) => ingest(driver, sampleArticles()));
  page = await harness.newPage();
  await waitForGraph(page);
});
afterAll(async () => {
  await page?.close();
  await harness?.close();
});

const status = () => page.getByTestId('run-status');
const historyEntries = async () => {
  await page.evaluate(() => {
    const history = document.querySelector<HTMLDetailsElement>('[data-testid="history"]');
    if (history) history.open = true;
  });
  return page.getByTestId('history-list').locator('li');
};

test("a misspelt label shows Neo4j's warning, not just 'no rows'", async () => {
  await (await runInEditor(page, 'MATCH (p:Persn) RETURN p'))?.finished();
  await expect.poll(() => status().textContent()).toMatch(/0 rows in \d+ ms/);
  await expect.poll(() => status().locator('.notification').count()).toBeGreaterThan(0);
  expect(await status().locator('.notification').first().getAttribute('data-code')).toMatch(
    /UnknownLabelWarning/,
  );
});

test('a syntax error is marked where Neo4j found it, and the failed run is in the history', async () => {
  await (await runInEditor(page, 'MATCH (p:Person)\nRETRUN p'))?.finished();
  await page.locator('.cm-lintRange-error').waitFor();
  expect(await page.locator('.cm-lintRange-error').first().textContent()).toBe('R');
  // The cursor is put on the line of the error.
  const cursorLine = await page.evaluate(
    () => window.getSelection()?.anchorNode?.parentElement?.closest('.cm-line')?.textContent ?? '',
  );
  expect(cursorLine).toBe('RETRUN p');
  const first = (await historyEntries()).first();
  expect(await first.getAttribute('data-status')).toBe('failed');
  expect(await first.textContent()).toMatch(/Failed after \d+ ms/);
  // Editing the text takes the mark away.
  await page.locator('.cm-content').press('End');
  await page.keyboard.type(' ');
  await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBe(0);
});

test('Cancel stops a running query, says so, and the history keeps it as cancelled', async () => {
  const slow = 'UNWIND range(1, 3000000002) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';
  await runInEditor(page, slow, '', { sent: false });
  const cancel = page.getByTestId('cancel-query');
  await cancel.waitFor({ state: 'visible' });
  expect(await status().textContent()).toMatch(/Running/);
  await cancel.click();
  await expect.poll(() => status().textContent()).toMatch(/Cancelled after \d+ ms/);
  expect(await cancel.isHidden()).toBe(true);
  expect(await page.locator('.message[data-source="query"]').textContent()).toMatch(/cancelled/i);
  expect(await (await historyEntries()).first().getAttribute('data-status')).toBe('cancelled');
});

test('a table sorts by the column whose header is clicked, and back', async () => {
  await page.getByRole('tab', { name: 'Table' }).click();
  await (
    await runInEditor(page, 'MATCH (p:Person) RETURN p.name AS name, COUNT { (p)--() } AS links LIMIT 20')
  )?.finished();
  const firstColumn = () =>
    page.locator('.data-table').first().locator('tbody tr td:first-child').allTextContents();
  await expect.poll(async () => (await firstColumn()).length).toBeGreaterThan(2);
  const header = page.locator('.data-table').first().getByRole('button', { name: 'name' });
  await header.click();
  const ascending = await firstColumn();
  expect(ascending).toEqual(
    [...ascending].sort(new Intl.Collator(['ar', 'en'], { numeric: true, sensitivity: 'base' }).compare),
  );
  await header.click();
  expect(await firstColumn()).toEqual([...ascending].reverse());
  await page.getByRole('tab', { name: 'Graph' }).click();
});

test('Fold spelling lets any spelling of a name find it through p.key', async () => {
  const { records } = await harness.driver.executeQuery(
    "MATCH (p:Person) WHERE p.key STARTS WITH 'اب' RETURN p.name AS name, p.key AS key ORDER BY key LIMIT 1",
  );
  const { name, key } = records[0]!.toObject() as { name: string; key: string };
  // The name as a writer might spell it: hamza on the alef, a vowel mark on the next letter.
  const spelt = `أ${key.slice(1, 2)}َ${key.slice(2)}`;
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.locator('.cm-content').fill('MATCH (p:Person) WHERE p.key CONTAINS $name RETURN p.name AS name');
  await page.locator('#params').fill(JSON.stringify({ name: spelt }));
  await page.getByRole('button', { name: 'Fold spelling' }).click();
  expect(JSON.parse(await page.locator('#params').inputValue())).toEqual({ name: key });
  const response = page.waitForResponse((r) => r.url().endsWith('/api/cypher'));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const body = await (await response).json();
  expect(body.rows.map((row: string[]) => row[0])).toContain(name);
});

test('Run on an empty editor says what to do', async () => {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  expect(await page.locator('.message[data-source="query"]').textContent()).toMatch(
    /Write a Cypher query first/,
  );
});
