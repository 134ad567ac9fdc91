import { describe, expect, it } from 'vitest';
import { COPY_SIMILARITY, fingerprint, jaccard, shingles } from './fingerprint.ts';
import { REPUBLISHED_COPY, WIRE_STORY, OTHER_REPORT } from '../test-stories.ts';

describe('fingerprint', () => {
  it('gives a republished copy (a line of its own added, letters spelt otherwise) most of its band keys', () => {
    const original = fingerprint(WIRE_STORY.text);
    const copy = fingerprint(REPUBLISHED_COPY.text);
    expect(jaccard(original.shingles, copy.shingles)).toBeGreaterThanOrEqual(COPY_SIMILARITY);
    const shared = copy.bands.filter((band) => original.bands.includes(band));
    expect(shared.length).toBeGreaterThan(4);
  });

  it('gives another report on the same men no shared key', () => {
    const original = fingerprint(WIRE_STORY.text);
    const other = fingerprint(OTHER_REPORT.text);
    expect(jaccard(original.shingles, other.shingles)).toBeLessThan(0.2);
    expect(other.bands.filter((band) => original.bands.includes(band))).toEqual([]);
  });

  it('is the same for the same text in every run (the keys are stored)', () => {
    expect(fingerprint(WIRE_STORY.text).bands).toEqual(fingerprint(WIRE_STORY.text).bands);
    expect(fingerprint(WIRE_STORY.text).bands).toHaveLength(32);
  });

  it('leaves a one-line text without keys: too short to call a copy', () => {
    expect(fingerprint('قتل قائد المجموعة في الغارة.').bands).toEqual([]);
    expect(shingles('قال أَبو   علي،  الرجل')).toEqual(new Set(['قال ابو علي الرجل']));
  });
});
