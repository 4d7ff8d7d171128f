/**
 * Bot protection without third parties: ALTCHA's proof of work (altcha-lib v1 format). The browser
 * searches the number whose SHA-256 with the salt gives the challenge; each solution counts once.
 */
import { createChallenge, verifySolution } from 'altcha-lib/v1';
import type { Challenge } from '../../../src/contract/bookings.ts';
import { ApiProblem } from '../../http/problem.ts';
import type { SqlClient } from '../../storage/sql.ts';
import type { BookingSettings } from './settings.ts';

const CHALLENGE_SECONDS = 20 * 60;

export async function newChallenge(settings: BookingSettings, now: Date): Promise<Challenge> {
  const c = await createChallenge({
    hmacKey: settings.proofKey,
    maxNumber: settings.proofMaxNumber,
    algorithm: 'SHA-256',
    expires: new Date(now.getTime() + CHALLENGE_SECONDS * 1000),
  });
  return { algorithm: 'SHA-256', challenge: c.challenge, maxnumber: c.maxnumber ?? settings.proofMaxNumber, salt: c.salt, signature: c.signature };
}

const invalidProof = () =>
  new ApiProblem(422, 'validation', 'Die Sicherheitsprüfung ist abgelaufen oder ungültig. Bitte senden Sie das Formular erneut.', [
    { path: 'proof', message: 'eine gültige Sicherheitsprüfung' },
  ]);

/** Verifies a solution and marks it spent inside the caller's transaction (a failed booking rolls it back). */
export async function spendProof(tx: SqlClient, settings: BookingSettings, payload: string, now: Date): Promise<void> {
  let ok = false;
  let signature = '';
  try {
    const decoded = JSON.parse(atob(payload)) as { signature?: unknown };
    signature = typeof decoded.signature === 'string' ? decoded.signature : '';
    ok = signature !== '' && (await verifySolution(payload, settings.proofKey, true));
  } catch {
    ok = false;
  }
  if (!ok) throw invalidProof();
  await tx.query('delete from spent_challenges where expires_at < $1', [now.toISOString()]);
  const rows = await tx.query(
    'insert into spent_challenges (signature, expires_at) values ($1, $2) on conflict (signature) do nothing returning signature',
    [signature, new Date(now.getTime() + CHALLENGE_SECONDS * 1000).toISOString()],
  );
  if (!rows.length) throw invalidProof();
}
