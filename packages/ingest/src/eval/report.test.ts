import { type Extraction, ExtractionSchema } from '@shabaka/model';
import { beforeAll, expect, it } from 'vitest';
import { describeWithSeed } from '../test-seed.ts';
import { loadFixture, seedFixture } from './fixtures.ts';
import type { Gold } from './gold.ts';
import {
  checkSeedBar,
  renderBreaches,
  renderFileTable,
  renderSetTotal,
  renderSkipped,
  toJson,
} from './report.ts';
import { setResult } from './run.ts';
import { scoreExtraction } from './score.ts';

let seed: Gold;
let perfect: Extraction;
let result: ReturnType<typeof setResult>;
let withoutOneRole: Extraction;
const empty = ExtractionSchema.parse({});

// Reads the seed article's gold (../shared/fixtures): skipped, saying so, where it is absent.
describeWithSeed('report', () => {
  beforeAll(() => {
    seed = loadFixture(seedFixture()).gold;
    perfect = ExtractionSchema.parse({
      ...seed,
      relations: seed.relations.map(({ evidence: _phrase, ...relation }) => relation),
    });
    withoutOneRole = { ...perfect, roles: perfect.roles.filter((r) => r.person !== 'ابو نجم') };
    result = setResult({ name: 'seed', dir: '/shared/fixtures' }, [
      { slug: 'seed-article', scores: scoreExtraction(perfect, seed), extraction: perfect, ms: 20 },
      { slug: 'weaker', scores: scoreExtraction(withoutOneRole, seed), extraction: withoutOneRole, ms: 30 },
      { slug: 'broken', scores: scoreExtraction(empty, seed), extraction: empty, ms: 50, error: 'boom' },
    ]);
  });

  it('prints a set’s micro figures for every category as score.py does, and its speed', () => {
    const lines = renderSetTotal(result).split('\n');
    expect(lines[0]).toBe('== seed: 3 articles in /shared/fixtures, 30.0 articles/s extracted');
    expect(lines.map((l) => l.trim().split(' ')[0])).toEqual([
      '==',
      'persons',
      'organizations',
      'places',
      'roles',
      'roles+org',
      'relations',
    ]);
    expect(lines[4]).toMatch(/^ {2}roles {10}P=1\.00 R=0\.63 F1=0\.77 {2}\(tp=17 pred=17 gold=27\)$/);
  });

  it('prints every file’s F1 per category, with what broke the extractor', () => {
    const table = renderFileTable(result.articles).split('\n');
    expect(table[1]).toMatch(/file\s+persons\s+organizations\s+places\s+roles\s+roles\+org\s+relations\s+ms/);
    expect(table.find((l) => l.includes('weaker'))).toMatch(
      /1\.00\s+1\.00\s+1\.00\s+0\.94\s+0\.94\s+1\.00\s+30$/,
    );
    expect(table.find((l) => l.includes('broken'))).toMatch(/0\.00\s+50\s+ERROR: boom$/);
  });

  it('says why a set is skipped and which floors were broken', () => {
    expect(renderSkipped({ name: 'corpus-dev', dir: '/x', skipped: '/x does not exist' })).toBe(
      '== corpus-dev: skipped, /x does not exist',
    );
    expect(renderBreaches([])).toContain('at or above');
    expect(renderBreaches(['seed/weaker roles F1 0.9 is below its floor 1.0'])).toContain('1 below');
  });

  it('checks the seed against its bar', () => {
    expect(checkSeedBar(result.articles[1]!.scores)).toEqual([
      { category: 'persons', f1: 1, bar: 1, met: true },
      { category: 'roles', f1: expect.closeTo(16 / 17, 5), bar: 0.9, met: true },
      { category: 'relations', f1: 1, bar: 0.8, met: true },
    ]);
    expect(checkSeedBar(result.articles[2]!.scores).every((c) => !c.met)).toBe(true);
  });

  it('gives figures only in JSON unless verbose, the skipped sets and the speed', () => {
    const skipped = [{ name: 'corpus-dev', dir: '/x', skipped: 'absent' }];
    type Json = {
      sets: { articlesPerSecond: number; articles: { scores: Record<string, { missed?: unknown[] }> }[] }[];
      skipped: unknown[];
    };
    const brief = toJson([{ result, breaches: [] }], skipped, { verbose: false, rules: false }) as Json;
    expect(brief.sets[0]!.articles[1]!.scores.roles).not.toHaveProperty('missed');
    expect(brief.sets[0]!.articles[1]!.scores.roles).not.toHaveProperty('hits');
    expect(brief.sets[0]!.articlesPerSecond).toBe(30);
    expect(brief.skipped).toEqual([{ name: 'corpus-dev', dir: '/x', reason: 'absent' }]);
    const full = toJson([{ result, breaches: [] }], [], { verbose: true, rules: true }) as Json;
    expect(full.sets[0]!.articles[1]!.scores.roles!.missed).toHaveLength(1);
    expect(full.sets[0]).toMatchObject({
      rules: [{ category: 'relations', rule: '(no rule)', claims: 40 }, {}],
    });
    expect(brief.sets[0]).not.toHaveProperty('rules');
  });
});
