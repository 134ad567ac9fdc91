// The API's own description, checked against the server by schemathesis (a property-based API
// tester from PyPI that reads /api/openapi.json): every check, bounded in examples and time,
// against a keyed server (an editor key) on the real test Neo4j. Exits non-zero on any failure.
// schemathesis is installed into .venv-schemathesis (git-ignored) on first use; where python3
// or pip cannot install it, the run is skipped, saying why, and exits 0.
//   pnpm exec tsx packages/server/scripts/schemathesis.ts   (SCHEMATHESIS_MAX_EXAMPLES, _MAX_TIME)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resetDatabase, testDriver } from '@shabaka/db/test';
import { ingest, sampleArticles } from '@shabaka/ingest';
import setupTestNeo4j from '../../db/src/test/global-setup.ts';
import { createApp } from '../src/app.ts';
import { defaultServerConfig } from '../src/config.ts';
import { listen } from '../src/listen.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VENV = path.join(ROOT, '.venv-schemathesis');
const SCHEMATHESIS = path.join(VENV, 'bin', 'schemathesis');
const LOG = path.join(ROOT, 'test-results', 'schemathesis.log');
/** Pinned so that a new release's checks cannot turn a green run red overnight. */
const VERSION = '4.32.5';
const MAX_EXAMPLES = process.env.SCHEMATHESIS_MAX_EXAMPLES ?? '12';
const MAX_TIME = process.env.SCHEMATHESIS_MAX_TIME ?? '60';

const say = (line: string) => process.stderr.write(`schemathesis: ${line}\n`);

/** The venv with schemathesis, installed if missing; undefined (with the reason said) if it cannot be. */
function ensureSchemathesis(): string | undefined {
  const installed = spawnSync(SCHEMATHESIS, ['--version'], { encoding: 'utf8' });
  if (installed.status === 0 && installed.stdout.includes(VERSION)) return SCHEMATHESIS;
  say(`installing schemathesis ${VERSION} into ${path.relative(ROOT, VENV)} (pip, from PyPI)`);
  const steps: Array<[string, string[]]> = [
    ['python3', ['-m', 'venv', VENV]],
    [path.join(VENV, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${VERSION}`]],
  ];
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) {
      say(
        `SKIPPED: could not run ${path.basename(command)} ${args.join(' ')} (${result.error?.message ?? `exit ${result.status}`}); install python3 with venv and pip to check the API description`,
      );
      return undefined;
    }
  }
  return SCHEMATHESIS;
}

/**
 * Its whole output goes to test-results/schemathesis.log, and to the console only when it fails:
 * a pass is one line of ours, because its pytest-style closing line ("== 2 warnings in 60s ==")
 * would read to a CI log parser as a test run that ran no test.
 */
function report(code: number, output: string): void {
  mkdirSync(path.dirname(LOG), { recursive: true });
  writeFileSync(LOG, output);
  const cases = /Test cases:\s*\n?\s*(.+)/.exec(output)?.[1]?.trim() ?? 'no count printed';
  if (code !== 0) process.stderr.write(output);
  say(
    `${code === 0 ? 'passed' : `FAILED (exit ${code})`}: ${cases}; the whole report is in ${path.relative(ROOT, LOG)}`,
  );
}

async function main(): Promise<number> {
  const schemathesis = ensureSchemathesis();
  if (!schemathesis) return 0;
  const stopNeo4j = await setupTestNeo4j(undefined as never);
  const driver = testDriver();
  const key = randomBytes(18).toString('base64url');
  const server = await (async () => {
    await resetDatabase(driver);
    await ingest(driver, sampleArticles());
    const config = defaultServerConfig({
      editorKeys: [key],
      neo4jUri: process.env.NEO4J_URI!,
      // The generated requests are many and quick; the limiter itself is tested elsewhere.
      rateLimitPerMinute: 1_000_000,
      cypherRateLimitPerMinute: 1_000_000,
      log: 'silent',
    });
    const app = createApp({ driver, config });
    return listen(app, 0, '127.0.0.1');
  })();
  try {
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/api/openapi.json`;
    say(
      `checking ${url} with an editor key: all checks, ${MAX_EXAMPLES} examples per operation, at most ${MAX_TIME} s`,
    );
    const args = [
      `--config-file=${fileURLToPath(new URL('schemathesis.toml', import.meta.url))}`,
      'run',
      url,
      '--checks=all',
      `--header=Authorization: Bearer ${key}`,
      `--max-examples=${MAX_EXAMPLES}`,
      `--max-time=${MAX_TIME}`,
      // One worker: with two threads, hypothesis's ast.parse of its own sources sometimes fails
      // inside CPython 3.11 ("AST constructor recursion depth mismatch", python/cpython#106905),
      // an error of the tool that reads as a failed run.
      '--workers=1',
      '--seed=1',
      '--request-timeout=30',
      '--suppress-health-check=all',
    ];
    const child = spawn(schemathesis, args, { env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
    report(code, output);
    return code;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await resetDatabase(driver);
    await driver.close();
    await stopNeo4j();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
