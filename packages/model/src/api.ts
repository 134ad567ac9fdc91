// The HTTP API contract between the server and the web app: every request and response as a
// zod schema. The server validates with these and generates its OpenAPI document from them
// (`.meta({ id })` names each component); the web app imports the inferred types.
import { z } from 'zod';
import { ENTITY_LABELS, RELATIONSHIP_TYPES, SAME_AS_JUDGEMENTS } from './vocabulary.ts';
import { ArticleUrlSchema, ExtractionSchema } from './schemas.ts';
import { CorroborationSchema } from './corroboration.ts';
import { claimTerm } from './terms.ts';

// ---- limits the server enforces (shared so the web app can show them) ----

export const API_LIMITS = {
  overviewNodes: { default: 300, max: 2000 },
  searchResults: { default: 20, max: 100 },
  neighborNodes: { default: 150, max: 1000 },
  neighborDepth: { default: 1, max: 3 },
  pathLength: { default: 4, max: 6 },
  paths: { default: 5, max: 25 },
  /** a path avoiding hubs passes through no entity with more claims than this (the UI's default) */
  hubDegree: { default: 20, max: 100_000 },
  cypherRows: { default: 1000, max: 10_000 },
  cypherTimeoutMs: { default: 10_000, max: 60_000 },
  cypherQueryChars: 20_000,
  cypherParams: 50,
  articleChars: 200_000,
  searchQueryChars: 200,
  sameAsQueue: { default: 50, max: 500 },
  sameAsNoteChars: 2000,
  claimsPerRequest: 100,
} as const;

/** JSON properties of a node or relationship, after Neo4j values were made plain JSON. */
export const PropertiesSchema = z.record(z.string(), z.unknown()).meta({ id: 'Properties' });
export type Properties = z.infer<typeof PropertiesSchema>;

// ---- Cytoscape elements ----

export const GraphNodeSchema = z
  .object({
    data: z.object({
      id: z.string().describe('the `id` property when the node has one (stable), else its Neo4j elementId'),
      label: z.string().describe('primary label: the specific one (Person, Unit, ...) rather than Entity'),
      labels: z.array(z.string()),
      name: z.string().optional(),
      latin: z.string().optional(),
      kind: z.string().optional(),
      properties: PropertiesSchema,
    }),
  })
  .meta({ id: 'GraphNode' });
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphEdgeSchema = z
  .object({
    data: z.object({
      id: z.string().describe('the claim `id` property when present, else the Neo4j elementId'),
      source: z.string(),
      target: z.string(),
      type: z.string(),
      role: z.string().optional(),
      title: z.string().optional(),
      status: z.string().optional(),
      confidence: z.number().optional(),
      article: z.string().optional().describe('id of the Article the claim was read from'),
      asOf: z.string().optional(),
      judgement: z.string().optional().describe('SAME_AS edges: unsure, confirmed or rejected'),
      corroboration: CorroborationSchema.optional().describe(
        'claim edges: how sure the consolidated claim (same ends, type, role and status) is',
      ),
      properties: PropertiesSchema,
    }),
  })
  .meta({ id: 'GraphEdge' });
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

/** Every edge's source and target are nodes of the same graph. */
export const GraphSchema = z
  .object({
    nodes: z.array(GraphNodeSchema),
    edges: z.array(GraphEdgeSchema),
  })
  .meta({ id: 'Graph' });
export type Graph = z.infer<typeof GraphSchema>;

export const BoundedGraphSchema = GraphSchema.extend({
  truncated: z.boolean().describe('true when the server stopped at its node or edge cap'),
}).meta({ id: 'BoundedGraph' });
export type BoundedGraph = z.infer<typeof BoundedGraphSchema>;

// ---- errors ----

export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'query_refused',
  'not_found',
  'method_not_allowed',
  'timeout',
  'payload_too_large',
  'unprocessable',
  'rate_limited',
  'query_error',
  'memory_limit',
  'busy',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string().describe('readable; never a stack trace'),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'ErrorResponse' });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

