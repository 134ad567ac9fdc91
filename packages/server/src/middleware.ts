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
      /** Who the rate limits count against: a valid key's hash, else the address. */
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

/** Token buckets, one per client: `perMinute` tokens a minute, bursts up to the same number. */
class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly refillPerMs: number;

  constructor(private readonly perMinute: number) {
    this.refillPerMs = perMinute / 60_000;
  }

  private refilled(client: string) {
    const now = Date.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.refillPerMs);
    bucket.at = now;
    if (this.buckets.size > 10_000) this.buckets.clear(); // bounded memory; a reset only forgives
    this.buckets.set(client, bucket);
    return bucket;
  }

  /** Seconds until the client has a token again; 0 when it has one now. */
  wait(client: string): number {
    const { tokens } = this.refilled(client);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / this.refillPerMs / 1000);
  }

  take(client: string): void {
    this.refilled(client).tokens -= 1;
  }
}

function rateLimited(res: Response, retrySeconds: number, what: string): ApiError {
  res.set('Retry-After', String(retrySeconds));
  return new ApiError('rate_limited', `Too many ${what}; try again in ${retrySeconds} s.`);
}

/**
 * Resolves the caller's role from its key; open mode (no keys) makes everyone an editor. Rate
 * limits count against a valid key, else the address: a presented key counts only once it is
 * valid, so inventing keys never buys fresh buckets. Wrong keys are limited per address, checked
 * before the key is compared, so guessing stops at the limit whatever the guess. A request with
 * no key guesses nothing (a browser's first load before the key is typed): it is just refused.
 */
export function authenticate(config: ServerConfig): RequestHandler {
  const configured = (entries: readonly string[], role: Role) =>
    entries.map(parseApiKey).map(({ label, secret }) => ({ hash: digest(secret), role, label }));
  const keys = [...configured(config.editorKeys, 'editor'), ...configured(config.readerKeys, 'reader')];
  const open = isOpen(config);
  const failures = new TokenBuckets(config.authFailuresPerMinute);
  return (req, res, next) => {
    const address = `ip:${req.ip ?? 'unknown'}`;
    req.clientId = address;
    if (open) {
      req.role = 'editor';
      req.caller = 'editor';
      return next();
    }
    const key = presentedKey(req);
    if (key === undefined)
      return next(
        new ApiError('unauthorized', 'An API key is required: send `Authorization: Bearer <key>`.'),
      );
    const retrySeconds = failures.wait(address);
    if (retrySeconds > 0) return next(rateLimited(res, retrySeconds, 'wrong API keys'));
    const hash = digest(key);
    const match = keys.find((k) => timingSafeEqual(k.hash, hash));
    if (!match) {
      failures.take(address);
      return next(new ApiError('unauthorized', 'The API key is not valid.'));
    }
    req.clientId = `key:${match.hash.toString('hex').slice(0, 12)}`;
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

/** `perMinute` requests a minute per client (`req.clientId`, set by `authenticate`). */
export function rateLimit(perMinute: number, what: string): RequestHandler {
  const buckets = new TokenBuckets(perMinute);
  return (req, res, next) => {
    const client = req.clientId ?? `ip:${req.ip ?? 'unknown'}`;
    const retrySeconds = buckets.wait(client);
    if (retrySeconds > 0) return next(rateLimited(res, retrySeconds, what));
    buckets.take(client);
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
        'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
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
