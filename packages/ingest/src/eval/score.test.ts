import { type Extraction, ExtractionSchema } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { type Annotation, parseAnnotation } from './annotation.ts';
import { type FixtureFiles, listFixtures, loadFixture } from './fixtures.ts';
import { describeWithSeed } from '../test-seed.ts';
import type { Gold } from './gold.ts';
import {
  figures,
  forms,
  microAverage,
  norm,
  SCORED_CATEGORIES,
  same,
  scoreExtraction,
  twoDecimals,
} from './score.ts';

/** A gold annotation of a small article of our own wording; the lists left out are empty. */
const gold = (parts: Partial<Record<keyof Annotation, unknown[]>>): Annotation =>
  parseAnnotation(JSON.stringify(parts), 'test.gold.json');

/** An extractor's output; predicates are those of the contract, or whatever a test needs. */
const predicted = (parts: Partial<Record<keyof Extraction, unknown[]>>): Extraction =>
  ({ ...ExtractionSchema.parse({}), ...parts }) as Extraction;

/** The gold read as an extractor's output: what a perfect extractor would print. */
const asExtraction = (fixture: Gold): Extraction =>
  ExtractionSchema.parse({ ...fixture, relations: fixture.relations.map(({ evidence: _words, ...r }) => r) });

const person = (name: string, aliases: string[] = []) => ({ name, aliases });
const relation = (subject: string, predicate: string, object: string) => ({ subject, predicate, object });

describe('norm', () => {
  it('folds hamza, alef maqsura, taa marbuta, diacritics, tatweel and punctuation as score.py does', () => {
    expect(norm('أبو العِزّ  "الحمـدانيّ"')).toBe('ابو العز الحمداني');
    expect(norm('مُصطفى حمزة، (الجبهة)')).toBe('مصطفي حمزه الجبهه');
    expect(norm(null)).toBe('');
  });
});

describe('same', () => {
  it('matches two names when all tokens of the shorter, two or more, are in the longer', () => {
    expect(same(forms(person('خالد الحمد')), forms(person('أبو عمر خالد الحمد')))).toBe(true);
    expect(same(forms(person('الحمد')), forms(person('خالد الحمد')))).toBe(false);
    expect(same(forms(person('خالد الأحمد')), forms(person('خالد الحمد')))).toBe(false);
  });

  it('matches through an alias of either side', () => {
    expect(same(forms(person('أبو عمر', ['الحمد'])), forms(person('خالد', ['الحمد'])))).toBe(true);
  });
});

// The seed's row reads ../shared/fixtures: its suite is skipped, saying so, where it is absent.
const seedRows = listFixtures().filter((files) => files.slug === 'seed-article');
const ownRows = listFixtures().filter((files) => files.slug !== 'seed-article');
const scoresItselfPerfectly = (rows: FixtureFiles[]) =>
  it.each(rows.map((files) => [files.slug, files] as const))(
    'scores the gold of %s against itself as perfect',
    (_, files) => {
      const { gold: fixture } = loadFixture(files);
      const scores = scoreExtraction(asExtraction(fixture), fixture);
      for (const category of SCORED_CATEGORIES) {
        expect(scores[category], category).toMatchObject({ f1: 1, missed: [], spurious: [] });
      }
    },
  );

describeWithSeed('scoreExtraction on the seed', () => scoresItselfPerfectly(seedRows));