// ---- query-string helpers ----

const intParam = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** `types=Person,Unit` (or repeated `types=`) into a checked list. */
const listParam = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) =>
      (Array.isArray(v) ? v : typeof v === 'string' ? [v] : [])
        .flatMap((s) => String(s).split(','))
        .map((s) => s.trim()),
    // an empty entry (`types=`, `a,,b`) is refused as the document's enum refuses it, not ignored
    z.array(
      z.enum(values, {
        error: (issue) =>
          issue.input === ''
            ? 'an empty entry (`types=` or two commas): name at least one type, or leave the parameter out'
            : undefined,
      }),
    ),
  );

const entityLabelList = listParam(ENTITY_LABELS);
const relationshipTypeList = listParam(RELATIONSHIP_TYPES);

const EntityIdParam = z.string().min(1).max(300);

/** Text with something besides whitespace; trimmed (the pattern tells the document, minLength cannot). */
const filled = (what: string) => z.string().trim().min(1, `${what} is empty`).regex(/\S/, `${what} is empty`);

// ---- health ----

export const HealthResponseSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    neo4j: z.object({
      reachable: z.boolean(),
      latencyMs: z.number().optional(),
      version: z.string().optional(),
      error: z.string().optional(),
    }),
    uptimeSeconds: z.number(),
    /** whether requests other than the probes need an API key (the app shows its key control then) */
    keysRequired: z.boolean(),
  })
  .meta({ id: 'HealthResponse' });
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

// ---- overview ----

export const OverviewQuerySchema = z.object({
  limit: intParam(1, API_LIMITS.overviewNodes.max, API_LIMITS.overviewNodes.default),
});
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;

// ---- Cypher workbench ----

export const CypherRequestSchema = z
  .object({
    query: filled('query'),
    params: z.record(z.string(), z.unknown()).default({}),
    limit: z.number().int().min(1).optional().describe('rows to return; the server caps it at its maximum'),
    timeoutMs: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('the server caps it at its maximum; 0 or above the maximum means the maximum'),
  })
  .meta({ id: 'CypherRequest' });
export type CypherRequest = z.input<typeof CypherRequestSchema>;

export const QUERY_TYPES = ['r', 'w', 'rw', 's'] as const;

export const CypherResponseSchema = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.array(z.unknown())).describe('one array per record, values in column order, as JSON'),
    graph: GraphSchema,
    summary: z.object({
      queryType: z.enum(QUERY_TYPES),
      counters: z.record(z.string(), z.number()),
      timeMs: z.number(),
      rowCount: z.number().int(),
      truncated: z.boolean().describe('true when the query returned more rows than the limit'),
      limit: z.number().int().describe('the row limit applied'),
      timeoutMs: z.number().int().describe('the timeout applied'),
      graphTruncated: z.boolean().describe('true when edges were dropped because an endpoint was missing'),
      notifications: z.array(z.object({ code: z.string(), title: z.string(), description: z.string() })),
    }),
  })
  .meta({ id: 'CypherResponse' });
export type CypherResponse = z.infer<typeof CypherResponseSchema>;

// ---- search ----

