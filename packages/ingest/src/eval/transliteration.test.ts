// The transliteration figures `pnpm eval` prints, on name pairs of our own (the benchmark's are
// read at run time only).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  measurePairs,
  measureTransliteration,
  renderTransliteration,
  searchFinds,
} from './transliteration.ts';

const work = mkdtempSync(join(tmpdir(), 'shabaka-translit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the transliteration benchmark', () => {
  it('counts exact forms, search hits and cross-script keys over line-aligned pairs, blank lines left out', () => {
    const figures = measurePairs('dev', ['Dahman', 'Zzzz Qqqq', ''], ['دهمان', 'محمد علي', '']);
    expect(figures).toEqual({
      split: 'dev',
      pairs: 2,
      exact: 1,
      searchHits: 1,
      crossScriptHits: 1,
      sameCrossKey: 1,
    });
  });

  it('finds an Arabic name from a Latin spelling one edit away from its transliteration', () => {
    expect(searchFinds('Dehman', 'دهمان', false)).toBe(true);
    expect(searchFinds('Haddad', 'دهمان', true)).toBe(false);
  });

  it('reads the splits present in a folder, and says why it skips an absent or empty one', () => {
    const dir = join(work, 'pairs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'test.en'), 'Dahman\n');
    writeFileSync(join(dir, 'test.ar'), 'دهمان\n');
    const measured = measureTransliteration(dir);
    expect(renderTransliteration(measured)).toContain('test: 1 pairs; exact 100.0% (1)');
    expect(renderTransliteration(measureTransliteration(join(work, 'absent')))).toMatch(
      /transliteration \(ANETAC\): skipped, .*absent does not exist/,
    );
    mkdirSync(join(work, 'empty'));
    expect(measureTransliteration(join(work, 'empty'))).toMatchObject({
      skipped: expect.stringMatching(/holds no/),
    });
  });
});
