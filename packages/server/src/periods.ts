// Claims into what a researcher reads: a role's claims into periods (one row per person, body,
// role and period, its status transitions, and whether sources disagree), other claims into
// links with first and last dates, and the state on a day (nothing dated after it counts).
import {
  type EntityRef,
  type Link,
  ROLE_STATUS_INFO,
  ROLE_STATUSES,
  type RolePeriod,
  type RoleStatus,
  type StatusStep,
} from '@shabaka/model';

/** One claim edge as the profile queries read it, from the profile's side. */
export interface ClaimRow {
  id: string;
  type: string;
  /** 'out': the profile's entity is the claim's subject */
  direction: 'out' | 'in';
  other: EntityRef;
  role?: string | undefined;
  title?: string | undefined;
  status?: string | undefined;
  /** the claim's day (YYYY-MM-DD), none when undated */
  day?: string | undefined;
  article?: string | undefined;
}

/** A HOLDS_ROLE claim with both its ends. */
export interface RoleClaim extends ClaimRow {
  person: EntityRef;
  body: EntityRef;
}

/** The day of an `asOf` value (a date or a date-time), none when it is not one. */
export function dayOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

const statusOf = (value: string | undefined): RoleStatus =>
  (ROLE_STATUSES as readonly string[]).includes(value ?? '') ? (value as RoleStatus) : 'unknown';

const holding = (status: RoleStatus) => ROLE_STATUS_INFO[status].holding;

