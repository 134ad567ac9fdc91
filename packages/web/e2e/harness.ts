// End-to-end harness: the real Neo4j (from the db project's global setup) seeded with the
// sample article, the real server app serving a fresh build of the web app on port 0, and
// one Chromium for the whole test file.
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import { loadSampleData } from '@shabaka/ingest';
import { createApp, defaultServerConfig, listen, type ServerConfig } from '@shabaka/server';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { buildApp, launchChromium, RESULTS_DIR } from './build.ts';

export interface Served {
  baseUrl: string;
  /** A new page at a viewport large enough for the three columns. */
  newPage(hash?: string): Promise<Page>;
  close(): Promise<void>;
}

export interface Harness extends Served {
  driver: Driver;
  browser: Browser;
  /** Serves the same build from a second server with other settings (e.g. API keys). */
  serve(config: Partial<ServerConfig>): Promise<Served>;
  screenshot(page: Page, name: string): Promise<string>;
}

/** `load` fills the emptied database: by default the seed article (which needs ../shared). */
export async function startHarness(
  load: (driver: Driver) => Promise<unknown> = loadSampleData,
): Promise<Harness> {
  const driver = testDriver();
  await resetDatabase(driver);
  await load(driver);
  const [webRoot, browser] = await Promise.all([buildApp(), launchChromium()]);
  await mkdir(RESULTS_DIR, { recursive: true });

  const serve = async (config: Partial<ServerConfig>): Promise<Served> => {
    const app = createApp({ driver, config: defaultServerConfig({ log: 'silent', ...config }), webRoot });
    const server = await listen(app, 0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      baseUrl,
      async newPage(hash = '') {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
        page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
        await page.goto(`${baseUrl}/${hash}`);
        return page;
      },
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  };
  const open = await serve({});

  return {
    ...open,
    driver,
    browser,
    serve,
    async screenshot(page, name) {
      const file = path.join(RESULTS_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await browser.close();
      await open.close();
      await driver.close();
    },
  };
}

/** Waits until the canvas holds nodes and the layout settled; returns the node count. */
export async function waitForGraph(page: Page, minNodes = 1): Promise<number> {
  await page.waitForFunction(
    (min) => {
      const core = window.shabaka;
      return core !== undefined && core.cy.nodes().length >= min && !core.isLayoutRunning();
    },
    minNodes,
    { timeout: 30_000 },
  );
  return page.evaluate(() => window.shabaka.cy.nodes().length);
}
