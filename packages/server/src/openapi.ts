// The OpenAPI 3 document, generated from the same zod schemas that validate the traffic.
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import * as api from '@shabaka/model';
import type { z } from 'zod';

type Method = RouteConfig['method'];

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: api.ErrorResponseSchema } },
});

const ERRORS = {
  400: errorResponse('Invalid request'),
  401: errorResponse('API key missing or invalid'),
  429: errorResponse('Rate limited (per valid key, else per address; wrong keys have a bucket of their own)'),
  // Node's HTTP server answers this itself, with no body.
  431: { description: 'The request line or headers are larger than 16 KB (a query string too long)' },
  503: errorResponse('Neo4j unavailable or too busy'),
};

/** Of every operation that takes a body. */
const BODY_ERRORS = {
  413: errorResponse('The body is larger than 1 MB'),
};

interface Endpoint {
  method: Method;
  path: string;
  summary: string;
  response: z.ZodType;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  errors?: Record<number, string>;
  /** Needs no key and is never rate limited (the probes). */
  public?: boolean;
}

const ENDPOINTS: Endpoint[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Neo4j reachability (503 when down)',
    response: api.HealthResponseSchema,
    public: true,
  },
  {
    method: 'get',
    path: '/api/ready',
    summary: 'Ready: Neo4j answers and the search index is online',
    response: api.HealthResponseSchema,
    public: true,
  },
  {
    method: 'get',
    path: '/api/graph',
    summary: 'Overview: the best-connected entities and their claims',
    query: api.OverviewQuerySchema,
    response: api.BoundedGraphSchema,
  },
  {
    method: 'post',
    path: '/api/cypher',
    summary: 'Run a read-only Cypher query (EXPLAIN-plan checked, READ transaction, bounded)',
    body: api.CypherRequestSchema,
    response: api.CypherResponseSchema,
    errors: {
      400: 'Bad request: a syntax error, too many parameters, or a parameter nested too deep',
      403: 'Query refused: it would write, administer, use a procedure off the allow-list, grow a value by feeding it to itself, build a huge range into a list, or match a regular expression that can backtrack without end (or a computed one)',
      413: 'Query too long, or one row of the result larger than a response may carry',
      422: 'The query needed more memory than one query may use (in Neo4j, or reading its result on the server)',
      503: 'Busy: no query slot freed within the query’s timeout, or the database is unavailable',
      504: 'Query timed out and was terminated',
    },
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over names, aliases and transliterations',
    query: api.SearchQuerySchema,
    response: api.SearchResponseSchema,
  },
  {
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'One entity: properties, degree, articles, roles over time, SAME_AS links',
    params: api.EntityParamsSchema,
    response: api.EntityResponseSchema,
    errors: { 404: 'No such entity' },
  },
  {
    method: 'get',
    path: '/api/entities/{id}/neighbors',
    summary:
      'Neighbourhood (depth 1-3), capped; with the claims of entities confirmed the same unless includeSameAs=false',
    params: api.EntityParamsSchema,
    query: api.NeighborsQuerySchema,
    response: api.NeighborsResponseSchema,
    errors: { 404: 'No such entity' },
  },
  {
    method: 'get',
    path: '/api/entities/{id}/neighbor-counts',
    summary: 'Relationship counts by type and direction',
    params: api.EntityParamsSchema,
    response: api.NeighborCountsResponseSchema,
    errors: { 404: 'No such entity' },
  },
  {
    method: 'get',
    path: '/api/summary',
    summary:
      'What the graph holds at first sight: counts, the date range, the best-connected organizations with their people and places, the most recent articles',
    response: api.SummaryResponseSchema,
  },
  {
    method: 'get',
    path: '/api/people/{id}/profile',
    summary:
      "A person's profile: names, roles consolidated into periods (status transitions, sources, conflicts), affiliations, associates, events, articles; on a day with asOf",
    params: api.EntityParamsSchema,
    query: api.ProfileQuerySchema,
    response: api.PersonProfileSchema,
    errors: { 404: 'No such person' },
  },
  {
    method: 'get',
    path: '/api/organizations/{id}/profile',
    summary:
      "An organization's or unit's profile: the roster of who held which role when (its units' too), leaders over time, members, units as a tree, territory, events, articles; on a day with asOf",
    params: api.EntityParamsSchema,
    query: api.ProfileQuerySchema,
    response: api.OrganizationProfileSchema,
    errors: { 404: 'No such organization or unit' },
  },
  {
    method: 'get',
    path: '/api/same-as',
    summary: 'The review queue: SAME_AS links of one judgement (default unsure), both entities described',
    query: api.SameAsQueueQuerySchema,
    response: api.SameAsQueueResponseSchema,
  },
  {
    method: 'post',
    path: '/api/entities/{id}/same-as',
    summary:
      'Judge whether two entities are one (editor role): creates or updates the one SAME_AS link between them',
    params: api.EntityParamsSchema,
    body: api.SameAsRequestSchema,
    response: api.SameAsResponseSchema,
    errors: {
      400: 'Bad request: `other` is the entity itself, or a field is invalid',
      403: 'Needs an editor API key',
      404: 'No such entity',
    },
  },
  {
    method: 'get',
    path: '/api/paths',
    summary: 'Shortest paths between two entities (from an entity to itself: the one path of length 0)',
    query: api.PathsQuerySchema,
    response: api.PathsResponseSchema,
    errors: { 404: 'No such entity' },
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    summary: 'An article with every mention and claim at its offsets',
    params: api.ArticleParamsSchema,
    response: api.ArticleResponseSchema,
    errors: { 404: 'No such article' },
  },
  {
    method: 'get',
    path: '/api/claims/{id}',
    summary: "One claim's evidence and its article's metadata",
    params: api.ArticleParamsSchema,
    response: api.ClaimResponseSchema,
    errors: { 404: 'No such claim' },
  },
  {
    method: 'get',
    path: '/api/contradictions',
    summary:
      "Claims that cannot all be true at once (two current holders of one post, a role current after a killing or dismissal, denied and affirmed, two successors), with their sources; for one person's or organization's view with entity=",
    query: api.ContradictionsQuerySchema,
    response: api.ContradictionsResponseSchema,
    errors: { 404: 'No such entity' },
  },
  {
    method: 'get',
    path: '/api/claims',
    summary:
      "Several claims' evidence at once (at most 100 ids; none asked, none answered), each with its article's metadata",
    query: api.ClaimsQuerySchema,
    response: api.ClaimsResponseSchema,
    errors: { 400: 'More than 100 ids' },
  },
  {
    method: 'post',
    path: '/api/articles',
    summary: 'Ingest an Arabic article (editor role)',
    body: api.IngestRequestSchema,
    response: api.IngestResponseSchema,
    errors: { 403: 'Needs an editor API key', 422: 'Neither an Arabic nor an English text' },
  },
  {
    method: 'post',
    path: '/api/articles/preview',
    summary:
      'Extract an article without writing it: the people, roles, organizations, places and relations with their sentences, and what a write would hold',
    body: api.IngestPreviewRequestSchema,
    response: api.IngestPreviewResponseSchema,
    errors: { 422: 'Neither an Arabic nor an English text, or empty once site chrome is removed' },
  },
  {
    method: 'delete',
    path: '/api/articles/{id}',
    summary:
      'Retract an article (editor role): removes it, every claim read from it, its mentions and the entities no other article names, in one transaction; says what was removed',
    params: api.ArticleParamsSchema,
    response: api.RetractionSchema,
    errors: { 403: 'Needs an editor API key', 404: 'No such article' },
  },
  {
    method: 'get',
    path: '/api/investigations',
    summary: 'Saved investigations, the most recently changed first (without their views)',
    response: api.InvestigationListSchema,
  },
  {
    method: 'post',
    path: '/api/investigations',
    summary:
      'Save the canvas as a new investigation: its elements (ids), positions, filters, as-of day, layout and notes',
    body: api.InvestigationCreateSchema,
    response: api.InvestigationSchema,
    errors: { 400: 'Bad request: no name, or a view over its limits' },
  },
  {
    method: 'get',
    path: '/api/investigations/{id}',
    summary:
      'Open an investigation: its view, with its elements read from the graph as it is now and the ids no longer in it',
    params: api.InvestigationParamsSchema,
    response: api.OpenedInvestigationSchema,
    errors: { 404: 'No such investigation' },
  },
  {
    method: 'patch',
    path: '/api/investigations/{id}',
    summary: 'Save a new view, rename, or change the notes of an investigation (its maker or an editor)',
    params: api.InvestigationParamsSchema,
    body: api.InvestigationUpdateSchema,
    response: api.InvestigationSchema,
    errors: { 403: 'Made by another key, and this one is not an editor', 404: 'No such investigation' },
  },
  {
    method: 'post',
    path: '/api/investigations/{id}/duplicate',
    summary: 'Copy an investigation under a new name (anyone with access)',
    params: api.InvestigationParamsSchema,
    body: api.InvestigationDuplicateSchema,
    response: api.InvestigationSchema,
    errors: { 404: 'No such investigation' },
  },
  {
    method: 'delete',
    path: '/api/investigations/{id}',
    summary: 'Delete an investigation (its maker or an editor); the extracted graph is not touched',
    params: api.InvestigationParamsSchema,
    response: api.InvestigationDeletedSchema,
    errors: { 403: 'Made by another key, and this one is not an editor', 404: 'No such investigation' },
  },
  {
    method: 'get',
    path: '/api/schema',
    summary: 'Labels, relationship types, property keys and counts',
    response: api.SchemaResponseSchema,
  },
];

