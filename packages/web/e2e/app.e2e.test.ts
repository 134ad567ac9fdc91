// Every feature of the research web app, driven in Debian's Chromium against the real server
// Needs the seed article of ../shared/fixtures: skipped, saying so, where it is absent.
// and Neo4j with the seed article loaded. Screenshots go to packages/web/test-results/.
import { API_LIMITS } from '@shabaka/model';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { NAMESAKE_GROUP, writeNamesakeArticle } from '@shabaka/server/test/namesake-article';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeWithSeed } from '@shabaka/ingest/test';
import { type Harness, startHarness, waitForGraph } from './harness.ts';
import { clickOnCanvas, exportFile, nodeIdByName, runInEditor } from './page.ts';

const LEADER = 'ابو العز دهمان';
const FORMER_MEDIA_CHIEF = 'راتب طيّارة';
const NEW_MEDIA_CHIEF = 'ابو نجم';
const IS = 'داعش';
const OUTLET = 'صوت العاصمة';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  // A second source for the leader's role (a parallel claim) and a low-confidence claim, both
  // dated, so that collapsing, dashing and the as-of slider have something to show.
  await harness.driver.executeQuery(
    `MATCH (a:Person {name: $leader})-[r:HOLDS_ROLE]->(o:Organization {name: $is})
     CREATE (a)-[r2:HOLDS_ROLE]->(o)
     SET r2 = properties(r), r2.id = r.id + ':second', r2.article = 'e2e-second-article', r2.asOf = '2018-05-01', r2.confidence = 0.9
     SET r.asOf = '2018-03-01'
     WITH a
     MATCH (n:Person {name: $newChief}), (s:Person {name: 'ابو صخر'})
     CREATE (n)-[:CLOSE_TO {id: 'e2e-low-confidence', article: 'e2e-second-article', sentence: 0, start: 0, end: 3,
       evidence: 'e2e', confidence: 0.3, extractor: 'e2e@1', asOf: '2018-04-01'}]->(s)`,
    { leader: LEADER, is: IS, newChief: NEW_MEDIA_CHIEF },
  );
});
afterAll(async () => {
  await harness?.close();
});

async function openWithQuery(query: string, params: Record<string, unknown> = {}, extra = ''): Promise<Page> {
  const hash = new URLSearchParams({
    q: query,
    ...(Object.keys(params).length ? { p: JSON.stringify(params) } : {}),
  });
  const page = await harness.newPage(`#${hash}${extra}`);
  await waitForGraph(page);
  return page;
}

/** CodeMirror ignores Enter for 75 ms after the completion list opens, as no person is that fast. */
async function acceptCompletion(page: Page) {
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
}

const ROLES_QUERY = 'MATCH (p:Person)-[r:HOLDS_ROLE]->(o) RETURN p, r, o';

