import { type Extraction, ExtractionSchema } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { parseAnnotation } from './annotation.ts';
import { renderMisses } from './misses.ts';
import { NO_RULE, renderRules, ruleFigures } from './rules.ts';
import type { ArticleResult } from './run.ts';
import { scoreExtraction } from './score.ts';
import { APPOINTMENT_GOLD, APPOINTMENT_TEXT } from './test-folder.ts';

const gold = parseAnnotation(JSON.stringify(APPOINTMENT_GOLD), 'appointment.gold.json');
const evidence = (rule: string | undefined, text: string) => ({
  sentence: 0,
  start: 0,
  end: text.length,
  text,
  confidence: 0.8,
  ...(rule ? { rule } : {}),
});
const sentence = APPOINTMENT_TEXT.trim();

/** The appointment as an engine might read it: one right and one wrong claim by `succession`. */
const extraction: Extraction = ExtractionSchema.parse({
  persons: APPOINTMENT_GOLD.persons,
  organizations: APPOINTMENT_GOLD.organizations,
  places: APPOINTMENT_GOLD.places,
  roles: [
    {
      person: 'خالد الحمد',
      role: 'military_commander',
      org: 'هيئة تحرير الشام',
      evidence: evidence('title', sentence),
    },
    { person: 'سامر العلي', role: 'leader', title: 'قائد', evidence: evidence(undefined, sentence) },
  ],
  relations: [
    {
      subject: 'خالد الحمد',
      predicate: 'replaced',
      object: 'سامر العلي',
      evidence: evidence('succession', sentence),
    },
    {
      subject: 'سامر العلي',
      predicate: 'replaced',
      object: 'خالد الحمد',
      evidence: evidence('succession', sentence),
    },
  ],
});
const articles: ArticleResult[] = [
  { slug: 'appointment', scores: scoreExtraction(extraction, gold), extraction, ms: 1 },
];

describe('per-rule precision', () => {
  it('counts each rule’s claims and those in the one-to-one matching, and claims without a rule apart', () => {
    expect(ruleFigures(articles)).toEqual([
      { category: 'relations', rule: 'succession', claims: 2, matched: 1, precision: 0.5 },
      { category: 'roles', rule: NO_RULE, claims: 1, matched: 0, precision: 0 },
      { category: 'roles', rule: 'title', claims: 1, matched: 1, precision: 1 },
    ]);
    expect(renderRules(ruleFigures(articles))).toMatch(/relations\s+succession\s+2\s+1\s+0\.50/);
  });

  it('credits a duplicate claim once, as the matching does', () => {
    const twice = { ...extraction, relations: [extraction.relations[0]!, extraction.relations[0]!] };
    const [figures] = ruleFigures([{ ...articles[0]!, scores: scoreExtraction(twice, gold) }]);
    expect(figures).toMatchObject({ rule: 'succession', claims: 2, matched: 1 });
  });
});

describe('misses', () => {
  it('lists gold relations missed with their evidence, grouped by the predicate as scored', () => {
    const out = renderMisses('mine', articles, 'relations');
    expect(out).toContain('== mine/appointment: relations missed 1, false positives 1');
    expect(out).toMatch(
      /missed \(1\)\n {4}left_via \(1\)\n {6}− سامر العلي —left_to→ تركيا “غادر إلى تركيا”/,
    );
    expect(out).toMatch(
      /false positives \(1\)\n {4}replaced \(1\)\n {6}\+ سامر العلي —replaced→ خالد الحمد “أعلنت/,
    );
  });

  it('lists false-positive roles by class with the words and sentence they were read from', () => {
    const out = renderMisses('mine', articles, 'roles');
    expect(out).toMatch(/false positives \(1\)\n {4}leader \(1\)\n {6}\+ سامر العلي · leader “قائد \| أعلنت/);
    expect(out).not.toContain('missed (');
  });

  it('says so when nothing of the category was missed or invented', () => {
    expect(renderMisses('mine', articles, 'places')).toBe('== mine: no places missed or invented');
  });
});
