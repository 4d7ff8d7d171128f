/**
 * Sending an application, in its own chunk (loaded when the citizen submits): builds the payload on
 * the device, encrypts it to the office's key (jose comes in a further chunk), and sends ciphertext +
 * non-personal metadata with the application's idempotency key. Transient failures are retried a few
 * times; after that the machine shows "Erneut senden" — with the same key, so nothing is filed twice.
 */
import { SubmissionRejected, type Receipt, type SubmitInput } from '../../forms/engine/machine.ts';
import { buildPayload } from '../../forms/engine/payload.ts';
import { readDocument } from '../../forms/engine/draft-store.ts';
import { submitApplication } from '../../src/api/applications.ts';
import { ProblemError } from '../../src/api/errors.ts';
import { retry } from '../../src/api/retry.ts';
import { apiBase } from '../../src/tenant/store.ts';
import type { SubmitterOptions } from './submission.ts';

export async function send(options: SubmitterOptions, input: SubmitInput, signal: AbortSignal): Promise<Receipt> {
  const def = options.definition();
  const payload = await buildPayload(def, input.answers, { tenant: options.tenant, now: new Date(), readDocument });
  const { encryptApplication } = await import('../../forms/engine/encrypt.ts');
  const ciphertext = await encryptApplication(payload, options.publicKey);
  const body = { service: def.service, tenant: options.tenant, formId: def.formId, definitionVersion: def.version, ciphertext };
  try {
    return await retry(() => submitApplication(body, { apiBase: apiBase(), idempotencyKey: input.idempotencyKey, signal }), {
      attempts: options.attempts ?? 3,
      signal,
    });
  } catch (error) {
    if (error instanceof ProblemError && !error.transient) throw new SubmissionRejected(error.message);
    throw error;
  }
}