describeWithSeed('workbench', () => {
  test('an example question runs and draws people, roles and replacements', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    await page
      .getByRole('button', { name: 'Who led the group in south Damascus, and who replaced whom?' })
      .click();
    await page.waitForFunction(() => window.shabaka.lastRun !== null && !window.shabaka.isLayoutRunning());
    const labels = await page.evaluate(() => window.shabaka.cy.edges().map((e) => String(e.data('label'))));
    expect(labels).toContain('media chief (former)');
    expect(labels).toContain('replaced');
    await harness.screenshot(page, 'workbench-example');
    await page.close();
  });

  test('Ctrl+Enter runs the editor with JSON parameters; the table and JSON views show the result', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    const response = await runInEditor(
      page,
      'MATCH (p:Person)-[r:HOLDS_ROLE]->(o) WHERE p.name = $name RETURN p.name AS person, r.role AS role, o.name AS org',
      JSON.stringify({ name: FORMER_MEDIA_CHIEF }),
    );
    expect(response?.status()).toBe(200);
    await page.getByRole('tab', { name: 'Table' }).click();
    const firstRow = page.locator('#table-view table').first().locator('tbody tr').first();
    await expect
      .poll(() => firstRow.locator('td').allTextContents())
      .toEqual([FORMER_MEDIA_CHIEF, 'media_chief', IS]);
    // Arabic cells lay out right to left
    expect(
      await firstRow
        .locator('td')
        .first()
        .evaluate((td) => getComputedStyle(td).direction),
    ).toBe('rtl');
    await harness.screenshot(page, 'workbench-table');
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = JSON.parse((await page.locator('#json-view').textContent()) ?? '{}');
    expect(json.columns).toEqual(['person', 'role', 'org']);
    await page.close();
  });

  test('errors, refused writes and truncated results say so in words', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    await runInEditor(page, 'MATCH (n RETURN n');
    await expect.poll(() => page.locator('.message.error').textContent()).toMatch(/\w{4,}/);
    await runInEditor(page, "CREATE (:Person {name: 'x'})");
    await expect.poll(() => page.locator('.message.error').textContent()).toMatch(/^Refused/);
    await harness.screenshot(page, 'workbench-refused');
    await runInEditor(page, 'UNWIND range(1, 20000) AS i RETURN i');
    await expect.poll(() => page.locator('.message.warning').textContent()).toMatch(/^Truncated/);
    await runInEditor(page, 'MATCH (n) RETURN n', '{not json', { sent: false });
    await expect
      .poll(() => page.locator('.message.error').textContent())
      .toMatch(/Parameters are not valid JSON/);
    await page.close();
  });

  test('autocomplete offers the database labels, relationship types and property keys', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    const editor = page.locator('.cm-content');
    await editor.click();
    await page.keyboard.type('MATCH (p:Per');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete').textContent()).toContain('Person');
    await acceptCompletion(page);
    await page.keyboard.type(')-[r:HOLDS');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete').textContent()).toContain('HOLDS_ROLE');
    await acceptCompletion(page);
    await page.keyboard.type(']->(o) WHERE r.confi');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete').textContent()).toContain('confidence');
    await harness.screenshot(page, 'workbench-autocomplete');
    expect(await editor.textContent()).toContain('MATCH (p:Person)-[r:HOLDS_ROLE]');
    await page.close();
  });

  test('history is searchable and survives a reload; saved queries too', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    await runInEditor(page, 'MATCH (o:Organization)-[r:CONTROLS]->(pl:Place) RETURN o, r, pl');
    await page.waitForFunction(() => window.shabaka.lastRun !== null);
    await page.locator('[data-testid="saved"] summary').click();
    await page.locator('[data-testid="save-name"]').fill('territory');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.reload();
    await waitForGraph(page);
    await page.locator('[data-testid="history"] summary').click();
    await page.locator('[data-testid="history-search"]').fill('CONTROLS');
    const entries = page.locator('[data-testid="history-list"] li');
    await expect.poll(() => entries.count()).toBe(1);
    await page.locator('[data-testid="history-search"]').fill('no-such-query-text');
    await expect.poll(() => entries.count()).toBe(0);
    await page.locator('[data-testid="saved"] summary').click();
    await page
      .locator('[data-testid="saved-list"]')
      .getByRole('button', { name: 'territory', exact: true })
      .click();
    await page.waitForFunction(() => window.shabaka.lastRun?.query.includes('CONTROLS') === true);
    await page.close();
  });

  test('a permalink reproduces the query, its parameters and the view', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    await runInEditor(
      page,
      'MATCH (p:Person)-[r]-(x) WHERE p.name = $name RETURN p, r, x',
      JSON.stringify({ name: NEW_MEDIA_CHIEF }),
    );
    await page.waitForFunction(() => window.shabaka.lastRun !== null && !window.shabaka.isLayoutRunning());
    await page.getByRole('tab', { name: 'Table' }).click();
    const url = page.url();
    const before = await page.evaluate(() =>
      window.shabaka.cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    );
    const shared = await harness.browser.newPage();
    await shared.goto(url);
    await waitForGraph(shared);
    expect(
      await shared.evaluate(() =>
        window.shabaka.cy
          .nodes()
          .map((n) => n.id())
          .sort(),
      ),
    ).toEqual(before);
    expect(await shared.locator('#table-view').isVisible()).toBe(true);
    expect(await shared.locator('#params').inputValue()).toContain(NEW_MEDIA_CHIEF);
    await page.close();
    await shared.close();
  });
});

