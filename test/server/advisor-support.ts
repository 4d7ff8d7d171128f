/** Shared setup of the advisor-desk tests: accounts in two centres, sign-in helpers over cookies or bearer tokens. */
import { pbkdf2Passwords } from '../../server/auth/passwords.ts';
import { createAccount } from '../../server/domain/advisor/accounts.ts';
import type { AdvisorSession } from '../../src/contract/advisor.ts';
import { CENTRE, OTHER_CENTRE, openBookingApp, type BookingTestApp } from './bookings-support.ts';
import type { TestDatabase } from './support/databases.ts';

export const PASSWORD = 'richtig-geheim-42';

export async function openAdvisorApp(db: TestDatabase): Promise<BookingTestApp> {
  const t = await openBookingApp(db);
  const hash = await pbkdf2Passwords.hash(PASSWORD);
  await createAccount(t.sql, { id: 'acc-a', centreId: CENTRE, advisorId: 'adv-1', role: 'advisor', username: 'a.beratung', displayName: 'Frau A.', passwordHash: hash });
  await createAccount(t.sql, { id: 'acc-a-admin', centreId: CENTRE, advisorId: null, role: 'centre-admin', username: 'a.leitung', displayName: 'Leitung A', passwordHash: hash });
  await createAccount(t.sql, { id: 'acc-b-admin', centreId: OTHER_CENTRE, advisorId: null, role: 'centre-admin', username: 'b.leitung', displayName: 'Leitung B', passwordHash: hash });
  return t;
}

export interface Signed {
  session: AdvisorSession;
  cookie: string;
  /** A request as the desk in the browser sends it: the cookie, and the CSRF header on changes. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function signIn(t: BookingTestApp, username: string, password = PASSWORD): Promise<Signed> {
  const r = await t.call('POST', '/api/advisor/session', { username, password });
  if (r.status !== 201) throw new Error(`sign-in ${username}: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  const session = (await r.json()) as AdvisorSession;
  return {
    session,
    cookie,
    call: (method, path, body, headers = {}) =>
      t.call(method, path, body, { Cookie: cookie, ...(method === 'GET' ? {} : { 'X-CSRF-Token': session.csrfToken }), ...headers }),
  };
}
