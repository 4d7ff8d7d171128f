/**
 * OIDC sign-in of the advisor desk against a real OpenID provider (`oidc-provider`) started here on
 * loopback: authorisation code with PKCE, state and nonce; the mapped claim selects the account.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { DEFAULT_ADVISOR_AUTH } from '../../server/auth/settings.ts';
import { createAccount } from '../../server/domain/advisor/accounts.ts';
import type { AdvisorSession } from '../../src/contract/advisor.ts';
import { openTestApp, type TestApp } from './support/app.ts';
import { TEST_DATABASES } from './support/databases.ts';

const REDIRECT = 'http://localhost/api/advisor/oidc/callback';

/** Follows the provider's redirects with its cookies, as a browser would, until it sends us back. */
async function throughProvider(start: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = start;
  for (let i = 0; i < 10; i++) {
    if (url.startsWith(REDIRECT)) return url;
    const r = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      jar.set(k!.trim(), v ?? '');
    }
    const location = r.headers.get('location');
    if (!location) throw new Error(`provider stopped at ${r.status}: ${(await r.text()).slice(0, 200)}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects');
}

for (const db of TEST_DATABASES) {
  describe(`advisor OIDC sign-in (${db.name})`, () => {
    let server: Server;
    let t: TestApp;
    let issuer: string;
    before(async () => {
      server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      const provider = new Provider(issuer, {
        jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig' }] },
        ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 600 },
        clients: [{ client_id: 'desk', client_secret: 'desk-secret-for-tests-only', redirect_uris: [REDIRECT], grant_types: ['authorization_code'], response_types: ['code'] }],
        findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, email: `${id}@beratung.example.org` }) }),
        // The person "signs in" at once as oidc-user-1 and every scope is granted: the test is about our side.
        loadExistingGrant: async (ctx) => {
          const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
          grant.addOIDCScope('openid profile email');
          await grant.save();
          return grant;
        },
        features: { devInteractions: { enabled: false } },
      });
      server.on('request', (req, res) => {
        if (req.url?.startsWith('/interaction/')) {
          void provider.interactionFinished(req, res, { login: { accountId: 'oidc-user-1' } }, { mergeWithLastSubmission: false });
          return;
        }
        provider.callback()(req, res);
      });
      t = await openTestApp(db, {
        advisorAuth: {
          ...DEFAULT_ADVISOR_AUTH,
          oidc: { issuer, clientId: 'desk', clientSecret: 'desk-secret-for-tests-only', redirectUri: REDIRECT, accountClaim: 'sub', returnUrl: '/beratung/', allowInsecureIssuer: true },
        },
      });
      await createAccount(t.sql, { id: 'acc-oidc', centreId: 'do-schuldner', advisorId: 'adv-1', role: 'advisor', username: 'oidc.a', displayName: 'Frau A. (OIDC)', oidcSubject: 'oidc-user-1' });
    });
    after(async () => {
      await t.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('signs in through the identity provider and maps the claim to the advisor account', async () => {
      const options = await (await t.app.request('/api/advisor/auth-options')).json();
      assert.deepEqual(options, { localLogin: true, oidc: true });
      const start = await t.app.request('/api/advisor/oidc/start');
      assert.equal(start.status, 302);
      const authUrl = new URL(start.headers.get('location')!);
      assert.equal(authUrl.origin, issuer);
      assert.equal(authUrl.searchParams.get('code_challenge_method'), 'S256');
      assert.ok(authUrl.searchParams.get('nonce') && authUrl.searchParams.get('state'));
      const back = new URL(await throughProvider(authUrl.href));
      assert.ok(back.searchParams.get('code'));
      const callback = await t.app.request(`${back.pathname}${back.search}`);
      assert.equal(callback.status, 302, await callback.clone().text());
      assert.equal(callback.headers.get('location'), '/beratung/');
      const cookie = callback.headers.get('set-cookie')!.split(';')[0]!;
      const session = (await (await t.app.request('/api/advisor/session', { headers: { cookie } })).json()) as AdvisorSession;
      assert.equal(session.account.displayName, 'Frau A. (OIDC)');
      assert.equal(session.account.centreId, 'do-schuldner');
      // The same callback again (replayed state) gets nothing.
      const replay = await t.app.request(`${back.pathname}${back.search}`);
      assert.equal(replay.status, 401);
    });

    it('refuses a forged state and a person without an account', async () => {
      const forged = await t.app.request('/api/advisor/oidc/callback?code=abc&state=forged');
      assert.equal(forged.status, 401);
      await t.sql.query(`update advisor_accounts set oidc_subject = 'someone-else' where id = 'acc-oidc'`);
      const start = await t.app.request('/api/advisor/oidc/start');
      const back = new URL(await throughProvider(start.headers.get('location')!));
      const callback = await t.app.request(`${back.pathname}${back.search}`);
      assert.equal(callback.status, 403);
      assert.equal(callback.headers.get('set-cookie'), null);
    });
  });
}
