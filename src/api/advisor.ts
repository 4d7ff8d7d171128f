/**
 * Typed client of the advisor desk. Same-origin with the API: the session is an HttpOnly cookie
 * (credentials: 'same-origin'), every change carries the CSRF token. In tests behind MSW, where
 * HttpOnly cookies cannot pass, `transport: 'bearer'` keeps the token in memory and sends it as
 * `Authorization: Bearer` (never in storage or URLs).
 */
import type {
  AdvisorListItem, AdvisorSession, AppointmentDetail, AppointmentList, AppointmentStatus, AuditEntry, AuthOptions, Availability, AvailabilityInput,
  AvailabilityPreview, CalendarFeed, CentreProfile, CentreProfileInput,
} from '../contract/advisor.ts';
import { NetworkError, problemError } from './errors.ts';

export interface AdvisorClientOptions {
  apiBase: string;
  transport?: 'cookie' | 'bearer';
  fetch?: typeof fetch;
}

export function createAdvisorClient(options: AdvisorClientOptions) {
  const base = options.apiBase.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const transport = options.transport ?? 'cookie';
  let csrf = '';
  let bearer = '';

  async function request<T>(method: string, path: string, body?: unknown, extra: { background?: boolean } = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
    if (bearer) headers.Authorization = `Bearer ${bearer}`;
    if (extra.background) headers['X-Background'] = '1';
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        credentials: 'same-origin',
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      throw new NetworkError(error);
    }
    if (!response.ok) throw await problemError(response);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  const remember = (session: AdvisorSession) => {
    csrf = session.csrfToken;
    if (session.token) bearer = session.token;
    return session;
  };
  const forget = () => {
    csrf = '';
    bearer = '';
  };
  const id = encodeURIComponent;

  return {
    authOptions: () => request<AuthOptions>('GET', '/advisor/auth-options'),
    signIn: async (username: string, password: string) => remember(await request<AdvisorSession>('POST', '/advisor/session', { username, password, transport })),
    /** The running session (after a reload or an OIDC sign-in), or a 401 ProblemError. */
    session: async () => remember(await request<AdvisorSession>('GET', '/advisor/session')),
    staySignedIn: async () => remember(await request<AdvisorSession>('POST', '/advisor/session/extend')),
    signOut: async () => {
      await request<void>('DELETE', '/advisor/session');
      forget();
    },
    signOutEverywhere: async () => {
      await request<void>('DELETE', '/advisor/sessions');
      forget();
    },
    oidcStartUrl: () => `${base}/advisor/oidc/start`,
    appointments: (from: string, days: number, filter: { status?: AppointmentStatus[]; background?: boolean } = {}) => {
      const q = new URLSearchParams({ from, days: String(days) });
      for (const s of filter.status ?? []) q.append('status', s);
      return request<AppointmentList>('GET', `/advisor/appointments?${q.toString()}`, undefined, { background: filter.background ?? false });
    },
    appointment: (appointmentId: string) => request<AppointmentDetail>('GET', `/advisor/appointments/${id(appointmentId)}`),
    confirm: (appointmentId: string) => request<AppointmentDetail>('POST', `/advisor/appointments/${id(appointmentId)}/confirm`),
    cancel: (appointmentId: string, message: string) => request<AppointmentDetail>('POST', `/advisor/appointments/${id(appointmentId)}/cancel`, { message }),
    markDone: (appointmentId: string) => request<AppointmentDetail>('POST', `/advisor/appointments/${id(appointmentId)}/done`),
    markNoShow: (appointmentId: string) => request<AppointmentDetail>('POST', `/advisor/appointments/${id(appointmentId)}/no-show`),
    saveNote: (appointmentId: string, internalNote: string) => request<AppointmentDetail>('PUT', `/advisor/appointments/${id(appointmentId)}/note`, { internalNote }),
    calendarFeed: () => request<{ active: boolean; createdAt: string | null }>('GET', '/advisor/calendar-feed'),
    renewCalendarFeed: () => request<CalendarFeed>('POST', '/advisor/calendar-feed'),
    revokeCalendarFeed: () => request<void>('DELETE', '/advisor/calendar-feed'),
    advisors: () => request<AdvisorListItem[]>('GET', '/advisor/advisors'),
    availability: (advisorId: string) => request<Availability>('GET', `/advisor/availability/${id(advisorId)}`),
    saveAvailability: (advisorId: string, input: AvailabilityInput) => request<Availability>('PUT', `/advisor/availability/${id(advisorId)}`, input),
    previewAvailability: (advisorId: string, input: AvailabilityInput) => request<AvailabilityPreview>('POST', `/advisor/availability/${id(advisorId)}/preview`, input),
    centre: () => request<CentreProfile>('GET', '/advisor/centre'),
    saveCentre: (input: CentreProfileInput) => request<CentreProfile>('PUT', '/advisor/centre', input),
    audit: () => request<AuditEntry[]>('GET', '/advisor/audit'),
  };
}

export type AdvisorClient = ReturnType<typeof createAdvisorClient>;
