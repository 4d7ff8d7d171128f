/** Advisor sign-in: cookies, CSRF, idle timeout, sign-out everywhere, back-off, bearer for non-browser clients. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AdvisorSession } from '../../src/contract/advisor.ts';
import { MONDAY, type BookingTestApp } from './bookings-support.ts';
import { openAdvisorApp, PASSWORD, signIn } from './advisor-support.ts';
import { TEST_DATABASES } from './support/databases.ts';

for (const db of TEST_DATABASES) {
  describe(`advisor sign-in (${db.name})`, () => {
    let t: BookingTestApp;
    before(async () => {
      t = await openAdvisorApp(db);
    });
    after(() => t.close());
    const at = (minutes: number) => (t.clock.now = new Date(MONDAY.getTime() + minutes * 60_000));

    it('refuses a wrong password with a message on the field and signs in with the right one', async () => {
      at(0);
      const wrong = await t.call('POST', '/api/advisor/session', { username: 'a.beratung', password: 'falsch' });
      assert.equal(wrong.status, 401);
      assert.deepEqual(((await wrong.json()) as { errors: Array<{ path: string }> }).errors.map((e) => e.path), ['password']);
      const unknown = await t.call('POST', '/api/advisor/session', { username: 'niemand', password: PASSWORD });
      assert.equal(unknown.status, 401, 'unknown names get the same answer');
      const ok = await t.call('POST', '/api/advisor/session', { username: 'A.Beratung', password: PASSWORD });
      assert.equal(ok.status, 201);
      const session = (await ok.json()) as AdvisorSession;
      assert.equal(session.account.centreId, 'do-schuldner');
      assert.equal(session.account.role, 'advisor');
      assert.equal(session.token, undefined, 'a cookie session never shows its token');
      const cookie = ok.headers.get('set-cookie')!;
      assert.match(cookie, /^soz-advisor=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/, 'plain http://localhost: no Secure (dev only)');
    });

    it('sets a __Host- cookie with Secure over https', async () => {
      at(0);
      const r = await t.app.request('https://desk.example.org/api/advisor/session', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'a.beratung', password: PASSWORD }),
      });
      assert.equal(r.status, 201);
      assert.match(r.headers.get('set-cookie')!, /^__Host-soz-advisor=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    });

    it('needs the CSRF token for every change made with the cookie', async () => {
      at(0);
      const a = await signIn(t, 'a.beratung');
      assert.equal((await a.call('GET', '/api/advisor/session')).status, 200);
      const forged = await t.call('POST', '/api/advisor/session/extend', undefined, { Cookie: a.cookie });
      assert.equal(forged.status, 403);
      const wrongToken = await t.call('POST', '/api/advisor/session/extend', undefined, { Cookie: a.cookie, 'X-CSRF-Token': 'x'.repeat(43) });
      assert.equal(wrongToken.status, 403);
      assert.equal((await a.call('POST', '/api/advisor/session/extend')).status, 200);
    });

    it('ends an idle session; activity and "angemeldet bleiben" keep it, background polling does not', async () => {
      at(0);
      const a = await signIn(t, 'a.beratung');
      at(14);
      const kept = (await (await a.call('POST', '/api/advisor/session/extend')).json()) as AdvisorSession;
      assert.equal(kept.idleExpiresAt, new Date(MONDAY.getTime() + 29 * 60_000).toISOString());
      at(28);
      assert.equal((await a.call('GET', '/api/advisor/appointments?from=2026-12-07', undefined, { 'X-Background': '1' })).status, 200);
      at(30);
      const gone = await a.call('GET', '/api/advisor/session');
      assert.equal(gone.status, 401, 'polling alone does not keep a session alive');
      assert.match(gone.headers.get('content-type') ?? '', /problem\+json/);
    });

    it('signs out here, or everywhere at once', async () => {
      at(0);
      const one = await signIn(t, 'a.leitung');
      const two = await signIn(t, 'a.leitung');
      const other = await signIn(t, 'a.beratung');
      assert.equal((await one.call('DELETE', '/api/advisor/session')).status, 204);
      assert.equal((await one.call('GET', '/api/advisor/session')).status, 401);
      assert.equal((await two.call('GET', '/api/advisor/session')).status, 200);
      const three = await signIn(t, 'a.leitung');
      const everywhere = await three.call('DELETE', '/api/advisor/sessions');
      assert.equal(everywhere.status, 204);
      assert.match(everywhere.headers.get('set-cookie') ?? '', /Max-Age=0/);
      assert.equal((await two.call('GET', '/api/advisor/session')).status, 401);
      assert.equal((await three.call('GET', '/api/advisor/session')).status, 401);
      assert.equal((await other.call('GET', '/api/advisor/session')).status, 200, 'other accounts stay signed in');
    });

    it('makes each further try wait longer after failed sign-ins', async () => {
      at(100);
      for (let i = 0; i < 3; i++) assert.equal((await t.call('POST', '/api/advisor/session', { username: 'b.leitung', password: 'nein' })).status, 401);
      const blocked = await t.call('POST', '/api/advisor/session', { username: 'b.leitung', password: PASSWORD });
      assert.equal(blocked.status, 429, 'even the right password waits');
      assert.equal(blocked.headers.get('retry-after'), '2');
      t.clock.now = new Date(t.clock.now.getTime() + 2_000);
      assert.equal((await t.call('POST', '/api/advisor/session', { username: 'b.leitung', password: 'nein' })).status, 401);
      const longer = await t.call('POST', '/api/advisor/session', { username: 'b.leitung', password: PASSWORD });
      assert.equal(longer.headers.get('retry-after'), '4');
      t.clock.now = new Date(t.clock.now.getTime() + 4_000);
      assert.equal((await t.call('POST', '/api/advisor/session', { username: 'b.leitung', password: PASSWORD })).status, 201);
      assert.equal((await t.call('POST', '/api/advisor/session', { username: 'b.leitung', password: 'nein' })).status, 401, 'a success resets the count');
      assert.equal((await t.call('POST', '/api/advisor/session', { username: 'b.leitung', password: PASSWORD })).status, 201);
    });

    it('gives non-browser clients a bearer token that needs no CSRF header', async () => {
      at(0);
      const r = await t.call('POST', '/api/advisor/session', { username: 'a.beratung', password: PASSWORD, transport: 'bearer' });
      assert.equal(r.headers.get('set-cookie'), null);
      const { token } = (await r.json()) as AdvisorSession;
      assert.match(token ?? '', /^[A-Za-z0-9_-]{43}$/);
      assert.equal((await t.call('POST', '/api/advisor/session/extend', undefined, { Authorization: `Bearer ${token}` })).status, 200);
    });

    it('rejects unreadable sign-in input with field errors', async () => {
      const r = await t.call('POST', '/api/advisor/session', { username: '', password: 'x'.repeat(500) });
      assert.equal(r.status, 422);
      const paths = ((await r.json()) as { errors: Array<{ path: string }> }).errors.map((e) => e.path).sort();
      assert.deepEqual(paths, ['password', 'username']);
    });
  });
}
