// The inspector in Chromium on the quick start's sample: what it shows is the last thing the
// researcher clicked, even when the answer about an earlier click comes later.
import { ingest, sampleArticles } from '@shabaka/ingest';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, startHarness, waitForGraph } from './harness.ts';
import { clickOnCanvas, nodeIdByName } from './page.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness((driver) => ingest(driver, sampleArticles()));
});
afterAll(async () => {
  await harness?.close();
});

test('a slow answer about the node clicked first does not replace the node clicked after it', async () => {
  const page = await harness.newPage();
  await waitForGraph(page, 2);
  const [first, second] = await page.evaluate(() =>
    window.shabaka.cy
      .nodes()
      .filter((n) => n.data('label') === 'Organization')
      .map((n) => String(n.data('name'))),
  );
  const slowId = await nodeIdByName(page, first!);
  let delayed!: () => void;
  const released = new Promise<void>((resolve) => {
    delayed = resolve;
  });
  await page.route(`**/api/entities/${encodeURIComponent(slowId)}`, async (route) => {
    await released;
    await route.continue();
  });
  await clickOnCanvas(page, slowId);
  await clickOnCanvas(page, await nodeIdByName(page, second!));
  await expect.poll(() => page.getByTestId('inspector-name').textContent()).toBe(second);
  delayed();
  await page.waitForResponse(`**/api/entities/${encodeURIComponent(slowId)}`);
  await page.waitForTimeout(300);
  expect(await page.getByTestId('inspector-name').textContent()).toBe(second);
  await page.close();
});
