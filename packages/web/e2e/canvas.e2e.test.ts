// Canvas control, the path finder, keys and narrow screens, in Debian's Chromium against the real
// server and Neo4j holding our own two articles: an invented front of many members, two of whom
// are also joined around it through two friends (packages/server/src/test/hub-articles.ts).
import { DETOUR, END, HUB, MEMBERS, START, writeHubArticles } from '@shabaka/server/test/hub-articles';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, startHarness, waitForGraph } from './harness.ts';
import { clickOnCanvas, nodeIdByName, runInEditor } from './page.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(writeHubArticles);
});
afterAll(async () => {
  await harness?.close();
});

const FRONT_QUERY = 'MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization {name: $hub}) RETURN p, r, o';

async function openFront(): Promise<Page> {
  const hash = new URLSearchParams({ q: FRONT_QUERY, p: JSON.stringify({ hub: HUB }) });
  const page = await harness.newPage(`#${hash}`);
  await waitForGraph(page, MEMBERS.length + 3);
  return page;
}

const nodeCount = (page: Page) => page.evaluate(() => window.shabaka.cy.nodes().length);
const isDrawn = (page: Page, id: string) =>
  page.evaluate((node) => window.shabaka.cy.getElementById(node).nonempty(), id);
const positionOf = (page: Page, id: string) =>
  page.evaluate((node) => {
    const { x, y } = window.shabaka.cy.getElementById(node).position();
    return { x: Math.round(x), y: Math.round(y) };
  }, id);
const settled = (page: Page) => page.waitForFunction(() => !window.shabaka.isLayoutRunning());

describe('canvas control', () => {
  test('Del removes the selected node; Undo brings it back where it was, Ctrl+Shift+Z removes it again', async () => {
    const page = await openFront();
    const before = await nodeCount(page);
    const member = await nodeIdByName(page, MEMBERS[0]!);
    const at = await positionOf(page, member);
    await clickOnCanvas(page, member);
    await page.keyboard.press('Delete');
    await expect.poll(() => isDrawn(page, member)).toBe(false);
    expect(await nodeCount(page)).toBe(before - 1);
    expect(await page.locator('[data-source="canvas"]').textContent()).toMatch(/Removed 1 node and 1 claim/);

    await page.getByTestId('undo').click();
    await expect.poll(() => isDrawn(page, member)).toBe(true);
    expect(await positionOf(page, member)).toEqual(at);
    expect(await nodeCount(page)).toBe(before);

    await page.locator('#canvas').focus();
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => isDrawn(page, member)).toBe(false);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => isDrawn(page, member)).toBe(true);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => isDrawn(page, member)).toBe(false);
    await page.close();
  });

  test('Hide takes a node off, Show hidden brings it back in place; the core lists it as hidden', async () => {
    const page = await openFront();
    const member = await nodeIdByName(page, MEMBERS[1]!);
    const at = await positionOf(page, member);
    await clickOnCanvas(page, member);
    await page.getByTestId('hide-selected').click();
    await expect.poll(() => isDrawn(page, member)).toBe(false);
    expect(await page.evaluate(() => window.shabaka.canvasMarks().hidden)).toEqual([member]);
    const show = page.getByTestId('show-hidden');
    expect(await show.textContent()).toBe('Show hidden (1)');
    await show.click();
    await expect.poll(() => isDrawn(page, member)).toBe(true);
    expect(await positionOf(page, member)).toEqual(at);
    expect(await show.isDisabled()).toBe(true);
    await page.close();
  });

  test('a pinned node is ringed and stays where it is when the canvas is laid out again', async () => {
    const page = await openFront();
    const member = await nodeIdByName(page, MEMBERS[2]!);
    const other = await nodeIdByName(page, MEMBERS[3]!);
    await clickOnCanvas(page, member);
    await page.getByTestId('pin-selected').click();
    expect(await page.getByTestId('pin-selected').textContent()).toBe('Unpin');
    expect(await page.evaluate((id) => window.shabaka.cy.getElementById(id).hasClass('pinned'), member)).toBe(
      true,
    );
    expect(await page.evaluate(() => window.shabaka.canvasMarks().pinned)).toHaveLength(1);
    const pinnedAt = await positionOf(page, member);
    const otherAt = await positionOf(page, other);
    await page.getByTestId('layout').selectOption('dagre');
    await settled(page);
    expect(await positionOf(page, other)).not.toEqual(otherAt);
    expect(await positionOf(page, member)).toEqual(pinnedAt);
    await page.getByTestId('layout').selectOption('fcose');
    await settled(page);
    expect(await positionOf(page, member)).toEqual(pinnedAt);
    await harness.screenshot(page, 'canvas-pinned');
    await page.close();
  });

  test('Clear empties the canvas and Undo brings everything back', async () => {
    const page = await openFront();
    const before = await nodeCount(page);
    await page.getByTestId('clear-canvas').click();
    await expect.poll(() => nodeCount(page)).toBe(0);
    await page.getByTestId('undo').click();
    await expect.poll(() => nodeCount(page)).toBe(before);
    await page.close();
  });

  test('nodes a filter took off come back where they were, not in one clump', async () => {
    const page = await openFront();
    const people = await page.evaluate(() =>
      window.shabaka.cy.nodes('[label = "Person"]').map((n) => {
        const { x, y } = n.position();
        return { id: n.id(), x: Math.round(x), y: Math.round(y) };
      }),
    );
    await page.getByTestId('filters').locator('summary').click();
    const person = page.getByRole('checkbox', { name: 'Labels: Person' });
    await person.uncheck();
    await expect.poll(() => nodeCount(page)).toBe(1);
    await person.check();
    await expect.poll(() => nodeCount(page)).toBe(people.length + 1);
    for (const { id, x, y } of people) expect(await positionOf(page, id)).toEqual({ x, y });
    await page.close();
  });

  test("an example's hierarchical layout is for its own result, not the queries after it", async () => {
    const page = await openFront();
    await page.getByRole('button', { name: /Organization chart/ }).click();
    await expect.poll(() => page.getByTestId('layout').inputValue()).toBe('dagre');
    await (await runInEditor(page, FRONT_QUERY, JSON.stringify({ hub: HUB })))?.finished();
    await waitForGraph(page, MEMBERS.length + 3);
    expect(await page.getByTestId('layout').inputValue()).toBe('fcose');
    expect(await page.evaluate(() => window.shabaka.layout)).toBe('fcose');
    await page.close();
  });
});

