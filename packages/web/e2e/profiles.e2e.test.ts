// The researcher's screens in Chromium, on the quick start's sample (the project's fixture
// articles, read by the extractor) plus a few articles of our own about one group whose emir
// is appointed, reported in post, then reported gone: the roster, the day picker, the labels.
import { readFile } from 'node:fs/promises';
import { ingest, sampleArticles } from '@shabaka/ingest';
import {
  EMIR,
  GROUP,
  SECURITY_CHIEF,
  SECURITY_OFFICE,
  writeRosterArticles,
} from '@shabaka/server/test/roster-articles';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, startHarness, waitForGraph } from './harness.ts';
import { clickOnCanvas } from './page.ts';

const IS = 'داعش';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(async (driver) => {
    await ingest(driver, sampleArticles());
    await writeRosterArticles(driver, { disagreeing: true });
  });
});
afterAll(async () => {
  await harness?.close();
});

/** Searches a name, opens the hit of that label in the inspector, then its profile. */
async function openProfile(name: string, label: string): Promise<Page> {
  const page = await harness.newPage();
  await waitForGraph(page);
  await page.locator('#search').fill(name);
  await page.locator('#search-results li[role="option"]', { hasText: label }).first().click();
  await page.getByTestId('open-profile').click();
  await page.getByTestId('profile').waitFor();
  return page;
}

const rosterRow = (page: Page, person: string) =>
  page.getByTestId('roster-table').locator(`tr[data-person="${person}"]`);

