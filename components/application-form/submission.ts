/**
 * The `submit` actor of the form machine. The work itself (payload, encryption, sending) is in
 * send.ts, loaded only when the citizen submits; if that load fails, the machine shows "Erneut
 * senden" like for any other failed attempt.
 */
import { fromPromise } from 'xstate';
import type { Receipt, SubmitInput } from '../../forms/engine/machine.ts';
import type { FormDefinition } from '../../forms/engine/types.ts';
import type { ServiceActivation } from '../../src/tenant/schema.ts';

export interface SubmitterOptions {
  definition: () => FormDefinition;
  tenant: string;
  publicKey: NonNullable<ServiceActivation['applicationKey']>;
  /** Attempts before the citizen is asked to try again (default 3). */
  attempts?: number;
}

export function submitter(options: SubmitterOptions) {
  return fromPromise<Receipt, SubmitInput>(async ({ input, signal }) => {
    const { send } = await import('./send.ts');
    return send(options, input, signal);
  });
}
