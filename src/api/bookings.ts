/**
 * Typed client of appointment booking. Manage calls carry the secret token in the JSON body, never
 * in a URL; the booking call carries an idempotency key so a retry never books twice.
 */
import type {
  BookingOptions, BookingReceipt, BookingRequest, Challenge, Hold, HoldRequest, ManagedBooking, RescheduleRequest, SlotList, SlotQuery,
} from '../contract/bookings.ts';
import { NetworkError, problemError } from './errors.ts';

export interface BookingClientOptions {
  /** The API base as the loader knows it, e.g. "https://host/api/". */
  apiBase: string;
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
}

export function createBookingClient(options: BookingClientOptions) {
  const base = options.apiBase.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send(method: 'GET' | 'POST', path: string, body: unknown, call: CallOptions = {}, headers: Record<string, string> = {}): Promise<Response> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(call.signal ? { signal: call.signal } : {}),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason ?? error;
      throw new NetworkError(error);
    }
    if (!response.ok) throw await problemError(response);
    return response;
  }
  const json = async <T>(method: 'GET' | 'POST', path: string, body?: unknown, call?: CallOptions, headers?: Record<string, string>): Promise<T> =>
    (await (await send(method, path, body, call, headers)).json()) as T;

  const centre = (id: string) => `/centres/${encodeURIComponent(id)}`;
  const query = (q: SlotQuery) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, String(v));
    return `?${params}`;
  };

  return {
    options: (centreId: string, call?: CallOptions) => json<BookingOptions>('GET', `${centre(centreId)}/booking`, undefined, call),
    slots: (centreId: string, q: SlotQuery, call?: CallOptions) => json<SlotList>('GET', `${centre(centreId)}/slots${query(q)}`, undefined, call),
    challenge: (call?: CallOptions) => json<Challenge>('POST', '/bookings/challenge', undefined, call),
    hold: (body: HoldRequest, call?: CallOptions) => json<Hold>('POST', '/bookings/holds', body, call),
    extendHold: (holdToken: string, call?: CallOptions) => json<{ expiresAt: string }>('POST', '/bookings/holds/extend', { holdToken }, call),
    releaseHold: async (holdToken: string, call?: CallOptions) => void (await send('POST', '/bookings/holds/release', { holdToken }, call)),
    book: (body: BookingRequest, idempotencyKey: string, call?: CallOptions) =>
      json<BookingReceipt>('POST', '/bookings', body, call, { 'Idempotency-Key': idempotencyKey }),
    view: (token: string, call?: CallOptions) => json<ManagedBooking>('POST', '/bookings/manage', { token }, call),
    confirm: (token: string, call?: CallOptions) => json<ManagedBooking>('POST', '/bookings/manage/confirm', { token }, call),
    cancel: (token: string, reason?: string, call?: CallOptions) =>
      json<ManagedBooking>('POST', '/bookings/manage/cancel', { token, ...(reason ? { reason } : {}) }, call),
    reschedule: (body: RescheduleRequest, call?: CallOptions) => json<ManagedBooking>('POST', '/bookings/manage/reschedule', body, call),
    ics: async (token: string, call?: CallOptions) => (await send('POST', '/bookings/manage/ics', { token }, call)).text(),
    deleteData: async (token: string, call?: CallOptions) => void (await send('POST', '/bookings/manage/delete', { token }, call)),
  };
}

export type BookingClient = ReturnType<typeof createBookingClient>;

export { solveProof } from './proof-of-work.ts';

/** A random idempotency key (base64url, 128 bits). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