describe('keys', () => {
  test('/ goes to the search box; Esc clears the selection and closes the path finder', async () => {
    const page = await openFront();
    await clickOnCanvas(page, await nodeIdByName(page, START));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    expect(await page.locator('#search').inputValue()).toBe('');
    await page.getByTestId('path-to').click();
    await page.getByTestId('path-panel').waitFor();
    await page.locator('#canvas').focus();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('path-panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => window.shabaka.cy.nodes(':selected').length)).toBe(0);
    await page.close();
  });

  test('the canvas takes focus with Tab-style focus and shows a ring', async () => {
    const page = await openFront();
    await page.locator('#canvas').focus();
    const outline = await page
      .locator('#canvas')
      .evaluate(
        (canvas) => `${getComputedStyle(canvas).outlineStyle} ${getComputedStyle(canvas).outlineWidth}`,
      );
    expect(outline).toBe('solid 3px');
    await page.close();
  });
});

describe('path finder', () => {
  /** Opens START's "Path to…" and chooses END by name: END is not on the canvas. */
  async function pathFromStart(): Promise<Page> {
    const hash = new URLSearchParams({
      q: 'MATCH (p:Person)-[r]->(o) WHERE p.name IN [$start, $member] RETURN p, r, o',
      p: JSON.stringify({ start: START, member: MEMBERS[0] }),
    });
    const page = await harness.newPage(`#${hash}`);
    await waitForGraph(page, 3);
    expect(await page.evaluate((name) => window.shabaka.cy.nodes(`[name = "${name}"]`).length, END)).toBe(0);
    await clickOnCanvas(page, await nodeIdByName(page, START));
    await page.getByTestId('path-to').click();
    await page.locator('#path-to').fill(END);
    await page.locator('#path-to-results li[role="option"]', { hasText: END }).first().click();
    return page;
  }

  const steps = (page: Page) => page.getByTestId('path-steps').locator('li');

  test('Path to… draws the path over the dimmed rest and lists it step by step', async () => {
    const page = await pathFromStart();
    await expect.poll(() => steps(page).count()).toBe(2);
    expect(await steps(page).allTextContents()).toEqual([
      `${START} —member (current)→ ${HUB}`,
      `${HUB} ←member (current)— ${END}`,
    ]);
    const drawn = await page.evaluate(() => ({
      path: window.shabaka.cy.nodes('.path').map((n) => String(n.data('name'))),
      dimmed: window.shabaka.cy.nodes('.dimmed').map((n) => String(n.data('name'))),
    }));
    expect(new Set(drawn.path)).toEqual(new Set([START, HUB, END]));
    expect(drawn.dimmed).toContain(MEMBERS[0]);
    await harness.screenshot(page, 'path-to');
    await page.getByTestId('clear-path').click();
    expect(await page.evaluate(() => window.shabaka.cy.elements('.dimmed, .path').length)).toBe(0);
    expect(await steps(page).count()).toBe(0);
    await page.close();
  });

  test('Shift+Enter on a hit of the header search finds the path to it from the selected node', async () => {
    const page = await openFront();
    await clickOnCanvas(page, await nodeIdByName(page, END));
    await page.keyboard.press('/');
    await page.keyboard.type(START);
    await page.locator('#search-results li[role="option"]', { hasText: START }).first().waitFor();
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => steps(page).count()).toBe(2);
    expect(await steps(page).allTextContents()).toEqual([
      `${END} —member (current)→ ${HUB}`,
      `${HUB} ←member (current)— ${START}`,
    ]);
    expect(await page.locator('#path-from').inputValue()).toBe(END);
    await page.close();
  });

  test('avoid hubs goes around the front through the two friends, and says it avoided the front', async () => {
    const page = await pathFromStart();
    await expect.poll(() => steps(page).count()).toBe(2);
    await page.getByTestId('avoid-hubs').check();
    const answer = page.waitForResponse(
      (r) => r.url().includes('/api/paths') && r.url().includes('maxDegree=20'),
    );
    await page.getByRole('button', { name: 'Find path' }).click();
    expect((await answer).status()).toBe(200);
    await expect.poll(() => steps(page).count()).toBe(3);
    expect(await steps(page).allTextContents()).toEqual([
      `${START} —close to→ ${DETOUR[0]}`,
      `${DETOUR[0]} —close to→ ${DETOUR[1]}`,
      `${DETOUR[1]} —close to→ ${END}`,
    ]);
    expect(await page.getByTestId('path-summary').textContent()).toContain(`Avoided ${HUB} (26 claims)`);
    expect(
      await page.evaluate(
        (hub) => window.shabaka.cy.nodes(`[name = "${hub}"]`).first().hasClass('dimmed'),
        HUB,
      ),
    ).toBe(true);
    await harness.screenshot(page, 'path-avoiding-hubs');
    await page.close();
  });
});

