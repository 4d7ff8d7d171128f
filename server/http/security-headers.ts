/**
 * Security headers on every response. The API and its reference page get a strict CSP; the
 * widgets' files must stay loadable from municipal sites, so they are cross-origin resources.
 */
import type { MiddlewareHandler } from 'hono';

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const DOCS_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    const path = c.req.path;
    if (path.startsWith('/api/')) {
      h.set('Content-Security-Policy', path === '/api/docs' || path.startsWith('/api/docs/') ? DOCS_CSP : API_CSP);
      h.set('X-Frame-Options', 'DENY');
      h.set('Cross-Origin-Resource-Policy', 'same-site');
      h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
      if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
    } else {
      // loader.js and its chunks are included by municipal sites on other origins.
      h.set('Cross-Origin-Resource-Policy', 'cross-origin');
    }
  };
}
