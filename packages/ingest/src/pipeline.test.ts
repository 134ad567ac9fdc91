import type { ArticleExtraction } from '@shabaka/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, loadFixture, seedFixture } from './eval/fixtures.ts';
import { scoreExtraction } from './eval/score.ts';
import { EmptyArticleError, extractArticle, UnsupportedLanguageError } from './pipeline.ts';
import { describeWithSeed } from './test-seed.ts';

// Reads the seed article of ../shared/fixtures: skipped, saying so, where it is absent.
describeWithSeed('extractArticle on the seed article', () => {
  let seed: Fixture;
  let x: ArticleExtraction;
  beforeAll(() => {
    seed = loadFixture(seedFixture());
    x = extractArticle({ text: seed.text });
  });

  it('meets the quality bar against the gold annotation', () => {
    const scores = scoreExtraction(x.extraction, seed.gold);
    expect(scores.persons.f1).toBe(1);
    expect(scores.roles.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.relations.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('identifies the article by the hash of its cleaned text, and reads title and outlet from it', () => {
    expect(x.article.id).toMatch(/^art-[0-9a-f]{32}$/);
    expect(extractArticle({ text: `\n${seed.text}\n\n` }).article.id).toBe(x.article.id);
    expect(x.article.title).toBe('تدهور عسكري وأمني تشهده مناطق سيطرة داعش جنوب دمشق');
    expect(x.article.outlet).toBe('صوت العاصمة');
    expect(x.extractor).toMatch(/^shabaka-rules@\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });

  it('points every mention and every piece of evidence into the stored text', () => {
    const { text } = x.article;
    for (const e of [...x.extraction.persons, ...x.extraction.organizations, ...x.extraction.places]) {
      for (const span of e.mentions) expect(span.end).toBeLessThanOrEqual(text.length);
    }
    const person = x.extraction.persons.find((p) => p.name === 'ابو العز دهمان')!;
    expect(person.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['ابو العز دهمان']);
    for (const claim of [...x.extraction.roles, ...x.extraction.relations]) {
      const ev = claim.evidence!;
      expect(text.includes(ev.text)).toBe(true);
      expect(ev.text.includes(text.slice(ev.start, ev.end))).toBe(true);
    }
  });
});

describe('extractArticle reads English with the English engine', () => {
  it('names the groups of an English article by their Arabic canonical names', () => {
    const { article, extraction, extractor } = extractArticle({
      text: 'The Islamic State said on Monday that its commander in Raqqa, Faris Jumaa, had been killed.',
    });
    expect(article.language).toBe('en');
    expect(extractor).toMatch(/^shabaka-rules-en@/);
    expect(extraction.organizations.map((o) => o.name)).toContain('داعش');
    expect(extraction.places.map((p) => p.name)).toContain('الرقة');
  });

  it('reads an English page that quotes Arabic names, the Arabic spelling an alias of the person', () => {
    const text =
      'Hamas (حماس) said its spokesman Hazem Qassem, known in Arabic as حازم قاسم, spoke to reporters in Gaza. ' +
      'The statement, titled «بيان صحفي», was posted online by the group.';
    const { extraction } = extractArticle({ text });
    expect(extraction.roles).toContainEqual(
      expect.objectContaining({ person: 'Hazem Qassem', role: 'spokesperson', org: 'حركة حماس' }),
    );
    expect(extraction.persons.map((p) => p.name)).toEqual(['Hazem Qassem']);
    expect(extraction.persons[0]!.aliases).toContain('حازم قاسم');
  });
});

describe('extractArticle refuses what it cannot read', () => {
  it('reports text in neither Arabic nor English as unsupported instead of misreading it', () => {
    const french = "L'armée a annoncé lundi qu'elle avait arrêté le chef de la cellule dans la ville.";
    expect(() => extractArticle({ text: french })).toThrow(UnsupportedLanguageError);
  });

  it('reports text that is empty once site chrome is removed', () => {
    expect(() => extractArticle({ text: 'بحث\n\nاترك تعليقاً\n' })).toThrow(EmptyArticleError);
  });
});