export const SearchQuerySchema = z.object({
  q: filled('q').max(API_LIMITS.searchQueryChars),
  types: entityLabelList.default([]),
  limit: intParam(1, API_LIMITS.searchResults.max, API_LIMITS.searchResults.default),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = z
  .object({
    id: z.string(),
    label: z.enum(ENTITY_LABELS),
    name: z.string(),
    latin: z.string().optional(),
    kind: z.string().optional(),
    aliases: z.array(z.string()),
    score: z.number(),
    mentions: z.number().int().describe('how many articles mention the entity'),
    context: z
      .object({
        organizations: z
          .array(z.string())
          .describe('the groups or units it holds a role in, is a member or part of'),
        role: z.string().optional().describe('the role class it is most often reported in'),
        place: z.string().optional().describe('the place it is most often reported in or holding'),
        sameAs: z
          .array(z.object({ id: z.string(), name: z.string().optional(), judgement: z.string() }))
          .describe('entities a SAME_AS link joins it to, with the judgement'),
      })
      .optional()
      .describe('what tells namesakes apart'),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResponseSchema = z
  .object({
    query: z.object({ q: z.string(), key: z.string(), latin: z.string() }),
    results: z.array(SearchHitSchema),
  })
  .meta({ id: 'SearchResponse' });
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

// ---- entities ----

export const EntityParamsSchema = z.object({ id: EntityIdParam });

export const DIRECTIONS = ['out', 'in'] as const;

export const TypeCountSchema = z
  .object({ type: z.string(), direction: z.enum(DIRECTIONS), count: z.number().int() })
  .meta({ id: 'TypeCount' });
export type TypeCount = z.infer<typeof TypeCountSchema>;

export const EntityRefSchema = z
  .object({ id: z.string(), label: z.string(), name: z.string().optional(), latin: z.string().optional() })
  .meta({ id: 'EntityRef' });
export type EntityRef = z.infer<typeof EntityRefSchema>;

export const ArticleMetaOutSchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    url: z.string().optional(),
    outlet: z.string().optional(),
    publishedAt: z.string().optional(),
    language: z.string().optional(),
    ingestedAt: z.string().optional(),
    story: z
      .string()
      .optional()
      .describe("id of the story's original: the earliest-published of the near-duplicate texts"),
    copyOf: z
      .object({
        id: z.string(),
        outlet: z.string().optional(),
        title: z.string().optional(),
        publishedAt: z.string().optional(),
      })
      .optional()
      .describe('a republished copy: the original it copies'),
  })
  .meta({ id: 'ArticleMeta' });
export type ArticleMetaOut = z.infer<typeof ArticleMetaOutSchema>;

export const RoleOverTimeSchema = z
  .object({
    claim: z.string().describe('claim edge id (GET /api/claims/{id})'),
    role: z.string().optional(),
    title: z.string().optional(),
    status: z.string().optional(),
    asOf: z.string().optional(),
    confidence: z.number().optional(),
    article: z.string().optional(),
    org: EntityRefSchema,
  })
  .meta({ id: 'RoleOverTime' });
export type RoleOverTime = z.infer<typeof RoleOverTimeSchema>;

/** A boolean in a query string: only `true` and `false` (coercion would read "false" as true). */
const booleanParam = (fallback: boolean) =>
  z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');

export const SameAsJudgementSchema = z.enum(SAME_AS_JUDGEMENTS).meta({ id: 'SameAsJudgement' });

export const SameAsRefSchema = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    label: z.string(),
    judgement: SameAsJudgementSchema,
  })
  .meta({ id: 'SameAsRef' });
export type SameAsRef = z.infer<typeof SameAsRefSchema>;

export const EntityResponseSchema = z
  .object({
    entity: GraphNodeSchema.shape.data,
    degree: z.array(TypeCountSchema),
    articles: z.array(ArticleMetaOutSchema.extend({ count: z.number().int() })),
    roles: z.array(RoleOverTimeSchema).describe('HOLDS_ROLE claims of a person, oldest asOf first'),
    sameAs: z
      .array(SameAsRefSchema)
      .default([])
      .describe('entities linked by SAME_AS in either direction, with the judgement of the link'),
  })
  .meta({ id: 'EntityResponse' });
export type EntityResponse = z.infer<typeof EntityResponseSchema>;

export const NeighborsQuerySchema = z.object({
  depth: intParam(1, API_LIMITS.neighborDepth.max, API_LIMITS.neighborDepth.default),
  types: relationshipTypeList.default([]),
  limit: intParam(1, API_LIMITS.neighborNodes.max, API_LIMITS.neighborNodes.default),
  includeSameAs: booleanParam(true).describe(
    'also expand from the entities CONFIRMED the same as this one (SAME_AS, transitively), so one person shows with every claim',
  ),
});
export type NeighborsQuery = z.infer<typeof NeighborsQuerySchema>;

