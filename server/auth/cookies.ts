/**
 * The session cookie: `__Host-` prefixed, HttpOnly, Secure, SameSite=Strict, no expiry (ends with
 * the browser). Only on plain http://localhost in development does it go without Secure and prefix,
 * because browsers would refuse it there.
 */
import type { Context } from 'hono';

export const SECURE_COOKIE = '__Host-soz-advisor';
export const LOCAL_COOKIE = 'soz-advisor';

const isPlainLocalhost = (url: string) => {
  const u = new URL(url);
  return u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]');
};

export function cookieSecure(c: Context, allowInsecureLocalhost: boolean): boolean {
  return !(allowInsecureLocalhost && isPlainLocalhost(c.req.url));
}

export function sessionCookie(c: Context, token: string, allowInsecureLocalhost: boolean): string {
  return cookieSecure(c, allowInsecureLocalhost)
    ? `${SECURE_COOKIE}=${token}; Path=/; HttpOnly; Secure; SameSite=Strict`
    : `${LOCAL_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

export function clearedCookie(c: Context, allowInsecureLocalhost: boolean): string {
  return cookieSecure(c, allowInsecureLocalhost)
    ? `${SECURE_COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0`
    : `${LOCAL_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
}

/** The session token from the cookie (the secure one first). */
export function tokenFromCookie(c: Context): string | undefined {
  const header = c.req.header('cookie') ?? '';
  const cookies = new Map(
    header.split(';').map((part) => {
      const i = part.indexOf('=');
      return [part.slice(0, i).trim(), part.slice(i + 1).trim()] as const;
    }),
  );
  return cookies.get(SECURE_COOKIE) || cookies.get(LOCAL_COOKIE) || undefined;
}
