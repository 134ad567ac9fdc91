// The overview's summary: counts, the date range, the best-connected organizations with their
// people and places, the most recent articles — what a researcher reads before the graph.
import { CLAIM_TYPES, ENTITY_LABELS, SummaryResponseSchema } from '@shabaka/model';
import { Router } from 'express';
import neo4j, { type Node } from 'neo4j-driver';
import { type AppContext, num, readTx, send } from '../context.ts';
import { toGraphNode } from '../graph.ts';
import * as Q from '../queries.ts';
import * as S from '../screen-queries.ts';
import { withoutNulls } from './explore.ts';

const TOP = { organizations: 6, people: 5, places: 5, articles: 5 };
const CLAIM_TYPE_SET = new Set<string>(CLAIM_TYPES);
const ENTITY_LABEL_SET = new Set<string>(ENTITY_LABELS);

const refOf = (node: Node) => {
  const { id, label, name, latin, kind } = toGraphNode(node).data;
  return withoutNulls({ id, label, name, latin, kind });
};

export function summaryRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/summary', async (_req, res) => {
    const body = await readTx(ctx, async (tx) => {
      const [labels, types, dates, recent, top] = await Promise.all([
        tx.run(Q.LABEL_COUNTS),
        tx.run(Q.RELATIONSHIP_TYPE_COUNTS),
        tx.run(S.ARTICLE_DATES),
        tx.run(S.RECENT_ARTICLES, { limit: neo4j.int(TOP.articles) }),
        tx.run(S.TOP_ORGANIZATIONS, {
          limit: neo4j.int(TOP.organizations),
          people: neo4j.int(TOP.people),
          places: neo4j.int(TOP.places),
        }),
      ]);
      const byLabel = new Map(labels.records.map((r) => [r.get('label') as string, num(r.get('count'))]));
      const date = dates.records[0];
      const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
      return {
        counts: {
          articles: byLabel.get('Article') ?? 0,
          entities: Object.fromEntries([...byLabel].filter(([label]) => ENTITY_LABEL_SET.has(label))),
          claims: types.records
            .filter((r) => CLAIM_TYPE_SET.has(r.get('type') as string))
            .reduce((sum, r) => sum + num(r.get('count')), 0),
        },
        dates: withoutNulls({
          first: text(date?.get('first')),
          last: text(date?.get('last')),
          undatedArticles: num(date?.get('undated')),
        }),
        topOrganizations: top.records.map((r) => ({
          organization: refOf(r.get('o')),
          degree: num(r.get('degree')),
          people: (r.get('people') as { person: Node; roles: string[] }[]).map(({ person, roles }) => ({
            person: refOf(person),
            roles,
          })),
          places: (r.get('places') as Node[]).map(refOf),
        })),
        recentArticles: recent.records.map((r) => withoutNulls(r.get('article') as Record<string, unknown>)),
      };
    });
    send(res, SummaryResponseSchema, body as never);
  });

  return router;
}
