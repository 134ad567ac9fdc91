// How sure a consolidated claim is: the claims of one group (same ends, type, role and status, as
// the canvas draws them as one edge) counted by independent outlet, a story republished by
// several counted once under its original's outlet; contradictions among the persons' claims;
// and from both a confidence (MODEL: CONFIDENCE_LEVELS). Served with every claim edge and claim.
import {
  type Claim,
  CLAIM_TYPES,
  type Contradiction,
  type Corroboration,
  ENTITY_LABEL,
  type EntityRef,
  type GraphEdge,
  HIGH_CONFIDENCE_SOURCES,
  nameKey,
  periodEnd,
  periodStart,
  SINGLE_HOLDER_ROLES,
  statedDate,
} from '@shabaka/model';
import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
import { type FactClaim, findContradictions } from './contradictions.ts';
import { properties, toGraphNode } from './graph.ts';
import { withoutNulls } from './routes/explore.ts';

/** A consolidated claim: the grouping the canvas collapses parallel claims by. */
export interface ClaimGroup {
  source: string;
  target: string;
  type: string;
  role: string;
  status: string;
}

export const groupKey = (g: ClaimGroup) => JSON.stringify([g.source, g.target, g.type, g.role, g.status]);

// Each group's claims with their story (the original's id) and the original's outlet. From the
// source's side: persons have few edges, organizations many.
const CLAIM_GROUP_SOURCES = `
  UNWIND $groups AS g
  CALL (g) {
    MATCH (s:${ENTITY_LABEL} {id: g.source})-[r]->(t:${ENTITY_LABEL} {id: g.target})
    WHERE type(r) = g.type AND coalesce(r.role, '') = g.role AND coalesce(r.status, '') = g.status
    OPTIONAL MATCH (a:Article {id: r.article})
    OPTIONAL MATCH (root:Article {id: coalesce(a.story, a.id)})
    RETURN collect({id: r.id, article: r.article, story: coalesce(root.id, r.article),
                    outlet: coalesce(root.outlet, a.outlet), negated: coalesce(r.negated, false),
                    attributedTo: r.attributedTo, target: t.name, asOf: r.asOf,
                    validFrom: r.validFrom, validTo: r.validTo}) AS claims
  }
  RETURN g AS group, claims`;

// What the contradiction rules read of some persons: their role claims (and those of the other
// holders of their one-holder posts), the killings reported of them, and the successions they
// are part of (with the other successors of their predecessors). Each with its article.
const CLAIM_FACTS = `
  UNWIND $ids AS id
  MATCH (p:Person {id: id})
  CALL (p) {
    MATCH (p)-[r:HOLDS_ROLE]->(t) RETURN p AS s, r, t
    UNION
    MATCH (p)-[mine:HOLDS_ROLE]->(t)<-[r:HOLDS_ROLE]-(s:Person)
    WHERE mine.role IN $single AND r.role = mine.role AND s <> p
    RETURN s, r, t
    UNION
    MATCH (s)-[r:KILLED]->(p) RETURN s, r, p AS t
    UNION
    MATCH (p)-[:REPLACED*0..1]->(t:Person)<-[r:REPLACED]-(s:Person) RETURN s, r, t
  }
  OPTIONAL MATCH (a:Article {id: r.article})
  RETURN DISTINCT s, r, t, a.outlet AS outlet, a.title AS title`;

function ref(node: Node): EntityRef {
  const { id, label, name, latin } = toGraphNode(node).data;
  return withoutNulls({ id, label, name, latin });
}

const string = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The claims the contradiction rules read about these persons. */
export async function claimFacts(tx: ManagedTransaction, personIds: readonly string[]): Promise<FactClaim[]> {
  if (personIds.length === 0) return [];
  const { records } = await tx.run(CLAIM_FACTS, { ids: [...new Set(personIds)], single: SINGLE_ROLES });
  return records.map((r) => {
    const rel = r.get('r') as Relationship;
    const p = properties(rel.properties);
    return withoutNulls({
      id: String(p.id ?? rel.elementId),
      type: rel.type,
      source: ref(r.get('s') as Node),
      target: ref(r.get('t') as Node),
      role: string(p.role),
      status: string(p.status),
      asOf: string(p.asOf),
      validFrom: string(p.validFrom),
      validTo: string(p.validTo),
      negated: p.negated === true ? true : undefined,
      hedged: p.hedged === true ? true : undefined,
      evidence: string(p.evidence),
      article: string(p.article),
      outlet: string(r.get('outlet')),
      title: string(r.get('title')),
    }) as FactClaim;
  });
}

const SINGLE_ROLES = [...SINGLE_HOLDER_ROLES];

/** The contradictions among the claims about these persons. */
export async function contradictionsOf(
  tx: ManagedTransaction,
  personIds: readonly string[],
): Promise<Contradiction[]> {
  return findContradictions(await claimFacts(tx, personIds));
}

