/**
 * Online applications on the server: receive ciphertext once per idempotency key, hand it to the
 * authority, delete it on acknowledgement or after the retention period. The server never sees
 * plaintext: the citizen's device encrypted it to the office's key.
 */
import type { ApplicationReceipt, ApplicationSubmission, StoredApplication } from '../../src/contract/applications.ts';
import type { ApplicationRecord, ApplicationStore } from '../storage/sql-applications.ts';
import type { Storage } from '../storage/storage.ts';
import { ApiProblem } from '../http/problem.ts';
import { tenantConfig } from './tenants.ts';

export const DEFAULT_RETENTION_DAYS = 30;
/** For local development only; docs/applications.md. Production sets AUTHORITY_TOKEN. */
export const DEMO_AUTHORITY_TOKEN = 'demo-behoerde-nur-fuer-entwicklung';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** "SP-7KQ2-M9XD": easy to read out on the phone (no 0/O, 1/I). */
export function newReference(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const chars = [...random(8)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `SP-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export const receiptOf = (record: ApplicationRecord): ApplicationReceipt => ({ reference: record.reference, receivedAt: record.receivedAt.toISOString() });

export function storedView(record: ApplicationRecord): StoredApplication {
  return {
    reference: record.reference,
    tenant: record.tenant,
    service: record.service,
    formId: record.formId,
    definitionVersion: record.definitionVersion,
    receivedAt: record.receivedAt.toISOString(),
    acknowledgedAt: record.acknowledgedAt?.toISOString() ?? null,
    ciphertext: record.ciphertext,
  };
}

/**
 * Stores a submission unless this key was seen for this tenant: then the first receipt comes back
 * (a retry after a lost answer files nothing twice).
 */
export async function receiveApplication(
  storage: Storage,
  now: Date,
  submission: ApplicationSubmission,
  idempotencyKey: string,
): Promise<{ receipt: ApplicationReceipt; created: boolean }> {
  const tenant = await tenantConfig(storage, submission.tenant);
  const activation = tenant?.services.find((s) => s.service === submission.service);
  if (!tenant || !activation?.onlineApplication) {
    throw new ApiProblem(422, 'validation', 'Diese Leistung kann in dieser Kommune nicht online beantragt werden.', [
      { path: 'service', message: 'Für diese Kommune ist kein Online-Antrag eingerichtet.' },
    ]);
  }
  const { record, created } = await storage.applications.insertOnce({
    reference: newReference(),
    tenant: submission.tenant,
    service: submission.service,
    formId: submission.formId,
    definitionVersion: submission.definitionVersion,
    idempotencyKey,
    ciphertext: submission.ciphertext,
    receivedAt: now,
  });
  if (!created && (record.service !== submission.service || record.formId !== submission.formId)) {
    throw new ApiProblem(409, 'conflict', 'Diese Kennung (Idempotency-Key) gehört zu einem anderen Antrag.');
  }
  return { receipt: receiptOf(record), created };
}

/** Deletes the ciphertext of applications older than the retention period. */
export function purgeExpired(store: ApplicationStore, now: Date, retentionDays = DEFAULT_RETENTION_DAYS): Promise<number> {
  return store.purgeBefore(new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000), now);
}

export interface RetentionSchedule {
  retentionDays: number;
  everyMs: number;
  onPurged?: (count: number) => void;
  onError?: (error: unknown) => void;
}

/** Runs the purge now and then periodically; the timer does not keep the process alive. */
export function scheduleRetentionPurge(store: ApplicationStore, clock: () => Date, schedule: RetentionSchedule): () => void {
  const run = () =>
    purgeExpired(store, clock(), schedule.retentionDays).then(
      (count) => schedule.onPurged?.(count),
      (error: unknown) => schedule.onError?.(error),
    );
  void run();
  const timer = setInterval(run, schedule.everyMs);
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}

/** Settings from the environment: AUTHORITY_TOKEN (demo token outside production), APPLICATION_RETENTION_DAYS. */
export function applicationSettings(env: Record<string, string | undefined>): { authorityToken: string | undefined; retentionDays: number } {
  const days = Number(env.APPLICATION_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS);
  const token = env.AUTHORITY_TOKEN || (env.NODE_ENV === 'production' ? undefined : DEMO_AUTHORITY_TOKEN);
  return { authorityToken: token, retentionDays: Number.isFinite(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS };
}

/** Compares without an early exit, so the time taken does not reveal how much of a token matched. */
export function sameToken(given: string, expected: string): boolean {
  let diff = given.length ^ expected.length;
  for (let i = 0; i < Math.max(given.length, expected.length); i++) diff |= (given.charCodeAt(i) || 0) ^ (expected.charCodeAt(i) || 0);
  return diff === 0;
}
