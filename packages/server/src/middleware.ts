// Cross-cutting request handling: API-key roles, per-client rate limits, a bound on concurrent
// researcher queries, CORS (off unless origins are configured) and one log line per request.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { isOpen, type ServerConfig } from './config.ts';
import { ApiError } from './errors.ts';

export type Role = 'reader' | 'editor';

declare global {
  namespace Express {
    interface Request {
      role?: Role;
      /** Who the rate limits count against: the key's hash, else the address. */
      clientId?: string;
      /** Who a change is recorded as made by: the key's label, else the role. Never the key. */
      caller?: string;
    }
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

function presentedKey(req: Request): string | undefined {
  const header = req.get('authorization');
  if (header?.toLowerCase().startsWith('bearer ')) return header.slice(7).trim();
  return req.get('x-api-key')?.trim() || undefined;
}

const KEY_LABEL = /^([A-Za-z][\w.@-]{0,39}):(.+)$/;

/**
 * A configured key, optionally labelled `label:secret` so that changes can be credited to a
 * person without the secret itself ever being stored or logged.
 */
export function parseApiKey(entry: string): { label?: string; secret: string } {
  const match = KEY_LABEL.exec(entry);
  return match ? { label: match[1]!, secret: match[2]! } : { secret: entry };
}

/** Resolves the caller's role from its key; open mode (no keys) makes everyone an editor. */
export function authenticate(config: ServerConfig): RequestHandler {
  const configured = (entries: readonly string[], role: Role) =>
    entries.map(parseApiKey).map(({ label, secret }) => ({ hash: digest(secret), role, label }));
  const keys = [...configured(config.editorKeys, 'editor'), ...configured(config.readerKeys, 'reader')];
  const open = isOpen(config);
  return (req, _res, next) => {
    const key = presentedKey(req);
    req.clientId = key ? `key:${digest(key).toString('hex').slice(0, 12)}` : `ip:${req.ip ?? 'unknown'}`;
    if (open) {
      req.role = 'editor';
      req.caller = 'editor';
      return next();
    }
    if (!key)
      return next(
        new ApiError('unauthorized', 'An API key is required: send `Authorization: Bearer <key>`.'),
      );
    const hash = digest(key);
    const match = keys.find((k) => timingSafeEqual(k.hash, hash));
    if (!match) return next(new ApiError('unauthorized', 'The API key is not valid.'));
    req.role = match.role;
    req.caller = match.label ?? match.role;
    next();
  };
}

export function requireRole(role: Role): RequestHandler {
  return (req, _res, next) => {
    if (role === 'editor' && req.role !== 'editor') {
      return next(new ApiError('forbidden', 'This needs an editor API key.'));
    }
    next();
  };
}

/** Token bucket per client: `perMinute` requests a minute, bursts up to the same number. */
export function rateLimit(perMinute: number, what: string): RequestHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  return (req, res, next) => {
    const client = req.clientId ?? req.ip ?? 'unknown';
    const now = Date.now();
    const bucket = buckets.get(client) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    if (buckets.size > 10_000) buckets.clear(); // bounded memory; a reset only forgives
    buckets.set(client, bucket);
    if (bucket.tokens < 1) {
      const retrySeconds = Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
      res.set('Retry-After', String(retrySeconds));
      return next(new ApiError('rate_limited', `Too many ${what}; try again in ${retrySeconds} s.`));
    }
    bucket.tokens -= 1;
    next();
  };
}

/**
 * At most `max` tasks at once; up to `queued` more wait their turn, each for at most its own
 * deadline, the rest are turned away. A task learns how long it waited, to take it off its budget.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly max: number,
    private readonly queued: number,
  ) {}

  async run<T>(task: (waitedMs: number) => Promise<T>, maxWaitMs = Number.POSITIVE_INFINITY): Promise<T> {
    const started = performance.now();
    if (this.running >= this.max) {
      if (this.waiting.length >= this.queued) {
        throw new ApiError(
          'busy',
          `Too many queries are running (${this.max} at once and ${this.queued} waiting); try again in a moment.`,
        );
      }
      await this.waitForSlot(maxWaitMs);
    } else {
      this.running++;
    }
    try {
      return await task(performance.now() - started);
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Resolves when a finishing task hands over its slot; fails with 503 once `maxWaitMs` has passed. */
  private waitForSlot(maxWaitMs: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const handOver = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(handOver), 1);
        reject(
          new ApiError(
            'busy',
            `The query could not start within its ${Math.round(maxWaitMs)} ms time limit: all ${this.max} query slots stayed busy. Try again in a moment, or ask for a longer timeoutMs.`,
          ),
        );
      }, maxWaitMs);
      if (!Number.isFinite(maxWaitMs)) clearTimeout(timer);
      this.waiting.push(handOver);
    });
  }
}

/** CORS for the configured origins only; without any, browsers keep other sites out. */
export function cors(origins: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin && origins.includes(origin)) {
      res.set({
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-API-Key',
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        Vary: 'Origin',
      });
      if (req.method === 'OPTIONS') return res.status(204).end();
    }
    next();
  };
}

/** One JSON line per request: method, path, status, time, client and role. */
export function requestLog(write: ((line: string) => void) | undefined): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!write) return next();
    const started = performance.now();
    res.on('finish', () => {
      write(
        JSON.stringify({
          t: new Date().toISOString(),
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          bytes: Number(res.get('content-length') ?? 0),
          client: req.clientId,
          role: req.role,
          ...(res.locals.errorCode ? { error: res.locals.errorCode } : {}),
        }),
      );
    });
    next();
  };
}
