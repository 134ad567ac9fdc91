// Rendering benchmark: a synthetic graph of 5,000 nodes and 10,000 edges, served as the
// overview to the built app in Debian's Chromium. Prints load, layout and frame times while
// panning and zooming. Run: `tsx packages/web/bench/render.ts [--nodes N] [--edges M]`.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ENTITY_LABELS, type Graph, ROLE_CLASSES, ROLE_STATUSES } from '@shabaka/model';
import { buildApp, launchChromium } from '../e2e/build.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '5000' },
    edges: { type: 'string', default: '10000' },
    gestures: { type: 'string', default: '8' },
  },
});
const NODES = Number(values.nodes);
const EDGES = Number(values.edges);
const GESTURES = Number(values.gestures);

/** mulberry32: a small deterministic generator, so every run draws the same graph. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = [
  'ابو',
  'نجم',
  'العز',
  'دهمان',
  'راتب',
  'طيّارة',
  'الفيومي',
  'صخر',
  'حيدر',
  'جعفر',
  'فصائل',
  'المكتب',
  'الأمني',
  'مخيم',
  'اليرموك',
];

export function syntheticGraph(nodes: number, edges: number): Graph {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const graph: Graph = { nodes: [], edges: [] };
  for (let i = 0; i < nodes; i++) {
    const label = pick(ENTITY_LABELS);
    graph.nodes.push({
      data: {
        id: `n${i}`,
        label,
        labels: ['Entity', label],
        name: `${pick(WORDS)} ${pick(WORDS)} ${i}`,
        latin: `Name ${i}`,
        properties: {},
      },
    });
  }
  // a preferential-attachment flavour: a few hubs, many leaves, as in real reporting
  for (let i = 0; i < edges; i++) {
    const source = Math.floor(next() * nodes);
    const target = Math.floor(next() ** 2 * nodes);
    const role = next() < 0.5;
    graph.edges.push({
      data: {
        id: `e${i}`,
        source: `n${source}`,
        target: `n${target === source ? (target + 1) % nodes : target}`,
        type: role ? 'HOLDS_ROLE' : pick(['CONTROLS', 'ARRESTED', 'CLOSE_TO', 'PART_OF']),
        ...(role ? { role: pick(ROLE_CLASSES), status: pick(ROLE_STATUSES) } : {}),
        confidence: Math.round(next() * 100) / 100,
        article: `a${Math.floor(next() * 300)}`,
        asOf: `2018-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
        properties: {},
      },
    });
  }
  return graph;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

async function main() {
  const root = await buildApp();
  const overview = JSON.stringify({ ...syntheticGraph(NODES, EDGES), truncated: false });
  const schema = JSON.stringify({
    labels: [],
    relationshipTypes: [],
    propertyKeys: [],
    nodeCount: NODES,
    relationshipCount: EDGES,
  });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/api/graph' || url.pathname === '/api/schema') {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(url.pathname === '/api/graph' ? overview : schema);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'not_found', message: 'not in the benchmark' } }));
      return;
    }
    const file = path.join(root, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    const body = await readFile(file).catch(() => undefined);
    if (body)
      res
        .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
        .end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // every animation frame's time from the start; a string, because tsx would wrap a function's
    // named inner functions in a helper that the page lacks
    await page.addInitScript(`(() => {
      const times = [];
      window.benchFrames = times;
      function record(now) {
        times.push(now);
        requestAnimationFrame(record);
      }
      requestAnimationFrame(record);
    })()`);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(
      (n) => window.shabaka?.cy.nodes().length === n && !window.shabaka.isLayoutRunning(),
      NODES,
      { timeout: 300_000, polling: 100 },
    );
    const timings = await page.evaluate(() => {
      const render = performance.getEntriesByName('shabaka:render', 'measure').at(-1)!;
      const layout = performance.getEntriesByName('shabaka:layout', 'measure').at(-1)!;
      const fetched = performance
        .getEntriesByType('resource')
        .find((r) => r.name.includes('/api/graph')) as PerformanceResourceTiming;
      return {
        fetchMs: fetched.responseEnd - fetched.startTime,
        loadMs: render.startTime + render.duration,
        renderMs: render.duration,
        layoutStart: layout.startTime,
        layoutMs: layout.duration,
        large: window.shabaka.isLarge(),
        drawnEdges: window.shabaka.cy.edges().length,
      };
    });
    // pan and zoom with the mouse, as a researcher would
    const gesturesStart = await page.evaluate(() => {
      window.shabaka.cy.fit();
      return performance.now();
    });
    const box = (await page.locator('#canvas').boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < GESTURES; i++) {
      // zoom in, drag across, zoom out, drag back
      for (let step = 0; step < 10; step++) await page.mouse.wheel(0, i % 2 === 0 ? -120 : 120);
      // the graph is dense enough that a drag nearly always starts on a node, which pans too
      await page.mouse.down();
      for (let step = 1; step <= 20; step++)
        await page.mouse.move(centre.x + step * 12 * (i % 2 === 0 ? 1 : -1), centre.y + step * 5);
      await page.mouse.up();
      await page.mouse.move(centre.x, centre.y);
    }
    // the full redraw that follows the last gesture belongs to it
    await page.waitForTimeout(500);
    const gesturesEnd = await page.evaluate(() => performance.now());
    const frameTimes = await page.evaluate(
      () => (window as unknown as { benchFrames: number[] }).benchFrames,
    );
    const gaps = (from: number, to: number) => {
      const inside = frameTimes.filter((t) => t >= from && t <= to);
      return inside.slice(1).map((t, i) => t - inside[i]!);
    };
    const stats = (deltas: number[]) => {
      const sorted = [...deltas].sort((x, y) => x - y);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      const mean = deltas.reduce((x, y) => x + y, 0) / Math.max(deltas.length, 1);
      const over = deltas.filter((d) => d > 50).length;
      return `${deltas.length} frames, mean ${mean.toFixed(1)} ms (${(1000 / mean).toFixed(0)} fps), p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${Math.max(0, ...deltas).toFixed(1)} ms, ${over} over 50 ms`;
    };
    const f = (ms: number) => `${ms.toFixed(0)} ms`;
    console.log(
      `graph: ${NODES} nodes, ${EDGES} edges (${timings.drawnEdges} drawn after collapsing parallel claims); simplified styles: ${timings.large}`,
    );
    console.log(
      `load (navigation to elements on canvas): ${f(timings.loadMs)}  [fetch ${f(timings.fetchMs)}, add to canvas ${f(timings.renderMs)}]`,
    );
    console.log(
      `layout (fcose${NODES > 1000 ? ' draft quality, in a worker' : ''}): ${f(timings.layoutMs)}; laid out at ${f(timings.layoutStart + timings.layoutMs)}`,
    );
    console.log(
      `frames while the layout runs: ${stats(gaps(timings.layoutStart, timings.layoutStart + timings.layoutMs))}`,
    );
    console.log(
      `frames while panning and zooming with the mouse: ${stats(gaps(gesturesStart, gesturesEnd))}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
