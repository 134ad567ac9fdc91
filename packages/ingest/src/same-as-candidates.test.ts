// Which namesakes a person's first write links as SAME_AS candidates, chosen in memory (the writes
// on the real Neo4j are covered by same-as.db.test.ts and batch.db.test.ts).
import type { EntityRecord } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { chooseCandidates, MAX_SAME_AS_CANDIDATES, type PersonState } from './same-as-candidates.ts';

const KUNYA = 'ابو خالد';

/** A person named in an article: weak unless given a cross-script key. */
const person = (id: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({
  id,
  label: 'Person',
  name: KUNYA,
  key: KUNYA,
  aliases: [],
  weak: true,
  mentions: [{ start: 0, end: KUNYA.length }],
  searchText: KUNYA,
  ...extra,
});

const stored = (...states: PersonState[]) => new Map(states.map((s) => [s.id, s]));
const state = (id: string, mentions: number, links: string[] = []): PersonState => ({
  id,
  key: KUNYA,
  crossKey: null,
  mentions,
  links,
});
const pairs = (links: ReturnType<typeof chooseCandidates>) => links.map((l) => `${l.from}->${l.to}`);

describe('SAME_AS candidates', () => {
  it('links a weak name to the most mentioned namesakes first, up to the cap', () => {
    const namesakes = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => state(id, i));
    const links = chooseCandidates([[person('new')]], stored(...namesakes));
    // g has the most mentions, a the fewest: the five most mentioned are linked, most first.
    expect(pairs(links)).toEqual(['new->g', 'new->f', 'new->e', 'new->d', 'new->c']);
    expect(links[0]).toMatchObject({ score: 0.5, reason: expect.stringMatching(/weak name/) });
  });

  it('counts links either way toward the cap, and skips a namesake already full or already linked', () => {
    const full = state('full', 9, ['x1', 'x2', 'x3', 'x4', 'x5']);
    const linked = state('linked', 8, ['new']);
    const open = state('open', 1);
    const me = { ...state('new', 0, ['linked', 'y1', 'y2', 'y3']) };
    const links = chooseCandidates([[person('new')]], stored(full, linked, open, me));
    expect(pairs(links)).toEqual(['new->open']);
  });

  it('does not offer an earlier article a person that only a later article of the batch names', () => {
    const links = chooseCandidates([[person('first')], [person('second')], [person('third')]], new Map());
    // Written one by one: the first finds no one; each later one finds those before it.
    expect(pairs(links)).toEqual(['second->first', 'third->first', 'third->second']);
  });

  it('stops giving a namesake links once others filled it within the batch', () => {
    const articles = Array.from({ length: MAX_SAME_AS_CANDIDATES + 3 }, (_, k) => [person(`p${k}`)]);
    const links = chooseCandidates(articles, new Map());
    const degree = new Map<string, number>();
    for (const l of links) for (const id of [l.from, l.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    expect(Math.max(...degree.values())).toBe(MAX_SAME_AS_CANDIDATES);
    // The earliest persons fill up first, so the last article's person finds room only later on.
    expect(links.filter((l) => l.to === 'p0')).toHaveLength(MAX_SAME_AS_CANDIDATES);
  });

  it('links a strong name to a spelling in the other script with the same skeleton, not to its own key', () => {
    const arabic = { ...state('arabic', 3), key: 'جولاني', crossKey: 'jln' };
    const sameKey = { ...state('same-key', 5), key: 'golani', crossKey: 'jln' };
    const latin = person('latin', { name: 'Golani', key: 'golani', crossKey: 'jln', weak: false });
    const links = chooseCandidates([[latin]], stored(arabic, sameKey));
    expect(pairs(links)).toEqual(['latin->arabic']);
    expect(links[0]).toMatchObject({ score: 0.7, reason: expect.stringMatching(/another script/) });
  });
});