describe('organization profile', () => {
  test(`the roster of ${IS} lists its emir and its security chief, with dates`, async () => {
    const page = await openProfile(IS, 'Organization');
    await expect.poll(() => page.locator('#profile-title').textContent()).toBe(IS);
    const emir = page.getByTestId('roster-table').locator('tr', { hasText: 'leader' }).first();
    await expect.poll(() => emir.locator('td').nth(4).textContent()).toMatch(/^\d{4}-\d{2}-\d{2}/);
    const chief = page.getByTestId('roster-table').locator('tr', { hasText: 'security chief' });
    expect(await chief.count()).toBeGreaterThan(0);
    const chiefCells = await chief.first().locator('td').allTextContents();
    expect(chiefCells[4]).toMatch(/^\d{4}-\d{2}-\d{2}/);
    // the security office is one of its units, its head listed under it
    const tree = page.getByTestId('unit-tree');
    expect(await tree.locator('summary').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('المكتب الأمني')]),
    );
    expect(await tree.locator('.holder', { hasText: 'security chief' }).count()).toBeGreaterThan(0);
    await harness.screenshot(page, 'profile-organization-roster');
    await page.close();
  });

  test('the day picker moves a role from current to former; undated claims stay listed apart', async () => {
    const page = await openProfile(GROUP, 'Organization');
    const badge = () => rosterRow(page, EMIR).locator('.badge[data-status]').textContent();
    await expect.poll(badge).toBe('former');
    const picker = page.getByTestId('profile-asof');
    await picker.fill('2022-12-31');
    await picker.dispatchEvent('change');
    await expect.poll(badge).toBe('current');
    await expect
      .poll(() => rosterRow(page, EMIR).locator('td').nth(4).textContent())
      .toBe('2021-03-01 – 2022-06-10');
    await harness.screenshot(page, 'profile-as-of');
    await picker.fill('2023-02-01');
    await picker.dispatchEvent('change');
    await expect.poll(badge).toBe('former');
    // before anything dated, the roster is empty but the undated claims are still shown
    await picker.fill('2020-01-01');
    await picker.dispatchEvent('change');
    await expect.poll(() => page.getByTestId('roster-table').count()).toBe(0);
    const undated = page.getByTestId('undated-table');
    expect(
      await undated
        .locator('tr[data-person]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person'))),
    ).toEqual(expect.arrayContaining([EMIR, SECURITY_CHIEF]));
    await expect
      .poll(() => page.locator('.date-bar .meta').textContent())
      .toMatch(/undated claims, listed apart/);
    expect(await page.locator('.histogram .bar').count()).toBeGreaterThan(12);
    await page.close();
  });

  test("'Draw on the canvas' draws the group's neighbourhood as of the profile's day", async () => {
    const page = await openProfile(GROUP, 'Organization');
    const picker = page.getByTestId('profile-asof');
    await picker.fill('2022-12-31');
    await picker.dispatchEvent('change');
    await expect
      .poll(() => rosterRow(page, EMIR).locator('.badge[data-status]').textContent())
      .toBe('current');
    await page.getByRole('button', { name: 'Draw on the canvas' }).click();
    // the neighbourhood replaces the overview's 80 nodes
    await page.waitForFunction(
      () => window.shabaka.cy.nodes().length < 10 && !window.shabaka.isLayoutRunning(),
    );
    expect(await page.getByTestId('profile').count()).toBe(0);
    const dated = () =>
      page.evaluate(() => window.shabaka.cy.edges('[!undated]').map((e) => String(e.data('label'))));
    const labels = await dated();
    expect(labels).toContain('leader (appointed)');
    expect(labels.some((l) => l.startsWith('leader (current)'))).toBe(true);
    expect(labels.some((l) => l.includes('former'))).toBe(false);
    expect(await page.getByTestId('asof-date').textContent()).toMatch(/^2022-12-31/);
    expect(await page.getByTestId('asof-toggle').isChecked()).toBe(true);
    await page.close();
  });

  test('Arabic labels: roles and statuses read as the model declares them; CSV exports both', async () => {
    const page = await openProfile(GROUP, 'Organization');
    await page.getByTestId('profile-arabic').check();
    await expect.poll(() => rosterRow(page, EMIR).locator('.badge[data-status]').textContent()).toBe('سابق');
    expect(await rosterRow(page, EMIR).locator('td').nth(1).textContent()).toBe('أمير / قائد');
    expect(await page.getByTestId('profile-conflicts').textContent()).toContain('2023-01-15');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = (await readFile(await (await download).path())).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFperson,person_id,role,role_ar,in,in_id,status,first_seen,last_seen,transitions,sources,undated_claims,conflict,killed,titles',
    );
    expect(csv).toContain(`${EMIR},`);
    expect(csv).toContain(`${SECURITY_CHIEF},`);
    expect(csv).toContain(SECURITY_OFFICE);
    // the printed page is the profile alone, its roster whole, without the controls
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display !== 'none');
    expect(await shown('main.layout')).toBe(false);
    expect(await shown('[data-testid="roster-table"]')).toBe(true);
    expect(await shown('[data-testid="profile-asof"]')).toBe(false);
    expect(await shown('.date-bar .meta')).toBe(true);
    await page.close();
  });
});

describe('person profile', () => {
  test('roles are one row per role and period, with transitions and the disagreement flagged', async () => {
    const page = await openProfile(EMIR, 'Person');
    const rows = page.getByTestId('timeline-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells[0]).toBe('leader');
    expect(cells[1]).toBe(GROUP);
    expect(cells[2]).toMatch(/^former.*sources disagree/);
    expect(cells[4]).toBe('appointed 2021-03-01 → current 2022-06-10 → former 2023-01-15');
    // a name in the profile opens that entity's profile
    await rows.first().getByRole('button', { name: GROUP }).click();
    await expect.poll(() => page.locator('#profile-title').textContent()).toBe(GROUP);
    await harness.screenshot(page, 'profile-person');
    await page.close();
  });
});

describe('canvas labels', () => {
  test('edges read roles and relationships in English words, or in Arabic with the toggle', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    const labels = () => page.evaluate(() => window.shabaka.cy.edges().map((e) => String(e.data('label'))));
    expect((await labels()).some((l) => /_/.test(l))).toBe(false);
    await page.getByTestId('arabic-labels-toggle').check();
    await expect.poll(async () => (await labels()).some((l) => l.includes('حالي'))).toBe(true);
    await page.close();
  });
});