export const NeighborsResponseSchema = BoundedGraphSchema.extend({
  center: z.string(),
}).meta({ id: 'NeighborsResponse' });
export type NeighborsResponse = z.infer<typeof NeighborsResponseSchema>;

export const NeighborCountsResponseSchema = z
  .object({ id: z.string(), counts: z.array(TypeCountSchema) })
  .meta({ id: 'NeighborCountsResponse' });
export type NeighborCountsResponse = z.infer<typeof NeighborCountsResponseSchema>;

// ---- entity resolution: SAME_AS candidates judged by researchers ----

export const SameAsQueueQuerySchema = z.object({
  judgement: SameAsJudgementSchema.default('unsure'),
  limit: intParam(1, API_LIMITS.sameAsQueue.max, API_LIMITS.sameAsQueue.default),
});
export type SameAsQueueQuery = z.infer<typeof SameAsQueueQuerySchema>;

export const SameAsSideSchema = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    latin: z.string().optional(),
    label: z.string(),
    labels: z.array(z.string()),
    aliases: z.array(z.string()),
    organizations: z
      .array(EntityRefSchema.extend({ roles: z.array(z.string()) }))
      .describe('organizations and units the entity holds a role in or is a member of (role classes)'),
    articles: z.number().int().describe('articles that mention the entity'),
    mentions: z.number().int().describe('mentions across those articles'),
  })
  .meta({ id: 'SameAsSide' });
export type SameAsSide = z.infer<typeof SameAsSideSchema>;

export const SameAsCandidateSchema = z
  .object({
    source: SameAsSideSchema.describe('start of the SAME_AS edge'),
    target: SameAsSideSchema,
    judgement: SameAsJudgementSchema,
    score: z.number().optional().describe("the resolver's confidence that both are one entity"),
    reason: z.string().optional(),
    by: z.string().optional().describe("who judged last: the resolver, 'editor', or an editor key's label"),
    at: z.string().optional().describe('when the judgement was made (ISO 8601)'),
    note: z.string().optional(),
  })
  .meta({ id: 'SameAsCandidate' });
export type SameAsCandidate = z.infer<typeof SameAsCandidateSchema>;

export const SameAsQueueResponseSchema = z
  .object({
    judgement: SameAsJudgementSchema,
    total: z.number().int().describe('links with this judgement in the whole graph'),
    candidates: z.array(SameAsCandidateSchema).describe('highest score first, then newest'),
  })
  .meta({ id: 'SameAsQueueResponse' });
export type SameAsQueueResponse = z.infer<typeof SameAsQueueResponseSchema>;

export const SameAsRequestSchema = z
  .object({
    other: EntityIdParam.describe('id of the other entity'),
    judgement: SameAsJudgementSchema,
    note: z.string().trim().max(API_LIMITS.sameAsNoteChars).optional(),
  })
  .meta({ id: 'SameAsRequest' });
export type SameAsRequest = z.infer<typeof SameAsRequestSchema>;

export const SameAsResponseSchema = z
  .object({
    candidate: SameAsCandidateSchema,
    created: z.boolean().describe('true when no SAME_AS link joined the two entities before'),
  })
  .meta({ id: 'SameAsResponse' });
export type SameAsResponse = z.infer<typeof SameAsResponseSchema>;

// ---- paths ----

export const PathsQuerySchema = z.object({
  from: EntityIdParam,
  to: EntityIdParam,
  maxLength: intParam(1, API_LIMITS.pathLength.max, API_LIMITS.pathLength.default),
  limit: intParam(1, API_LIMITS.paths.max, API_LIMITS.paths.default),
  maxDegree: z.coerce
    .number()
    .int()
    .min(1)
    .max(API_LIMITS.hubDegree.max)
    .optional()
    .describe('avoid hubs: no entity between the two ends may have more claims and SAME_AS links than this'),
});
export type PathsQuery = z.infer<typeof PathsQuerySchema>;

