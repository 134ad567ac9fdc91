// The web app in Chromium while Neo4j is stopped: the page says so in words at once, not after
// the driver's retries and not in the driver's words.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, defaultServerConfig, listen } from '@shabaka/server';
import neo4j from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildApp, launchChromium } from './build.ts';

const STOPPED = 'bolt://127.0.0.1:1';
const driver = neo4j.driver(STOPPED, neo4j.auth.basic('neo4j', 'x'));
let browser: Browser;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const [webRoot, launched] = await Promise.all([buildApp(), launchChromium()]);
  browser = launched;
  const app = createApp({
    driver,
    config: defaultServerConfig({ log: 'silent', neo4jUri: STOPPED }),
    webRoot,
  });
  server = await listen(app, 0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await driver.close();
});

test('the first page names the unreachable Neo4j and how to start it', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${baseUrl}/`);
  // the driver alone would retry for 30 s first; 5 s is the bound a reader waits here
  const alert = page.getByRole('alert').filter({ hasText: 'Neo4j is not reachable' }).first();
  await alert.waitFor({ timeout: 5000 });
  const text = await alert.textContent();
  expect(text).toContain(`Neo4j is not reachable at ${STOPPED}; start it with \`pnpm neo4j:start\``);
  expect(text).not.toMatch(/encryption/);
  await page.close();
});
