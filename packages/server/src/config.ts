// Server settings from the environment, validated once at start. The defaults make a safe
// single-user server: loopback only, no CORS, bounded queries.
import { neo4jConfig } from '@shabaka/db';
import { API_LIMITS } from '@shabaka/model';
import { z } from 'zod';

/** Blank env vars (`FOO=`) count as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const keyList = optional(
  z.string().transform((s) =>
    s
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  ),
);

const EnvSchema = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65535)),
  HOST: optional(z.string().trim().min(1)),
  NEO4J_DATABASE: optional(z.string().trim().min(1)),
  SHABAKA_READER_KEYS: keyList,
  SHABAKA_EDITOR_KEYS: keyList,
  SHABAKA_CORS_ORIGINS: keyList,
  SHABAKA_RATE_LIMIT_PER_MINUTE: optional(z.coerce.number().int().min(1)),
  SHABAKA_CYPHER_RATE_LIMIT_PER_MINUTE: optional(z.coerce.number().int().min(1)),
  SHABAKA_AUTH_FAILURES_PER_MINUTE: optional(z.coerce.number().int().min(1)),
  SHABAKA_MAX_CONCURRENT_QUERIES: optional(z.coerce.number().int().min(1).max(64)),
  SHABAKA_CYPHER_MAX_ROWS: optional(z.coerce.number().int().min(1).max(100_000)),
  SHABAKA_CYPHER_MAX_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(600_000)),
  SHABAKA_LOG: optional(z.enum(['json', 'silent'])),
  SHABAKA_HTTPS: optional(z.enum(['true', 'false'])),
  // For a container whose port is published on the host's loopback only (docker-compose.yml).
  SHABAKA_ALLOW_OPEN_NETWORK: optional(z.enum(['true', 'false'])),
});

export interface CypherLimits {
  defaultRows: number;
  maxRows: number;
  defaultTimeoutMs: number;
  maxTimeoutMs: number;
  maxQueryChars: number;
  maxParams: number;
  /** Researcher queries running at once; more wait in a short queue, then get 503. */
  maxConcurrent: number;
  maxQueued: number;
  /** Deepest nesting of lists and maps in a parameter (the driver packs them recursively). */
  maxParamDepth: number;
  maxParamValues: number;
  /** Largest literal `range(...)` built into one list (UNWIND streams any size). */
  maxRangeSize: number;
  /** Bytes of rows one response may carry; rows past it are cut off (a single larger row is a 413). */
  maxResponseBytes: number;
  /** Heap of the worker thread that reads one query's result. */
  workerMemoryMb: number;
}

export interface ServerConfig {
  /** Where Neo4j is expected, for messages when it cannot be reached. */
  neo4jUri: string;
  port: number;
  host: string;
  /** Neo4j database for every session; undefined = the server's default. */
  database?: string;
  readerKeys: string[];
  editorKeys: string[];
  /** Origins allowed to call the API from a browser; empty = CORS off. */
  corsOrigins: string[];
  /** Requests per minute per client (valid API key, else address), all endpoints but the public ones. */
  rateLimitPerMinute: number;
  cypherRateLimitPerMinute: number;
  /** Requests with a wrong key per minute per address; beyond it 429, the key unchecked. */
  authFailuresPerMinute: number;
  cypher: CypherLimits;
  /** Timeout of the server's own queries (search, neighbours, ...). */
  apiQueryTimeoutMs: number;
  log: 'json' | 'silent';
  /** Browsers reach the server over HTTPS (a TLS proxy in front): send HSTS and upgrade-insecure-requests. */
  https: boolean;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Whether the server runs without API keys (every caller is an editor). */
export function isOpen(config: ServerConfig): boolean {
  return config.readerKeys.length === 0 && config.editorKeys.length === 0;
}

export function defaultServerConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    neo4jUri: neo4jConfig({}).uri,
    port: 8080,
    host: '127.0.0.1',
    readerKeys: [],
    editorKeys: [],
    corsOrigins: [],
    rateLimitPerMinute: 600,
    cypherRateLimitPerMinute: 120,
    authFailuresPerMinute: 20,
    cypher: {
      defaultRows: API_LIMITS.cypherRows.default,
      maxRows: API_LIMITS.cypherRows.max,
      defaultTimeoutMs: API_LIMITS.cypherTimeoutMs.default,
      maxTimeoutMs: API_LIMITS.cypherTimeoutMs.max,
      maxQueryChars: API_LIMITS.cypherQueryChars,
      maxParams: API_LIMITS.cypherParams,
      maxConcurrent: 4,
      maxQueued: 16,
      maxParamDepth: 32,
      maxParamValues: 100_000,
      maxRangeSize: 1_000_000,
      maxResponseBytes: 16 * 1024 * 1024,
      workerMemoryMb: 256,
    },
    apiQueryTimeoutMs: 15_000,
    log: 'json',
    https: false,
    ...overrides,
  };
}

/** Reads the environment; throws a readable error for a bad or unsafe setting. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid server settings in the environment: ${issues}`);
  }
  const e = parsed.data;
  const base = defaultServerConfig();
  const maxTimeoutMs = e.SHABAKA_CYPHER_MAX_TIMEOUT_MS ?? base.cypher.maxTimeoutMs;
  const maxRows = e.SHABAKA_CYPHER_MAX_ROWS ?? base.cypher.maxRows;
  const config = defaultServerConfig({
    neo4jUri: neo4jConfig(env).uri,
    port: e.PORT ?? base.port,
    host: e.HOST ?? base.host,
    readerKeys: e.SHABAKA_READER_KEYS ?? [],
    editorKeys: e.SHABAKA_EDITOR_KEYS ?? [],
    corsOrigins: e.SHABAKA_CORS_ORIGINS ?? [],
    rateLimitPerMinute: e.SHABAKA_RATE_LIMIT_PER_MINUTE ?? base.rateLimitPerMinute,
    cypherRateLimitPerMinute: e.SHABAKA_CYPHER_RATE_LIMIT_PER_MINUTE ?? base.cypherRateLimitPerMinute,
    authFailuresPerMinute: e.SHABAKA_AUTH_FAILURES_PER_MINUTE ?? base.authFailuresPerMinute,
    cypher: {
      ...base.cypher,
      maxRows,
      defaultRows: Math.min(base.cypher.defaultRows, maxRows),
      maxTimeoutMs,
      defaultTimeoutMs: Math.min(base.cypher.defaultTimeoutMs, maxTimeoutMs),
      maxConcurrent: e.SHABAKA_MAX_CONCURRENT_QUERIES ?? base.cypher.maxConcurrent,
    },
    log: e.SHABAKA_LOG ?? 'json',
    https: e.SHABAKA_HTTPS === 'true',
  });
  if (e.NEO4J_DATABASE !== undefined) config.database = e.NEO4J_DATABASE;
  if (isOpen(config) && !isLoopback(config.host) && e.SHABAKA_ALLOW_OPEN_NETWORK !== 'true') {
    throw new Error(
      `Refusing to serve ${config.host} without API keys: set SHABAKA_READER_KEYS and/or SHABAKA_EDITOR_KEYS, or bind HOST=127.0.0.1 (or, where the network itself is private, set SHABAKA_ALLOW_OPEN_NETWORK=true).`,
    );
  }
  return config;
}
