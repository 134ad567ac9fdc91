// The walking skeleton: the served app opens and draws the graph of the project's sample articles.
import { ingest, sampleArticles } from '@shabaka/ingest';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, startHarness, waitForGraph } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness((driver) => ingest(driver, sampleArticles()));
});
afterAll(async () => {
  await harness?.close();
});

test('the served app draws the sample graph from /api/graph on first open', async () => {
  const page = await harness.newPage();
  const nodes = await waitForGraph(page);
  await harness.screenshot(page, 'skeleton-overview');
  expect(nodes).toBeGreaterThan(0);
  const names = await page.evaluate(() => window.shabaka.cy.nodes().map((n) => String(n.data('name') ?? '')));
  expect(names).toContain('داعش');
  await page.close();
});
