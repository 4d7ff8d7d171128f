/** Booking over HTTP: slots, holds, booking with double opt-in, manage page actions, bad input, .ics. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import type { ManagedBooking, SlotList } from '../../src/contract/bookings.ts';
import { TEST_DATABASES } from './support/databases.ts';
import {
  book, bookingBody, CENTRE, hold, json, key, MONDAY, openBookingApp, OTHER_CENTRE, slots, slotStarts, solvedProof, tokenFromMail,
  TUESDAY_9, type BookingReceipt, type BookingTestApp, type Hold,
} from './bookings-support.ts';

for (const db of TEST_DATABASES) {
  describe(`booking (${db.name})`, () => {
    let t: BookingTestApp;
    before(async () => {
      t = await openBookingApp(db);
    });
    after(() => t.close());

    it('lists the seeded slots in Berlin time, skipping the notice period and weekends', async () => {
      const list = await slots(t);
      assert.equal(list.timeZone, 'Europe/Berlin');
      assert.equal(list.from, '2026-12-07');
      const monday = list.days.find((d) => d.date === '2026-12-07')!;
      assert.equal(monday.slots.length, 0, 'Monday lies within the 12 h notice');
      const tuesday = list.days.find((d) => d.date === '2026-12-08')!;
      assert.deepEqual(tuesday.slots.map((s) => s.startsAt), ['2026-12-08T08:00:00.000Z', '2026-12-08T09:00:00.000Z', '2026-12-08T10:00:00.000Z']);
      assert.deepEqual(tuesday.slots[0]!.modes, ['vor-ort', 'telefon', 'video']);
      assert.equal(tuesday.slots[0]!.endsAt, '2026-12-08T08:45:00.000Z');
      assert.equal(list.days.find((d) => d.date === '2026-12-12')!.slots.length, 0, 'Saturday');
      assert.equal(list.nextFree?.startsAt, TUESDAY_9);
    });

    it('offers the centre topics and bookable modes', async () => {
      const options = await json<Record<string, unknown>>(await t.call('GET', `/api/centres/${CENTRE}/booking`));
      assert.equal(options.onlineBooking, true);
      assert.deepEqual(options.modes, ['vor-ort', 'telefon', 'video']);
      const none = await json<Record<string, unknown>>(await t.call('GET', '/api/centres/do-sucht/booking'));
      assert.equal(none.onlineBooking, false, 'no AVV signed');
    });

    it('a hold hides the slot from others, can be extended, and frees it when released or expired', async () => {
      const start = '2026-12-08T09:00:00.000Z';
      const h = await json<Hold>(await hold(t, start));
      assert.ok(!slotStarts(await slots(t)).includes(start));
      assert.equal((await hold(t, start)).status, 409);
      t.clock.now = new Date(MONDAY.getTime() + 5 * 60_000);
      const extended = await json<{ expiresAt: string }>(await t.call('POST', '/api/bookings/holds/extend', { holdToken: h.holdToken }));
      assert.equal(new Date(extended.expiresAt).getTime(), t.clock.now.getTime() + t.settings.holdSeconds * 1000);
      t.clock.now = new Date(new Date(extended.expiresAt).getTime() + 1000);
      assert.ok(slotStarts(await slots(t)).includes(start), 'expired hold frees the slot');
      assert.equal((await t.call('POST', '/api/bookings/holds/extend', { holdToken: h.holdToken })).status, 410);
      const again = await json<Hold>(await hold(t, start));
      assert.equal((await t.call('POST', '/api/bookings/holds/release', { holdToken: again.holdToken })).status, 204);
      assert.ok(slotStarts(await slots(t)).includes(start));
      t.clock.now = MONDAY;
    });

    it('books with a hold, sends the opt-in mail, and confirms through the link', async () => {
      const start = '2026-12-09T08:00:00.000Z';
      const h = await json<Hold>(await hold(t, start));
      const response = await book(t, { startsAt: start, holdToken: h.holdToken, note: 'Mahnung vom Vermieter' });
      assert.equal(response.status, 201);
      const receipt = await json<BookingReceipt>(response);
      assert.equal(receipt.status, 'provisional');
      assert.equal(receipt.confirmVia, 'email');
      assert.equal(receipt.manageToken, undefined, 'the secret goes by mail only');
      assert.match(receipt.reference, /^T-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      const [mail] = await t.sql.query<{ subject: string; body: string }>(`select subject, body from outbox where kind = 'confirm-request' order by id desc limit 1`);
      assert.match(mail!.body, /https:\/\/termine\.example\.org\/portal\/termin\/verwalten#token=/);
      assert.match(mail!.body, /Mittwoch, 9\. Dezember 2026 um 09:00 bis 09:45 Uhr/);
      const token = await tokenFromMail(t);
      const stored = await t.sql.query<{ manage_token_hash: string }>('select manage_token_hash from bookings where reference = $1', [receipt.reference]);
      assert.notEqual(stored[0]!.manage_token_hash, token, 'only the hash is stored');
      const view = await json<ManagedBooking>(await t.call('POST', '/api/bookings/manage', { token }));
      assert.equal(view.status, 'provisional');
      assert.equal(view.note, 'Mahnung vom Vermieter');
      const confirmed = await json<ManagedBooking>(await t.call('POST', '/api/bookings/manage/confirm', { token }));
      assert.equal(confirmed.status, 'confirmed');
      assert.ok(!slotStarts(await slots(t)).includes(start));
    });

    it('repeats the same answer for the same idempotency key and never books twice', async () => {
      const start = '2026-12-09T09:00:00.000Z';
      const idem = key();
      const proof = await solvedProof(t);
      const body = bookingBody(proof, { startsAt: start });
      const [a, b] = await Promise.all([
        t.call('POST', '/api/bookings', body, { 'Idempotency-Key': idem }),
        t.call('POST', '/api/bookings', body, { 'Idempotency-Key': idem }),
      ]);
      const statuses = [a.status, b.status].sort();
      assert.deepEqual(statuses, [200, 201]);
      const c = await t.call('POST', '/api/bookings', body, { 'Idempotency-Key': idem });
      assert.equal(c.status, 200);
      assert.equal((await json<BookingReceipt>(c)).reference, (await json<BookingReceipt>(a)).reference);
      const count = await t.sql.query<{ n: number }>(`select count(*)::int as n from bookings where starts_at = $1`, [start]);
      assert.equal(Number(count[0]!.n), 1);
      const other = await t.call('POST', '/api/bookings', bookingBody(proof, { startsAt: start, contact: { name: 'Jo', phone: '0231 123456' } }), { 'Idempotency-Key': idem });
      assert.equal(other.status, 422, 'a key belongs to one request');
    });

    it('phone-only bookings get the manage secret on screen', async () => {
      const r = await book(t, { startsAt: '2026-12-10T08:00:00.000Z', contact: { name: 'Kim', phone: '+49 231 1234567' } });
      const receipt = await json<BookingReceipt>(r);
      assert.equal(receipt.confirmVia, 'manage-page');
      assert.ok(receipt.manageToken);
      const view = await json<ManagedBooking>(await t.call('POST', '/api/bookings/manage', { token: receipt.manageToken }));
      assert.equal(view.contact.phone, '+49 231 1234567');
    });

    it('rejects bad input with a clear message and writes nothing', async () => {
      await t.sql.query(`update availability_rules set weekday = 2, starts_minute = 840, ends_minute = 900 where advisor_id = 'adv-bo'`);
      const otherSlots = await json<SlotList>(await t.call('GET', `/api/centres/${OTHER_CENTRE}/slots?topic=migrationsberatung&from=2026-12-08&days=1`));
      assert.deepEqual(slotStarts(otherSlots), ['2026-12-08T13:00:00.000Z']);
      const before = await t.sql.query<{ n: number }>('select count(*)::int as n from bookings');
      const cases: Array<[Record<string, unknown>, number, string]> = [
        [{ startsAt: '2026-12-07T06:00:00.000Z' }, 422, 'Vergangenheit'],
        [{ startsAt: '2026-12-08T08:30:00.000Z' }, 422, 'keinen Termin'],
        [{ centreId: OTHER_CENTRE, topic: 'schuldnerberatung' }, 422, 'Thema'],
        // Tuesday 14:00 is a slot of the other centre only.
        [{ startsAt: '2026-12-08T13:00:00.000Z' }, 422, 'keinen Termin'],
        [{ contact: { name: 'A', email: 'kein-at-zeichen' } }, 422, 'E-Mail'],
        [{ contact: { name: 'A', phone: '12ab' } }, 422, 'Telefonnummer'],
        [{ contact: { name: 'A' } }, 422, 'E-Mail-Adresse oder eine Telefonnummer'],
        [{ note: 'x'.repeat(501) }, 422, '500 Zeichen'],
        [{ consent: false }, 422, '"path":"consent"'],
        [{ centreId: 'gibt-es-nicht' }, 404, 'Beratungsstelle'],
      ];
      for (const [extra, status, text] of cases) {
        const r = await book(t, extra);
        const problem = await r.text();
        assert.equal(r.status, status, `${JSON.stringify(extra)} → ${problem}`);
        assert.ok(problem.includes(text), `${JSON.stringify(extra)} → ${problem}`);
      }
      const noKey = await t.call('POST', '/api/bookings', bookingBody(await solvedProof(t)));
      assert.equal(noKey.status, 400);
      const forgedProof = await t.call('POST', '/api/bookings', bookingBody(btoa('{"signature":"x","number":1}'), { startsAt: '2026-12-10T09:00:00.000Z' }), { 'Idempotency-Key': key() });
      assert.equal(forgedProof.status, 422);
      const proof = await solvedProof(t);
      assert.equal((await t.call('POST', '/api/bookings', bookingBody(proof, { startsAt: '2026-12-10T09:00:00.000Z' }), { 'Idempotency-Key': key() })).status, 201);
      const reused = await t.call('POST', '/api/bookings', bookingBody(proof, { startsAt: '2026-12-10T10:00:00.000Z' }), { 'Idempotency-Key': key() });
      assert.equal(reused.status, 422, 'a proof counts once');
      const after = await t.sql.query<{ n: number }>('select count(*)::int as n from bookings');
      assert.equal(Number(after[0]!.n), Number(before[0]!.n) + 1);
      const otherHold = await json<Hold>(await t.call('POST', '/api/bookings/holds', { centreId: OTHER_CENTRE, topic: 'migrationsberatung', mode: 'vor-ort', startsAt: '2026-12-08T13:00:00.000Z' }));
      const mixed = await book(t, { startsAt: '2026-12-11T08:00:00.000Z', holdToken: otherHold.holdToken });
      assert.equal(mixed.status, 422, 'a hold of another centre');
    });

    it('forged and expired manage tokens get the same 404', async () => {
      const forged = await t.call('POST', '/api/bookings/manage', { token: 'A'.repeat(43) });
      assert.equal(forged.status, 404);
      assert.match(await forged.text(), /ungültig oder abgelaufen/);
      assert.equal((await t.call('POST', '/api/bookings/manage', { token: 'short' })).status, 422);
      await book(t, { startsAt: '2026-12-11T09:00:00.000Z', contact: { name: 'Exp', email: 'exp@example.org' } });
      const token = await tokenFromMail(t, 'exp@example.org');
      t.clock.now = new Date('2027-02-01T00:00:00Z');
      assert.equal((await t.call('POST', '/api/bookings/manage', { token })).status, 404);
      t.clock.now = MONDAY;
    });

    it('cancelling frees the slot and mails the citizen', async () => {
      const start = '2026-12-11T10:00:00.000Z';
      await book(t, { startsAt: start, contact: { name: 'Can', email: 'can@example.org' } });
      const token = await tokenFromMail(t, 'can@example.org');
      assert.ok(!slotStarts(await slots(t)).includes(start));
      const cancelled = await json<ManagedBooking>(await t.call('POST', '/api/bookings/manage/cancel', { token, reason: 'Termin passt nicht' }));
      assert.equal(cancelled.status, 'cancelled');
      assert.ok(slotStarts(await slots(t)).includes(start));
      const mails = await t.sql.query<{ kind: string }>(`select kind from outbox where recipient = 'can@example.org' order by id`);
      assert.deepEqual(mails.map((m) => m.kind), ['confirm-request', 'cancelled']);
      assert.equal((await t.call('POST', '/api/bookings/manage/confirm', { token })).status, 409);
    });

    it('reschedules atomically: the new slot is taken before the old one is freed', async () => {
      const oldStart = '2026-12-14T08:00:00.000Z';
      const newStart = '2026-12-14T09:00:00.000Z';
      await book(t, { startsAt: oldStart, contact: { name: 'Res', email: 'res@example.org' } });
      const token = await tokenFromMail(t, 'res@example.org');
      const blocker = await json<Hold>(await hold(t, newStart));
      assert.equal((await t.call('POST', '/api/bookings/manage/reschedule', { token, startsAt: newStart })).status, 409);
      let view = await json<ManagedBooking>(await t.call('POST', '/api/bookings/manage', { token }));
      assert.equal(view.startsAt, oldStart, 'unchanged after a failed move');
      await t.call('POST', '/api/bookings/holds/release', { holdToken: blocker.holdToken });
      const mine = await json<Hold>(await hold(t, newStart, 'telefon'));
      view = await json<ManagedBooking>(await t.call('POST', '/api/bookings/manage/reschedule', { token, startsAt: newStart, mode: 'telefon', holdToken: mine.holdToken }));
      assert.equal(view.startsAt, newStart);
      assert.equal(view.mode, 'telefon');
      const free = slotStarts(await slots(t, 'topic=schuldnerberatung&from=2026-12-14&days=1'));
      assert.ok(free.includes(oldStart) && !free.includes(newStart));
    });

    it('serves an .ics that a parser reads with the Berlin time zone', async () => {
      await book(t, { startsAt: '2026-12-15T10:00:00.000Z', contact: { name: 'Ics', email: 'ics@example.org' } });
      const token = await tokenFromMail(t, 'ics@example.org');
      const r = await t.call('POST', '/api/bookings/manage/ics', { token });
      assert.equal(r.headers.get('content-type'), 'text/calendar; charset=utf-8');
      const text = await r.text();
      const calendar = new ICAL.Component(ICAL.parse(text));
      const tz = calendar.getFirstSubcomponent('vtimezone')!;
      assert.equal(tz.getFirstPropertyValue('tzid'), 'Europe/Berlin');
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      const zone = new ICAL.Timezone(tz);
      event.startDate.zone = zone;
      assert.equal(event.startDate.toString(), '2026-12-15T11:00:00');
      assert.equal(event.startDate.toUnixTime(), Date.parse('2026-12-15T10:00:00Z') / 1000);
      assert.equal(event.endDate.toUnixTime(), Date.parse('2026-12-15T10:45:00Z') / 1000);
      assert.match(event.summary, /Schuldnerberatung Dortmund-Mitte/);
      assert.match(event.location, /Propsteihof 10/);
    });

    it('shows the video room only shortly before a confirmed video appointment', async () => {
      await t.sql.query(`update centres set video_room_url = 'https://video.example.org/raum-1' where id = $1`, [CENTRE]);
      const start = '2026-12-15T08:00:00.000Z';
      await book(t, { startsAt: start, mode: 'video', contact: { name: 'Vid', email: 'vid@example.org' } });
      const token = await tokenFromMail(t, 'vid@example.org');
      await t.call('POST', '/api/bookings/manage/confirm', { token });
      let view = await json<ManagedBooking>(await t.call('POST', '/api/bookings/manage', { token }));
      assert.equal(view.videoRoomUrl, null);
      assert.equal(view.videoRoomFrom, '2026-12-15T07:45:00.000Z');
      t.clock.now = new Date('2026-12-15T07:50:00Z');
      view = await json<ManagedBooking>(await t.call('POST', '/api/bookings/manage', { token }));
      assert.equal(view.videoRoomUrl, 'https://video.example.org/raum-1');
      t.clock.now = MONDAY;
    });

    it('"delete my data" removes contact data, cancels and invalidates the link', async () => {
      const start = '2026-12-16T08:00:00.000Z';
      const receipt = await json<BookingReceipt>(await book(t, { startsAt: start, contact: { name: 'Del', email: 'del@example.org' }, note: 'privat' }));
      const token = await tokenFromMail(t, 'del@example.org');
      assert.equal((await t.call('POST', '/api/bookings/manage/delete', { token })).status, 204);
      const [row] = await t.sql.query<Record<string, unknown>>('select name, email, phone, note, manage_token_hash, status from bookings where reference = $1', [receipt.reference]);
      assert.deepEqual(row, { name: null, email: null, phone: null, note: null, manage_token_hash: null, status: 'cancelled' });
      assert.equal((await t.sql.query(`select 1 from outbox where recipient = 'del@example.org'`)).length, 0);
      assert.equal((await t.call('POST', '/api/bookings/manage', { token })).status, 404);
      assert.ok(slotStarts(await slots(t, 'topic=schuldnerberatung&from=2026-12-16&days=1')).includes(start));
    });

    it('a slot list answers 404 for an unknown centre and 400 for a bad topic', async () => {
      assert.equal((await t.call('GET', '/api/centres/nix/slots?topic=schuldnerberatung')).status, 404);
      assert.equal((await t.call('GET', `/api/centres/${CENTRE}/slots?topic=quatsch`)).status, 400);
      const list = await json<SlotList>(await t.call('GET', `/api/centres/${CENTRE}/slots?topic=schuldnerberatung&mode=video&days=2`));
      assert.equal(list.days.length, 2);
    });
  });
}