describe('scoreExtraction', () => {
  scoresItselfPerfectly(ownRows);

  it('pairs entities greedily in gold order, one to one, as score.py does (not the best pairing)', () => {
    // The first gold person takes the first prediction it matches, which was the second one's only partner.
    const scores = scoreExtraction(
      predicted({ persons: [person('خالد الحمد'), person('سامر خالد')] }),
      gold({ persons: [person('سامر خالد الحمد'), person('خالد الحمد')] }),
    );
    expect(scores.persons).toMatchObject({ matched: 1, predicted: 2, gold: 2 });
    expect(scores.persons.missed.map((p) => p.name)).toEqual(['خالد الحمد']);
    expect(scores.persons.spurious.map((p) => p.name)).toEqual(['سامر خالد']);
  });

  it('counts a duplicated prediction once and its copy as a false positive', () => {
    const scores = scoreExtraction(
      predicted({ persons: [person('خالد الحمد'), person('خالد الحمد')] }),
      gold({ persons: [person('خالد الحمد')] }),
    );
    expect(scores.persons).toMatchObject({ matched: 1, predicted: 2, precision: 0.5, recall: 1 });
  });

  const appointment = gold({
    persons: [person('خالد الحمد', ['أبو عمر'])],
    organizations: [{ name: 'هيئة تحرير الشام', aliases: ['الهيئة'], kind: 'armed_group' }],
    places: [person('إدلب')],
    roles: [
      {
        person: 'خالد الحمد',
        role: 'military_commander',
        role_text: 'قائداً عسكرياً',
        org: 'هيئة تحرير الشام',
      },
      { person: 'خالد الحمد', role: 'member', role_text: 'أحد عناصرها', org: null },
    ],
    relations: [
      { ...relation('خالد الحمد', 'member_of', 'هيئة تحرير الشام'), evidence: 'أحد عناصرها' },
      { ...relation('هيئة تحرير الشام', 'controls', 'إدلب'), evidence: 'تسيطر على إدلب' },
      { ...relation('هيئة تحرير الشام', 'leads', 'خالد الحمد'), evidence: 'يقود' },
      { ...relation('هيئة تحرير الشام', 'appointed', 'خالد الحمد'), evidence: 'عينت' },
    ],
  });

  it('expands a claim end through the aliases of the entity it names, on either side', () => {
    const scores = scoreExtraction(
      predicted({
        persons: [person('أبو عمر خالد الحمد', ['أبو عمر'])],
        organizations: [{ name: 'الهيئة', aliases: ['هيئة تحرير الشام'] }],
        places: [person('مدينة إدلب', ['إدلب'])],
        roles: [{ person: 'أبو عمر', role: 'military_commander', org: 'الهيئة' }],
        relations: [relation('أبو عمر', 'member_of', 'الهيئة'), relation('الهيئة', 'controls', 'إدلب')],
      }),
      appointment,
    );
    expect(scores.roles.matched).toBe(1);
    expect(scores['roles+org'].matched).toBe(1);
    expect(scores.relations).toMatchObject({ matched: 2, missed: [] });
  });

  it('does not expand a name that no entity has as a form', () => {
    const scores = scoreExtraction(
      predicted({ relations: [relation('عمر', 'member_of', 'تحرير')] }),
      appointment,
    );
    expect(scores.relations.matched).toBe(0);
  });

  it('checks the organization of a role only where the gold names one', () => {
    const scores = scoreExtraction(
      predicted({
        roles: [
          { person: 'خالد الحمد', role: 'military_commander', org: 'جيش الإسلام' },
          { person: 'خالد الحمد', role: 'member', org: 'جيش الإسلام' },
        ],
      }),
      appointment,
    );
    expect(scores.roles.matched).toBe(2);
    expect(scores['roles+org'].matched).toBe(1);
    expect(scores['roles+org'].missed.map((r) => r.role)).toEqual(['military_commander']);
  });

  it('does not score leads, appointed, dismissed, reported_by and other, on either side', () => {
    const scores = scoreExtraction(
      predicted({ relations: [relation('هيئة تحرير الشام', 'other', 'خالد الحمد')] }),
      appointment,
    );
    expect(scores.relations).toMatchObject({ gold: 2, predicted: 0, precision: 0, recall: 0 });
  });

  it('reads stated as stated_to, and left_to and moved_to as left_via', () => {
    const departure = gold({
      persons: [person('سامر العلي')],
      organizations: [{ name: 'وكالة الأنباء المحلية', aliases: [] }],
      places: [person('تركيا')],
      relations: [
        { ...relation('سامر العلي', 'stated', 'وكالة الأنباء المحلية'), evidence: 'قال' },
        { ...relation('سامر العلي', 'left_to', 'تركيا'), evidence: 'غادر إلى تركيا' },
      ],
    });
    const scores = scoreExtraction(
      predicted({
        relations: [
          relation('سامر العلي', 'stated_to', 'وكالة الأنباء المحلية'),
          relation('سامر العلي', 'moved_to', 'تركيا'),
        ],
      }),
      departure,
    );
    expect(scores.relations).toMatchObject({ matched: 2, gold: 2, predicted: 2 });
  });

  it('gives precision 0 when nothing is predicted but something was expected, and 1 when neither', () => {
    const scores = scoreExtraction(predicted({}), appointment);
    expect(scores.persons).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(figures({ matched: 0, predicted: 0, gold: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('microAverage', () => {
  it('pools the counts of all articles before dividing', () => {
    const perfect = scoreExtraction(
      predicted({ persons: [person('خالد الحمد')] }),
      gold({ persons: [person('خالد الحمد')] }),
    );
    const empty = scoreExtraction(
      predicted({}),
      gold({ persons: [person('سامر العلي'), person('خالد الحمد')] }),
    );
    expect(microAverage([perfect, empty]).persons).toEqual(figures({ matched: 1, predicted: 1, gold: 3 }));
  });
});

describe('twoDecimals', () => {
  it('rounds exact halves to even as Python prints them, and everything else as toFixed does', () => {
    expect([0.125, 0.375, 0.625, 0.875, 1.125].map(twoDecimals)).toEqual([
      '0.12',
      '0.38',
      '0.62',
      '0.88',
      '1.12',
    ]);
    expect([0.155, 2 / 3, 0.004999, 1].map(twoDecimals)).toEqual(['0.15', '0.67', '0.00', '1.00']);
  });
});
