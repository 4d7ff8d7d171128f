/** Sign-in, session, "stay signed in", sign-out (here or everywhere) and OIDC of the advisor desk. */
import { Hono } from 'hono';
import { loginRequest } from '../../src/contract/advisor.ts';
import { clearedCookie, sessionCookie } from '../auth/cookies.ts';
import { requireAdvisor, type AdvisorEnv } from '../auth/guard.ts';
import { assertMayTry, clearFailures, recordFailure } from '../auth/login-throttle.ts';
import { finishOidcLogin, startOidcLogin } from '../auth/oidc.ts';
import { DUMMY_PASSWORD_HASH } from '../auth/passwords.ts';
import { createSession, endAllSessions, endSession, findSession } from '../auth/sessions.ts';
import type { AdvisorAuthSettings } from '../auth/settings.ts';
import { accountByOidcSubject, accountByUsername, sessionView } from '../domain/advisor/accounts.ts';
import { ApiProblem } from '../http/problem.ts';
import { parseJsonBody } from '../http/validate.ts';
import { limited } from './bookings.ts';

const wrongLogin = () =>
  new ApiProblem(401, 'unauthorized', 'Benutzername oder Passwort stimmen nicht.', [{ path: 'password', message: 'Benutzername oder Passwort stimmen nicht.' }]);

export function advisorAuthRoutes(settings: AdvisorAuthSettings): Hono<AdvisorEnv> {
  const app = new Hono<AdvisorEnv>();
  const guard = requireAdvisor(settings);

  app.get('/api/advisor/auth-options', (c) => c.json({ localLogin: settings.localLogin, oidc: Boolean(settings.oidc) }));

  app.post('/api/advisor/session', limited({ bucket: 'advisor-login', limit: 30, windowSeconds: 600 }), async (c) => {
    if (!settings.localLogin) throw new ApiProblem(404, 'notFound', 'Die Anmeldung mit Passwort ist abgeschaltet. Bitte melden Sie sich über Ihre Organisation an.');
    const body = await parseJsonBody(c, loginRequest);
    const { storage, clock } = c.var.deps;
    const now = clock();
    await assertMayTry(storage.sql, body.username, now);
    const account = await accountByUsername(storage.sql, body.username);
    // Unknown names cost as much time as known ones.
    const ok = await settings.passwords.verify(body.password, account?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!account || !account.passwordHash || account.disabled || !ok) {
      await recordFailure(storage.sql, body.username, now);
      throw wrongLogin();
    }
    await clearFailures(storage.sql, body.username);
    const token = await createSession(storage.sql, settings, account.id, now);
    const principal = (await findSession(storage.sql, settings, token, now))!;
    if (body.transport === 'bearer') return c.json(sessionView(principal, settings, token), 201);
    c.header('Set-Cookie', sessionCookie(c, token, settings.allowInsecureLocalhost));
    return c.json(sessionView(principal, settings), 201);
  });

  app.get('/api/advisor/session', guard, (c) => c.json(sessionView(c.var.advisor, settings)));
  // "Angemeldet bleiben": any guarded request counts as activity; this one does nothing else.
  app.post('/api/advisor/session/extend', guard, (c) => c.json(sessionView(c.var.advisor, settings)));
  app.delete('/api/advisor/session', guard, async (c) => {
    await endSession(c.var.deps.storage.sql, c.var.advisor.tokenHash);
    c.header('Set-Cookie', clearedCookie(c, settings.allowInsecureLocalhost));
    return c.body(null, 204);
  });
  app.delete('/api/advisor/sessions', guard, async (c) => {
    await endAllSessions(c.var.deps.storage.sql, c.var.advisor.accountId);
    c.header('Set-Cookie', clearedCookie(c, settings.allowInsecureLocalhost));
    return c.body(null, 204);
  });

  app.get('/api/advisor/oidc/start', limited({ bucket: 'advisor-login', limit: 30, windowSeconds: 600 }), async (c) => {
    if (!settings.oidc) throw new ApiProblem(404, 'notFound', 'Die Anmeldung über einen Identitätsanbieter ist nicht eingerichtet.');
    const { storage, clock } = c.var.deps;
    return c.redirect((await startOidcLogin(storage.sql, settings.oidc, clock())).href, 302);
  });
  app.get('/api/advisor/oidc/callback', async (c) => {
    if (!settings.oidc) throw new ApiProblem(404, 'notFound', 'Die Anmeldung über einen Identitätsanbieter ist nicht eingerichtet.');
    const { storage, clock } = c.var.deps;
    const now = clock();
    const subject = await finishOidcLogin(storage.sql, settings.oidc, new URL(c.req.url), now);
    const accountId = await accountByOidcSubject(storage.sql, subject);
    if (!accountId) throw new ApiProblem(403, 'forbidden', 'Für diese Anmeldung gibt es kein Konto in einer Beratungsstelle. Bitte wenden Sie sich an Ihre Leitung.');
    const token = await createSession(storage.sql, settings, accountId, now);
    c.header('Set-Cookie', sessionCookie(c, token, settings.allowInsecureLocalhost));
    return c.redirect(settings.oidc.returnUrl, 302);
  });
  return app;
}
