// Ingest (editor role): extract an Arabic article, plan its graph write, write it. A text sent
// again keeps its first metadata (see writeArticle); the response says so and what it ignored.
// Preview (any role): the same extraction and plan, written nowhere, so that an editor sees the
// claims and their sentences before they enter the graph.
// Retraction (editor role): an article removed with its claims, mentions and orphaned entities.
import {
  ArticleNotFoundError,
  EmptyArticleError,
  extractArticle,
  planGraphWrite,
  retractArticle,
  UnsupportedLanguageError,
  writeArticle,
} from '@shabaka/ingest';
import {
  ArticleParamsSchema,
  type IngestRequest,
  IngestPreviewRequestSchema,
  IngestPreviewResponseSchema,
  IngestRequestSchema,
  IngestResponseSchema,
  RetractionSchema,
} from '@shabaka/model';
import { Router } from 'express';
import { type AppContext, send } from '../context.ts';
import { ApiError, parseInput } from '../errors.ts';
import { requireRole } from '../middleware.ts';

/** The extractor's refusals are the client's to fix: 422 with a readable reason. */
function extract(text: string, meta: Omit<IngestRequest, 'text' | 'reextract'>) {
  try {
    return extractArticle({ text, meta });
  } catch (e) {
    if (e instanceof UnsupportedLanguageError) {
      throw new ApiError(
        'unprocessable',
        `The text is neither Arabic nor English (detected "${e.language}"): the extractors read Arabic and English news reporting only. Paste the Arabic or English original.`,
      );
    }
    if (e instanceof EmptyArticleError)
      throw new ApiError('unprocessable', 'The article is empty once site chrome is removed.');
    throw e;
  }
}

export function ingestRoutes(ctx: AppContext): Router {
  const router = Router();

  router.post('/articles/preview', (req, res) => {
    const { text, ...meta } = parseInput(IngestPreviewRequestSchema, req.body, 'article');
    const started = performance.now();
    const extracted = extract(text, meta);
    const plan = planGraphWrite(extracted);
    const { id, language, url, title, outlet, publishedAt } = extracted.article;
    send(res, IngestPreviewResponseSchema, {
      article: { id, language, url, title, outlet, publishedAt },
      extractor: extracted.extractor,
      extraction: extracted.extraction,
      planned: {
        entities: plan.write.entities.length,
        claims: plan.write.claims.length,
        skipped: plan.skipped.length,
      },
      timeMs: Math.round(performance.now() - started),
    });
  });

  router.post('/articles', requireRole('editor'), async (req, res) => {
    const { text, reextract, ...meta } = parseInput(IngestRequestSchema, req.body, 'article');
    const started = performance.now();
    const extracted = extract(text, meta);
    const plan = planGraphWrite(extracted);
    const summary = await writeArticle(ctx.driver, plan.write, ctx.config.database, { reextract });
    const { id, language } = extracted.article;
    send(res, IngestResponseSchema, {
      article: { id, language, ...summary.metadata },
      articleStatus: summary.article,
      ignoredMetadata: summary.ignoredMetadata,
      extractor: extracted.extractor,
      extraction: extracted.extraction,
      written: {
        entities: plan.write.entities.length,
        claims: plan.write.claims.length,
        skipped: plan.skipped.length,
        nodesCreated: summary.nodesCreated,
        relationshipsCreated: summary.relationshipsCreated,
        propertiesSet: summary.propertiesSet,
        ...(summary.reextraction
          ? {
              claimsRemoved: summary.reextraction.claimsRemoved,
              mentionsRemoved: summary.reextraction.mentionsRemoved,
              entitiesRemoved: summary.reextraction.entitiesRemoved.length,
            }
          : {}),
      },
      timeMs: Math.round(performance.now() - started),
    });
  });

  router.delete('/articles/:id', requireRole('editor'), async (req, res) => {
    const { id } = parseInput(ArticleParamsSchema, req.params, 'article id');
    try {
      const retraction = await retractArticle(ctx.driver, id, {
        database: ctx.config.database,
        byIdOnly: true,
      });
      send(res, RetractionSchema, retraction);
    } catch (e) {
      if (e instanceof ArticleNotFoundError)
        throw new ApiError('not_found', `No article has the id "${id}".`);
      throw e;
    }
  });

  return router;
}
