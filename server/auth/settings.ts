/** Settings of advisor sign-in: idle timeout, session lifetime, cookies, password hashing, OIDC. */
import { pbkdf2Passwords, type PasswordHasher } from './passwords.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The callback URL registered at the identity provider: <origin>/api/advisor/oidc/callback. */
  redirectUri: string;
  /** The ID-token claim whose value is stored as `oidc_subject` of an advisor account (default "sub"). */
  accountClaim: string;
  /** Where the browser goes after a successful sign-in (the page with the desk). */
  returnUrl: string;
  /** Tests only: allow an issuer on http://localhost. */
  allowInsecureIssuer?: boolean;
}

export interface AdvisorAuthSettings {
  passwords: PasswordHasher;
  idleMinutes: number;
  maxSessionHours: number;
  /** Sign-in with user name and password (the embedded default; switch off once OIDC is set up). */
  localLogin: boolean;
  /** Dev/test only: plain http://localhost gets a cookie without Secure (browsers refuse Secure on http). */
  allowInsecureLocalhost: boolean;
  oidc?: OidcSettings | undefined;
}

export const DEFAULT_ADVISOR_AUTH: AdvisorAuthSettings = {
  passwords: pbkdf2Passwords,
  idleMinutes: 15,
  maxSessionHours: 10,
  localLogin: true,
  allowInsecureLocalhost: true,
};

const num = (value: string | undefined, fallback: number) => (value && Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback);

export function advisorAuthFromEnv(env: Record<string, string | undefined>, passwords: PasswordHasher): AdvisorAuthSettings {
  const oidc =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_REDIRECT_URI
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET ?? '',
          redirectUri: env.OIDC_REDIRECT_URI,
          accountClaim: env.OIDC_ACCOUNT_CLAIM ?? 'sub',
          returnUrl: env.OIDC_RETURN_URL ?? '/',
          allowInsecureIssuer: env.NODE_ENV !== 'production' && /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(env.OIDC_ISSUER),
        }
      : undefined;
  return {
    passwords,
    idleMinutes: num(env.ADVISOR_IDLE_MINUTES, DEFAULT_ADVISOR_AUTH.idleMinutes),
    maxSessionHours: num(env.ADVISOR_SESSION_HOURS, DEFAULT_ADVISOR_AUTH.maxSessionHours),
    localLogin: env.ADVISOR_LOCAL_LOGIN !== 'false',
    allowInsecureLocalhost: env.NODE_ENV !== 'production',
    oidc,
  };
}
