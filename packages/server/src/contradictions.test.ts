import { describe, expect, it } from 'vitest';
import { type FactClaim, findContradictions } from './contradictions.ts';

const person = (id: string) => ({ id, label: 'Person', name: id });
const GROUP = { id: 'org-hills', label: 'Organization', name: 'Hills Brigade' };
let next = 0;
const role = (who: string, status: string, asOf: string, extra: Partial<FactClaim> = {}): FactClaim => ({
  id: `c${next++}`,
  type: 'HOLDS_ROLE',
  source: person(who),
  target: GROUP,
  role: 'leader',
  status,
  asOf,
  ...extra,
});
/** Omar reported killed by the army, in an article of that day. */
const killing = (id: string, asOf: string): FactClaim => ({
  id,
  type: 'KILLED',
  source: { id: 'army', label: 'Organization' },
  target: person('omar'),
  asOf,
});
const kinds = (claims: FactClaim[]) => findContradictions(claims).map((c) => c.kind);

describe('findContradictions', () => {
  it('flags two current leaders of one group within the overlap window, not a month apart', () => {
    expect(kinds([role('omar', 'current', '2026-01-03'), role('ziad', 'current', '2026-01-10')])).toEqual([
      'concurrent_holders',
    ]);
    expect(kinds([role('omar', 'current', '2026-01-03'), role('ziad', 'current', '2026-02-20')])).toEqual([]);
    // a post many hold at once (a member) never overlaps
    expect(
      kinds([
        role('omar', 'current', '2026-01-03', { role: 'member' }),
        role('ziad', 'current', '2026-01-04', { role: 'member' }),
      ]),
    ).toEqual([]);
  });

  it('takes a stated succession as the explanation of two holders close together', () => {
    const replaced: FactClaim = {
      id: 'r',
      type: 'REPLACED',
      source: person('ziad'),
      target: person('omar'),
      role: 'leader',
    };
    expect(
      kinds([role('omar', 'current', '2026-01-03'), role('ziad', 'current', '2026-01-10'), replaced]),
    ).toEqual([]);
  });

  it('flags a role current after a reported killing, and after a dismissal unless he was appointed again', () => {
    const killed = killing('k', '2026-02-01');
    const [found] = findContradictions([killed, role('omar', 'current', '2026-03-01')]);
    expect(found!.kind).toBe('current_after_end');
    expect(found!.claims.map((c) => c.id)).toEqual(['k', expect.any(String)]);
    expect(kinds([killed, role('omar', 'current', '2026-01-15')])).toEqual([]);
    const dismissed = role('omar', 'dismissed', '2026-02-01');
    expect(kinds([dismissed, role('omar', 'current', '2026-03-01')])).toEqual(['current_after_end']);
    expect(
      kinds([dismissed, role('omar', 'appointed', '2026-02-15'), role('omar', 'current', '2026-03-01')]),
    ).toEqual([]);
  });

  it('lists one contradiction for an end reported twice', () => {
    const ends = [role('omar', 'dismissed', '2026-02-01'), role('omar', 'dismissed', '2026-02-02')];
    expect(kinds([...ends, role('omar', 'current', '2026-03-01')])).toEqual(['current_after_end']);
  });

  it('flags a claim denied by one source and affirmed by another', () => {
    expect(
      kinds([
        role('omar', 'current', '2026-01-03'),
        role('omar', 'current', '2026-01-05', { negated: true }),
      ]),
    ).toEqual(['negated']);
  });

  it('flags two successors of one predecessor in one role', () => {
    const by = (who: string): FactClaim => ({
      id: `s-${who}`,
      type: 'REPLACED',
      source: person(who),
      target: person('omar'),
      role: 'leader',
    });
    const [found] = findContradictions([by('ziad'), by('sami')]);
    expect(found!.kind).toBe('successor_mismatch');
    expect(found!.person.id).toBe('omar');
    expect(kinds([by('ziad'), { ...by('ziad'), id: 'again' }])).toEqual([]);
  });

  it('flags two leaders whose stated terms overlap, though their articles are a year apart', () => {
    const omar = role('omar', 'former', '2021-03-04', { validFrom: '2015', validTo: '2018' });
    const [found] = findContradictions([omar, role('ziad', 'current', '2022-01-10', { validFrom: '2017' })]);
    expect(found).toMatchObject({ kind: 'concurrent_holders' });
    expect(found!.summary).toContain('on overlapping dates (2015–2018 and since 2017)');
    // a term ending in the year the other's begins may be a handover within it
    expect(kinds([omar, role('ziad', 'current', '2022-01-10', { validFrom: '2018' })])).toEqual([]);
    // an undated current claim inside a stated term overlaps it
    expect(kinds([omar, role('ziad', 'current', '2016-06-01')])).toEqual(['concurrent_holders']);
  });

  it('flags a stated term that reaches past a killing, and a current claim after a stated dismissal', () => {
    const killed = killing('k2', '2019-05-01');
    const [found] = findContradictions([
      killed,
      role('omar', 'former', '2022-01-10', { validFrom: '2016', validTo: '2020' }),
    ]);
    expect(found).toMatchObject({ kind: 'current_after_end' });
    expect(found!.summary).toContain('he held the leader post after that (2016–2020)');
    expect(
      kinds([killed, role('omar', 'former', '2022-01-10', { validFrom: '2016', validTo: '2018' })]),
    ).toEqual([]);
    // dismissed in October by the text, reported in December: a current claim of November contradicts it
    const dismissed = role('omar', 'dismissed', '2019-12-20', { validTo: '2019-10' });
    expect(kinds([dismissed, role('omar', 'current', '2019-11-15')])).toEqual(['current_after_end']);
  });
});
