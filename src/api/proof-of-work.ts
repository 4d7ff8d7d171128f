/** The browser side of the booking's proof of work (ALTCHA v1 format), loaded only when a booking is sent. */
import type { Challenge } from '../contract/bookings.ts';

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Solves the proof of work with WebCrypto: finds n ≤ maxnumber with SHA-256(salt + n) = challenge.
 * Returns the base64 payload the API expects; null if no number fits (a forged challenge).
 */
export async function solveProof(c: Challenge, signal?: AbortSignal): Promise<string | null> {
  const encoder = new TextEncoder();
  for (let n = 0; n <= c.maxnumber; n++) {
    if (signal?.aborted) return null;
    if (hex(await crypto.subtle.digest('SHA-256', encoder.encode(c.salt + n))) === c.challenge) {
      return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature }));
    }
  }
  return null;
}
