import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { readSessionCookie } from '../session/cookie.ts';

/**
 * A token bucket per session on /api: a burst for a page that loads many things at once, and a
 * steady rate no person at a keyboard comes near, so one signed-in user cannot keep the gateway (and
 * the upstreams behind it) busy for everyone else. A request without a live session is counted by
 * its client address, so a made-up cookie does not buy a fresh bucket.
 */
export interface TokenBucketRule {
  /** Requests that may come at once. */
  burst: number;
  /** Requests per second the bucket refills with. */
  perSecond: number;
}

export interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Takes one token if there is one: the bucket after it, and how long to wait when there was none (0: allowed). */
export function takeToken(bucket: Bucket | undefined, rule: TokenBucketRule, now: number): { bucket: Bucket; waitMs: number } {
  const elapsed = Math.max(0, now - (bucket?.updatedAt ?? now));
  const tokens = Math.min(rule.burst, (bucket?.tokens ?? rule.burst) + (elapsed / 1000) * rule.perSecond);
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, updatedAt: now }, waitMs: 0 };
  return { bucket: { tokens, updatedAt: now }, waitMs: Math.ceil(((1 - tokens) / rule.perSecond) * 1000) };
}

/**
 * Where the buckets live. `update` reads, changes and writes one bucket as one step, so a store
 * shared by several processes can make it atomic.
 */
export interface RateLimitStore {
  update<T>(key: string, change: (bucket: Bucket | undefined) => { bucket: Bucket; result: T }): Promise<T>;
}

const MAX_BUCKETS_BEFORE_SWEEP = 10_000;

/**
 * Buckets in this process's memory: each gateway process limits on its own (behind N processes a
 * session gets up to N times the rate), which is enough to stop one user flooding one process.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #buckets = new Map<string, Bucket>();

  constructor(private readonly idleMs = 10 * 60_000) {}

  update<T>(key: string, change: (bucket: Bucket | undefined) => { bucket: Bucket; result: T }): Promise<T> {
    const { bucket, result } = change(this.#buckets.get(key));
    if (this.#buckets.size >= MAX_BUCKETS_BEFORE_SWEEP) this.#sweep(bucket.updatedAt);
    this.#buckets.set(key, bucket);
    return Promise.resolve(result);
  }

  /** A bucket untouched for long has refilled: dropping it changes nothing. */
  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) if (now - bucket.updatedAt > this.idleMs) this.#buckets.delete(key);
  }
}

export const DEFAULT_API_RATE: TokenBucketRule = { burst: 200, perSecond: 20 };

export function apiRateLimit(deps: GatewayDeps, rule: TokenBucketRule, store: RateLimitStore, now: () => number) {
  return createMiddleware<GatewayEnv>(async (c, next) => {
    const sessionId = readSessionCookie(c, { secure: deps.config.secureCookies });
    // Only a live session has a bucket of its own, or made-up cookies would each get a fresh one.
    // Session ids are secrets: the key is the digest the session store keeps of them.
    const idHash = sessionId ? await deps.sessions.liveIdHash(sessionId) : undefined;
    const key = idHash ? `session:${idHash}` : `client:${c.get('clientAddress')}`;
    const waitMs = await store.update(key, (bucket) => {
      const taken = takeToken(bucket, rule, now());
      return { bucket: taken.bucket, result: taken.waitMs };
    });
    if (waitMs > 0) {
      throw new ApiError(429, 'too_many_requests', 'Too many requests. Please wait a moment and try again.', {
        'Retry-After': String(Math.ceil(waitMs / 1000)),
      });
    }
    await next();
  });
}
