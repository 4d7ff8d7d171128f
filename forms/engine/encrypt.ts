/**
 * Encrypts the application on the citizen's device as JWE (compact serialisation) to the
 * responsible office's public key: RSA-OAEP-256 key wrapping, A256GCM content encryption, as
 * FIT-Connect does. Attachments travel inside the same JWE (docs/applications.md).
 */
import { CompactEncrypt, importJWK, type JWK } from 'jose';
import type { ApplicationPayload } from './payload.ts';

export const JWE_ALG = 'RSA-OAEP-256';
export const JWE_ENC = 'A256GCM';

export async function encryptApplication(payload: ApplicationPayload, publicKey: JWK): Promise<string> {
  const key = await importJWK({ ...publicKey, alg: JWE_ALG }, JWE_ALG);
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: JWE_ALG, enc: JWE_ENC, cty: 'application/json', ...(publicKey.kid ? { kid: publicKey.kid } : {}) })
    .encrypt(key);
}
