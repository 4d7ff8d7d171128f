/**
 * CORS for the API: only the origins that tenant configs list (their union). The list comes from
 * the database; each instance keeps it for a short while so a config change spreads within a minute.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiProblem, problemResponse } from './problem.ts';

export interface CorsOptions {
  allowedOrigins: () => Promise<readonly string[]>;
  now: () => number;
  cacheMs?: number;
}

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, Accept, Accept-Language, Authorization, X-Request-Id';

export function cors(options: CorsOptions): MiddlewareHandler {
  const cacheMs = options.cacheMs ?? 60_000;
  let cached: { at: number; origins: Set<string> } | undefined;
  const origins = async () => {
    if (!cached || options.now() - cached.at > cacheMs) {
      cached = { at: options.now(), origins: new Set(await options.allowedOrigins()) };
    }
    return cached.origins;
  };

  return async (c, next) => {
    const origin = c.req.header('origin');
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    if (!origin) return next();
    const allowed = (await origins()).has(origin);
    if (preflight) {
      if (!allowed) return problemResponse(c, new ApiProblem(403, 'forbiddenOrigin'));
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        },
      });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After, X-Request-Id');
    }
  };
}
