// The only place the app talks HTTP: every response is validated with the model's zod schemas,
// so a server change that breaks the contract shows up as a readable error, not a blank canvas.
import {
  ArticleResponseSchema,
  BoundedGraphSchema,
  ClaimResponseSchema,
  ClaimsResponseSchema,
  ContradictionsResponseSchema,
  type CypherRequest,
  CypherResponseSchema,
  EntityResponseSchema,
  ErrorResponseSchema,
  HealthResponseSchema,
  type IngestPreviewRequest,
  IngestPreviewResponseSchema,
  IngestResponseSchema,
  type InvestigationCreate,
  InvestigationDeletedSchema,
  InvestigationListSchema,
  InvestigationSchema,
  type InvestigationUpdate,
  NeighborCountsResponseSchema,
  OpenedInvestigationSchema,
  NeighborsResponseSchema,
  OrganizationProfileSchema,
  PersonProfileSchema,
  PathsResponseSchema,
  SchemaResponseSchema,
  SameAsQueueResponseSchema,
  type SameAsRequest,
  SameAsResponseSchema,
  SearchResponseSchema,
  SummaryResponseSchema,
} from '@shabaka/model';
import type { z } from 'zod';

/** An API failure with the server's code (e.g. `query_refused`) and a message fit to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What the server added (a syntax error's `position`). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const REFUSED = new Set(['query_refused', 'forbidden']);

/** The sentence a researcher sees for a failure. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError && REFUSED.has(error.code)) return `Refused: ${error.message}`;
  if (error instanceof ApiError && error.code === 'timeout') return `Timed out: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

const KEY_STORAGE = 'shabaka.apiKey';

/**
 * The API key the researcher gave, kept in localStorage (never in the URL, so permalinks and
 * exports never carry it) and sent as `Authorization: Bearer`. When the server answers 401,
 * `ask` (set by the key dialog) is awaited for a key and the request is tried again.
 */
export const credentials = {
  key(): string | null {
    return localStorage.getItem(KEY_STORAGE);
  },
  setKey(key: string | null): void {
    if (key) localStorage.setItem(KEY_STORAGE, key);
    else localStorage.removeItem(KEY_STORAGE);
  },
  /** resolves true when the researcher gave a (new) key, false when they gave up */
  ask: null as ((reason: string) => Promise<boolean>) | null,
};

type Query = Record<string, string | number | readonly string[] | undefined>;

