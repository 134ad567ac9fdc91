import { type Extraction, ExtractionSchema } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { listFixtures, loadFixture, seedFixture } from './fixtures.ts';
import { type Gold, parseGold } from './gold.ts';
import { figures, microAverage, SCORED_CATEGORIES, scoreExtraction } from './score.ts';

/** The gold read as an extractor's output: what a perfect extractor would print. */
function asExtraction(gold: Gold): Extraction {
  return ExtractionSchema.parse({
    ...gold,
    relations: gold.relations.map(({ evidence: _phrase, ...relation }) => relation),
  });
}

const seed = loadFixture(seedFixture()).gold;

describe('scoreExtraction', () => {
  it.each(listFixtures().map((files) => [files.slug, files]))(
    'scores the gold of %s against itself as perfect',
    (_, files) => {
      const { gold } = loadFixture(files);
      const scores = scoreExtraction(asExtraction(gold), gold);
      for (const category of SCORED_CATEGORIES) {
        expect(scores[category], category).toMatchObject({
          precision: 1,
          recall: 1,
          f1: 1,
          missed: [],
          spurious: [],
        });
      }
    },
  );

  it('lowers role recall by one gold role when one role is dropped, and keeps precision', () => {
    const predicted = asExtraction(seed);
    const dropped = predicted.roles.splice(2, 1)[0]!;
    const { roles } = scoreExtraction(predicted, seed);
    expect(seed.roles).toHaveLength(9);
    expect(roles.recall).toBeCloseTo(8 / 9);
    expect(roles.precision).toBe(1);
    expect(roles.missed.map((r) => r.person)).toEqual([dropped.person]);
  });

  it('matches a person spelled with other hamza, diacritics and taa marbuta forms, and their roles', () => {
    const respell: Record<string, string> = {
      'ابو العز دهمان': 'أبو العِزّ دهمان',
      'راتب طيّارة': 'راتب طياره',
    };
    const predicted = asExtraction(seed);
    predicted.persons = predicted.persons.map((p) => ({
      ...p,
      name: respell[p.name] ?? p.name,
      aliases: [],
    }));
    predicted.roles = predicted.roles.map((r) => ({ ...r, person: respell[r.person] ?? r.person }));
    predicted.relations = predicted.relations.map((r) => ({
      ...r,
      subject: respell[r.subject] ?? r.subject,
    }));
    const scores = scoreExtraction(predicted, seed);
    expect(scores.persons.f1).toBe(1);
    expect(scores.roles.f1).toBe(1);
    expect(scores.relations.f1).toBe(1);
  });

  it('does not match a role of the wrong class', () => {
    const predicted = asExtraction(seed);
    predicted.roles = predicted.roles.map((r) =>
      r.person === 'ابو نجم' ? { ...r, role: 'leader' as const } : r,
    );
    const { roles } = scoreExtraction(predicted, seed);
    expect(roles.matched).toBe(8);
    expect(roles.missed).toMatchObject([{ person: 'ابو نجم', role: 'media_chief' }]);
    expect(roles.spurious).toMatchObject([{ person: 'ابو نجم', role: 'leader' }]);
  });

  it('resolves claim endpoints through aliases and the predicted entity list', () => {
    const predicted = asExtraction(seed);
    // `التنظيم` is an alias of داعش in the gold; `الفيومي` is the predicted person's own alias.
    predicted.persons = predicted.persons.map((p) =>
      p.name === 'ابو جعفر الفيومي' ? { ...p, name: 'أبو جعفر الفيومي', aliases: ['الفيومي'] } : p,
    );
    predicted.roles = predicted.roles.map((r) =>
      r.person === 'ابو جعفر الفيومي' ? { ...r, person: 'الفيومي' } : r,
    );
    predicted.relations = predicted.relations.map((r) =>
      r.subject === 'داعش' ? { ...r, subject: 'التنظيم' } : r,
    );
    const scores = scoreExtraction(predicted, seed);
    expect(scores.roles.f1).toBe(1);
    expect(scores.relations.f1).toBe(1);
  });

  it("resolves a name to the entity it names before another entity's alias", () => {
    const gold = parseGold(
      JSON.stringify({
        about: 'test',
        source: { outlet: 'الرافدين', title: 'عنوان' },
        persons: [{ name: 'كريم العبيدي', aliases: ['العبيدي'] }],
        organizations: [{ name: 'داعش', aliases: [], kind: 'armed_group' }],
        places: [{ name: 'العبيدي', aliases: ['قرية العبيدي'] }],
        roles: [],
        relations: [{ subject: 'داعش', predicate: 'controls', object: 'العبيدي', evidence: 'x' }],
      }),
      'ubaydi.gold.json',
    );
    expect(scoreExtraction(asExtraction(gold), gold).relations.f1).toBe(1);
  });

  it('counts a duplicated prediction once and the copy as spurious', () => {
    const predicted = asExtraction(seed);
    predicted.persons.push({ ...predicted.persons[0]!, name: 'أبو جعفر الفيومي' });
    predicted.relations.push(predicted.relations[0]!);
    const scores = scoreExtraction(predicted, seed);
    expect(scores.persons).toMatchObject({ recall: 1, matched: 9, predicted: 10 });
    expect(scores.relations).toMatchObject({ recall: 1, matched: 20, predicted: 21 });
  });

  const small = parseGold(
    JSON.stringify({
      about: 'test',
      source: { outlet: 'عنب بلدي', title: 'عنوان' },
      persons: [
        { name: 'خالد الحمد', aliases: [] },
        { name: 'سامر العلي', aliases: [] },
      ],
      organizations: [{ name: 'هيئة تحرير الشام', aliases: ['الهيئة'], kind: 'armed_group' }],
      places: [],
      roles: [],
      relations: [
        {
          subject: 'هيئة تحرير الشام',
          predicate: 'arrested',
          object: 'خالد الحمد',
          evidence: 'x',
          negated: true,
        },
        { subject: 'خالد الحمد', predicate: 'met_with', object: 'سامر العلي', evidence: 'x' },
      ],
    }),
    'small.gold.json',
  );

  it('does not match an asserted claim to a denied one', () => {
    const predicted = asExtraction(small);
    predicted.relations = predicted.relations.map(({ negated: _denied, ...r }) => r);
    const { relations } = scoreExtraction(predicted, small);
    expect(relations.missed).toMatchObject([{ predicate: 'arrested', negated: true }]);
    expect(relations.spurious).toMatchObject([{ predicate: 'arrested' }]);
  });

  it('matches a symmetric relation read in the other direction, but not an arrest', () => {
    const predicted = asExtraction(small);
    predicted.relations = predicted.relations.map((r) => ({ ...r, subject: r.object, object: r.subject }));
    const { relations } = scoreExtraction(predicted, small);
    expect(relations.missed.map((r) => r.predicate)).toEqual(['arrested']);
    expect(relations.matched).toBe(1);
  });

  it('scores an empty extraction as recalling nothing', () => {
    const scores = scoreExtraction(ExtractionSchema.parse({}), seed);
    expect(scores.persons).toMatchObject({ recall: 0, f1: 0, matched: 0, gold: 9 });
    expect(scores.relations.missed).toHaveLength(20);
  });
});

describe('microAverage', () => {
  it('pools the counts of all articles before dividing', () => {
    const perfect = scoreExtraction(asExtraction(seed), seed);
    const empty = scoreExtraction(ExtractionSchema.parse({}), seed);
    const total = microAverage([perfect, empty]);
    expect(total.roles).toEqual(figures({ matched: 9, predicted: 9, gold: 18 }));
    expect(total.roles.recall).toBe(0.5);
  });
});
