/**
 * Sends an encrypted application with its idempotency key. Kept beside the general client
 * because it needs a request header and a larger body; safe to repeat (same key, same receipt).
 */
import type { ApplicationReceipt, ApplicationSubmission } from '../contract/applications.ts';
import type { Problem } from '../contract/problem.ts';
import { NetworkError, ProblemError } from './errors.ts';

export interface SubmitOptions {
  /** The API base as the loader knows it, e.g. "https://host/api/". */
  apiBase: string;
  idempotencyKey: string;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export async function submitApplication(body: ApplicationSubmission, options: SubmitOptions): Promise<ApplicationReceipt> {
  const url = `${options.apiBase.replace(/\/+$/, '')}/applications`;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': options.idempotencyKey },
      body: JSON.stringify(body),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    const seconds = Number(response.headers.get('retry-after'));
    throw new ProblemError(
      { type: problem.type ?? 'about:blank', title: problem.title ?? response.statusText, status: response.status, ...(problem.detail ? { detail: problem.detail } : {}) },
      Number.isFinite(seconds) && seconds > 0 ? seconds : undefined,
    );
  }
  return (await response.json()) as ApplicationReceipt;
}
