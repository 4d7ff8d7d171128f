/**
 * Rate limit for public write endpoints: a fixed window per client and bucket, counted in the
 * database so that every instance behind a load balancer sees the same count. Clients are keyed
 * by a salted hash of their address, never by the address itself.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Storage } from '../storage/storage.ts';
import { ApiProblem } from './problem.ts';

export interface RateLimitRule {
  bucket: string;
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitDeps {
  storage: Pick<Storage, 'countHit' | 'pruneHits'>;
  clock: () => Date;
  clientAddress: (c: Context) => string;
  salt: string;
}

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
  hits: number;
}

async function hashClient(salt: string, address: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000${address}`));
  return [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Pure decision over the storage; exported for direct tests. */
export async function checkRateLimit(deps: RateLimitDeps, rule: RateLimitRule, address: string): Promise<RateLimitDecision> {
  const now = deps.clock().getTime();
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const client = await hashClient(deps.salt, address);
  const hits = await deps.storage.countHit(rule.bucket, client, new Date(windowStart));
  // Old windows are pruned now and then by whichever instance happens to count a hit.
  if (Math.random() < 0.01) await deps.storage.pruneHits(new Date(windowStart - windowMs));
  return { allowed: hits <= rule.limit, hits, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) };
}

export function rateLimit(deps: RateLimitDeps, rule: RateLimitRule): MiddlewareHandler {
  return async (c, next) => {
    const decision = await checkRateLimit(deps, rule, deps.clientAddress(c));
    if (!decision.allowed) {
      throw new ApiProblem(429, 'rateLimited', `Bitte warten Sie ${decision.retryAfterSeconds} Sekunden und versuchen Sie es dann erneut.`, undefined, {
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
    await next();
  };
}