describeWithSeed('exploration', () => {
  test('Arabic search adds the entity to the canvas and opens it', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    await page.evaluate(() => window.shabaka.showGraph({ nodes: [], edges: [] }));
    await page.locator('#search').fill('دهمان');
    await page.locator('#search-results li[role="option"]').first().waitFor();
    await harness.screenshot(page, 'search-results');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="inspector-name"]').textContent()).toBe(LEADER);
    expect(await page.evaluate(() => window.shabaka.cy.nodes().map((n) => n.data('name')))).toEqual([LEADER]);
    await page.close();
  });

  test('double-click shows counts per relationship type, then expands only the chosen types', async () => {
    const page = await openWithQuery('MATCH (o:Organization {name: $is}) RETURN o', { is: IS });
    const id = await nodeIdByName(page, IS);
    await clickOnCanvas(page, id, { double: true });
    const popup = page.getByRole('dialog', { name: 'Expand neighbours' });
    await popup.waitFor();
    const types = await popup
      .locator('input[type="checkbox"]')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(types).toContain('CONTROLS');
    expect(types).toContain('HOLDS_ROLE');
    await harness.screenshot(page, 'expand-counts');
    for (const type of types)
      if (type !== 'CONTROLS') await popup.locator(`input[value="${type}"]`).uncheck();
    await popup.getByRole('button', { name: 'Expand' }).click();
    await page.waitForFunction(
      () => window.shabaka.cy.nodes().length > 1 && !window.shabaka.isLayoutRunning(),
    );
    const labels = await page.evaluate(() => window.shabaka.cy.nodes().map((n) => String(n.data('label'))));
    expect(new Set(labels)).toEqual(new Set(['Organization', 'Place']));
    expect(await page.locator('[data-source="expand"]').textContent()).toMatch(/Added \d+ new neighbours/);
    await page.close();
  });

  test('shortest path between two selected nodes is found and highlighted', async () => {
    const page = await openWithQuery('MATCH (a:Person {name: $a}), (b:Person {name: $b}) RETURN a, b', {
      a: NEW_MEDIA_CHIEF,
      b: LEADER,
    });
    await clickOnCanvas(page, await nodeIdByName(page, NEW_MEDIA_CHIEF));
    await clickOnCanvas(page, await nodeIdByName(page, LEADER), { shift: true });
    await page.getByRole('button', { name: 'Shortest path' }).click();
    await page.waitForFunction(() => window.shabaka.cy.edges('.path').length > 0);
    const message = await page.locator('[data-source="paths"]').textContent();
    expect(message).toMatch(/Shortest path: \d+ steps/);
    await harness.screenshot(page, 'shortest-path');
    await page.close();
  });

  test('parallel claims collapse into one counted edge, expandable; low confidence is dashed; width follows sources', async () => {
    const page = await openWithQuery('MATCH (p:Person)-[r:HOLDS_ROLE|CLOSE_TO]->(o) RETURN p, r, o');
    const collapsed = await page.evaluate(() => {
      const edge = window.shabaka.cy.edges().filter((e) => e.data('count') > 1)[0]!;
      return {
        id: edge.id(),
        label: edge.data('label'),
        width: parseFloat(edge.style('width')),
        single: parseFloat(
          window.shabaka.cy
            .edges()
            .filter((e) => e.data('count') === 1)[0]!
            .style('width'),
        ),
      };
    });
    expect(collapsed.label).toBe('leader (current) ×2');
    expect(collapsed.width).toBeGreaterThan(collapsed.single);
    const lowStyle = await page.evaluate(() =>
      window.shabaka.cy.getElementById('e2e-low-confidence').style('line-style'),
    );
    expect(lowStyle).toBe('dashed');
    await clickOnCanvas(page, collapsed.id);
    await page.getByRole('button', { name: 'Show each claim as its own edge' }).click();
    const separate = await page.evaluate(
      () => window.shabaka.cy.edges('[label = "leader (current)"]').length,
    );
    expect(separate).toBe(2);
    await harness.screenshot(page, 'style-collapse');
    await page.close();
  });

  test('filters by label, relationship type, role and status, and the as-of slider hides later claims', async () => {
    const page = await openWithQuery(
      'MATCH (a)-[r]->(b) WHERE NOT a:Article AND NOT b:Article RETURN a, r, b',
    );
    const count = (selector: string) => page.evaluate((s) => window.shabaka.cy.$(s).length, selector);
    await page.locator('[data-testid="filters"] summary').click();
    expect(await count('node[label = "Place"]')).toBeGreaterThan(0);
    await page.getByLabel('Labels: Place').uncheck();
    expect(await count('node[label = "Place"]')).toBe(0);
    await page.getByLabel('Relationship types: ARRESTED').uncheck();
    expect(await count('edge[type = "ARRESTED"]')).toBe(0);
    await page.getByLabel('Role classes: media_chief').uncheck();
    expect(await count('edge[role = "media_chief"]')).toBe(0);
    await page.getByLabel('Status: current').uncheck();
    expect(await count('edge[status = "current"]')).toBe(0);
    await page.getByLabel('Status: current').check();
    await page.locator('[data-testid="asof-toggle"]').check();
    // the slider starts at the latest day: every dated claim is drawn, undated ones faint, apart
    expect(await count('edge[!undated]')).toBe(2);
    expect(await count('edge[?undated]')).toBeGreaterThan(0);
    await page.locator('[data-testid="asof-slider"]').fill('0');
    expect(await page.locator('[data-testid="asof-date"]').textContent()).toMatch(
      /^2018-03-01 · \d+ undated claims drawn faint$/,
    );
    expect(
      await page.evaluate(() => window.shabaka.cy.edges('[!undated]').map((e) => e.data('label'))),
    ).toEqual(['leader (current)']);
    await page.locator('[data-testid="asof-undated"]').uncheck();
    expect(await count('edge')).toBe(1);
    // what no claim of that day joins is faded, not drawn at full strength
    expect(await count('node[?faded]')).toBe((await count('node')) - 2);
    expect(await page.locator('[data-testid="asof-histogram"] .bar').count()).toBeGreaterThan(1);
    await harness.screenshot(page, 'filters-asof');
    await page.close();
  });

  test('the hierarchical layout draws the group on top and its units below', async () => {
    const page = await openWithQuery('MATCH (u:Unit)-[r:PART_OF]->(o:Organization) RETURN u, r, o');
    await page.getByLabel('Layout', { exact: true }).selectOption('dagre');
    await page.waitForFunction(() => !window.shabaka.isLayoutRunning());
    const rows = await page.evaluate(() =>
      window.shabaka.cy.nodes().map((n) => ({ label: String(n.data('label')), y: n.position('y') })),
    );
    const orgY = rows.find((r) => r.label === 'Organization')!.y;
    for (const unit of rows.filter((r) => r.label === 'Unit')) expect(unit.y).toBeGreaterThan(orgY);
    expect(page.url()).toContain('layout=dagre');
    await harness.screenshot(page, 'layout-hierarchical');
    await page.close();
  });
});

