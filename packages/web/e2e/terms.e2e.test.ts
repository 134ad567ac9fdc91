// Stated terms, in the browser: two reports of our own wording, read by the rule engine, each
// stating when its man held the group's security post. The evidence drawer tells the term the
// text states apart from the days it was cited, each source shows its own term, and the group's
// inspector lists the two overlapping terms as a contradiction.
import { extractArticle, planGraphWrite, writeArticle } from '@shabaka/ingest';
import { CLOSED_TERM_REPORT, OPEN_TERM_REPORT, TERM_POST } from '@shabaka/ingest/test-terms';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, startHarness, waitForGraph } from './harness.ts';
import { clickOnCanvas, nodeIdByName } from './page.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(async (driver) => {
    for (const report of [CLOSED_TERM_REPORT, OPEN_TERM_REPORT])
      await writeArticle(driver, planGraphWrite(extractArticle(report)).write);
  });
});
afterAll(async () => {
  await harness?.close();
});

const openRoles = async () => {
  const hash = new URLSearchParams({
    q: 'MATCH (p:Person)-[r:HOLDS_ROLE {role: $role}]->(o) RETURN p, r, o',
    p: JSON.stringify({ role: TERM_POST.role }),
  });
  const page = await harness.newPage(`#${hash}`);
  await waitForGraph(page, 3);
  return page;
};

test('the evidence drawer shows the term the text states apart from the day it was cited', async () => {
  const page = await openRoles();
  const edge = await page.evaluate(
    (name) =>
      window.shabaka.cy
        .nodes()
        .filter((n) => n.data('name') === name)[0]!
        .connectedEdges()[0]!
        .id(),
    CLOSED_TERM_REPORT.person,
  );
  await clickOnCanvas(page, edge);
  const line = page.locator('[data-testid="sources"]');
  await line.waitFor();
  expect(await line.textContent()).toContain(' · 2016–2018 (stated) · cited 2021-03-04 (article date)');
  const item = page.locator('.evidence-item .meta');
  await item.first().waitFor();
  expect(await item.first().textContent()).toContain('stated 2016–2018');
  await harness.screenshot(page, 'stated-term');
  await page.close();
});

test("the group's inspector lists the two holders whose stated terms overlap, each with its term", async () => {
  const page = await openRoles();
  await clickOnCanvas(page, await nodeIdByName(page, TERM_POST.group));
  const item = page.locator('[data-testid="contradictions"] li.contradiction');
  await item.first().waitFor();
  expect(await item.getAttribute('data-kind')).toBe('concurrent_holders');
  expect(await item.locator('p').first().textContent()).toContain('(2016–2018 and since 2017)');
  const sources = await item.locator('li').allTextContents();
  expect(sources.map((s) => s.slice(0, 10))).toEqual(['2021-03-04', '2022-01-10']);
  expect(sources[0]).toContain('stated 2016–2018');
  expect(sources[1]).toContain('stated since 2017');
  await harness.screenshot(page, 'stated-terms-overlap');
  await page.close();
});
