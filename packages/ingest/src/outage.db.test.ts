// An outage of Neo4j in the middle of an ingest, on the real Neo4j: the test's driver reaches it
// through a TCP relay that the test cuts (as when the server is killed) and restores.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { ingest, type OutageWait } from './ingest.ts';
import type { ReadItem } from './stages/read.ts';

const target = new URL(process.env.NEO4J_URI!.replace(/^\w+(\+\w+)?:/, 'http:'));

/** Bolt's COMMIT message as sent: a chunk of two bytes (a struct of no field, tag 0x12), then the end. */
const BOLT_COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

/** A relay to the test Neo4j that can be cut and restored on the same port. */
class Relay {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  /** While set, a write's commit reaches Neo4j but its answer never comes back: the connection drops. */
  loseCommitAnswers = false;

  async up(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(Number(target.port), target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      let writing = false;
      let committing = false;
      client.on('data', (chunk: Buffer) => {
        writing ||= chunk.includes('MERGE');
        if (this.loseCommitAnswers && writing && chunk.includes(BOLT_COMMIT)) committing = true;
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => {
        if (!committing) return void client.write(chunk);
        // the commit is done on the server; the client loses its answer with the connection
        client.destroy();
        upstream.destroy();
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }
}

const direct = testDriver();
const relay = new Relay();
let driver: Driver;

beforeAll(() => resetDatabase(direct));
beforeEach(async () => {
  await relay.up();
  driver = neo4j.driver(relay.uri, neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!));
});
afterEach(async () => {
  await driver.close();
  await relay.cut();
});
afterAll(() => direct.close());

const report = (i: number, words: string) => `ذكرت مصادر محلية أن ${words} في الحادثة رقم ${i}.`;
const item = (i: number, words: string): ReadItem => ({
  source: `report-${i}`,
  text: report(i, words),
  meta: {},
});

async function articleCount(): Promise<number> {
  const { records } = await direct.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  return records[0]!.get('n').toNumber();
}

it('waits out an outage, says so within seconds, and writes every article once Neo4j is back', async () => {
  const before = await articleCount();
  const waits: Array<OutageWait & { at: number }> = [];
  let cutAt = 0;
  let firstDone = false;
  async function* corpus(): AsyncIterable<ReadItem> {
    yield item(1, 'الجسر أغلق');
    // the first write goes through, answer and all (written alone: its batch is sent at once,
    // lingerMs 0); its commit alone is not enough, the cut could still take its answer
    while (!firstDone) await new Promise((resolve) => setTimeout(resolve, 50));
    await relay.cut();
    cutAt = performance.now();
    setTimeout(() => void relay.up(), 4000);
    yield item(2, 'الطريق فتح');
    yield item(3, 'السوق ازدحم');
  }
  const summary = await ingest(driver, corpus(), {
    concurrency: 1,
    lingerMs: 0,
    outageWaitSeconds: 60,
    onProgress: (progress) => {
      firstDone ||= progress.written > 0;
    },
    onWait: (wait) => waits.push({ ...wait, at: performance.now() }),
  });
  expect(summary.skipped).toEqual([]);
  expect(summary.written).toBe(3);
  expect(await articleCount()).toBe(before + 3);
  expect(waits.length).toBeGreaterThan(0);
  expect((waits[0]!.at - cutAt) / 1000).toBeLessThan(3);
  expect(waits[0]).toMatchObject({ source: 'report-2', giveUpSeconds: 60 });
});

it.each([
  { what: 'an article', words: ['المعبر أغلق'] },
  { what: 'a batch', words: ['المعبر فتح', 'الميناء أغلق', 'المطار فتح'] },
])(
  '$what whose commit went through but whose answer was lost is counted written, once',
  async ({ words }) => {
    const before = await articleCount();
    relay.loseCommitAnswers = true;
    async function* corpus(): AsyncIterable<ReadItem> {
      for (const [i, w] of words.entries()) yield item(30 + i + words.length, w);
    }
    const written = ingest(driver, corpus(), { lingerMs: 0, outageWaitSeconds: 60, concurrency: 1 });
    while ((await articleCount()) < before + words.length)
      await new Promise((resolve) => setTimeout(resolve, 20));
    relay.loseCommitAnswers = false;
    const summary = await written;
    expect(summary).toMatchObject({ written: words.length, unchanged: 0, skipped: [] });
    expect(await articleCount()).toBe(before + words.length);
  },
);

it('gives up after the bound and reports every article it could not write', async () => {
  await relay.cut();
  async function* corpus(): AsyncIterable<ReadItem> {
    for (let i = 10; i < 13; i++) yield item(i, 'القافلة وصلت');
  }
  const summary = await ingest(driver, corpus(), { outageWaitSeconds: 2 });
  expect(summary.written).toBe(0);
  expect(summary.skipped.map((s) => s.source).sort()).toEqual(['report-10', 'report-11', 'report-12']);
  for (const s of summary.skipped) expect(s.reason).toMatch(/^Neo4j was not reachable \(waited \d+ s\)/);
});

it('the CLI exits 1 when any article was not written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-outage-'));
  writeFileSync(join(dir, 'a.txt'), report(20, 'الحاجز أزيل'));
  // Not text in any encoding (a PNG header): read as binary, never written.
  writeFileSync(
    join(dir, 'b.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  );
  const cli = new URL('./cli/ingest.ts', import.meta.url).pathname;
  const run = await promisify(execFile)('npx', ['tsx', cli, dir], {
    env: { ...process.env, NEO4J_URI: relay.uri },
  }).then(
    (ok) => ({ code: 0, ...ok }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(run.stdout).toMatch(/written: +1/);
  expect(run.stdout).toMatch(/b\.txt: binary/);
  expect(run.code).toBe(1);
});
