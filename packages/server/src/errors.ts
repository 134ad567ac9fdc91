// One error shape for every failure: `{ error: { code, message } }` with a fitting status, and
// never a stack trace. Neo4j's own errors are translated here.
import { isUnreachable, unreachableMessage } from '@shabaka/db';
import type { ErrorCode } from '@shabaka/model';
import { Neo4jError } from 'neo4j-driver';
import type { z } from 'zod';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  query_refused: 403,
  not_found: 404,
  method_not_allowed: 405,
  timeout: 504,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  query_error: 400,
  memory_limit: 422,
  busy: 503,
  unavailable: 503,
  internal: 500,
};

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

/** Validates input; a failure is a 400 naming each bad field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) =>
    i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message,
  );
  throw new ApiError('bad_request', `Invalid ${what}: ${issues.join('; ')}`);
}

const TIMEOUT_CODES =
  /TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed|LockClient\.Stopped/;

/** Maps a Neo4j driver error to an ApiError the client can read. */
export function fromNeo4jError(error: unknown, neo4jUri = 'its configured address'): ApiError | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  const code = error.code ?? '';
  const message = error.message.split('\n')[0] ?? error.message;
  if (TIMEOUT_CODES.test(code) || /terminated|timed out/i.test(message)) {
    // Neo4j's own words ("Retry your operation in a new transaction") would mislead: the same
    // query would only run out of time again.
    return new ApiError(
      'timeout',
      "The query ran past its time limit and the database stopped it. Narrow it rather than run it again: start from a known node (MATCH (p:Person {key: $key})), bound variable-length paths (-[*..3]-), aggregate or add a LIMIT early; or ask for a longer timeoutMs, up to the server's maximum.",
    );
  }
  if (/MemoryPoolOutOfMemoryError|MemoryLimitExceeded|OutOfMemory/i.test(code)) {
    return new ApiError(
      'memory_limit',
      'The query needed more memory than one query may use; add a LIMIT, aggregate earlier, or avoid unconnected MATCH patterns (cartesian products).',
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) return new ApiError('query_refused', message);
  if (code.startsWith('Neo.ClientError.'))
    return new ApiError('query_error', message, positionOf(error.message));
  if (isUnreachable(error)) return new ApiError('unavailable', unreachableMessage(neo4jUri));
  if (code.startsWith('Neo.TransientError.')) {
    return new ApiError('unavailable', `The database is not available right now: ${message}`);
  }
  return undefined;
}

/** Where in the query Neo4j found an error, for the editor to mark. */
export interface QueryPosition {
  line: number;
  column: number;
  offset: number;
}

const POSITION = /line (\d+), column (\d+) \(offset: (\d+)\)/;

/** The position Neo4j's message gives (`line 1, column 10 (offset: 9)`). */
function positionOf(message: string): { position: QueryPosition } | undefined {
  const at = POSITION.exec(message);
  if (!at) return undefined;
  return { position: { line: Number(at[1]), column: Number(at[2]), offset: Number(at[3]) } };
}

/**
 * The error of a query Neo4j read after a prefix on its first line (`EXPLAIN `), its position
 * moved back onto the text the researcher wrote, in the details and in the message.
 */
export function withoutPrefix(error: ApiError, prefix: number): ApiError {
  const at = (error.details as { position?: QueryPosition } | undefined)?.position;
  if (!at) return error;
  const position = {
    ...at,
    column: at.line === 1 ? at.column - prefix : at.column,
    offset: at.offset - prefix,
  };
  const message = error.message.replace(
    POSITION,
    `line ${position.line}, column ${position.column} (offset: ${position.offset})`,
  );
  return new ApiError(error.code, message, { position });
}

export function toApiError(error: unknown, neo4jUri?: string): ApiError {
  if (error instanceof ApiError) return error;
  const fromNeo4j = fromNeo4jError(error, neo4jUri);
  if (fromNeo4j) return fromNeo4j;
  if (error instanceof SyntaxError && 'body' in error)
    return new ApiError('bad_request', 'The body is not valid JSON');
  const status = (error as { status?: unknown }).status;
  if (status === 413) return new ApiError('payload_too_large', 'The request body is too large');
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new ApiError('bad_request', (error as Error).message || 'Bad request');
  }
  return new ApiError('internal', 'Internal error; see the server log');
}

export function errorBody(error: ApiError) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
}
