/**
 * The `submit` actor of the form machine: builds the payload on the device, encrypts it to the
 * office's key (jose is loaded only now, in its own chunk), and sends ciphertext + non-personal
 * metadata with the application's idempotency key. Transient failures are retried a few times;
 * after that the machine shows "Erneut senden" — with the same key, so nothing is filed twice.
 */
import { fromPromise } from 'xstate';
import { SubmissionRejected, type Receipt, type SubmitInput } from '../../forms/engine/machine.ts';
import { buildPayload } from '../../forms/engine/payload.ts';
import { readDocument } from '../../forms/engine/draft-store.ts';
import type { FormDefinition } from '../../forms/engine/types.ts';
import { submitApplication } from '../../src/api/applications.ts';
import { ProblemError } from '../../src/api/errors.ts';
import { retry } from '../../src/api/retry.ts';
import type { ServiceActivation } from '../../src/tenant/schema.ts';
import { apiBase } from '../../src/tenant/store.ts';

export interface SubmitterOptions {
  definition: () => FormDefinition;
  tenant: string;
  publicKey: NonNullable<ServiceActivation['applicationKey']>;
  /** Attempts before the citizen is asked to try again (default 3). */
  attempts?: number;
}

export function submitter(options: SubmitterOptions) {
  return fromPromise<Receipt, SubmitInput>(async ({ input, signal }) => {
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
  });
}
