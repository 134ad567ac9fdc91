// `pnpm eval` as a user runs it, on a folder of our own annotated articles.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCORED_CATEGORIES } from './score.ts';
import { REPO_ROOT } from './sets.ts';
import { writeAnnotatedFolder } from './test-folder.ts';

const work = mkdtempSync(join(tmpdir(), 'shabaka-eval-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeAnnotatedFolder(join(work, 'mine'), ['first', 'second']);

/** Runs the command from `work`, as pnpm would after being typed there. */
function evalCli(...args: string[]) {
  const run = spawnSync(
    join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    [join(REPO_ROOT, 'packages', 'ingest', 'src', 'eval', 'cli.ts'), ...args],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: work } },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('pnpm eval', { timeout: 30_000 }, () => {
  it('scores a folder named on the command line and prints JSON for machines', () => {
    const { code, stdout } = evalCli('mine', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      sets: { name: string; total: object; articlesPerSecond: number; articles: { slug: string }[] }[];
    };
    expect(json.sets).toHaveLength(1);
    expect(json.sets[0]).toMatchObject({ name: 'mine', articles: [{ slug: 'first' }, { slug: 'second' }] });
    expect(Object.keys(json.sets[0]!.total)).toEqual([...SCORED_CATEGORIES]);
    expect(json.sets[0]!.articlesPerSecond).toBeGreaterThan(0);
  });

  it('refuses an unknown option or category with the usage, and exits 2', () => {
    const unknown = evalCli('mine', '--misses', 'weapons');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--misses takes one of persons, organizations/);
    expect(unknown.stderr).toContain('usage: pnpm eval');
    expect(evalCli('--fast').code).toBe(2);
  });

  it('records floors only for the sets it keeps them for', () => {
    const { code, stderr } = evalCli('mine', '--record-floors');
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /floors are kept for fixtures, fixtures-en, seed, corpus-dev only, not for .*mine/,
    );
  });

  it('names a folder that does not exist, and exits 1', () => {
    const { code, stderr } = evalCli('nowhere');
    expect(code).toBe(1);
    expect(stderr).toMatch(/nowhere is not a folder/);
  });
});
