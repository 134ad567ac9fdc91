import { describe, expect, it } from 'vitest';
import { claimMonths, links, type RoleClaim, rolePeriods } from './periods.ts';

const person = { id: 'p1', label: 'Person', name: 'A' };
const group = { id: 'o1', label: 'Organization', name: 'G' };
let next = 0;
const claim = (status: string, day?: string, article = `a${next}`): RoleClaim => ({
  id: `c${next++}`,
  type: 'HOLDS_ROLE',
  direction: 'out',
  other: group,
  person,
  body: group,
  role: 'leader',
  status,
  day,
  article,
});

describe('rolePeriods', () => {
  it('opens a new period when a holder reported out is reported in again', () => {
    const { dated } = rolePeriods([
      claim('current', '2020-01-01'),
      claim('former', '2021-01-01'),
      claim('appointed', '2022-01-01'),
    ]);
    expect(dated.map((p) => [p.status, p.firstSeen, p.lastSeen])).toEqual([
      ['former', '2020-01-01', '2021-01-01'],
      ['appointed', '2022-01-01', '2022-01-01'],
    ]);
  });

  it('merges repeated statuses into one step and counts sources once per article', () => {
    const [period] = rolePeriods([
      claim('current', '2020-01-01', 'x'),
      claim('current', '2020-02-01', 'x'),
      claim('current', '2020-03-01', 'y'),
    ]).dated;
    expect(period!.steps).toEqual([{ status: 'current', asOf: '2020-01-01', claims: 3 }]);
    expect(period!.sources).toBe(2);
  });

  it('keeps undated-only roles apart, and undated claims of a dated role count without a date', () => {
    const only = rolePeriods([claim('current')]);
    expect(only.dated).toEqual([]);
    expect(only.undated[0]).toMatchObject({ status: 'current', undatedClaims: 1 });
    const mixed = rolePeriods([claim('current', '2020-01-01'), claim('former')]).dated[0]!;
    expect(mixed).toMatchObject({ status: 'current', undatedClaims: 1, lastSeen: '2020-01-01' });
  });

  it('on a day, forgets what was reported later; on a tie the departure is the status, flagged', () => {
    const claims = [
      claim('current', '2020-01-01'),
      claim('former', '2021-01-01'),
      claim('current', '2021-01-01'),
    ];
    expect(rolePeriods(claims, '2020-06-30').dated[0]).toMatchObject({ status: 'current' });
    const tied = rolePeriods(claims).dated[0]!;
    expect(tied.status).toBe('former');
    expect(tied.conflict).toMatch(/On 2021-01-01 the sources say (former and current|current and former)/);
  });
});

describe('a holder reported killed', () => {
  it('closes a post still held on that day, and only once the day is reached', () => {
    const claims = [claim('current', '2020-01-01')];
    const killed = new Map([[person.id, '2021-06-01']]);
    const [ended] = rolePeriods(claims, undefined, killed).dated;
    expect(ended).toMatchObject({ status: 'former', killed: '2021-06-01', lastSeen: '2020-01-01' });
    expect(rolePeriods(claims, '2021-05-31', killed).dated[0]).toMatchObject({ status: 'current' });
    expect(rolePeriods(claims, '2021-05-31', killed).dated[0]!.killed).toBeUndefined();
    // a post already left is not ended again
    const left = rolePeriods([claim('former', '2020-01-01')], undefined, killed).dated[0]!;
    expect(left.steps).toHaveLength(1);
  });
});

describe('links and claimMonths', () => {
  it('join claims of one type to one entity, with first and last dates', () => {
    const rows = [claim('current', '2021-05-01', 'x'), claim('current', '2020-05-01', 'y')].map((c) => ({
      ...c,
      type: 'MEMBER_OF',
    }));
    expect(links(rows)).toEqual([
      expect.objectContaining({
        type: 'MEMBER_OF',
        firstSeen: '2020-05-01',
        lastSeen: '2021-05-01',
        sources: 2,
      }),
    ]);
    expect(claimMonths([...rows, { day: undefined }])).toEqual({
      months: [
        { month: '2020-05', count: 1 },
        { month: '2021-05', count: 1 },
      ],
      undated: 1,
    });
  });
});
