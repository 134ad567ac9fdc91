// Contradictions among claims: what cannot all be true at once, found by rules after the checks
// of Wikidata's position-held statements (overlapping terms, successors that disagree). A claim
// dated only by its article holds at least on that day (an imprecise date), so two claims
// overlap when their days are close; a term the text states (held-span.ts) is precise, so two
// overlap when their terms do. A role said held on a day after a killing or a dismissal that
// an earlier article reported, or its stated end, contradicts it. Pure.
import {
  type Contradiction,
  type ContradictionClaim,
  type ContradictionKind,
  CONTRADICTION_KINDS,
  type EntityRef,
  OVERLAP_DAYS,
  periodEnd,
  SINGLE_HOLDER_ROLES,
  termText,
} from '@shabaka/model';
import { heldSpan } from './held-span.ts';

/** A claim as the rules read it: its ends as references, its qualifiers, and where it was read. */
export interface FactClaim extends ContradictionClaim {
  hedged?: boolean;
}

const ENDED = new Set(['dismissed', 'former']);
const HOLDING = new Set(['current', 'appointed']);
const DAY_MS = 86_400_000;

const day = (c: FactClaim) => c.asOf?.slice(0, 10);
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
const byDate = (a: FactClaim, b: FactClaim) =>
  (day(a) ?? '').localeCompare(day(b) ?? '') || a.id.localeCompare(b.id);
const isRole = (c: FactClaim) => c.type === 'HOLDS_ROLE' && !c.negated;
const name = (e: EntityRef) => e.name ?? e.latin ?? e.id;
const roleOf = (c: FactClaim) => c.role ?? 'role';

function contradiction(
  kind: ContradictionKind,
  summary: string,
  person: EntityRef,
  claims: FactClaim[],
  organization?: EntityRef,
): Contradiction {
  return {
    kind,
    summary,
    person,
    ...(organization ? { organization } : {}),
    claims: [...claims].sort(byDate).map(({ hedged: _hedged, ...claim }) => claim),
  };
}

/** Two claims' held days meet: stated terms overlap, two article days lie within the window. */
function overlap(a: FactClaim, b: FactClaim): boolean {
  const x = heldSpan(a)!;
  const y = heldSpan(b)!;
  if (!x.stated && !y.stated) return daysApart(x.from, y.from) <= OVERLAP_DAYS;
  return x.from <= y.to && y.from <= x.to;
}

const when = (c: FactClaim) => termText(c) ?? day(c);

/** Two different persons said to hold a one-holder post in one body, on days that overlap. */
function concurrentHolders(claims: FactClaim[]): Contradiction[] {
  const posts = new Map<string, FactClaim[]>();
  for (const c of claims) {
    if (!isRole(c) || c.hedged || !SINGLE_HOLDER_ROLES.includes(c.role as never)) continue;
    // a stated term says the post was held whatever the status; an article day, only if current
    const span = heldSpan(c);
    if (!span || (!span.stated && !HOLDING.has(c.status ?? ''))) continue;
    const key = `${c.target.id}\u0000${c.role}`;
    posts.set(key, [...(posts.get(key) ?? []), c]);
  }
  const replaced = new Set(
    claims
      .filter((c) => c.type === 'REPLACED')
      .flatMap((c) => [`${c.source.id}>${c.target.id}`, `${c.target.id}>${c.source.id}`]),
  );
  const out: Contradiction[] = [];
  for (const holders of posts.values()) {
    const seen = new Set<string>();
    for (const [i, a] of holders.entries())
      for (const b of holders.slice(i + 1)) {
        const pair = [a.source.id, b.source.id].sort().join('>');
        if (a.source.id === b.source.id || seen.has(pair) || replaced.has(`${a.source.id}>${b.source.id}`))
          continue;
        if (!overlap(a, b)) continue;
        seen.add(pair);
        const stated = heldSpan(a)!.stated || heldSpan(b)!.stated;
        const summary = stated
          ? `${name(a.source)} and ${name(b.source)} are both said to hold the ${roleOf(a)} post of ${name(a.target)} on overlapping dates (${when(a)} and ${when(b)}).`
          : `${name(a.source)} and ${name(b.source)} are both said to be the current ${roleOf(a)} of ${name(a.target)} within ${OVERLAP_DAYS} days.`;
        out.push(contradiction('concurrent_holders', summary, a.source, [a, b], a.target));
      }
  }
  return out;
}

/** The day by which a killing or an end happened: its stated end's period, else its article's day. */
const endDay = (end: FactClaim) => (end.type !== 'KILLED' && end.validTo ? periodEnd(end.validTo) : day(end));

/** The last day a claim says its holder held the post: any stated term's, a current claim's article day. */
function heldUntil(c: FactClaim): string | undefined {
  const span = heldSpan(c);
  return span && (span.stated || c.status === 'current') && c.status !== 'dismissed' ? span.to : undefined;
}

/**
 * A role said held on a later day than a reported killing, or than the end of that same role: a
 * current claim of a later article, or a stated term that reaches past it.
 */