describeWithSeed('evidence', () => {
  test('clicking an edge opens its evidence: outlet, title, the sentence with the span marked, extractor, confidence', async () => {
    const page = await openWithQuery(ROLES_QUERY);
    const edgeId = await page.evaluate(() =>
      window.shabaka.cy.edges('[label = "media chief (former)"]')[0]!.id(),
    );
    await clickOnCanvas(page, edgeId);
    const item = page.locator('[data-testid="evidence"] li').first();
    await item.waitFor();
    expect(await item.locator('.outlet').textContent()).toBe(OUTLET);
    expect(await item.textContent()).toContain('gold-annotation@1');
    expect(await item.textContent()).toContain('confidence 1');
    const marked = await item.locator('blockquote mark').textContent();
    expect(marked).toContain('الأمير الإعلامي السابق');
    expect(await item.locator('blockquote').evaluate((q) => getComputedStyle(q).direction)).toBe('rtl');
    await harness.screenshot(page, 'evidence-drawer');
    await page.close();
  });

  test('clicking a node shows its properties, aliases, roles over time and the articles that mention it', async () => {
    const page = await openWithQuery(ROLES_QUERY);
    await clickOnCanvas(page, await nodeIdByName(page, FORMER_MEDIA_CHIEF));
    await expect
      .poll(() => page.locator('[data-testid="inspector-name"]').textContent())
      .toBe(FORMER_MEDIA_CHIEF);
    expect(await page.locator('[data-testid="roles"] tbody tr').first().textContent()).toContain(
      'media_chief',
    );
    expect(await page.locator('[data-testid="mentioned-in"] h3').textContent()).toBe(
      'Mentioned in 1 article',
    );
    expect(await page.locator('.aliases').textContent()).toContain('طيارة');
    await harness.screenshot(page, 'node-inspector');
    await page.close();
  });

  test('the article view shows the whole text with mentions and claims highlighted by type', async () => {
    const page = await openWithQuery(ROLES_QUERY);
    await clickOnCanvas(page, await nodeIdByName(page, NEW_MEDIA_CHIEF));
    await page.locator('[data-testid="mentioned-in"]').getByRole('button', { name: 'Open article' }).click();
    const view = page.locator('[data-testid="article-view"]');
    await view.waitFor();
    expect(await view.locator('mark[data-label="Person"]').count()).toBeGreaterThan(5);
    const types = await view
      .locator('mark[data-type]')
      .evaluateAll((marks) => [...new Set(marks.map((m) => (m as HTMLElement).dataset['type']))]);
    expect(types).toEqual(expect.arrayContaining(['HOLDS_ROLE', 'CONTROLS', 'ARRESTED']));
    expect(
      await view.locator('[data-testid="article-text"]').evaluate((t) => getComputedStyle(t).direction),
    ).toBe('rtl');
    await harness.screenshot(page, 'article-view');
    await page.keyboard.press('Escape');
    expect(await view.count()).toBe(0);
    await page.close();
  });
});