const templates = ENDPOINTS.map((e) => ({
  method: e.method.toUpperCase(),
  literal: !e.path.includes('{'),
  pattern: new RegExp(`^${e.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/**
 * The methods the document gives a request path (`/api/entities/x`), none for an unknown path.
 * A path written out in full wins over a template it also fits, as OpenAPI says:
 * `/api/articles/preview` is its own path, not an article's id.
 */
export function documentedMethods(path: string): string[] {
  const matching = templates.filter((t) => t.pattern.test(path));
  const literal = matching.filter((t) => t.literal);
  return [...new Set((literal.length > 0 ? literal : matching).map((t) => t.method))];
}

export function openApiDocument(version: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer' });
  for (const e of ENDPOINTS) {
    const extraErrors = Object.fromEntries(
      Object.entries(e.errors ?? {}).map(([status, description]) => [status, errorResponse(description)]),
    );
    registry.registerPath({
      method: e.method,
      path: e.path,
      summary: e.summary,
      ...(e.public ? { security: [] } : {}),
      request: {
        ...(e.query ? { query: e.query } : {}),
        ...(e.params ? { params: e.params } : {}),
        ...(e.body ? { body: { required: true, content: { 'application/json': { schema: e.body } } } } : {}),
      },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: e.response } } },
        ...ERRORS,
        ...(e.body ? BODY_ERRORS : {}),
        ...extraErrors,
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'shabaka API',
      version,
      description:
        'Armed groups, governments and the people in them, read from news into Neo4j; every claim traceable to its sentence. Send `Authorization: Bearer <key>` unless the server runs open on loopback. A method a path does not have answers 405 with an `Allow` header naming the methods it has.',
    },
    security: [{ apiKey: [] }],
  });
}
