import { describe, expect, it } from 'vitest';
import { loadFixture, seedFixture } from './eval/fixtures.ts';
import { locatePhrase } from './locate.ts';
import { goldExtraction } from './sample.ts';

const seed = goldExtraction(loadFixture(seedFixture()));
const text = seed.article.text;

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