describe('first screen and search', () => {
  test('the side column reads at first sight: counts, a legend, the best-connected groups with their people', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    await expect
      .poll(() => page.getByTestId('summary-counts').textContent())
      .toMatch(
        /^\d+ articles · \d+ entities \(\d+ Person, \d+ Organization, \d+ Unit, \d+ Place\) · \d+ claims$/,
      );
    expect(await page.getByTestId('legend').textContent()).toContain('dashed: low confidence');
    const top = page.getByTestId('top-organizations');
    expect(await top.locator('.top-organization').count()).toBeGreaterThan(2);
    expect(await top.textContent()).toContain(IS);
    // the group with the most links is drawn larger than a node with one
    const sizes = await page.evaluate(() => {
      const nodes = window.shabaka.cy.nodes();
      const widths = nodes.map((n) => ({ degree: Number(n.data('degree')), width: n.width() }));
      const most = widths.reduce((a, b) => (b.degree > a.degree ? b : a));
      const leaf = widths.find((w) => w.degree === 1)!;
      return { most: most.width, leaf: leaf.width };
    });
    expect(sizes.most).toBeGreaterThan(sizes.leaf * 1.5);
    await harness.screenshot(page, 'first-screen');
    // a group's name opens its profile
    await top.getByRole('button', { name: IS, exact: true }).first().click();
    await expect.poll(() => page.locator('#profile-title').textContent()).toBe(IS);
    await page.close();
  });

  test('two units of the same name are told apart by their groups in the search hits', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    await page.locator('#search').fill('المكتب الأمني');
    const hits = page.locator('#search-results li[role="option"]', { hasText: 'Unit' });
    await expect.poll(() => hits.count()).toBeGreaterThan(1);
    const contexts = await hits.locator('.hit-meta').allTextContents();
    const groups = contexts.map((c) => /in ([^·]+)/.exec(c)?.[1]?.trim());
    expect(new Set(groups).size).toBe(groups.length);
    expect(groups).toContain(IS);
    await harness.screenshot(page, 'search-context');
    await page.close();
  });
});

describe('organization chart', () => {
  test(`the chart of ${IS} is a tree of group, units and office holders whose names do not overlap; a branch collapses`, async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    await page
      .getByRole('button', { name: 'Organization chart: the units of a group and who holds roles in them' })
      .click();
    await page.waitForFunction(() => window.shabaka.lastRun !== null && !window.shabaka.isLayoutRunning());
    const chart = await page.evaluate(() => {
      const cy = window.shabaka.cy;
      const boxes = cy.nodes().map((n) => ({
        label: String(n.data('label')),
        y: n.position('y'),
        box: n.boundingBox({ includeLabels: true }),
      }));
      let overlaps = 0;
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2)
            overlaps++;
      const rows = new Set(boxes.map((b) => Math.round(b.y)));
      return { nodes: boxes.length, overlaps, rows: rows.size };
    });
    expect(chart.nodes).toBeGreaterThan(8);
    expect(chart.rows).toBeGreaterThanOrEqual(3);
    expect(chart.overlaps).toBe(0);
    await harness.screenshot(page, 'organization-chart');
    // a unit's branch collapses and comes back
    const office = await page.evaluate(() =>
      window.shabaka.cy
        .nodes('[label = "Unit"]')
        .filter((n) => n.incomers('edge[type = "HOLDS_ROLE"]').length > 0)[0]!
        .id(),
    );
    const below = () =>
      page.evaluate(
        (id) =>
          window.shabaka.cy
            .getElementById(id)
            .incomers('node')
            .map((n) => n.visible()),
        office,
      );
    expect((await below()).every(Boolean)).toBe(true);
    await clickOnCanvas(page, office);
    await page.getByTestId('collapse-branch').click();
    await expect.poll(async () => (await below()).some(Boolean)).toBe(false);
    await page.getByTestId('collapse-branch').click();
    await expect.poll(async () => (await below()).every(Boolean)).toBe(true);
    await page.close();
  });
});
