// How sure a claim is, in the browser, on the quick start's sample: a republished copy counts
// once in an edge's width and in the evidence drawer's line of independent sources, and a
// dismissal followed by a later 'current' is listed among the person's contradictions.
import { ingest, sampleArticles } from '@shabaka/ingest';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, startHarness, waitForGraph } from './harness.ts';
import { clickOnCanvas, nodeIdByName } from './page.ts';

const LEADER = 'حازم الديري';
const GROUP = 'كتائب الجبل';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness((driver) => ingest(driver, sampleArticles()));
});
afterAll(async () => {
  await harness?.close();
});

async function openLeaderRoles(): Promise<Page> {
  const hash = new URLSearchParams({
    q: 'MATCH (p:Person {name: $name})-[r:HOLDS_ROLE]->(o) RETURN p, r, o',
    p: JSON.stringify({ name: LEADER }),
  });
  const page = await harness.newPage(`#${hash}`);
  await waitForGraph(page, 2);
  return page;
}

test('an edge of four articles, one a republished copy, is as wide as its two independent outlets, and says so', async () => {
  const page = await openLeaderRoles();
  const edge = await page.evaluate(() => {
    const drawn = window.shabaka.cy.edges('[status = "current"]')[0]!;
    return { id: drawn.id(), count: drawn.data('count'), sources: drawn.data('sources') };
  });
  expect(edge).toMatchObject({ count: 4, sources: 2 });
  await clickOnCanvas(page, edge.id);
  const line = page.locator('[data-testid="sources"]');
  await line.waitFor();
  expect(await line.textContent()).toBe(
    '2 independent sources: صحيفة السهل, وكالة الشمال; 1 copy · low confidence · contradicted · cited 2026-03-10 to 2026-05-02 (article dates)',
  );
  // the aggregator's item says whose story it republished
  await expect
    .poll(() => page.locator('[data-testid="copy-of"]').allTextContents())
    .toEqual([' · republished copy of وكالة الشمال']);
  await harness.screenshot(page, 'independent-sources');
  await page.close();
});

test("the person's and the group's inspector list the dismissal followed by a later 'current', with their sources", async () => {
  const page = await openLeaderRoles();
  for (const name of [LEADER, GROUP]) {
    await clickOnCanvas(page, await nodeIdByName(page, name));
    await expect.poll(() => page.locator('[data-testid="inspector-name"]').textContent()).toBe(name);
    const item = page.locator('[data-testid="contradictions"] li.contradiction');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.getAttribute('data-kind')).toBe('current_after_end');
    const sources = await item.locator('li').allTextContents();
    expect(sources.map((s) => s.slice(0, 10))).toEqual(['2026-04-01', '2026-05-02']);
    expect(sources[0]).toContain('إذاعة الوادي');
    expect(sources[1]).toContain('صحيفة السهل');
  }
  await harness.screenshot(page, 'contradictions');
  await page.close();
});

test("the person's profile lists the same contradiction under 'Where sources disagree'", async () => {
  const page = await openLeaderRoles();
  await clickOnCanvas(page, await nodeIdByName(page, LEADER));
  await page.getByTestId('open-profile').click();
  const item = page.getByTestId('profile').getByTestId('profile-conflicts').locator('li.contradiction');
  await item.first().waitFor();
  expect(await item.count()).toBe(1);
  expect(await item.getAttribute('data-kind')).toBe('current_after_end');
  await page.close();
});