export const PathsResponseSchema = z
  .object({
    paths: z.array(
      z.object({
        length: z.number().int(),
        nodes: z.array(z.string()).describe('node ids in order, from first to last'),
        edges: z.array(z.string()).describe('edge ids in order'),
      }),
    ),
    graph: GraphSchema,
    avoided: z
      .array(z.object({ id: z.string(), name: z.string().optional(), degree: z.number().int() }))
      .describe('with maxDegree: the hubs the shortest paths would pass through, which these avoid'),
  })
  .meta({ id: 'PathsResponse' });
export type PathsResponse = z.infer<typeof PathsResponseSchema>;

// ---- articles and evidence ----

export const ArticleParamsSchema = z.object({ id: z.string().min(1).max(300) });

export const MentionSchema = z
  .object({
    entity: EntityRefSchema,
    count: z.number().int(),
    spans: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  })
  .meta({ id: 'Mention' });
export type Mention = z.infer<typeof MentionSchema>;

export const ClaimSchema = z
  .object({
    id: z.string(),
    type: z.string(),
    source: EntityRefSchema,
    target: EntityRefSchema,
    sentence: z.number().int().optional(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    evidence: z.string().optional(),
    confidence: z.number().optional(),
    extractor: z.string().optional(),
    olderEngine: z
      .boolean()
      .optional()
      .describe('true when a version of the rule engine older than the running one read the claim'),
    asOf: z.string().optional(),
    role: z.string().optional(),
    title: z.string().optional(),
    status: z.string().optional(),
    hedged: z.boolean().optional(),
    negated: z.boolean().optional(),
    attributedTo: z.string().optional(),
    ...claimTerm,
    properties: PropertiesSchema,
  })
  .meta({ id: 'Claim' });
export type Claim = z.infer<typeof ClaimSchema>;

export const ArticleResponseSchema = z
  .object({
    article: ArticleMetaOutSchema.extend({ text: z.string() }),
    mentions: z.array(MentionSchema),
    claims: z.array(ClaimSchema).describe('ordered by start offset'),
  })
  .meta({ id: 'ArticleResponse' });
export type ArticleResponse = z.infer<typeof ArticleResponseSchema>;

export const ClaimResponseSchema = z
  .object({
    claim: ClaimSchema,
    article: ArticleMetaOutSchema.nullable(),
    corroboration: CorroborationSchema.optional().describe(
      'how sure the consolidated claim it belongs to is (same ends, type, role and status)',
    ),
  })
  .meta({ id: 'ClaimResponse' });
export type ClaimResponse = z.infer<typeof ClaimResponseSchema>;

/**
 * `ids=a,b,c` (or repeated `ids=`): at most `API_LIMITS.claimsPerRequest` ids as sent (the
 * document's maxItems counts repeats too), answered once each; none asked, none answered.
 */
export const ClaimsQuerySchema = z.object({
  ids: z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []).flatMap((s) => String(s).split(',')),
    z
      .array(z.string().max(300))
      .max(API_LIMITS.claimsPerRequest, `at most ${API_LIMITS.claimsPerRequest} ids at once`)
      .transform((ids) => [...new Set(ids.map((id) => id.trim()).filter(Boolean))]),
  ),
});
export type ClaimsQuery = z.infer<typeof ClaimsQuerySchema>;

export const ClaimsResponseSchema = z
  .object({
    claims: z.array(ClaimResponseSchema).describe('in the order of the ids asked for; unknown ids left out'),
    missing: z.array(z.string()).describe('ids that name no claim'),
  })
  .meta({ id: 'ClaimsResponse' });
export type ClaimsResponse = z.infer<typeof ClaimsResponseSchema>;

// ---- ingest (editor role) ----

