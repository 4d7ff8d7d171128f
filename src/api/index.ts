/** The widgets' way to the reference API. */
export { createApiClient, type ApiClient, type ApiClientOptions, type CallOptions } from './client.ts';
export { NetworkError, ProblemError, isTransient } from './errors.ts';
export { retry, type RetryOptions } from './retry.ts';