describeWithSeed('Arabic and access', () => {
  test('Arabic names keep their order on the canvas and in the editor; the Latin toggle shows transliterations', async () => {
    const page = await openWithQuery(ROLES_QUERY);
    const display = await page.evaluate(() =>
      window.shabaka.cy.nodes().map((n) => String(n.data('display'))),
    );
    // every canvas label is a directional isolate of its own direction, so neutrals cannot reorder it
    expect(
      display
        .filter((d) => /[\u0600-\u06FF]/.test(d))
        .every((d) => d.startsWith('\u2067') && d.endsWith('\u2069')),
    ).toBe(true);
    // a block body: returning the Cytoscape core would make Playwright serialize all of it
    await page.evaluate(() => {
      window.shabaka.cy.zoom({ level: 2, position: window.shabaka.cy.nodes()[0]!.position() });
    });
    await harness.screenshot(page, 'arabic-canvas');
    // the editor isolates the Arabic string literal, so the code around it keeps its order
    const editor = page.locator('.cm-content');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`MATCH (p:Person {name: '${LEADER}'}) RETURN p`);
    const literal = page.locator('.cm-string-isolate').first();
    const layout = await literal.evaluate((element) => {
      const text = element.querySelector('span')!.firstChild as Text;
      const charX = (index: number) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect().x;
      };
      const before = element.previousSibling as Text;
      const beforeRange = document.createRange();
      beforeRange.selectNodeContents(before);
      const codeBefore = [...beforeRange.getClientRects()].at(-1)!;
      const box = element.getBoundingClientRect();
      return {
        direction: getComputedStyle(element).direction,
        lines: element.getClientRects().length,
        firstLetterX: charX(1),
        lastLetterX: charX(text.length - 2),
        codeBeforeIsEarlier: codeBefore.right <= box.left + 1 || codeBefore.bottom <= box.top + 1,
      };
    });
    expect(layout.direction).toBe('rtl');
    // unbroken, read right to left, and the code before it stays before it (on its left, or on an earlier line)
    expect(layout.lines).toBe(1);
    expect(layout.firstLetterX).toBeGreaterThan(layout.lastLetterX);
    expect(layout.codeBeforeIsEarlier).toBe(true);
    await harness.screenshot(page, 'arabic-editor');
    const latinNames = await page.evaluate(() =>
      window.shabaka.cy
        .nodes()
        .filter((n) => Boolean(n.data('latin')))
        .map((n) => String(n.data('latin'))),
    );
    expect(latinNames.length).toBeGreaterThan(0);
    await page.getByLabel('Latin names').check();
    const shown = await page.evaluate(() =>
      window.shabaka.cy.nodes().map((n) => String(n.data('display')).replace(/[\u2066-\u2069]/g, '')),
    );
    expect(shown).toEqual(expect.arrayContaining(latinNames));
    expect(page.url()).toContain('latin=1');
    await harness.screenshot(page, 'latin-toggle');
    await page.close();
  });

  test('the interface mirrors in RTL layout', async () => {
    const page = await harness.newPage();
    await waitForGraph(page);
    await page.getByLabel('RTL layout').check();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const workbench = await page.locator('#workbench').boundingBox();
    const inspector = await page.locator('#inspector').boundingBox();
    expect(workbench!.x).toBeGreaterThan(inspector!.x);
    // English interface text keeps its punctuation at its end inside the mirrored layout
    const question = page.getByRole('button', { name: 'Which group controls which place?' });
    const order = await question.evaluate((button) => {
      const text = button.firstChild as Text;
      const rect = (index: number) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect();
      };
      return { first: rect(0).x, questionMark: rect(text.length - 1).x };
    });
    expect(order.questionMark).toBeGreaterThan(order.first);
    await harness.screenshot(page, 'rtl-interface');
    await page.getByLabel('RTL layout').uncheck();
    await page.close();
  });

  test('the table twin of the graph is reachable and usable with the keyboard alone', async () => {
    const page = await openWithQuery(ROLES_QUERY, {}, '&view=table');
    const rows = page.locator('#table-view tr[tabindex="0"]');
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await rows.first().getAttribute('aria-label')).toMatch(/press Enter for details/);
    // Tab from the result tabs reaches the table rows
    await page.getByRole('tab', { name: 'Table' }).focus();
    let focused = '';
    for (let i = 0; i < 30 && !focused.includes('press Enter'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(focused).toContain('press Enter for details');
    const name = await page.evaluate(() => document.activeElement?.querySelector('td')?.textContent ?? '');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#inspector h2').first().textContent()).toContain(name);
    await harness.screenshot(page, 'keyboard-table');
    await page.close();
  });
});

