import { describe, expect, it } from 'vitest';
import { STORY_SAMPLE } from './sample-stories.ts';
import { fingerprint } from './stages/fingerprint.ts';
import { planStories } from './stories.ts';

const { wire, copy, other } = STORY_SAMPLE;
const article = (id: string, story: { text: string }, publishedAt?: string) => ({
  id,
  text: story.text,
  ...(publishedAt ? { publishedAt } : {}),
});

describe('planStories', () => {
  it("joins a copy to the batch's earlier original and leaves another outlet's report alone", () => {
    const plan = planStories(
      [article('w', wire, '2026-03-10'), article('c', copy, '2026-03-11'), article('o', other)],
      new Map(),
    );
    expect(plan.rows.map((r) => [r.id, r.story])).toEqual([
      ['w', 'w'],
      ['c', 'w'],
      ['o', 'o'],
    ]);
    expect(plan.copies).toEqual([{ copy: 'c', original: 'w', similarity: expect.any(Number) }]);
    expect(plan.reroots).toEqual([]);
    // Only originals are indexed: a copy is found through its original.
    expect(plan.rows.map((r) => r.bands === null)).toEqual([false, true, false]);
  });

  it('makes an article published on an earlier day the original of the stored story it copies', () => {
    const stored = new Map([
      [
        'w',
        [{ id: 'c', shingles: fingerprint(copy.text).shingles, story: 'c', rootPublishedAt: '2026-03-11' }],
      ],
    ]);
    const plan = planStories([article('w', wire, '2026-03-10')], stored);
    expect(plan.rows).toEqual([{ id: 'w', story: 'w', bands: expect.any(String) }]);
    expect(plan.reroots).toEqual([
      { story: 'c', root: 'w', similarity: expect.any(Number), bands: plan.rows[0]!.bands },
    ]);
  });

  it('no longer offers an original replaced earlier in the batch, as the index no longer would', () => {
    // Shingle sets with chosen overlaps: w is a copy of the stored c (9 of 11 shingles shared),
    // and so is x (9 of 11), but x is not one of w (8 of 12). w predates c and replaces it as the
    // original, so c leaves the index and x, finding no original it copies, starts a story.
    const shingles = (...ids: number[]) => Float64Array.from(ids).sort();
    const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const c = { id: 'c', shingles: shingles(...range(10)), story: 'c', rootPublishedAt: '2026-03-11' };
    const prints = [
      { shingles: shingles(...range(9), 11), bands: ['b1'] },
      { shingles: shingles(...range(8), 10, 20), bands: ['b1'] },
    ];
    const stored = new Map([
      ['w', [c]],
      ['x', [c]],
    ]);
    const articles = [article('w', wire, '2026-03-10'), article('x', copy, '2026-03-12')];
    const plan = planStories(articles, stored, prints);
    expect(plan.reroots.map((r) => r.root)).toEqual(['w']);
    expect(plan.rows.map((r) => [r.id, r.story])).toEqual([
      ['w', 'w'],
      ['x', 'x'],
    ]);
  });

  it('follows a story renamed earlier in the batch', () => {
    const stored = new Map([
      [
        'w',
        [{ id: 'c', shingles: fingerprint(copy.text).shingles, story: 'c', rootPublishedAt: '2026-03-11' }],
      ],
    ]);
    const again = { text: `${copy.text}\nالمصدر: وكالة الشمال.` };
    const plan = planStories([article('w', wire, '2026-03-10'), article('x', again, '2026-03-12')], stored);
    expect(plan.copies).toEqual([{ copy: 'x', original: 'w', similarity: expect.any(Number) }]);
  });
});
