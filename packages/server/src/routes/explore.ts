// Exploring the graph: overview, search, one entity, its neighbourhood, paths between two.
import {
  ENTITY_LABELS,
  EntityParamsSchema,
  EntityResponseSchema,
  type EntityLabel,
  NeighborCountsResponseSchema,
  NeighborsQuerySchema,
  NeighborsResponseSchema,
  OverviewQuerySchema,
  BoundedGraphSchema,
  PathsQuerySchema,
  PathsResponseSchema,
  type SearchQuery,
  SearchQuerySchema,
  SearchResponseSchema,
  type TypeCount,
} from '@shabaka/model';
import { Router } from 'express';
import neo4j, { type ManagedTransaction, type Node, type Path, type Relationship } from 'neo4j-driver';
import { type AppContext, num, readTx, send } from '../context.ts';
import { ApiError, parseInput } from '../errors.ts';
import { GraphCollector, properties, sameAsRefOf, stableId, toGraphNode } from '../graph.ts';
import { corroborate } from '../corroboration.ts';
import * as Q from '../queries.ts';
import { searchContexts } from '../search-context.ts';
import { type FoldedQuery, foldQuery, rank, searchTiers } from '../search.ts';

const optionalString = (v: unknown) => (typeof v === 'string' ? v : undefined);
const stringList = (v: unknown) =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

async function neighborCounts(tx: ManagedTransaction, id: string): Promise<TypeCount[]> {
  const result = await tx.run(Q.NEIGHBOR_COUNTS, { id });
  return result.records.map((r) => ({
    type: r.get('type') as string,
    direction: r.get('direction') as 'out' | 'in',
    count: num(r.get('count')),
  }));
}

async function requireEntity(tx: ManagedTransaction, id: string): Promise<Node> {
  const result = await tx.run(Q.ENTITY, { id });
  const node = result.records[0]?.get('n') as Node | undefined;
  if (!node) throw new ApiError('not_found', `No entity has the id "${id}".`);
  return node;
}

/** Candidates to re-rank per result asked for; a type filter applies after Lucene, so it needs more. */
const CANDIDATES_PER_RESULT = { any: 3, filtered: 25 };
const MAX_CANDIDATES = 1000;

/**
 * Full-text candidates from the narrowest tier that finds a full page: exact words first, then
 * the last word as a prefix, then one edit away. A broad query (`ابو`, `al`) is answered by the
 * cheap exact tier; a partial or misspelt one pays for the wider tiers only because it needs them.
 */
async function searchCandidates(tx: ManagedTransaction, folded: FoldedQuery, query: SearchQuery) {
  const perResult = query.types.length > 0 ? CANDIDATES_PER_RESULT.filtered : CANDIDATES_PER_RESULT.any;
  const limit = neo4j.int(Math.min(query.limit * perResult, MAX_CANDIDATES));
  let candidates: SearchCandidate[] = [];
  for (const lucene of searchTiers(folded)) {
    const result = await tx.run(Q.SEARCH, {
      index: Q.ENTITY_SEARCH_INDEX,
      lucene,
      candidates: limit,
      labels: query.types,
    });
    candidates = result.records.map((r) => ({
      id: String(r.get('id')),
      label: ((r.get('labels') as string[]).find((l) => (ENTITY_LABELS as readonly string[]).includes(l)) ??
        'Person') as EntityLabel,
      name: String(r.get('name') ?? ''),
      latin: optionalString(r.get('latin')),
      kind: optionalString(r.get('kind')),
      aliases: stringList(r.get('aliases')),
      score: r.get('score') as number,
    }));
    if (candidates.length >= query.limit) break;
  }
  return candidates;
}

interface SearchCandidate {
  id: string;
  label: EntityLabel;
  name: string;
  latin: string | undefined;
  kind: string | undefined;
  aliases: string[];
  score: number;
}

function graphOf(values: unknown[], droppedOk = true) {
  const collector = new GraphCollector();
  for (const v of values) collector.collect(v);
  const { droppedEdges, ...graph } = collector.build();
  return { graph, dropped: droppedOk ? droppedEdges : 0 };
}

