import { type Extraction, ExtractionSchema } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { loadFixture, seedFixture } from './fixtures.ts';
import { checkSeedBar, renderDetails, renderTable, toJson } from './report.ts';
import { scoreExtraction } from './score.ts';

const seed = loadFixture(seedFixture()).gold;
const perfect: Extraction = ExtractionSchema.parse({
  ...seed,
  relations: seed.relations.map(({ evidence: _phrase, ...relation }) => relation),
});
const withoutOneRole: Extraction = { ...perfect, roles: perfect.roles.filter((r) => r.person !== 'ابو نجم') };

describe('report', () => {
  const results = [
    { slug: 'seed-article', scores: scoreExtraction(perfect, seed), ms: 12 },
    { slug: 'weaker', scores: scoreExtraction(withoutOneRole, seed), ms: 3, error: undefined },
  ];

  it('prints one row per article and a micro-averaged total', () => {
    const table = renderTable(results).split('\n');
    expect(table[0]).toMatch(/^article\s+persons P\/R\/F1\s+roles P\/R\/F1\s+relations P\/R\/F1\s+ms$/);
    expect(table.find((l) => l.startsWith('weaker'))).toMatch(/1\.00 0\.89 0\.94/);
    expect(table.at(-1)).toMatch(/^TOTAL \(micro\)\s+1\.00 1\.00 1\.00\s+1\.00 0\.94 0\.97/);
    expect(table.at(-1)).toContain('roles 17/17/18');
  });

  it('checks the seed against its bar', () => {
    expect(checkSeedBar(results[1]!.scores)).toEqual([
      { category: 'persons', f1: 1, bar: 1, met: true },
      { category: 'roles', f1: expect.closeTo(16 / 17, 5), bar: 0.9, met: true },
      { category: 'relations', f1: 1, bar: 0.8, met: true },
    ]);
    const empty = scoreExtraction(ExtractionSchema.parse({}), seed);
    expect(checkSeedBar(empty).every((c) => !c.met)).toBe(true);
  });

  it('lists a missed role with its class, status and the words of the text', () => {
    const details = renderDetails(results[1]!);
    expect(details).toContain('roles missed (1):');
    expect(details).toContain('− ابو نجم · media_chief (appointed; org داعش, place جنوب دمشق)');
    expect(details).toContain('“تعيين ابو نجم اميراً إعلامياً للمنطقة”');
    expect(details).not.toContain('relations missed');
  });

  it('gives figures only in JSON unless verbose', () => {
    const brief = toJson(results, false) as { articles: { scores: Record<string, object> }[] };
    expect(brief.articles[1]!.scores.roles).not.toHaveProperty('missed');
    const full = toJson(results, true) as { articles: { scores: Record<string, { missed: unknown[] }> }[] };
    expect(full.articles[1]!.scores.roles!.missed).toHaveLength(1);
  });
});