interface GroupClaim {
  id: string | null;
  article: string | null;
  story: string | null;
  outlet: string | null;
  negated: boolean;
  attributedTo: string | null;
  target: string | null;
  asOf?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/**
 * The term the group's sources state: the earliest start and the latest end any gives; for a
 * former post none dates, the earliest article that calls it former (it had ended by then).
 */
function statedTerm(claims: readonly GroupClaim[], status: string, days: readonly string[]) {
  const froms = claims.flatMap((c) => (c.validFrom ? [c.validFrom] : []));
  const tos = claims.flatMap((c) => (c.validTo ? [c.validTo] : []));
  const from = froms.sort((a, b) => periodStart(a).localeCompare(periodStart(b)))[0];
  const to = tos.sort((a, b) => periodEnd(b).localeCompare(periodEnd(a)))[0];
  const endedBy = !to && status === 'former' ? days[0] : undefined;
  if (!from && !to && !endedBy) return undefined;
  return {
    ...(from ? { from: statedDate(from) } : {}),
    ...(to ? { to: statedDate(to) } : {}),
    ...(endedBy ? { endedBy } : {}),
  };
}

/** One group's sources summed up: copies of one story count once, under its original's outlet. */
export function summarize(claims: readonly GroupClaim[], contradicted: boolean, status = ''): Corroboration {
  const articles = new Set(claims.map((c) => c.article ?? c.id));
  const stories = new Map<string, string | null>();
  for (const c of claims) stories.set(c.story ?? c.article ?? String(c.id), c.outlet);
  // Two stories of one outlet are one source; a story of no known outlet is a source of its own.
  const origins = new Set(
    [...stories].map(([story, outlet]) => (outlet ? `outlet:${outlet}` : `story:${story}`)),
  );
  const outlets = [...new Set([...stories.values()].filter((o): o is string => !!o))].sort();
  const denied = claims.some((c) => c.negated);
  const isGroup = (c: GroupClaim) =>
    !!c.attributedTo && !!c.target && nameKey(c.attributedTo).includes(nameKey(c.target));
  const announced = claims.filter((c) => !c.negated && isGroup(c));
  const others = claims.filter(
    (c) => !c.negated && !isGroup(c) && !announced.some((a) => a.story === c.story),
  );
  const state = denied
    ? 'denied'
    : announced.length > 0
      ? others.length > 0
        ? 'confirmed'
        : 'announced'
      : undefined;
  const independentSources = origins.size;
  // Each claim holds at least on its article's day (an imprecise date): the days it was cited on.
  const days = claims.flatMap((c) => (c.asOf ? [c.asOf.slice(0, 10)] : [])).sort();
  const conflicted = contradicted || denied;
  const stated = statedTerm(claims, status, days);
  return {
    independentSources,
    outlets,
    articles: articles.size,
    copies: articles.size - stories.size,
    confidence: independentSources >= HIGH_CONFIDENCE_SOURCES && !conflicted ? 'high' : 'low',
    contradicted: conflicted,
    ...(state ? { state } : {}),
    ...(stated ? { stated } : {}),
    ...(days.length > 0 ? { firstCited: days[0]!, lastCited: days.at(-1)! } : {}),
  };
}

const CLAIM_TYPE_SET: ReadonlySet<string> = new Set(CLAIM_TYPES);

/** The consolidated claim a claim edge belongs to. */
export function groupOf(edge: GraphEdge['data']): ClaimGroup {
  return {
    source: edge.source,
    target: edge.target,
    type: edge.type,
    role: edge.role ?? '',
    status: edge.status ?? '',
  };
}

/** Each group's corroboration, contradictions read from the persons the groups are about. */
export async function corroborations(
  tx: ManagedTransaction,
  groups: readonly ClaimGroup[],
  personIds: readonly string[],
): Promise<Map<string, Corroboration>> {
  const unique = [...new Map(groups.map((g) => [groupKey(g), g])).values()];
  const out = new Map<string, Corroboration>();
  if (unique.length === 0) return out;
  const [sources, contradictions] = await Promise.all([
    tx.run(CLAIM_GROUP_SOURCES, { groups: unique }),
    contradictionsOf(tx, personIds),
  ]);
  const disputed = new Set(contradictions.flatMap((c) => c.claims.map((claim) => claim.id)));
  for (const r of sources.records) {
    const claims = r.get('claims') as GroupClaim[];
    const group = r.get('group') as ClaimGroup;
    out.set(
      groupKey(group),
      summarize(
        claims,
        claims.some((c) => !!c.id && disputed.has(c.id)),
        group.status,
      ),
    );
  }
  return out;
}

/** Claim edges of a graph with their group's corroboration; other edges as they were. */
export async function corroborate(tx: ManagedTransaction, graph: { edges: GraphEdge[] }): Promise<void> {
  const claims = graph.edges.filter((e) => CLAIM_TYPE_SET.has(e.data.type) && e.data.article);
  const persons = claims.flatMap((e) =>
    e.data.type === 'KILLED'
      ? [e.data.target]
      : e.data.type === 'HOLDS_ROLE' || e.data.type === 'REPLACED'
        ? [e.data.source]
        : [],
  );
  const found = await corroborations(
    tx,
    claims.map((e) => groupOf(e.data)),
    persons,
  );
  for (const edge of claims) {
    const corroboration = found.get(groupKey(groupOf(edge.data)));
    if (corroboration) edge.data.corroboration = corroboration;
  }
}

/** Each claim's group corroboration, by claim id (the evidence endpoints). */
export async function claimCorroborations(
  tx: ManagedTransaction,
  claims: readonly Claim[],
): Promise<Map<string, Corroboration>> {
  const edges = claims
    .filter((c) => CLAIM_TYPE_SET.has(c.type) && typeof c.properties.article === 'string')
    .map((c) => ({
      data: withoutNulls({
        id: c.id,
        source: c.source.id,
        target: c.target.id,
        type: c.type,
        role: c.role,
        status: c.status,
        article: c.properties.article as string,
        properties: {},
      }) as GraphEdge['data'],
    }));
  await corroborate(tx, { edges });
  return new Map(edges.flatMap((e) => (e.data.corroboration ? [[e.data.id, e.data.corroboration]] : [])));
}