export function exploreRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/graph', async (req, res) => {
    const { limit } = parseInput(OverviewQuerySchema, req.query, 'query string');
    const edgeLimit = limit * 4;
    const record = await readTx(ctx, async (tx) => {
      const result = await tx.run(Q.OVERVIEW, {
        limit: neo4j.int(limit),
        edgeLimit: neo4j.int(edgeLimit + 1),
        types: Q.TRAVERSED_TYPES,
      });
      return result.records[0];
    });
    const nodes = (record?.get('nodes') as Node[] | undefined) ?? [];
    const edges = ((record?.get('edges') as Relationship[] | undefined) ?? []).slice(0, edgeLimit);
    const { graph } = graphOf([nodes, edges]);
    await readTx(ctx, (tx) => corroborate(tx, graph));
    const truncated = nodes.length === limit || (record?.get('edges')?.length ?? 0) > edgeLimit;
    send(res, BoundedGraphSchema, { ...graph, truncated });
  });

  router.get('/search', async (req, res) => {
    const query = parseInput(SearchQuerySchema, req.query, 'query string');
    const folded = foldQuery(query.q);
    if (folded.terms.length === 0)
      throw new ApiError('bad_request', `Nothing to search for in "${query.q}".`);
    const page = await readTx(ctx, async (tx) => {
      const candidates = await searchCandidates(tx, folded, query);
      const hits = rank(folded, candidates).slice(0, query.limit);
      const counted = await tx.run(Q.SEARCH_MENTIONS, { ids: hits.map((h) => h.id) });
      const mentions = new Map(counted.records.map((r) => [r.get('id') as string, num(r.get('mentions'))]));
      const contexts = await searchContexts(
        tx,
        hits.map((h) => h.id),
      );
      return hits
        .map((hit) => ({ ...hit, mentions: mentions.get(hit.id) ?? 0, context: contexts.get(hit.id) }))
        .sort((a, b) => b.rank - a.rank || b.mentions - a.mentions);
    });
    const results = page.map(({ rank: score, latin, kind, ...hit }) => ({
      ...hit,
      score: Math.round(score * 1000) / 1000,
      ...(latin === undefined ? {} : { latin }),
      ...(kind === undefined ? {} : { kind }),
    }));
    send(res, SearchResponseSchema, { query: { q: query.q, key: folded.key, latin: folded.latin }, results });
  });

  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(EntityParamsSchema, req.params, 'entity id');
    const body = await readTx(ctx, async (tx) => {
      const node = await requireEntity(tx, id);
      const [degree, articles, roles, sameAs] = await Promise.all([
        neighborCounts(tx, id),
        tx.run(Q.ENTITY_ARTICLES, { id, limit: neo4j.int(200) }),
        tx.run(Q.ENTITY_ROLES, { id, limit: neo4j.int(500) }),
        tx.run(Q.ENTITY_SAME_AS, { id, limit: neo4j.int(200) }),
      ]);
      return {
        entity: toGraphNode(node).data,
        degree,
        articles: articles.records.map((r) => ({
          ...articleMeta(r.get('article')),
          count: num(r.get('count') ?? 1),
        })),
        roles: roles.records.map((r) => {
          const rel = r.get('r') as Relationship;
          const claim = properties(rel.properties);
          const org = toGraphNode(r.get('o') as Node).data;
          return withoutNulls({
            claim: stableId(rel),
            role: claim.role,
            title: claim.title,
            status: claim.status,
            asOf: claim.asOf,
            confidence: claim.confidence,
            article: claim.article,
            org: withoutNulls({ id: org.id, label: org.label, name: org.name, latin: org.latin }),
          });
        }),
        sameAs: sameAs.records.map((r) => sameAsRefOf(r.get('m'), r.get('judgement'))),
      };
    });
    send(res, EntityResponseSchema, body as never);
  });

  router.get('/entities/:id/neighbor-counts', async (req, res) => {
    const { id } = parseInput(EntityParamsSchema, req.params, 'entity id');
    const counts = await readTx(ctx, async (tx) => {
      await requireEntity(tx, id);
      return neighborCounts(tx, id);
    });
    send(res, NeighborCountsResponseSchema, { id, counts });
  });

  router.get('/entities/:id/neighbors', async (req, res) => {
    const { id } = parseInput(EntityParamsSchema, req.params, 'entity id');
    const query = parseInput(NeighborsQuerySchema, req.query, 'query string');
    const types = query.types.length > 0 ? query.types : Q.TRAVERSED_TYPES;
    const edgeLimit = query.limit * 5;
    const { record, truncated } = await readTx(ctx, async (tx) => {
      const start = (
        await tx.run(Q.NEIGHBORHOOD_START, {
          id,
          includeSameAs: query.includeSameAs,
          types,
          first: neo4j.int(query.limit + 1),
        })
      ).records[0];
      if (!start) throw new ApiError('not_found', `No entity has the id "${id}".`);
      // Entities confirmed the same are one record: their claims expand like the center's own.
      const seen = [...(start.get('start') as string[])];
      let cut = false;
      /** Adds the nodes found at one level up to the node limit; they are the next frontier. */
      const admit = (found: string[]) => {
        const remaining = Math.max(query.limit - (seen.length - 1), 0);
        if (found.length > remaining) cut = true;
        const taken = found.slice(0, remaining);
        seen.push(...taken);
        return taken;
      };
      let frontier = admit(start.get('found') as string[]);
      for (let level = 2; level <= query.depth && frontier.length > 0 && !cut; level++) {
        const remaining = query.limit - (seen.length - 1);
        const found = await tx.run(Q.EXPAND_LEVEL, {
          frontier,
          types,
          seen,
          remaining: neo4j.int(remaining + 1),
        });
        frontier = admit(found.records.map((r) => r.get('id') as string));
      }
      const sub = await tx.run(Q.SUBGRAPH, { ids: seen, types, edgeLimit: neo4j.int(edgeLimit) });
      const rec = sub.records[0];
      return { record: rec, truncated: cut || num(rec?.get('edgeCount')) > edgeLimit };
    });
    const { graph } = graphOf([record?.get('nodes') ?? [], record?.get('edges') ?? []]);
    await readTx(ctx, (tx) => corroborate(tx, graph));
    send(res, NeighborsResponseSchema, { ...graph, truncated, center: id });
  });

  router.get('/paths', async (req, res) => {
    const query = parseInput(PathsQuerySchema, req.query, 'query string');
    const { maxDegree, ...search } = query;
    const { paths, avoided } = await readTx(ctx, async (tx) => {
      const exist = await tx.run(Q.ENTITIES_EXIST, { ids: [...new Set([query.from, query.to])] });
      const missing = exist.records.filter((r) => !r.get('found')).map((r) => r.get('id') as string);
      if (missing.length > 0)
        throw new ApiError('not_found', `No entity has the id ${missing.map((m) => `"${m}"`).join(' or ')}.`);
      // From an entity to itself: the one path of length 0 (Neo4j's shortest paths refuse it).
      const shortest = query.from === query.to ? Q.PATH_TO_ITSELF : Q.SHORTEST_PATHS[query.maxLength]!;
      const run = async (statement: string, extra: Record<string, unknown> = {}) =>
        (await tx.run(statement, { ...search, ...extra, limit: neo4j.int(query.limit) })).records.map(
          (r) => r.get('p') as Path,
        );
      const direct = await run(shortest);
      if (maxDegree === undefined || query.from === query.to) return { paths: direct, avoided: [] };
      // the hubs the shortest paths pass through, said by name, then the shortest paths without hubs
      const between = direct.flatMap((p) =>
        p.segments.slice(0, -1).map((s) => String(s.end.properties['id'])),
      );
      const hubs = await tx.run(Q.HUBS_AMONG, {
        ids: [...new Set(between)],
        maxDegree: neo4j.int(maxDegree),
      });
      if (hubs.records.length === 0) return { paths: direct, avoided: [] };
      return {
        paths: await run(Q.SHORTEST_PATHS_AVOIDING_HUBS[query.maxLength]!, {
          maxDegree: neo4j.int(maxDegree),
        }),
        avoided: hubs.records.map((r) => {
          const name = r.get('name') as string | null;
          return { id: r.get('id') as string, ...(name ? { name } : {}), degree: num(r.get('degree')) };
        }),
      };
    });
    const collector = new GraphCollector();
    collector.collect(paths);
    const { droppedEdges: _none, ...graph } = collector.build();
    await readTx(ctx, (tx) => corroborate(tx, graph));
    send(res, PathsResponseSchema, {
      paths: paths.map((p) => ({
        length: p.length,
        nodes: [p.start, ...p.segments.map((s) => s.end)].map((n) => collector.idOf(n.elementId)),
        edges: p.segments.map((s) => stableId(s.relationship)),
      })),
      graph,
      avoided,
    });
  });

  return router;
}

/** Drops null and undefined members, for optional fields of the contract. */
export function withoutNulls<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** An article's metadata as the queries project them (ARTICLE_META), without nulls at any depth. */
export function articleMeta(value: unknown): Record<string, unknown> {
  const { copyOf, ...meta } = withoutNulls(value as Record<string, unknown>);
  return copyOf ? { ...meta, copyOf: withoutNulls(copyOf as Record<string, unknown>) } : meta;
}
