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
    expect(plan.reroots).toEqual([{ story: 'c', root: 'w', similarity: expect.any(Number) }]);
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