function withQuery(path: string, query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text !== '') search.set(key, text);
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<S extends z.ZodType>(
  schema: S,
  path: string,
  init?: RequestInit,
): Promise<z.infer<S>> {
  let response: Response;
  let body: unknown;
  for (;;) {
    const key = credentials.key();
    try {
      response = await fetch(path, {
        ...init,
        headers: {
          accept: 'application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...init?.headers,
        },
      });
    } catch (cause) {
      if (init?.signal?.aborted) throw new ApiError(0, 'cancelled', 'Cancelled.');
      throw new ApiError(0, 'unavailable', `The server cannot be reached (${String(cause)}).`);
    }
    body = await response.json().catch(() => undefined);
    if (response.ok) break;
    const error = ErrorResponseSchema.safeParse(body);
    const failure = error.success
      ? new ApiError(
          response.status,
          error.data.error.code,
          error.data.error.message,
          error.data.error.details,
        )
      : new ApiError(response.status, 'internal', `The server answered ${response.status}.`);
    if (response.status === 401 && credentials.ask && (await credentials.ask(failure.message))) continue;
    throw failure;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'bad_response',
      `Unexpected answer from ${path}: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

const postJson = (body: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const investigationPath = (id: string) => `/api/investigations/${encodeURIComponent(id)}`;

export const api = {
  /** Public: Neo4j's state, and whether the server asks for keys. A 503 (Neo4j down) has the same body. */
  health: async () => {
    const response = await fetch('/api/health', { headers: { accept: 'application/json' } });
    return HealthResponseSchema.parse(await response.json());
  },
  overview: (limit?: number) => request(BoundedGraphSchema, withQuery('/api/graph', { limit })),
  /** Aborting `signal` cancels the query: the server stops its transaction. */
  cypher: (body: CypherRequest, signal?: AbortSignal) =>
    request(CypherResponseSchema, '/api/cypher', { ...postJson(body), ...(signal ? { signal } : {}) }),
  search: (q: string, limit?: number) =>
    request(SearchResponseSchema, withQuery('/api/search', { q, limit })),
  entity: (id: string) => request(EntityResponseSchema, `/api/entities/${encodeURIComponent(id)}`),
  neighborCounts: (id: string) =>
    request(NeighborCountsResponseSchema, `/api/entities/${encodeURIComponent(id)}/neighbor-counts`),
  neighbors: (id: string, options: { types?: readonly string[]; limit?: number; depth?: number } = {}) =>
    request(NeighborsResponseSchema, withQuery(`/api/entities/${encodeURIComponent(id)}/neighbors`, options)),
  /** with `maxDegree`, through no entity (between the ends) of more claims: hubs avoided */
  paths: (from: string, to: string, options: { maxLength?: number; maxDegree?: number } = {}) =>
    request(PathsResponseSchema, withQuery('/api/paths', { from, to, ...options })),
  article: (id: string) => request(ArticleResponseSchema, `/api/articles/${encodeURIComponent(id)}`),
  claim: (id: string) => request(ClaimResponseSchema, `/api/claims/${encodeURIComponent(id)}`),
  /** at most `API_LIMITS.claimsPerRequest` ids */
  claims: (ids: readonly string[]) => request(ClaimsResponseSchema, withQuery('/api/claims', { ids })),
  sameAsQueue: (judgement = 'unsure', limit?: number) =>
    request(SameAsQueueResponseSchema, withQuery('/api/same-as', { judgement, limit })),
  judgeSameAs: (id: string, body: SameAsRequest) =>
    request(SameAsResponseSchema, `/api/entities/${encodeURIComponent(id)}/same-as`, postJson(body)),
  /** What writing the article would add, extracted without writing (any role). */
  previewArticle: (body: IngestPreviewRequest) =>
    request(IngestPreviewResponseSchema, '/api/articles/preview', postJson(body)),
  /** Writes the article to the graph (editor role). */
  ingestArticle: (body: IngestPreviewRequest) =>
    request(IngestResponseSchema, '/api/articles', postJson(body)),
  schema: () => request(SchemaResponseSchema, '/api/schema'),
  summary: () => request(SummaryResponseSchema, '/api/summary'),
  personProfile: (id: string, asOf?: string) =>
    request(PersonProfileSchema, withQuery(`/api/people/${encodeURIComponent(id)}/profile`, { asOf })),
  organizationProfile: (id: string, asOf?: string) =>
    request(
      OrganizationProfileSchema,
      withQuery(`/api/organizations/${encodeURIComponent(id)}/profile`, { asOf }),
    ),
  /** the contradictions that involve a person or an organization */
  contradictions: (entity: string) =>
    request(ContradictionsResponseSchema, withQuery('/api/contradictions', { entity })),
  investigations: () => request(InvestigationListSchema, '/api/investigations'),
  saveInvestigation: (body: InvestigationCreate) =>
    request(InvestigationSchema, '/api/investigations', postJson(body)),
  /** Its view, with the elements as the graph holds them now and the ids it no longer has. */
  openInvestigation: (id: string) => request(OpenedInvestigationSchema, investigationPath(id)),
  updateInvestigation: (id: string, change: InvestigationUpdate) =>
    request(InvestigationSchema, investigationPath(id), postJson(change, 'PATCH')),
  duplicateInvestigation: (id: string, name?: string) =>
    request(InvestigationSchema, `${investigationPath(id)}/duplicate`, postJson(name ? { name } : {})),
  deleteInvestigation: (id: string) =>
    request(InvestigationDeletedSchema, investigationPath(id), { method: 'DELETE' }),
};
export type Api = typeof api;
