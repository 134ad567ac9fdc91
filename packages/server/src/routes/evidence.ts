// Evidence: an article with every mention and claim at its offsets, and one claim's source.
import {
  ArticleParamsSchema,
  ArticleResponseSchema,
  type Claim,
  type ClaimResponse,
  ClaimResponseSchema,
  ClaimsQuerySchema,
  ClaimsResponseSchema,
  type EntityRef,
} from '@shabaka/model';
import { byOlderEngine } from '@shabaka/ingest';
import { Router } from 'express';
import type { Node, Relationship } from 'neo4j-driver';
import { type AppContext, num, readTx, send } from '../context.ts';
import { ApiError, parseInput } from '../errors.ts';
import { properties, stableId, toGraphNode } from '../graph.ts';
import { claimCorroborations } from '../corroboration.ts';
import * as Q from '../queries.ts';
import { articleMeta, withoutNulls } from './explore.ts';

function entityRef(node: Node): EntityRef {
  const { id, label, name, latin } = toGraphNode(node).data;
  return withoutNulls({ id, label, name, latin });
}

const CLAIM_FIELDS = [
  'sentence',
  'start',
  'end',
  'evidence',
  'confidence',
  'extractor',
  'asOf',
  'role',
  'title',
  'status',
  'hedged',
  'negated',
  'attributedTo',
  'validFrom',
  'validTo',
] as const;

function toClaim(source: Node, rel: Relationship, target: Node): Claim {
  const props = properties(rel.properties);
  const lifted = Object.fromEntries(CLAIM_FIELDS.map((key) => [key, props[key]]));
  return withoutNulls({
    id: stableId(rel),
    type: rel.type,
    source: entityRef(source),
    target: entityRef(target),
    ...lifted,
    ...(typeof props.extractor === 'string' && byOlderEngine(props.extractor) ? { olderEngine: true } : {}),
    properties: props,
  }) as Claim;
}

/** MENTIONED_IN keeps spans flat (start, end, start, end, ...) for Neo4j; the API pairs them. */
function pairSpans(flat: unknown): Array<{ start: number; end: number }> {
  const values = Array.isArray(flat) ? flat.map(num) : [];
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i + 1 < values.length; i += 2) spans.push({ start: values[i]!, end: values[i + 1]! });
  return spans;
}

export function evidenceRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/articles/:id', async (req, res) => {
    const { id } = parseInput(ArticleParamsSchema, req.params, 'article id');
    const body = await readTx(ctx, async (tx) => {
      const [article, mentions, claims] = await Promise.all([
        tx.run(Q.ARTICLE, { id }),
        tx.run(Q.ARTICLE_MENTIONS, { id }),
        tx.run(Q.ARTICLE_CLAIMS, { id }),
      ]);
      const record = article.records[0];
      if (!record) throw new ApiError('not_found', `No article has the id "${id}".`);
      return {
        article: {
          ...articleMeta(record.get('article')),
          text: String(record.get('text') ?? ''),
        },
        mentions: mentions.records.map((r) => ({
          entity: entityRef(r.get('e') as Node),
          count: num(r.get('count') ?? 0),
          spans: pairSpans(r.get('spans')),
        })),
        claims: claims.records.map((r) => toClaim(r.get('s'), r.get('r'), r.get('t'))),
      };
    });
    send(res, ArticleResponseSchema, body as never);
  });

  router.get('/claims', async (req, res) => {
    const { ids } = parseInput(ClaimsQuerySchema, req.query, 'query string');
    const body = await readTx(ctx, async (tx) => {
      const found = new Map<string, Claim>();
      for (const r of (await tx.run(Q.CLAIMS, { ids })).records) {
        const claim = toClaim(r.get('s'), r.get('r'), r.get('t'));
        const asked = ids.includes(claim.id) ? claim.id : (r.get('r') as Relationship).elementId;
        if (!found.has(asked)) found.set(asked, claim);
      }
      const articleIds = [...new Set([...found.values()].map((c) => c.properties.article))].filter(
        (a): a is string => typeof a === 'string',
      );
      const articles = new Map<string, Record<string, unknown>>();
      if (articleIds.length > 0)
        for (const r of (await tx.run(Q.ARTICLES_META_BY_IDS, { ids: articleIds })).records)
          articles.set(r.get('id') as string, articleMeta(r.get('article')));
      const sureness = await claimCorroborations(tx, [...found.values()]);
      const claims: ClaimResponse[] = [];
      for (const id of ids) {
        const claim = found.get(id);
        if (!claim) continue;
        const articleId = claim.properties.article;
        const corroboration = sureness.get(claim.id);
        claims.push({
          claim,
          article: (typeof articleId === 'string' ? articles.get(articleId) : undefined) ?? null,
          ...(corroboration ? { corroboration } : {}),
        } as ClaimResponse);
      }
      return { claims, missing: ids.filter((id) => !found.has(id)) };
    });
    send(res, ClaimsResponseSchema, body);
  });

  router.get('/claims/:id', async (req, res) => {
    const { id } = parseInput(ArticleParamsSchema, req.params, 'claim id');
    const body = await readTx(ctx, async (tx) => {
      const found = (await tx.run(Q.CLAIM, { id })).records[0];
      if (!found) throw new ApiError('not_found', `No claim has the id "${id}".`);
      const claim = toClaim(found.get('s'), found.get('r'), found.get('t'));
      const articleId = claim.properties.article;
      const article =
        typeof articleId === 'string'
          ? (await tx.run(Q.ARTICLE_META_BY_ID, { id: articleId })).records[0]?.get('article')
          : undefined;
      const corroboration = (await claimCorroborations(tx, [claim])).get(claim.id);
      return {
        claim,
        article: article ? articleMeta(article) : null,
        ...(corroboration ? { corroboration } : {}),
      };
    });
    send(res, ClaimResponseSchema, body as never);
  });

  return router;
}
