/**
 * Typed client of the reference API. Types come from the contract (type-only imports, so no schema
 * code reaches the widgets' bundles). No hidden retries: wrap a call in `retry()` where it is safe.
 */
import type { CentreDetail, CentrePage, CentreSearchQuery } from '../contract/centres.ts';
import type { Health } from '../contract/health.ts';
import type { PlaceList } from '../contract/places.ts';
import type { ServiceInfo, ServiceList } from '../contract/services.ts';
import type { ResolvedTenant } from '../contract/tenant.ts';
import { NetworkError, problemError } from './errors.ts';

export interface ApiClientOptions {
  /**
   * The API base as the loader knows it, including its `/api/` segment, so a widget passes
   * `apiBase()` of src/tenant/store.ts as is: e.g. "https://sozialplattform.example.org/api/"
   * (default: "/api/" on this page's origin).
   */
  baseUrl?: string;
  /** For tests and special environments; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
}

type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createApiClient(options: ApiClientOptions = {}) {
  // Paths below are relative to the API base ("/centres" → "https://host/api/centres").
  const base = (options.baseUrl ?? '/api/').replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<T>(method: 'GET' | 'POST', path: string, call: CallOptions = {}, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(call.signal ? { signal: call.signal } : {}),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      // An abort is the caller's decision, not a network failure.
      if (call.signal?.aborted) throw call.signal.reason ?? error;
      throw new NetworkError(error);
    }
    if (!response.ok) throw await problemError(response);
    return (await response.json()) as T;
  }

  const segment = encodeURIComponent;

  return {
    health: (call?: CallOptions) => request<Health>('GET', '/health', call),
    tenantConfig: (ags: string, call?: CallOptions) => request<ResolvedTenant>('GET', `/tenants/${segment(ags)}/config`, call),
    services: (call?: CallOptions) => request<ServiceList>('GET', '/services', call),
    service: (id: string, call?: CallOptions) => request<ServiceInfo>('GET', `/services/${segment(id)}`, call),
    searchCentres: (query: CentreSearchQuery, call?: CallOptions) =>
      request<CentrePage>('GET', `/centres${queryString(query as Query)}`, call),
    centre: (id: string, call?: CallOptions) => request<CentreDetail>('GET', `/centres/${segment(id)}`, call),
    suggestPlaces: (q: string, limit?: number, call?: CallOptions) => request<PlaceList>('GET', `/places${queryString({ q, limit })}`, call),
    placesByPostalCode: (plz: string, call?: CallOptions) => request<PlaceList>('GET', `/places/${segment(plz)}`, call),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
