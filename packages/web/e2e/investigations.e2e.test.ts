// Investigations in Chromium, on the real server and Neo4j with the quick start's sample: a
// researcher saves a canvas built past its query (a node removed, one hidden, one pinned and
// moved, places filtered out, the hierarchical layout), and its link opens exactly that in a new page; the list renames,
// duplicates and deletes; a change shows as unsaved until saved; exports are of the canvas.
import { ingest, sampleArticles } from '@shabaka/ingest';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, startHarness, waitForGraph } from './harness.ts';
import { clickOnCanvas, exportFile, nodeIdByName } from './page.ts';

const GROUP = 'كتائب الجبل';
const NAME = 'كتائب الجبل: من يقود';
const QUERY = 'MATCH (o:Organization {name: $name})-[r]-(n) RETURN o, r, n';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness((driver) => ingest(driver, sampleArticles()));
});
afterAll(async () => {
  await harness?.close();
});

async function openGroup(): Promise<Page> {
  const hash = new URLSearchParams({ q: QUERY, p: JSON.stringify({ name: GROUP }) });
  const page = await harness.newPage(`#${hash}`);
  await waitForGraph(page, 3);
  return page;
}

/** What a saved view must bring back: the nodes, one node's place, the layout, the filter. */
const canvasState = (page: Page, probe: string) =>
  page.evaluate((id) => {
    const core = window.shabaka;
    const node = core.cy.getElementById(id);
    return {
      nodes: [...core.store.nodes.keys()].sort(),
      at: node.nonempty() ? { x: Math.round(node.position('x')), y: Math.round(node.position('y')) } : null,
      layout: core.layout,
      placesHidden: core.filters.hiddenLabels.has('Place'),
      marks: core.canvasMarks(),
      drawn: core.cy.nodes().length,
    };
  }, probe);

async function saveAs(page: Page, name: string, notes: string) {
  await page.getByTestId('investigations-button').click();
  await page.getByTestId('investigation-notes').fill(notes);
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Save as new investigation' }).click();
  await page.getByTestId('investigations').waitFor({ state: 'hidden' });
}

/** Clicks a node on the canvas and checks that it is the one selected. */
async function select(page: Page, id: string) {
  await clickOnCanvas(page, id);
  expect(await page.evaluate(() => window.shabaka.cy.$(':selected').map((n) => n.id()))).toEqual([id]);
}

const listed = (page: Page) => page.getByTestId('investigation-list').locator('li bdi').allTextContents();

