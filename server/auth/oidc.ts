/**
 * Sign-in through the operator's OpenID Connect provider (authorisation code flow with PKCE, state
 * and nonce) using `openid-client`. The login state lives in the database for a few minutes, so the
 * callback may reach another instance. A configured claim of the ID token names the advisor account.
 */
import type * as OidcClient from 'openid-client';
import type { Configuration } from 'openid-client';
import { hashToken } from '../domain/bookings/tokens.ts';
import { ApiProblem } from '../http/problem.ts';
import type { SqlClient } from '../storage/sql.ts';
import type { OidcSettings } from './settings.ts';

const LOGIN_MINUTES = 10;

type OidcLib = typeof OidcClient;
let lib: Promise<OidcLib> | undefined;
const configs = new Map<string, Promise<Configuration>>();

/** Loaded on first use, so the in-browser mock API never pulls the library in. */
const oidcLib = () => (lib ??= import('openid-client'));

async function configuration(settings: OidcSettings): Promise<Configuration> {
  let config = configs.get(settings.issuer);
  if (!config) {
    const client = await oidcLib();
    config = client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret,
      undefined,
      settings.allowInsecureIssuer ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    configs.set(settings.issuer, config);
    // A failed discovery is tried again on the next sign-in.
    config.catch(() => configs.delete(settings.issuer));
  }
  return config;
}

export async function startOidcLogin(sql: SqlClient, settings: OidcSettings, now: Date): Promise<URL> {
  const client = await oidcLib();
  const config = await configuration(settings);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await sql.query('delete from advisor_oidc_logins where created_at < $1', [new Date(now.getTime() - LOGIN_MINUTES * 60_000).toISOString()]);
  await sql.query('insert into advisor_oidc_logins (state_hash, code_verifier, nonce, created_at) values ($1, $2, $3, $4)', [
    await hashToken(state), codeVerifier, nonce, now.toISOString(),
  ]);
  return client.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    scope: 'openid profile email',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
}

const failed = () => new ApiProblem(401, 'unauthorized', 'Die Anmeldung beim Identitätsanbieter ist fehlgeschlagen oder abgelaufen. Bitte versuchen Sie es erneut.');

/** Finishes the sign-in and returns the value of the account claim. */
export async function finishOidcLogin(sql: SqlClient, settings: OidcSettings, callbackUrl: URL, now: Date): Promise<string> {
  const state = callbackUrl.searchParams.get('state');
  if (!state) throw failed();
  const rows = await sql.query<{ code_verifier: string; nonce: string }>(
    'delete from advisor_oidc_logins where state_hash = $1 and created_at > $2 returning code_verifier, nonce',
    [await hashToken(state), new Date(now.getTime() - LOGIN_MINUTES * 60_000).toISOString()],
  );
  const login = rows[0];
  if (!login) throw failed();
  const client = await oidcLib();
  const config = await configuration(settings);
  // The callback arrives at the public redirect URI; behind a proxy the request URL may differ.
  const current = new URL(settings.redirectUri);
  current.search = callbackUrl.search;
  try {
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: login.code_verifier,
      expectedState: state,
      expectedNonce: login.nonce,
    });
    const value = tokens.claims()?.[settings.accountClaim];
    if (typeof value !== 'string' || !value) throw failed();
    return value;
  } catch (error) {
    if (error instanceof ApiProblem) throw error;
    throw failed();
  }
}
