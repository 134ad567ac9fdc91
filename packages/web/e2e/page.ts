// Page helpers for the end-to-end tests: what a user does on the canvas, by element id.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Clicks (or double-clicks) a node or edge where it is drawn on the canvas. */
export async function clickOnCanvas(
  page: Page,
  id: string,
  options: { double?: boolean; shift?: boolean } = {},
) {
  // a frame first: what moved the canvas (a message above it) has reached Cytoscape by then
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const point = await page.evaluate((elementId) => {
    const core = window.shabaka;
    const cy = core.cy;
    const element = cy.getElementById(elementId);
    cy.center(element);
    const box = core.regions.canvas.getBoundingClientRect();
    if (!element.isEdge()) {
      const at = cy.nodes().getElementById(elementId).renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y };
    }
    // a point on the edge that no node covers: along source endpoint → midpoint → target endpoint
    const edge = cy.edges().getElementById(elementId);
    const from = edge.renderedSourceEndpoint();
    const mid = edge.renderedMidpoint();
    const to = edge.renderedTargetEndpoint();
    const candidates = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map((t) => {
      const [a, b, u] = t <= 0.5 ? [from, mid, t * 2] : [mid, to, (t - 0.5) * 2];
      return { x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u };
    });
    const free = candidates.find((p) =>
      cy.nodes().every((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: false });
        return p.x < bb.x1 - 2 || p.x > bb.x2 + 2 || p.y < bb.y1 - 2 || p.y > bb.y2 + 2;
      }),
    );
    const at = free ?? mid;
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  if (options.shift) await page.keyboard.down('Shift');
  if (options.double) await page.mouse.dblclick(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
  if (options.shift) await page.keyboard.up('Shift');
}

/** The id of the first drawn node whose name is `name`. */
export function nodeIdByName(page: Page, name: string): Promise<string> {
  return page.evaluate((wanted) => {
    const node = window.shabaka.cy.nodes().filter((n) => n.data('name') === wanted)[0];
    if (!node) throw new Error(`no node named ${wanted} on the canvas`);
    return node.id();
  }, name);
}

/**
 * Types a query into the editor (replacing what is there), sets parameters, and runs it with
 * Ctrl+Enter; resolves with the server's response, or null when the app refused to send it.
 */
export async function runInEditor(page: Page, query: string, params = '', options = { sent: true }) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.locator('.cm-content').fill(query);
  await page.locator('#params').fill(params);
  await page.locator('.cm-content').click();
  const response = options.sent ? page.waitForResponse((r) => r.url().endsWith('/api/cypher')) : null;
  await page.keyboard.press('Control+Enter');
  return response;
}

/** Downloads one of the canvas exports (PNG, CSV, JSON, GraphML, Evidence pack) and reads it. */
export async function exportFile(page: Page, title: string): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: title, exact: true }).click();
  return readFile(await (await download).path());
}
