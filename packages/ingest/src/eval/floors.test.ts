// The eval gate: the rule engine may not fall below the recorded floor of any file or set. After
// a deliberate change, `pnpm eval --record-floors` records the new figures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractionSchema } from '@shabaka/model';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';
import { parseAnnotation } from './annotation.ts';
import { breaches, EPSILON, floorsOf, readFloors, recordFloors, writeFloors } from './floors.ts';
import { evaluateSet, setResult } from './run.ts';
import { scoreExtraction } from './score.ts';
import { defaultSets } from './sets.ts';

describe('the rule engine against its floors', () => {
  const floors = readFloors();
  for (const set of defaultSets()) {
    it(`${set.name}: no file and not the set falls below its floor`, async (ctx) => {
      if ('skipped' in set) ctx.skip(`${set.name} is skipped: ${set.skipped}`);
      else expect(breaches(await evaluateSet(set, extractArticle), floors)).toEqual([]);
    });
  }
});

describe('floors', () => {
  const gold = parseAnnotation(
    JSON.stringify({ persons: [{ name: 'خالد الحمد' }, { name: 'سامر العلي' }, { name: 'رامي الخطيب' }] }),
    'test.gold.json',
  );
  const found = (...names: string[]) =>
    scoreExtraction(ExtractionSchema.parse({ persons: names.map((name) => ({ name })) }), gold);
  const result = (scores: Record<string, ReturnType<typeof found>>) =>
    setResult(
      { name: 'fixtures', dir: '/fixtures' },
      Object.entries(scores).map(([slug, s]) => ({
        slug,
        scores: s,
        extraction: ExtractionSchema.parse({}),
        ms: 1,
      })),
    );
  const recorded = recordFloors({}, [
    result({ a: found('خالد الحمد', 'سامر العلي'), b: found('خالد الحمد') }),
  ]);

  it('hold each file and the set at its current F1, rounded down', () => {
    expect(recorded.fixtures?.files.a?.persons).toBe(0.8);
    expect(recorded.fixtures?.files.b?.persons).toBe(0.5);
    expect(recorded.fixtures?.micro.persons).toBe(0.6666);
    expect(
      breaches(result({ a: found('خالد الحمد', 'سامر العلي'), b: found('خالد الحمد') }), recorded),
    ).toEqual([]);
  });

  it('name the file and the category that fell below its floor, and the set when its total did', () => {
    const worse = result({ a: found('خالد الحمد'), b: found('خالد الحمد') });
    expect(breaches(worse, recorded)).toEqual([
      'fixtures (micro) persons F1 0.5000 is below its floor 0.6666',
      'fixtures/a persons F1 0.5000 is below its floor 0.8000',
    ]);
  });

  it('tolerate a drop smaller than epsilon', () => {
    const floors = floorsOf(result({ a: found('خالد الحمد') }));
    const nudged = {
      fixtures: { ...floors, files: { a: { ...floors.files.a!, persons: 0.5 + EPSILON / 2 } } },
    };
    expect(breaches(result({ a: found('خالد الحمد') }), nudged)).toEqual([]);
  });

  it('name a file without a floor, a floor without a file, and a set without floors', () => {
    const moved = result({ a: found('خالد الحمد', 'سامر العلي'), c: found('خالد الحمد') });
    expect(breaches(moved, recorded)).toEqual([
      'fixtures/c: no floor recorded; record them with `pnpm eval --record-floors`',
      'fixtures/b has a floor but is no longer in the set; record them with `pnpm eval --record-floors`',
    ]);
    expect(breaches(moved, {})).toEqual([
      'fixtures: no floors recorded; record them with `pnpm eval --record-floors`',
    ]);
  });

  it('are rewritten for the sets that ran, and kept for the others', () => {
    const before = { ...recorded, 'corpus-dev': recorded.fixtures! };
    const after = recordFloors(before, [result({ a: found('خالد الحمد') })]);
    expect(after['corpus-dev']).toEqual(recorded.fixtures);
    expect(Object.keys(after.fixtures!.files)).toEqual(['a']);
  });

  const dir = mkdtempSync(join(tmpdir(), 'shabaka-floors-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are written as figures only and read back the same', () => {
    const file = join(dir, 'floors.json');
    writeFloors(recorded, file);
    expect(readFloors(file)).toEqual(recorded);
    expect(readFileSync(file, 'utf8')).not.toMatch(/[\u0600-\u06ff]/);
    expect(readFloors(join(dir, 'absent.json'))).toEqual({});
  });

  it('refuse a floors file that is not one, naming it', () => {
    const file = join(dir, 'bad.json');
    writeFloors({ fixtures: { micro: {}, files: {} } } as never, file);
    expect(() => readFloors(file)).toThrow(/bad\.json: not a floors file[\s\S]*micro\.persons/);
  });
});
