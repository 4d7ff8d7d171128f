/**
 * The desk's appointments: lists, details, confirm/cancel/done/no-show/note with mails to the
 * citizen, the calendar feed, and authorisation: another centre's ids are 404, a manage token is nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AppointmentDetail, AppointmentList } from '../../src/contract/advisor.ts';
import { book, json, MONDAY, tokenFromMail, TUESDAY_9, type BookingReceipt, type BookingTestApp } from './bookings-support.ts';
import { openAdvisorApp, signIn, type Signed } from './advisor-support.ts';
import { TEST_DATABASES } from './support/databases.ts';

for (const db of TEST_DATABASES) {
  describe(`advisor appointments (${db.name})`, () => {
    let t: BookingTestApp;
    let a: Signed;
    let b: Signed;
    let booked: BookingReceipt;
    before(async () => {
      t = await openAdvisorApp(db);
      booked = await json<BookingReceipt>(await book(t));
      a = await signIn(t, 'a.beratung');
      b = await signIn(t, 'b.leitung');
    });
    after(() => t.close());
    const idOf = async () => (await json<AppointmentList>(await a.call('GET', '/api/advisor/appointments?from=2026-12-08'))).items[0]!.id;

    it('lists the day with status, mode, topic and name; the week view spans seven days', async () => {
      const day = await json<AppointmentList>(await a.call('GET', '/api/advisor/appointments?from=2026-12-08&days=1'));
      assert.equal(day.items.length, 1);
      const item = day.items[0]!;
      assert.equal(item.reference, booked.reference);
      assert.equal(item.startsAt, TUESDAY_9);
      assert.equal(item.status, 'provisional');
      assert.equal(item.mode, 'vor-ort');
      assert.equal(item.topic, 'schuldnerberatung');
      assert.equal(item.name, 'Alex');
      const week = await json<AppointmentList>(await a.call('GET', '/api/advisor/appointments?from=2026-12-07&days=7'));
      assert.equal(week.items.length, 1);
      const monday = await json<AppointmentList>(await a.call('GET', '/api/advisor/appointments?from=2026-12-07&days=1'));
      assert.equal(monday.items.length, 0);
      const filtered = await json<AppointmentList>(await a.call('GET', '/api/advisor/appointments?from=2026-12-07&days=7&status=confirmed'));
      assert.equal(filtered.items.length, 0);
    });

    it('another centre cannot see or touch the appointment: every id answers 404', async () => {
      const id = await idOf();
      const list = await json<AppointmentList>(await b.call('GET', '/api/advisor/appointments?from=2026-12-07&days=7'));
      assert.equal(list.items.length, 0);
      assert.equal((await b.call('GET', `/api/advisor/appointments/${id}`)).status, 404);
      for (const action of ['confirm', 'done', 'no-show']) {
        assert.equal((await b.call('POST', `/api/advisor/appointments/${id}/${action}`)).status, 404, action);
      }
      assert.equal((await b.call('POST', `/api/advisor/appointments/${id}/cancel`, { message: 'Weg damit' })).status, 404);
      assert.equal((await b.call('PUT', `/api/advisor/appointments/${id}/note`, { internalNote: 'x' })).status, 404);
      assert.equal((await b.call('GET', '/api/advisor/availability/adv-1')).status, 404);
      assert.equal((await b.call('PUT', '/api/advisor/availability/adv-1', { rules: [], minNoticeHours: 1, maxDaysAhead: 10 })).status, 404);
      assert.equal((await b.call('POST', '/api/advisor/availability/adv-1/preview', { rules: [], minNoticeHours: 1, maxDaysAhead: 10 })).status, 404);
      const detail = await json<AppointmentDetail>(await a.call('GET', `/api/advisor/appointments/${id}`));
      assert.equal(detail.status, 'provisional', 'nothing changed');
    });

    it("a citizen's manage token grants nothing in the advisor API", async () => {
      const token = await tokenFromMail(t);
      for (const headers of [{ Authorization: `Bearer ${token}` }, { Cookie: `soz-advisor=${token}` }, { Cookie: `__Host-soz-advisor=${token}` }] as Array<Record<string, string>>) {
        assert.equal((await t.call('GET', '/api/advisor/appointments?from=2026-12-08', undefined, headers)).status, 401);
        assert.equal((await t.call('GET', '/api/advisor/session', undefined, headers)).status, 401);
      }
      assert.equal((await t.call('GET', `/api/advisor-feed/${token}.ics`)).status, 404);
    });

    it('shows contact data to the centre and confirms: the citizen gets the confirmation mail', async () => {
      const id = await idOf();
      const detail = await json<AppointmentDetail>(await a.call('GET', `/api/advisor/appointments/${id}`));
      assert.deepEqual(detail.contact, { name: 'Alex', email: 'alex@example.org', phone: null });
      assert.equal(detail.canConfirm, true);
      const confirmed = await json<AppointmentDetail>(await a.call('POST', `/api/advisor/appointments/${id}/confirm`));
      assert.equal(confirmed.status, 'confirmed');
      const mail = await t.sql.query<{ kind: string; subject: string }>('select kind, subject from outbox where recipient = $1 order by id desc limit 1', ['alex@example.org']);
      assert.equal(mail[0]?.kind, 'confirmed');
      assert.equal(mail[0]?.subject, 'Ihr Beratungstermin ist bestätigt');
    });

    it('keeps an internal note (plain text only) and refuses outcomes before the start', async () => {
      const id = await idOf();
      const noted = await json<AppointmentDetail>(await a.call('PUT', `/api/advisor/appointments/${id}/note`, { internalNote: 'Unterlagen mitbringen lassen' }));
      assert.equal(noted.internalNote, 'Unterlagen mitbringen lassen');
      const script = await a.call('PUT', `/api/advisor/appointments/${id}/note`, { internalNote: '<script>alert(1)</script>' });
      assert.equal(script.status, 422);
      assert.equal(((await script.json()) as { errors: Array<{ path: string }> }).errors[0]!.path, 'internalNote');
      assert.equal((await a.call('POST', `/api/advisor/appointments/${id}/done`)).status, 409);
      t.clock.now = new Date(TUESDAY_9);
      const later = await signIn(t, 'a.beratung');
      const done = await json<AppointmentDetail>(await later.call('POST', `/api/advisor/appointments/${id}/done`));
      assert.equal(done.status, 'done');
      assert.equal(done.internalNote, 'Unterlagen mitbringen lassen');
      t.clock.now = MONDAY;
      // Signing in at Tuesday cleared Monday's idle sessions.
      a = await signIn(t, 'a.beratung');
    });

    it('cancels with a message that reaches the citizen, and frees the slot', async () => {
      const start = '2026-12-09T08:00:00.000Z';
      const receipt = await json<BookingReceipt>(await book(t, { startsAt: start, contact: { name: 'Kim', email: 'kim@example.org' } }));
      const list = await json<AppointmentList>(await a.call('GET', '/api/advisor/appointments?from=2026-12-09'));
      const id = list.items.find((i) => i.reference === receipt.reference)!.id;
      const empty = await a.call('POST', `/api/advisor/appointments/${id}/cancel`, { message: '' });
      assert.equal(empty.status, 422);
      const cancelled = await json<AppointmentDetail>(await a.call('POST', `/api/advisor/appointments/${id}/cancel`, { message: 'Frau A. ist leider erkrankt.' }));
      assert.equal(cancelled.status, 'cancelled');
      assert.equal(cancelled.cancelledBy, 'centre');
      const mail = await t.sql.query<{ body: string }>('select body from outbox where recipient = $1 order by id desc limit 1', ['kim@example.org']);
      assert.match(mail[0]!.body, /Nachricht der Beratungsstelle:\nFrau A\. ist leider erkrankt\./);
      assert.equal((await a.call('POST', `/api/advisor/appointments/${id}/confirm`)).status, 409);
      const slots = await json<{ days: Array<{ date: string; slots: Array<{ startsAt: string }> }> }>(await t.call('GET', '/api/centres/do-schuldner/slots?topic=schuldnerberatung&days=7'));
      assert.ok(slots.days.flatMap((d) => d.slots.map((s) => s.startsAt)).includes(start));
    });

    it('gives a private calendar feed without citizen data, revocable at any time', async () => {
      const created = await json<{ url: string }>(await a.call('POST', '/api/advisor/calendar-feed'));
      assert.match(created.url, /^https:\/\/termine\.example\.org\/api\/advisor-feed\/[A-Za-z0-9_-]{43}\.ics$/);
      const path = new URL(created.url).pathname;
      const feed = await t.call('GET', path);
      assert.equal(feed.status, 200);
      assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
      const text = await feed.text();
      assert.match(text, /BEGIN:VEVENT/);
      assert.match(text, new RegExp(booked.reference));
      assert.doesNotMatch(text, /Alex|alex@example\.org|Kim/);
      const renewed = await json<{ url: string }>(await a.call('POST', '/api/advisor/calendar-feed'));
      assert.equal((await t.call('GET', path)).status, 404, 'a new URL replaces the old one');
      assert.equal((await a.call('DELETE', '/api/advisor/calendar-feed')).status, 204);
      assert.equal((await t.call('GET', new URL(renewed.url).pathname)).status, 404);
    });
  });
}
