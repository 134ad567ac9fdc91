// Entity resolution by researchers: the queue of SAME_AS candidates (reader) and judging one
// (editor). Confirming merges two nodes for display only: each keeps its own claims and ids,
// so provenance survives and re-ingesting an article lands on the same nodes; rejecting splits.
import {
  EntityParamsSchema,
  type SameAsCandidate,
  SameAsQueueQuerySchema,
  SameAsQueueResponseSchema,
  SameAsRequestSchema,
  SameAsResponseSchema,
  type SameAsSide,
} from '@shabaka/model';
import { Router } from 'express';
import neo4j, { type ManagedTransaction, type Node, type Relationship } from 'neo4j-driver';
import { type AppContext, num, readTx, send, writeTx } from '../context.ts';
import { ApiError, parseInput } from '../errors.ts';
import { judgementOf, properties, toGraphNode } from '../graph.ts';
import { requireRole } from '../middleware.ts';
import * as Q from '../queries.ts';
import { withoutNulls } from './explore.ts';

const ORGANIZATIONS_PER_SIDE = 20;

async function sides(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, SameAsSide>> {
  const result = await tx.run(Q.SAME_AS_SIDES, {
    ids: [...new Set(ids)],
    organizationLimit: neo4j.int(ORGANIZATIONS_PER_SIDE),
  });
  const byId = new Map<string, SameAsSide>();
  for (const r of result.records) {
    const node = toGraphNode(r.get('n') as Node).data;
    const aliases = node.properties.aliases;
    const organizations = (r.get('organizations') as Array<{ org: Node; roles: string[] }>).map(
      ({ org, roles }) => {
        const { id, label, name, latin } = toGraphNode(org).data;
        return withoutNulls({ id, label, name, latin, roles });
      },
    );
    byId.set(
      node.id,
      withoutNulls({
        id: node.id,
        name: node.name,
        latin: node.latin,
        label: node.label,
        labels: node.labels,
        aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [],
        organizations,
        articles: num(r.get('articles')),
        mentions: num(r.get('mentions')),
      }),
    );
  }
  return byId;
}

/** A candidate for the queue or the answer to a judgement, both ends described. */
function candidate(link: Relationship, source: SameAsSide, target: SameAsSide): SameAsCandidate {
  const p = properties(link.properties);
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return withoutNulls({
    source,
    target,
    judgement: judgementOf(p.judgement),
    score: typeof p.score === 'number' ? p.score : undefined,
    reason: text(p.reason),
    by: text(p.by),
    at: text(p.at),
    note: text(p.note),
  });
}

export function resolutionRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/same-as', async (req, res) => {
    const { judgement, limit } = parseInput(SameAsQueueQuerySchema, req.query, 'query string');
    const body = await readTx(ctx, async (tx) => {
      const [links, total] = await Promise.all([
        tx.run(Q.SAME_AS_QUEUE, { judgement, limit: neo4j.int(limit) }),
        tx.run(Q.SAME_AS_TOTAL, { judgement }),
      ]);
      const ends = links.records.flatMap((r) => [r.get('source') as string, r.get('target') as string]);
      const described = await sides(tx, ends);
      return {
        judgement,
        total: num(total.records[0]?.get('total')),
        candidates: links.records.map((r) =>
          candidate(
            r.get('r') as Relationship,
            described.get(r.get('source') as string)!,
            described.get(r.get('target') as string)!,
          ),
        ),
      };
    });
    send(res, SameAsQueueResponseSchema, body);
  });

  router.post('/entities/:id/same-as', requireRole('editor'), async (req, res) => {
    const { id } = parseInput(EntityParamsSchema, req.params, 'entity id');
    const { other, judgement, note } = parseInput(SameAsRequestSchema, req.body, 'judgement');
    if (other === id) throw new ApiError('bad_request', 'An entity cannot be judged the same as itself.');
    const body = await writeTx(ctx, async (tx) => {
      const exist = await tx.run(Q.ENTITIES_EXIST, { ids: [id, other] });
      const missing = exist.records.filter((r) => !r.get('found')).map((r) => `"${r.get('id')}"`);
      if (missing.length > 0)
        throw new ApiError('not_found', `No entity has the id ${missing.join(' or ')}.`);
      const judged = (
        await tx.run(Q.JUDGE_SAME_AS, {
          id,
          other,
          judgement,
          by: req.caller ?? 'editor',
          note: note || null,
        })
      ).records[0]!;
      const source = judged.get('source') as string;
      const target = judged.get('target') as string;
      const described = await sides(tx, [source, target]);
      return {
        candidate: candidate(judged.get('r') as Relationship, described.get(source)!, described.get(target)!),
        created: judged.get('created') as boolean,
      };
    });
    send(res, SameAsResponseSchema, body);
  });

  return router;
}
