// The researcher's screens: a person's profile (roles as a timeline, affiliations, associates,
// events) and an organization's (who held which role when, units, territory, leaders), each
// on a day when asked (GET ...?asOf=YYYY-MM-DD).
import {
  EntityParamsSchema,
  type EntityRef,
  OrganizationProfileSchema,
  PersonProfileSchema,
  type ProfileEvent,
  ProfileQuerySchema,
  type RolePeriod,
} from '@shabaka/model';
import { Router } from 'express';
import neo4j, { type ManagedTransaction, type Node, type Relationship } from 'neo4j-driver';
import { type AppContext, num, readTx, send } from '../context.ts';
import { ApiError, parseInput } from '../errors.ts';
import { properties, sameAsRefOf, stableId, toGraphNode } from '../graph.ts';
import {
  byDay,
  type ClaimRow,
  claimMonths,
  dayOf,
  knownOn,
  links,
  type RoleClaim,
  rolePeriods,
} from '../periods.ts';
import * as P from '../screen-queries.ts';
import * as Q from '../queries.ts';
import { withoutNulls } from './explore.ts';

/** Claims read at most for one profile: far above any one entity of a real corpus. */
const CLAIM_LIMIT = 5000;
const ARTICLE_LIMIT = 200;

const EVENT_TYPES = new Set(['ARRESTED', 'KILLED', 'DEFECTED_FROM']);
const AFFILIATION_TYPES = new Set(['MEMBER_OF', 'DEFECTED_FROM', 'STATED_TO']);
const TERRITORY_TYPES = new Set(['CONTROLS', 'LOCATED_IN']);

function refOf(node: Node): EntityRef {
  const { id, label, name, latin } = toGraphNode(node).data;
  return withoutNulls({ id, label, name, latin });
}

function claimRow(rel: Relationship, other: Node, outgoing: boolean): ClaimRow {
  const p = properties(rel.properties);
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
  return {
    id: stableId(rel),
    type: rel.type,
    direction: outgoing ? 'out' : 'in',
    other: refOf(other),
    role: text('role'),
    title: text('title'),
    status: text('status'),
    day: dayOf(p.asOf),
    article: text('article'),
  };
}

/** Person id → the first day the person was reported killed. */
async function killedOn(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, string>> {
  const result = await tx.run(P.KILLED_ON, { ids: [...new Set(ids)] });
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('day') as string]));
}

async function entityClaims(tx: ManagedTransaction, id: string): Promise<ClaimRow[]> {
  const result = await tx.run(P.ENTITY_CLAIMS, {
    id,
    types: P.PROFILE_CLAIM_TYPES,
    limit: neo4j.int(CLAIM_LIMIT),
  });
  return result.records.map((r) => claimRow(r.get('r'), r.get('m'), r.get('outgoing') as boolean));
}

/** What every profile has: names, SAME_AS links, articles; the entity must have one of `labels`. */
async function profileBase(tx: ManagedTransaction, id: string, labels: readonly string[], what: string) {
  const found = (await tx.run(Q.ENTITY, { id })).records[0]?.get('n') as Node | undefined;
  if (!found?.labels.some((l) => labels.includes(l)))
    throw new ApiError('not_found', `No ${what} has the id "${id}".`);
  const entity = toGraphNode(found).data;
  const self = refOf(found);
  const [articles, sameAs] = await Promise.all([
    tx.run(Q.ENTITY_ARTICLES, { id, limit: neo4j.int(ARTICLE_LIMIT) }),
    tx.run(Q.ENTITY_SAME_AS, { id, limit: neo4j.int(200) }),
  ]);
  const aliases = Array.isArray(entity.properties.aliases) ? entity.properties.aliases.map(String) : [];
  return {
    self,
    entity,
    names: withoutNulls({ name: entity.name ?? id, latin: entity.latin, aliases }),
    sameAs: sameAs.records.map((r) => sameAsRefOf(r.get('m'), r.get('judgement'))),
    articles: articles.records.map((r) => ({
      ...withoutNulls(r.get('article') as Record<string, unknown>),
      count: num(r.get('count') ?? 1),
    })) as never[],
  };
}

