// Reads the seed article of ../shared/fixtures: skipped, saying so, where it is absent.
import { dirname } from 'node:path';
import type { ArticleExtraction } from '@shabaka/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesDir, loadFixture, seedFixture } from './eval/fixtures.ts';
import { locatePhrase } from './locate.ts';
import { goldExtraction, projectFixtures, STORY_SAMPLE_SOURCE, sampleArticles } from './sample.ts';
import { STORY_SAMPLE } from './sample-stories.ts';
import { describeWithSeed } from './test-seed.ts';

let seed: ArticleExtraction;
let text: string;

describeWithSeed('the seed article', () => {
  beforeAll(() => {
    seed = goldExtraction(loadFixture(seedFixture()));
    text = seed.article.text;
  });

  describe('goldExtraction', () => {
    it('locates every role and relation of the gold in the cleaned text', () => {
      const claims = [...seed.extraction.roles, ...seed.extraction.relations];
      expect(claims.every((c) => c.evidence !== undefined)).toBe(true);
      const leader = seed.extraction.roles.find((r) => r.person === 'ابو العز دهمان')!;
      expect(text.slice(leader.evidence!.start, leader.evidence!.end)).toBe('أمير التنظيم في المنطقة كاملة');
    });

    it('marks whole words as mentions, with a joined proclitic, never part of a longer word', () => {
      const damascus = seed.extraction.places.find((p) => p.name === 'دمشق')!;
      expect(text).toContain('الدمشقي');
      for (const m of damascus.mentions) expect(text.slice(m.start, m.end + 1)).not.toBe('دمشقي');
      const raqqa = seed.extraction.places.find((p) => p.name === 'الرقة')!;
      expect(raqqa.mentions.map((m) => text.slice(m.start - 1, m.end))).toContain('والرقة');
    });
  });

  describe('locatePhrase', () => {
    it('finds a phrase across quotation marks and an elision', () => {
      const span = locatePhrase('تعيين ابو نجم ... للمنطقة', text)!;
      expect(text.slice(span.start, span.end)).toBe('تعيين “ابو نجم” اميراً إعلامياً للمنطقة');
    });
  });
});

describe('the quick start sample', () => {
  it("is the project's own annotated articles, none from beside the repository", async () => {
    const sources: string[] = [];
    for await (const item of sampleArticles()) sources.push(item.source);
    expect(sources.length).toBeGreaterThan(10);
    const fixtures = sources.filter((source) => !source.startsWith(STORY_SAMPLE_SOURCE));
    expect(fixtures).toEqual(projectFixtures().map((files) => files.textFile));
    expect(fixtures.every((source) => dirname(source) === articlesDir())).toBe(true);
    expect(sources.length - fixtures.length).toBe(Object.keys(STORY_SAMPLE).length);
  });
});
