/**
 * Explicit retries for transient failures (network error, 503, 429), with exponential backoff and
 * jitter, honouring Retry-After. Only for calls that are safe to repeat; the caller decides.
 */
import { isTransient, ProblemError } from './errors.ts';

export interface RetryOptions {
  /** Total attempts including the first (default 3). */
  attempts?: number;
  /** First delay in ms (default 300), doubled each time. */
  baseDelayMs?: number;
  /** Upper bound of one delay, also for Retry-After (default 10 s). */
  maxDelayMs?: number;
  signal?: AbortSignal;
  /** For tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

export async function retry<T>(call: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 3);
  const base = options.baseDelayMs ?? 300;
  const max = options.maxDelayMs ?? 10_000;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      if (attempt >= attempts || !isTransient(error) || options.signal?.aborted) throw error;
      const backoff = base * 2 ** (attempt - 1) * (0.5 + random() / 2);
      const serverSays = error instanceof ProblemError && error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : 0;
      await sleep(Math.min(max, Math.max(backoff, serverSays)), options.signal);
    }
  }
}
