/**
 * Contract of online applications: the citizen's device sends only ciphertext (JWE) plus
 * non-personal metadata; the API answers with a receipt. The authority side fetches and
 * acknowledges with a bearer token.
 */
import { z } from 'zod';

/** Upper bound of one JWE: 10 MB of attachments grow by base64 twice (inner JSON, JWE encoding). */
export const MAX_CIPHERTEXT_CHARS = 19 * 1024 * 1024;

/** Compact JWE: five base64url parts; the header part must be present. */
const jweCompact = z.string().max(MAX_CIPHERTEXT_CHARS).regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'eine JWE in kompakter Darstellung');

export const applicationSubmission = z.strictObject({
  service: z.string().regex(/^[a-z0-9-]{1,60}$/),
  tenant: z.string().regex(/^\d{8}$/, 'ein Amtlicher Gemeindeschlüssel aus 8 Ziffern'),
  formId: z.string().regex(/^[a-z0-9-]{1,60}$/),
  definitionVersion: z.string().regex(/^\d{1,3}(\.\d{1,3}){0,2}$/),
  ciphertext: jweCompact,
});

/** The receipt: a reference number the citizen can quote, and when the API stored the application. */
export const applicationReceipt = z.strictObject({
  reference: z.string(),
  receivedAt: z.string(),
});

/** What the authority side fetches. `ciphertext` is null once acknowledged or purged. */
export const storedApplication = z.strictObject({
  reference: z.string(),
  tenant: z.string(),
  service: z.string(),
  formId: z.string(),
  definitionVersion: z.string(),
  receivedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  ciphertext: z.string().nullable(),
});

/** Header that makes a submission safe to repeat: the same key never stores a second application. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const idempotencyKey = z.string().regex(/^[A-Za-z0-9-]{16,64}$/, 'eine zufällige Kennung (16 bis 64 Zeichen)');

export type ApplicationSubmission = z.infer<typeof applicationSubmission>;
export type ApplicationReceipt = z.infer<typeof applicationReceipt>;
export type StoredApplication = z.infer<typeof storedApplication>;