/** Claims known on `asOf`: every claim when no day is given, else the undated and those dated up to it. */
export function knownOn<T extends { day?: string | undefined }>(claims: readonly T[], asOf?: string): T[] {
  return asOf === undefined ? [...claims] : claims.filter((c) => c.day === undefined || c.day <= asOf);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const distinct = (values: readonly (string | undefined)[]) => [
  ...new Set(values.filter((v): v is string => v !== undefined && v !== '')),
];

/** The status a day's claims report: the most reported, a departure winning a tie (it is the news). */
function statusOfDay(claims: readonly RoleClaim[]): { status: RoleStatus; conflict?: string } {
  const counts = new Map<RoleStatus, number>();
  for (const c of claims) counts.set(statusOf(c.status), (counts.get(statusOf(c.status)) ?? 0) + 1);
  const ranked = [...counts].sort(
    (a, b) => b[1] - a[1] || Number(holding(a[0]) ?? 2) - Number(holding(b[0]) ?? 2),
  );
  const status = ranked[0]![0];
  const kinds = new Set([...counts.keys()].map(holding).filter((h) => h !== undefined));
  if (kinds.size < 2) return { status };
  const day = claims[0]?.day;
  const said = [...counts.keys()].join(' and ');
  return { status, conflict: `${day ? `On ${day}` : 'Undated:'} the sources say ${said}` };
}

function period(claims: RoleClaim[], steps: StatusStep[], conflicts: string[]): RolePeriod {
  const first = claims[0]!;
  const days = claims.map((c) => c.day).filter((d): d is string => d !== undefined);
  return {
    person: first.person,
    body: first.body,
    role: first.role ?? 'other',
    titles: distinct(claims.map((c) => c.title)),
    status: steps.at(-1)?.status ?? 'unknown',
    ...(days.length ? { firstSeen: days[0], lastSeen: days.at(-1) } : {}),
    steps,
    sources: distinct(claims.map((c) => c.article ?? c.id)).length,
    claims: claims.map((c) => c.id),
    undatedClaims: claims.length - days.length,
    ...(conflicts.length ? { conflict: conflicts.join('; ') } : {}),
  };
}

/**
 * One role's claims (same person, body and role class) into periods; a period ends where a holder
 * is reported out and later in again, and the last one where the holder is reported killed.
 */
function periodsOfRole(claims: readonly RoleClaim[], killed?: string): RolePeriod[] {
  const dated = claims.filter((c) => c.day !== undefined).sort((a, b) => a.day!.localeCompare(b.day!));
  const undated = claims.filter((c) => c.day === undefined);
  if (dated.length === 0) {
    const { status, conflict } = statusOfDay(undated);
    return [period([...undated], [{ status, claims: undated.length }], conflict ? [conflict] : [])];
  }
  const periods: { claims: RoleClaim[]; steps: StatusStep[]; conflicts: string[] }[] = [];
  for (const [day, ofDay] of groupBy(dated, (c) => c.day!)) {
    const { status, conflict } = statusOfDay(ofDay);
    let current = periods.at(-1);
    const last = current?.steps.at(-1);
    if (!current || (last && holding(last.status) === false && holding(status) === true)) {
      current = { claims: [], steps: [], conflicts: [] };
      periods.push(current);
    }
    current.claims.push(...ofDay);
    if (conflict) current.conflicts.push(conflict);
    const step = current.steps.at(-1);
    if (step?.status === status) step.claims += ofDay.length;
    else current.steps.push({ status, asOf: day, claims: ofDay.length });
  }
  // Undated claims say nothing of when: they count with the latest period.
  const latest = periods.at(-1)!;
  latest.claims.push(...undated);
  const last = latest.steps.at(-1)!;
  const ends = killed !== undefined && killed > last.asOf! && holding(last.status) === true;
  if (ends) latest.steps.push({ status: 'former', asOf: killed, claims: 0 });
  return periods.map((p) => ({
    ...period(p.claims, p.steps, p.conflicts),
    ...(ends && p === latest ? { killed } : {}),
  }));
}

/**
 * Role claims into periods, oldest first; those only undated claims report apart. On `asOf`,
 * claims dated later are left out, so each period shows its latest status up to that day.
 * `killed` (person id → day) closes a post still held when its holder was reported killed.
 */
export function rolePeriods(
  claims: readonly RoleClaim[],
  asOf?: string,
  killed: ReadonlyMap<string, string> = new Map(),
): { dated: RolePeriod[]; undated: RolePeriod[] } {
  const known = knownOn(claims, asOf);
  const deathOf = (person: string) => {
    const day = killed.get(person);
    return day !== undefined && (asOf === undefined || day <= asOf) ? day : undefined;
  };
  const all = [...groupBy(known, (c) => `${c.person.id}\u0000${c.body.id}\u0000${c.role}`).values()].flatMap(
    (group) => periodsOfRole(group, deathOf(group[0]!.person.id)),
  );
  const byStart = (a: RolePeriod, b: RolePeriod) =>
    (a.firstSeen ?? '').localeCompare(b.firstSeen ?? '') ||
    (a.person.name ?? '').localeCompare(b.person.name ?? '');
  return {
    dated: all.filter((p) => p.firstSeen !== undefined).sort(byStart),
    undated: all.filter((p) => p.firstSeen === undefined).sort(byStart),
  };
}

/** Claims of one type between the same two entities into one link, with its first and last dates. */
export function links(claims: readonly ClaimRow[], asOf?: string): Link[] {
  const grouped = groupBy(knownOn(claims, asOf), (c) => `${c.type}\u0000${c.direction}\u0000${c.other.id}`);
  return [...grouped.values()]
    .map((group) => {
      const first = group[0]!;
      const days = group
        .map((c) => c.day)
        .filter((d): d is string => d !== undefined)
        .sort();
      return {
        type: first.type,
        direction: first.direction,
        other: first.other,
        ...(days.length ? { firstSeen: days[0], lastSeen: days.at(-1) } : {}),
        sources: distinct(group.map((c) => c.article ?? c.id)).length,
        claims: group.map((c) => c.id),
      };
    })
    .sort((a, b) => b.sources - a.sources || a.type.localeCompare(b.type));
}

/** Oldest first, undated last. */
export function byDay<T extends { day?: string | undefined }>(a: T, b: T): number {
  if (a.day === b.day) return 0;
  if (a.day === undefined) return 1;
  if (b.day === undefined) return -1;
  return a.day.localeCompare(b.day);
}

/** Claims by month, and how many have no date: the date picker's histogram. */
export function claimMonths(claims: readonly { day?: string | undefined }[]): {
  months: { month: string; count: number }[];
  undated: number;
} {
  const months = new Map<string, number>();
  let undated = 0;
  for (const { day } of claims) {
    if (day === undefined) undated++;
    else months.set(day.slice(0, 7), (months.get(day.slice(0, 7)) ?? 0) + 1);
  }
  return {
    months: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    undated,
  };
}