test('a canvas built past its query is saved, and its link opens exactly that view in another page', async () => {
  const page = await openGroup();
  // the canvas moves on from the query: a person removed (Del), another hidden, the group
  // pinned and moved, places filtered out, the org-chart layout
  const [removed, hidden] = await page.evaluate(
    (group) =>
      window.shabaka.cy
        .nodes()
        .filter(
          (n) => ['Person', 'Unit', 'Organization'].includes(n.data('label')) && n.data('name') !== group,
        )
        .map((n) => n.id()),
    GROUP,
  );
  await select(page, removed!);
  await page.keyboard.press('Delete');
  await select(page, hidden!);
  await page.getByTestId('hide-selected').click();
  const probe = await nodeIdByName(page, GROUP);
  await page.getByTestId('filters').locator('summary').click();
  await page.getByRole('checkbox', { name: 'Labels: Place' }).uncheck();
  await page.getByTestId('filters').locator('summary').click(); // the open panel covers the canvas
  await page.getByTestId('layout').selectOption('dagre');
  await waitForGraph(page);
  await page.evaluate((id) => window.shabaka.cy.getElementById(id).position({ x: 2021.5, y: -1740 }), probe);
  await select(page, probe);
  await page.getByTestId('pin-selected').click();
  const before = await canvasState(page, probe);
  expect(before.nodes).not.toContain(removed);
  expect(before.marks).toEqual({ hidden: [hidden], pinned: [probe] });

  // without saving, the link says it carries the query only
  await page.getByTestId('copy-link').click();
  await expect
    .poll(() => page.locator('[data-source="permalink"]').textContent())
    .toContain('save the canvas as an investigation');

  await saveAs(page, NAME, 'who leads the group, and where');
  expect(await page.getByTestId('current-investigation').textContent()).toBe(`Investigation: ${NAME}`);
  expect(page.url()).toMatch(/#investigation=[\w-]+$/);
  await page.getByTestId('copy-link').click();
  const link = page.url();

  const other = await harness.newPage(new URL(link).hash);
  await waitForGraph(other, 2);
  await expect.poll(() => canvasState(other, probe)).toEqual(before);
  await other.getByTestId('filters').locator('summary').click();
  expect(await other.getByRole('checkbox', { name: 'Labels: Place' }).isChecked()).toBe(false);
  expect(await other.getByTestId('layout').inputValue()).toBe('dagre');
  expect(await other.getByTestId('current-investigation').textContent()).toBe(`Investigation: ${NAME}`);
  await other.getByTestId('investigations-button').click();
  expect(await other.getByTestId('investigation-notes').inputValue()).toBe('who leads the group, and where');
  await harness.screenshot(other, 'investigation-opened');
  await other.close();
  await page.close();
});

test('the list renames, duplicates and deletes; a change shows unsaved until saved', async () => {
  const page = await openGroup();
  await saveAs(page, 'first look', '');
  await page.getByTestId('investigations-button').click();
  const list = page.getByTestId('investigation-list');
  await expect.poll(() => listed(page)).toContain('first look');

  await list.getByRole('button', { name: 'Rename first look' }).click();
  const input = list.getByRole('textbox', { name: 'New name of first look' });
  await input.fill('the brigade');
  await input.press('Enter');
  await expect.poll(() => listed(page)).toContain('the brigade');
  expect(await page.getByTestId('current-investigation').textContent()).toBe('Investigation: the brigade');

  await list.getByRole('button', { name: 'Duplicate the brigade' }).click();
  await expect.poll(() => listed(page)).toContain('the brigade (copy)');
  await list.getByRole('button', { name: 'Delete the brigade (copy)' }).click();
  await list.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(() => listed(page)).not.toContain('the brigade (copy)');
  expect(await listed(page)).toContain('the brigade');
  await page.keyboard.press('Escape');

  // a node dragged: the header says so, and Save keeps it
  const id = await page.evaluate(() => window.shabaka.cy.nodes()[0]!.id());
  await page.evaluate((node) => {
    const n = window.shabaka.cy.getElementById(node);
    n.position({ x: 77, y: 88 });
    n.emit('dragfree');
  }, id);
  await expect
    .poll(() => page.getByTestId('current-investigation').textContent())
    .toBe('Investigation: the brigade · unsaved changes');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(() => page.getByTestId('current-investigation').textContent())
    .toBe('Investigation: the brigade');
  const reopened = await harness.newPage(new URL(page.url()).hash);
  await waitForGraph(reopened, 2);
  expect(await reopened.evaluate((node) => window.shabaka.cy.getElementById(node).position(), id)).toEqual({
    x: 77,
    y: 88,
  });
  await reopened.close();
  await page.close();
});

test('CSV, GraphML and the evidence pack export the canvas, with the investigation it shows', async () => {
  const page = await openGroup();
  const drawn = await page.evaluate(() => window.shabaka.cy.edges().length);
  await page.evaluate(() => {
    const core = window.shabaka;
    core.removeFromGraph([
      core.cy
        .nodes()
        .filter((n) => n.data('label') !== 'Organization')[0]!
        .id(),
    ]);
  });
  const left = await page.evaluate(() => window.shabaka.cy.edges().length);
  expect(left).toBeLessThan(drawn);
  await saveAs(page, 'for the report', 'checked twice');
  const save = (title: string) => exportFile(page, title);
  const csv = (await save('CSV')).toString('utf8').trimEnd().split('\r\n');
  expect(csv[0]).toBe('\uFEFFfrom,relationship,to,claims,sources,id');
  expect(csv).toHaveLength(left + 1);
  const zip = await JSZip.loadAsync(await save('Evidence pack'));
  expect(JSON.parse(await zip.file('investigation.json')!.async('string'))).toMatchObject({
    name: 'for the report',
    notes: 'checked twice',
    unsavedChanges: false,
  });
  expect(await zip.file('README.txt')!.async('string')).toContain('Investigation: for the report');
  await page.close();
});