describeWithSeed('export', () => {
  test('PNG, CSV, JSON, GraphML and the evidence pack download with the drawn content', async () => {
    const page = await openWithQuery(ROLES_QUERY);
    const save = (title: string) => exportFile(page, title);
    const png = await save('PNG');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
    // the graph view's CSV lists the canvas; the table view's, the rows the query returned
    const canvasCsv = (await save('CSV')).toString('utf8');
    expect(canvasCsv.startsWith('\uFEFFfrom,relationship,to,claims,sources,id\r\n')).toBe(true);
    await page.getByRole('tab', { name: 'Table' }).click();
    const csv = (await save('CSV')).toString('utf8');
    expect(csv.startsWith('\uFEFFp,r,o\r\n')).toBe(true);
    expect(csv).toContain(`${FORMER_MEDIA_CHIEF},media chief (former),${IS}`);
    await page.getByRole('tab', { name: 'Graph' }).click();
    const json = JSON.parse((await save('JSON')).toString('utf8'));
    expect(json.nodes.length).toBe(await page.evaluate(() => window.shabaka.cy.nodes().length));
    const graphml = (await save('GraphML')).toString('utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml).toContain(LEADER);
    const zip = await JSZip.loadAsync(await save('Evidence pack'));
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        'README.txt',
        'articles.json',
        'elements.json',
        'evidence.csv',
        'evidence.json',
        'params.json',
        'query.cypher',
        'table.csv',
      ].sort(),
    );
    expect(await zip.file('query.cypher')!.async('string')).toContain('HOLDS_ROLE');
    const articles = JSON.parse(await zip.file('articles.json')!.async('string'));
    expect(articles[0].outlet).toBe(OUTLET);
    const evidence = JSON.parse(await zip.file('evidence.json')!.async('string'));
    expect(evidence.some((c: { quote?: string }) => c.quote?.includes('الأمير الإعلامي'))).toBe(true);
    await page.close();
  });
});