function currentAfterEnd(claims: FactClaim[]): Contradiction[] {
  const out: Contradiction[] = [];
  const roles = claims.filter((c) => isRole(c) && heldSpan(c));
  const reported = new Set<string>();
  for (const end of [...claims].sort(byDate)) {
    const ends = endDay(end);
    if (end.negated || !ends) continue;
    const killed = end.type === 'KILLED';
    const ended = isRole(end) && ENDED.has(end.status ?? '');
    if (!killed && !ended) continue;
    const person = killed ? end.target : end.source;
    // the earliest report of an end stands for the others (copies, later reminders)
    const key = killed ? `killed ${person.id}` : `ended ${person.id} ${end.target.id} ${end.role}`;
    if (reported.has(key)) continue;
    const samePost = (c: FactClaim) => c.target.id === end.target.id && c.role === end.role;
    const later = roles.filter((c) => {
      const until = heldUntil(c);
      return (
        c.id !== end.id &&
        c.source.id === person.id &&
        !!until &&
        until > ends &&
        (killed || samePost(c)) &&
        // a reappointment between the end and the claim explains it
        !roles.some(
          (a) =>
            a.source.id === person.id &&
            a.status === 'appointed' &&
            (killed || samePost(a)) &&
            day(a)! > ends &&
            day(a)! <= until,
        )
      );
    });
    if (later.length === 0) continue;
    reported.add(key);
    const on = !killed && end.validTo ? `in ${end.validTo}` : `on ${ends}`;
    const what = killed
      ? `reported killed ${on}`
      : `reported ${end.status} as ${roleOf(end)} of ${name(end.target)} ${on}`;
    const reports = later.length === 1 ? 'a report' : `${later.length} reports`;
    const summary = later.some((c) => heldSpan(c)!.stated)
      ? `${name(person)} was ${what}, yet ${reports} say${later.length === 1 ? 's' : ''} he held the ${roleOf(later[0]!)} post after that (${later.map(when).join(', ')}).`
      : `${name(person)} was ${what}, yet later ${later.length === 1 ? 'a report calls' : `${later.length} reports call`} him the current ${roleOf(later[0]!)}.`;
    out.push(
      contradiction(
        'current_after_end',
        summary,
        person,
        [end, ...later],
        killed ? later[0]!.target : end.target,
      ),
    );
  }
  return out;
}

/** The same claim denied by one source and affirmed by another. */
function deniedAndAffirmed(claims: FactClaim[]): Contradiction[] {
  const groups = new Map<string, FactClaim[]>();
  for (const c of claims) {
    const key = JSON.stringify([c.type, c.source.id, c.target.id, c.role ?? '']);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Contradiction[] = [];
  for (const group of groups.values()) {
    const denied = group.filter((c) => c.negated);
    const affirmed = group.filter((c) => !c.negated);
    if (denied.length === 0 || affirmed.length === 0) continue;
    const first = group[0]!;
    const person = first.type === 'KILLED' ? first.target : first.source;
    const what =
      first.type === 'HOLDS_ROLE'
        ? `${name(first.source)} is ${roleOf(first)} of ${name(first.target)}`
        : `${name(first.source)} ${first.type.toLowerCase()} ${name(first.target)}`;
    const summary = `${denied.length} report${denied.length === 1 ? ' denies' : 's deny'} that ${what}; ${affirmed.length} affirm${affirmed.length === 1 ? 's' : ''} it.`;
    out.push(
      contradiction(
        'negated',
        summary,
        person,
        group,
        first.type === 'HOLDS_ROLE' ? first.target : undefined,
      ),
    );
  }
  return out;
}

/** Two different successors said to have replaced one predecessor in the same role. */
function successorMismatch(claims: FactClaim[]): Contradiction[] {
  const byPredecessor = new Map<string, FactClaim[]>();
  for (const c of claims) {
    if (c.type !== 'REPLACED' || c.negated) continue;
    const key = `${c.target.id}\u0000${c.role ?? ''}`;
    byPredecessor.set(key, [...(byPredecessor.get(key) ?? []), c]);
  }
  const out: Contradiction[] = [];
  for (const group of byPredecessor.values()) {
    const successors = [...new Map(group.map((c) => [c.source.id, c.source])).values()];
    if (successors.length < 2) continue;
    const predecessor = group[0]!.target;
    const summary = `${successors.map(name).join(' and ')} are each said to have replaced ${name(predecessor)}${group[0]!.role ? ` as ${group[0]!.role}` : ''}.`;
    out.push(contradiction('successor_mismatch', summary, predecessor, group));
  }
  return out;
}

/** Every contradiction among the claims, each listed once, in a stable order. */
export function findContradictions(claims: readonly FactClaim[]): Contradiction[] {
  const unique = [...new Map(claims.map((c) => [c.id, c])).values()];
  const found = [concurrentHolders, currentAfterEnd, deniedAndAffirmed, successorMismatch].flatMap((rule) =>
    rule(unique),
  );
  const kinds = Object.keys(CONTRADICTION_KINDS);
  return found.sort(
    (a, b) =>
      kinds.indexOf(a.kind) - kinds.indexOf(b.kind) ||
      byDate(a.claims[0]!, b.claims[0]!) ||
      a.summary.localeCompare(b.summary),
  );
}

/** Whether a contradiction involves the entity: one of its claims starts or ends there. */
export function involves(contradiction: Contradiction, entityId: string): boolean {
  return contradiction.claims.some((c) => c.source.id === entityId || c.target.id === entityId);
}
