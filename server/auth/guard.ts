/**
 * The guard in front of every advisor endpoint: a session from the cookie (browser) or from
 * `Authorization: Bearer` (non-browser clients), the idle timeout, and CSRF for cookie sessions.
 * Requests marked `X-Background: 1` (the desk's polling) do not count as activity.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ApiProblem } from '../http/problem.ts';
import { tokenFromCookie } from './cookies.ts';
import { sameText } from './passwords.ts';
import { findSession, touchSession, type AdvisorPrincipal } from './sessions.ts';
import type { AdvisorAuthSettings } from './settings.ts';

export type AdvisorEnv = { Variables: AppEnv['Variables'] & { advisor: AdvisorPrincipal; advisorAuth: AdvisorAuthSettings } };

export const signInRequired = () =>
  new ApiProblem(401, 'unauthorized', 'Bitte melden Sie sich an. Ihre Sitzung ist abgelaufen oder wurde beendet.', undefined, {
    'WWW-Authenticate': 'Bearer realm="advisor"',
  });

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requireAdvisor(settings: AdvisorAuthSettings): MiddlewareHandler<AdvisorEnv> {
  return async (c, next) => {
    const { storage, clock } = c.var.deps;
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const token = bearer ?? tokenFromCookie(c);
    if (!token) throw signInRequired();
    const now = clock();
    const principal = await findSession(storage.sql, settings, token, now);
    if (!principal) throw signInRequired();
    if (!bearer && !SAFE.has(c.req.method)) {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!sent || !sameText(sent, principal.csrfToken)) {
        throw new ApiProblem(403, 'forbidden', 'Die Anfrage kam ohne gültiges Sicherheitsmerkmal (CSRF). Bitte laden Sie die Seite neu.');
      }
    }
    if (c.req.header('x-background') !== '1') {
      await touchSession(storage.sql, principal.tokenHash, now);
      principal.lastActiveAt = now;
    }
    c.set('advisor', principal);
    c.set('advisorAuth', settings);
    await next();
  };
}

/** Only the centre admin may change the profile, see the audit trail and every advisor's availability. */
export function requireCentreAdmin(): MiddlewareHandler<AdvisorEnv> {
  return async (c, next) => {
    if (c.var.advisor.role !== 'centre-admin') {
      throw new ApiProblem(403, 'forbidden', 'Das darf nur die Leitung der Beratungsstelle.');
    }
    await next();
  };
}