export const IngestRequestSchema = z
  .object({
    text: filled('text').max(API_LIMITS.articleChars),
    url: ArticleUrlSchema.optional(),
    title: z.string().max(1000).optional(),
    outlet: z.string().max(300).optional(),
    publishedAt: z.string().max(40).optional().describe('ISO 8601 date or date-time'),
    reextract: z
      .boolean()
      .optional()
      .describe(
        "a text ingested before: replace its claims of this extractor's family (older engine versions) with this reading; other extractors' claims and SAME_AS judgements stay",
      ),
  })
  .meta({ id: 'IngestRequest' });
export type IngestRequest = z.infer<typeof IngestRequestSchema>;

export const IngestResponseSchema = z
  .object({
    article: ArticleMetaOutSchema.describe('the article as stored: for an existing one, its first metadata'),
    articleStatus: z
      .enum(['created', 'existing'])
      .describe(
        "'existing': the same text was ingested before; its first url, title, outlet and date are kept (first wins)",
      ),
    ignoredMetadata: z
      .object({ url: z.string(), title: z.string(), outlet: z.string(), publishedAt: z.string() })
      .partial()
      .describe('metadata sent that differ from those of the existing article, and so were not applied'),
    extractor: z.string(),
    extraction: ExtractionSchema,
    written: z.record(z.string(), z.number()).describe('counts the writer reports (entities, claims, ...)'),
    timeMs: z.number(),
  })
  .meta({ id: 'IngestResponse' });
export type IngestResponse = z.infer<typeof IngestResponseSchema>;

export const IngestPreviewRequestSchema = IngestRequestSchema.omit({ reextract: true }).meta({
  id: 'IngestPreviewRequest',
});
export type IngestPreviewRequest = z.infer<typeof IngestPreviewRequestSchema>;

/** What POST /api/articles would write, read without touching the graph. */
export const IngestPreviewResponseSchema = z
  .object({
    article: ArticleMetaOutSchema.describe(
      'the article as it would be stored; a text ingested before keeps its first metadata when written',
    ),
    extractor: z.string(),
    extraction: ExtractionSchema,
    planned: z
      .object({ entities: z.number().int(), claims: z.number().int(), skipped: z.number().int() })
      .describe('what the write would hold: entities, claim edges, and items left out'),
    timeMs: z.number(),
  })
  .meta({ id: 'IngestPreviewResponse' });
export type IngestPreviewResponse = z.infer<typeof IngestPreviewResponseSchema>;

// ---- retraction (editor role) ----

export const RemovedEntitySchema = z
  .object({ id: z.string(), label: z.string(), name: z.string() })
  .meta({ id: 'RemovedEntity' });
export type RemovedEntity = z.infer<typeof RemovedEntitySchema>;

export const RetractionSchema = z
  .object({
    article: z
      .object({ id: z.string(), title: z.string().optional(), url: z.string().optional() })
      .describe('the article removed'),
    claims: z.number().int().describe('claim edges removed (every extractor)'),
    claimsByType: z.record(z.string(), z.number().int()),
    mentions: z.number().int().describe('MENTIONED_IN edges removed'),
    entities: z
      .array(RemovedEntitySchema)
      .describe('entities removed because no claim, mention or article named them any more'),
    sameAs: z
      .number()
      .int()
      .describe('SAME_AS links removed with those entities (links between surviving entities stay)'),
  })
  .meta({ id: 'Retraction' });
export type Retraction = z.infer<typeof RetractionSchema>;

// ---- schema (legend and editor autocompletion) ----

export const SchemaResponseSchema = z
  .object({
    labels: z.array(
      z.object({
        label: z.string(),
        count: z.number().int().nullable().describe('null outside the vocabulary'),
      }),
    ),
    relationshipTypes: z.array(z.object({ type: z.string(), count: z.number().int().nullable() })),
    propertyKeys: z.array(z.string()),
    nodeCount: z.number().int(),
    relationshipCount: z.number().int(),
  })
  .meta({ id: 'SchemaResponse' });
export type SchemaResponse = z.infer<typeof SchemaResponseSchema>;