describe('narrow screens', () => {
  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const canvasShare = (page: Page) =>
    page.evaluate(() => window.shabaka.regions.canvas.getBoundingClientRect().width / window.innerWidth);

  for (const width of [900, 600]) {
    test(`at ${width} px the canvas keeps the width, nothing overflows, and the panels open as drawers`, async () => {
      const page = await openFront();
      await page.setViewportSize({ width, height: 700 });
      await expect.poll(() => canvasShare(page)).toBeGreaterThan(0.95);
      // Cytoscape redraws at the new size a moment after the window resized
      await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
      expect(await page.locator('#workbench').isVisible()).toBe(false);
      expect(await page.locator('#inspector').isVisible()).toBe(false);

      await page.getByTestId('toggle-workbench').click();
      expect(await page.locator('#workbench').isVisible()).toBe(true);
      expect(await page.locator('.cm-content').isVisible()).toBe(true);
      await page.getByTestId('toggle-workbench').click();
      expect(await page.locator('#workbench').isVisible()).toBe(false);

      // choosing a node opens the inspector over the canvas; Esc closes it
      await clickOnCanvas(page, await nodeIdByName(page, START));
      await page.getByTestId('inspector-name').waitFor();
      expect(await page.locator('#inspector').isVisible()).toBe(true);
      const drawer = await page.locator('#inspector').boundingBox();
      expect(drawer!.x + drawer!.width).toBeLessThanOrEqual(width + 1);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await harness.screenshot(page, `narrow-${width}`);
      await page.keyboard.press('Escape');
      expect(await page.locator('#inspector').isVisible()).toBe(false);
      await page.close();
    });
  }
});
