/** scrypt password hashes with node:crypto (Node only); still reads PBKDF2 hashes made by the mock. */
import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { fromBase64, pbkdf2Passwords, sameBytes, toBase64, type PasswordHasher } from './passwords.ts';

/** N = 2^15, r = 8, p = 1 (RFC 7914 interactive setting): about 32 MiB and some 50-100 ms per check. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Uint8Array, params: ScryptOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...params, maxmem: 128 * (params.N ?? 0) * (params.r ?? 8) * 2 }, (error, key) =>
      error ? reject(error) : resolve(new Uint8Array(key)),
    );
  });
}

export const scryptPasswords: PasswordHasher = {
  async hash(password) {
    const salt = new Uint8Array(randomBytes(16));
    const key = await derive(password, salt, PARAMS);
    return `scrypt$${PARAMS.N}:${PARAMS.r}:${PARAMS.p}$${toBase64(salt)}$${toBase64(key)}`;
  },
  async verify(password, stored) {
    if (stored.startsWith('pbkdf2-sha256$')) return pbkdf2Passwords.verify(password, stored);
    const [scheme, params, salt, hash] = stored.split('$');
    if (scheme !== 'scrypt' || !params || !salt || !hash) return false;
    const [N, r, p] = params.split(':').map(Number);
    if (!N || !r || !p) return false;
    return sameBytes(await derive(password, fromBase64(salt), { N, r, p }), fromBase64(hash));
  },
};