/** Acts done by or to the entity, and the appointments and dismissals among its role claims. */
function eventsOf(acts: readonly ClaimRow[], roleClaims: readonly ClaimRow[]): ProfileEvent[] {
  const changes = roleClaims
    .filter((c) => c.status === 'appointed' || c.status === 'dismissed')
    .map((c) => ({ ...c, type: c.status as string }));
  return [...acts.filter((c) => EVENT_TYPES.has(c.type)), ...changes].sort(byDay).map((c) =>
    withoutNulls({
      kind: c.type,
      direction: c.direction,
      other: c.other,
      asOf: c.day,
      claim: c.id,
      article: c.article,
      role: c.role,
    }),
  );
}

const withoutSelf = <T extends { self: EntityRef }>({ self: _self, ...rest }: T) => rest;

const isLeader = (p: RolePeriod, groupId: string) =>
  p.body.id === groupId && (p.role === 'leader' || p.role === 'deputy_leader');

export function profileRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/people/:id/profile', async (req, res) => {
    const { id } = parseInput(EntityParamsSchema, req.params, 'person id');
    const { asOf } = parseInput(ProfileQuerySchema, req.query, 'query string');
    const body = await readTx(ctx, async (tx) => {
      const base = await profileBase(tx, id, ['Person'], 'person');
      const claims = await entityClaims(tx, id);
      const roleClaims: RoleClaim[] = claims
        .filter((c) => c.type === 'HOLDS_ROLE' && c.direction === 'out')
        .map((c) => ({ ...c, person: base.self, body: c.other }));
      const { dated, undated } = rolePeriods(roleClaims, asOf, await killedOn(tx, [id]));
      const rest = claims.filter((c) => c.type !== 'HOLDS_ROLE');
      return {
        ...withoutSelf(base),
        ...(asOf ? { asOf } : {}),
        roles: dated,
        undatedRoles: undated,
        affiliations: links(
          rest.filter((c) => AFFILIATION_TYPES.has(c.type) && c.direction === 'out'),
          asOf,
        ),
        associates: links(
          rest.filter((c) => c.other.label === 'Person' && !EVENT_TYPES.has(c.type)),
          asOf,
        ),
        events: eventsOf(knownOn(rest, asOf), knownOn(roleClaims, asOf)),
        claimDates: claimMonths(claims),
      };
    });
    send(res, PersonProfileSchema, body);
  });

  router.get('/organizations/:id/profile', async (req, res) => {
    const { id } = parseInput(EntityParamsSchema, req.params, 'organization id');
    const { asOf } = parseInput(ProfileQuerySchema, req.query, 'query string');
    const body = await readTx(ctx, async (tx) => {
      const base = await profileBase(tx, id, ['Organization', 'Unit'], 'organization or unit');
      const [claims, roster, units] = await Promise.all([
        entityClaims(tx, id),
        tx.run(P.ORGANIZATION_ROSTER, { id, limit: neo4j.int(CLAIM_LIMIT) }),
        tx.run(P.ORGANIZATION_UNITS, { id, limit: neo4j.int(CLAIM_LIMIT) }),
      ]);
      const memberships: ClaimRow[] = [];
      const roleClaims: RoleClaim[] = [];
      for (const r of roster.records) {
        const person = r.get('p') as Node;
        const row = claimRow(r.get('r'), person, false);
        if (row.type === 'MEMBER_OF') memberships.push(row);
        else roleClaims.push({ ...row, person: refOf(person), body: refOf(r.get('body')) });
      }
      const killed = await killedOn(
        tx,
        roleClaims.map((c) => c.person.id),
      );
      const { dated, undated } = rolePeriods(roleClaims, asOf, killed);
      return {
        ...withoutSelf(base),
        ...(asOf ? { asOf } : {}),
        roster: dated,
        undatedRoster: undated,
        leaders: dated.filter((p) => isLeader(p, id)),
        members: links(memberships, asOf),
        units: units.records.map((r) => ({
          unit: withoutNulls({ ...refOf(r.get('u')), kind: toGraphNode(r.get('u')).data.kind }),
          parent: String(r.get('parent')),
          depth: num(r.get('depth')),
        })),
        territory: links(
          claims.filter((c) => TERRITORY_TYPES.has(c.type) && c.direction === 'out'),
          asOf,
        ),
        events: eventsOf(knownOn(claims, asOf), knownOn(roleClaims, asOf)),
        claimDates: claimMonths([...claims, ...roleClaims, ...memberships]),
      };
    });
    send(res, OrganizationProfileSchema, body);
  });

  return router;
}
