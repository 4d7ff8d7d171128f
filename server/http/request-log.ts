/**
 * One structured log line per request: request id, method, the matched route pattern (never the
 * concrete path or query string, which can carry personal data), status and duration.
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

export type RequestVariables = { requestId: string };

export function requestLog(logger: Logger, now: () => number): MiddlewareHandler<{ Variables: RequestVariables }> {
  return async (c, next) => {
    const started = now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const status = c.res.status;
    const entry = {
      reqId: requestId,
      method: c.req.method,
      route: routePath(c, -1),
      status,
      ms: Math.round((now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error(entry, 'request failed');
    else logger.info(entry, 'request');
  };
}
