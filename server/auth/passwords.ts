/**
 * Password hashes in a self-describing format ("scheme$params$salt$hash"), so the hash can be
 * upgraded later. Node uses scrypt (server/auth/passwords-scrypt.ts); the in-browser mock API has no
 * node:crypto and uses PBKDF2 from WebCrypto. Both verify in constant time.
 */

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a hash this hasher cannot read. */
  verify(password: string, stored: string): Promise<boolean>;
}

const enc = new TextEncoder();
export const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
export const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Constant-time comparison of two byte strings. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export const sameText = (a: string, b: string): boolean => sameBytes(enc.encode(a), enc.encode(b));

const PBKDF2_ITERATIONS = 210_000;

async function pbkdf2(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', enc.encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** PBKDF2-SHA256 (OWASP: 210,000 iterations or more); runs wherever WebCrypto does. */
export const pbkdf2Passwords: PasswordHasher = {
  async hash(password) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    return `pbkdf2-sha256$${PBKDF2_ITERATIONS}$${toBase64(salt)}$${toBase64(await pbkdf2(password, salt, PBKDF2_ITERATIONS))}`;
  },
  async verify(password, stored) {
    const [scheme, iterations, salt, hash] = stored.split('$');
    if (scheme !== 'pbkdf2-sha256' || !iterations || !salt || !hash) return false;
    return sameBytes(await pbkdf2(password, fromBase64(salt), Number(iterations)), fromBase64(hash));
  },
};

/** A hash of a random password: verifying against it costs as much as a real one (no user-name probing by timing). */
export const DUMMY_PASSWORD_HASH = 'pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