describeWithSeed('large expansions', () => {
  const EXPAND_LIMIT = API_LIMITS.neighborNodes.default;
  const HUB = 'e2e-hub';
  const MEMBERS = EXPAND_LIMIT + 20;

  test('expanding a node with more neighbours than the cap draws the cap and says so', async () => {
    await harness.driver.executeQuery(
      `CREATE (o:Entity:Organization {id: $hub, name: 'تجمع الاختبار', key: 'تجمع الاختبار', kind: 'armed_group'})
       WITH o UNWIND range(1, $members) AS i
       CREATE (:Entity:Person {id: $hub + '-member-' + i, name: 'عنصر ' + i, key: 'عنصر ' + i})
              -[:MEMBER_OF {id: $hub + '-claim-' + i, article: 'e2e-hub-article', sentence: 0, start: 0, end: 1,
                            evidence: 'e2e', confidence: 0.9, extractor: 'e2e@1'}]->(o)`,
      { hub: HUB, members: MEMBERS },
    );
    try {
      const page = await openWithQuery('MATCH (o:Organization {id: $hub}) RETURN o', { hub: HUB });
      await clickOnCanvas(page, HUB, { double: true });
      const popup = page.getByRole('dialog', { name: 'Expand neighbours' });
      expect(await popup.locator('.count').first().textContent()).toBe(String(MEMBERS));
      await popup.getByRole('button', { name: 'Expand' }).click();
      const message = page.locator('[data-source="expand"]');
      await message.waitFor();
      expect(await message.textContent()).toContain(
        `Capped: showing the first ${EXPAND_LIMIT} neighbours only`,
      );
      expect(await message.getAttribute('class')).toContain('warning');
      await waitForGraph(page, EXPAND_LIMIT + 1);
      expect(await page.evaluate(() => window.shabaka.cy.nodes().length)).toBe(EXPAND_LIMIT + 1);
      await harness.screenshot(page, 'expand-capped');
      await page.close();
    } finally {
      await harness.driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $hub DETACH DELETE n', {
        hub: HUB,
      });
    }
  });
});

// Last: the namesake article adds a second `ابو نجم`, which the tests above do not expect.
describeWithSeed('entity resolution', () => {
  const sameAsLabels = (page: Page) =>
    page.evaluate(() => window.shabaka.cy.edges('[type = "SAME_AS"]').map((e) => String(e.data('label'))));
  const hasNode = (page: Page, name: string) =>
    page.evaluate((wanted) => window.shabaka.cy.nodes().some((n) => n.data('name') === wanted), name);
  const expandFromInspector = async (page: Page) => {
    await page.locator('#inspector').getByRole('button', { name: 'Expand…' }).click();
    const popup = page.getByRole('dialog', { name: 'Expand neighbours' });
    const expanded = page.waitForResponse((r) => r.url().includes('/neighbors?'));
    await popup.getByRole('button', { name: 'Expand' }).click();
    await expanded;
  };

  test('a researcher reviews the namesake candidate, confirms it to see the other claims, and rejects it again', async () => {
    await writeNamesakeArticle(harness.driver);
    const page = await openWithQuery(
      'MATCH (p:Person {name: $name})-[r:HOLDS_ROLE]->(o:Organization {name: $is}) RETURN p, r, o',
      { name: NEW_MEDIA_CHIEF, is: IS },
    );
    const najm = await nodeIdByName(page, NEW_MEDIA_CHIEF);

    // the review queue: both namesakes with their groups and roles, the reason and the score
    await page.getByRole('button', { name: 'Review candidates' }).click();
    const queue = page.locator('[data-testid="same-as-review"]');
    await queue.waitFor();
    const candidate = queue.locator('.candidate');
    expect(await candidate.count()).toBe(1);
    const text = (await candidate.textContent()) ?? '';
    for (const expected of [IS, NAMESAKE_GROUP, 'security_chief', 'media_chief', 'score 0.5'])
      expect(text).toContain(expected);
    await harness.screenshot(page, 'same-as-review');

    // expanding before any judgement shows the namesake through a dotted "unsure" link only
    await clickOnCanvas(page, najm);
    const links = page.locator('[data-testid="same-as"]');
    await links.waitFor();
    expect(await links.textContent()).toContain('unsure');
    await expandFromInspector(page);
    await expect.poll(() => sameAsLabels(page)).toEqual(['same as? unsure']);
    expect(
      await page.evaluate(() => window.shabaka.cy.edges('[type = "SAME_AS"]')[0]!.style('line-style')),
    ).toBe('dotted');
    expect(await hasNode(page, NAMESAKE_GROUP)).toBe(false);

    // confirm: the link says so, and expanding brings the namesake's role in the other group
    await links.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => sameAsLabels(page)).toEqual(['same as? confirmed']);
    expect(await page.locator('[data-source="same-as"]').textContent()).toContain('Confirmed');
    await expect.poll(() => links.locator('.judgement').textContent()).toBe('confirmed');
    await expandFromInspector(page);
    await expect.poll(() => hasNode(page, NAMESAKE_GROUP)).toBe(true);
    await page.waitForFunction(() => !window.shabaka.isLayoutRunning());
    const roles = await page.evaluate(() => window.shabaka.cy.edges().map((e) => String(e.data('label'))));
    expect(roles).toContain('security chief (appointed)');
    await page.getByRole('button', { name: 'Fit' }).click();
    await harness.screenshot(page, 'same-as-confirmed');

    // reject: the other group's claim leaves the drawing, the link stays as rejected
    await links.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => hasNode(page, NAMESAKE_GROUP)).toBe(false);
    expect(await sameAsLabels(page)).toEqual(['same as? rejected']);
    expect(await page.locator('[data-source="same-as"]').textContent()).toContain('left the drawing');
    await page.getByRole('button', { name: 'Fit' }).click();
    await harness.screenshot(page, 'same-as-rejected');
    await page.close();
  });

  test('a server running open shows no API-key control; one that asks for keys shows it at once', async () => {
    const open = await harness.serve({});
    const keyed = await harness.serve({ readerKeys: ['e2e-reader'] });
    try {
      const openPage = await open.newPage();
      await waitForGraph(openPage);
      expect(await openPage.getByRole('button', { name: 'API key…' }).isHidden()).toBe(true);
      const keyedPage = await keyed.newPage();
      await keyedPage.getByRole('dialog', { name: 'API key' }).waitFor();
      await keyedPage.keyboard.press('Escape');
      await keyedPage.getByRole('button', { name: 'API key…' }).waitFor({ state: 'visible' });
      await openPage.close();
      await keyedPage.close();
    } finally {
      await open.close();
      await keyed.close();
    }
  });

  test('with API keys the app asks for one, keeps it out of the URL, and says when a reader may not judge', async () => {
    const keyed = await harness.serve({ readerKeys: ['e2e-reader'], editorKeys: ['e2e-editor'] });
    try {
      const page = await keyed.newPage();
      const dialog = page.getByRole('dialog', { name: 'API key' });
      await dialog.waitFor();
      expect(await dialog.locator('[data-testid="api-key-reason"]').textContent()).toContain(
        'API key is required',
      );
      await harness.screenshot(page, 'api-key-dialog');
      const authorized = page.waitForRequest(
        (r) => r.url().includes('/api/') && r.headers()['authorization'] === 'Bearer e2e-reader',
      );
      await dialog.getByLabel('API key').fill('e2e-reader');
      await dialog.getByRole('button', { name: 'Save key' }).click();
      await authorized;
      await waitForGraph(page);
      expect(await page.evaluate(() => localStorage.getItem('shabaka.apiKey'))).toBe('e2e-reader');

      await runInEditor(
        page,
        'MATCH (p:Person {name: $name}) RETURN p',
        JSON.stringify({ name: NEW_MEDIA_CHIEF }),
      );
      await waitForGraph(page);
      expect(page.url()).not.toContain('e2e-reader');
      await clickOnCanvas(page, await nodeIdByName(page, NEW_MEDIA_CHIEF));
      const links = page.locator('[data-testid="same-as"]');
      await links.getByRole('button', { name: 'Confirm' }).click();
      const refusal = page.locator('[data-source="same-as"]');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('needs an editor API key');
      await harness.screenshot(page, 'api-key-reader-refused');

      // an editor's key, entered under "API key…", may judge
      await page.getByRole('button', { name: 'API key…' }).click();
      await dialog.getByLabel('API key').fill('e2e-editor');
      await dialog.getByRole('button', { name: 'Save key' }).click();
      await links.getByRole('button', { name: 'Confirm' }).click();
      await expect.poll(() => links.locator('.judgement').first().textContent()).toBe('confirmed');
      await page.close();
    } finally {
      await keyed.close();
    }
  });
});
