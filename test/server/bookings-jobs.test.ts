/** Time-driven parts: double opt-in expiry, reminders on several instances, DSGVO retention, DST. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freeSlots, type AvailabilityRule } from '../../server/domain/bookings/slots.ts';
import { expireStale } from '../../server/jobs/expire.ts';
import { sendDueReminders } from '../../server/jobs/reminders.ts';
import { applyRetention } from '../../server/jobs/retention.ts';
import { deliverOutbox } from '../../server/jobs/deliver.ts';
import type { MailMessage } from '../../server/mail/transport.ts';
import type { BookingReceipt } from '../../src/contract/bookings.ts';
import { TEST_DATABASES } from './support/databases.ts';
import { book, json, MONDAY, openBookingApp, slots, slotStarts, tokenFromMail, type BookingTestApp } from './bookings-support.ts';

for (const db of TEST_DATABASES) {
  describe(`booking jobs (${db.name})`, () => {
    let t: BookingTestApp;
    before(async () => {
      t = await openBookingApp(db);
    });
    after(() => t.close());

    it('an unconfirmed booking frees its slot when the opt-in window ends', async () => {
      const start = '2026-12-10T08:00:00.000Z';
      await book(t, { startsAt: start, contact: { name: 'Late', email: 'late@example.org' } });
      const token = await tokenFromMail(t, 'late@example.org');
      t.clock.now = new Date(MONDAY.getTime() + 24 * 3_600_000 + 1000);
      assert.ok(slotStarts(await slots(t, 'topic=schuldnerberatung&from=2026-12-10&days=1')).includes(start), 'free again');
      const confirm = await t.call('POST', '/api/bookings/manage/confirm', { token });
      assert.equal(confirm.status, 409);
      assert.match(await confirm.text(), /Frist zur Bestätigung ist abgelaufen/);
      await expireStale(t.sql, t.clock.now);
      const [row] = await t.sql.query<{ status: string }>(`select status from bookings where email = 'late@example.org'`);
      assert.equal(row!.status, 'expired');
      t.clock.now = MONDAY;
    });

    it('sends one reminder 24 h ahead even when two instances run the job at once', async () => {
      const start = '2026-12-11T09:00:00.000Z';
      await book(t, { startsAt: start, contact: { name: 'Rem', email: 'rem@example.org' } });
      await t.call('POST', '/api/bookings/manage/confirm', { token: await tokenFromMail(t, 'rem@example.org') });
      const early = new Date('2026-12-10T08:00:00Z');
      assert.equal(await sendDueReminders(t.sql, early, 24), 0, 'more than 24 h before');
      const due = new Date('2026-12-10T09:30:00Z');
      const counts = await Promise.all([sendDueReminders(t.sql, due, 24), sendDueReminders(t.sql, due, 24), sendDueReminders(t.sql, due, 24)]);
      assert.equal(counts.reduce((a, b) => a + b, 0), 1);
      const mails = await t.sql.query<{ subject: string }>(`select subject from outbox where recipient = 'rem@example.org' and kind = 'reminder'`);
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /Erinnerung/);
    });

    it('delivers queued mails through the transport once and clears SMTP bodies', async () => {
      const sent: MailMessage[] = [];
      const transport = { kind: 'smtp' as const, send: async (m: MailMessage) => void sent.push(m) };
      const pending = await t.sql.query<{ n: number }>('select count(*)::int as n from outbox where sent_at is null');
      const results = await Promise.all([deliverOutbox(t.sql, transport, MONDAY, 500), deliverOutbox(t.sql, transport, MONDAY, 500)]);
      assert.equal(results[0] + results[1], Number(pending[0]!.n));
      assert.equal(sent.length, Number(pending[0]!.n));
      const left = await t.sql.query(`select 1 from outbox where body <> ''`);
      assert.equal(left.length, 0);
    });

    it('deletes contact data after the retention time, sooner when cancelled, and keeps anonymous statistics', async () => {
      const kept = await json<BookingReceipt>(await book(t, { startsAt: '2026-12-14T08:00:00.000Z', contact: { name: 'Ret', email: 'ret@example.org' }, note: 'Notiz' }));
      await t.call('POST', '/api/bookings/manage/confirm', { token: await tokenFromMail(t, 'ret@example.org') });
      const cancelled = await json<BookingReceipt>(await book(t, { startsAt: '2026-12-14T09:00:00.000Z', contact: { name: 'Can', email: 'can2@example.org' } }));
      await t.call('POST', '/api/bookings/manage/cancel', { token: await tokenFromMail(t, 'can2@example.org'), reason: 'krank' });
      const wuerzburg = await json<BookingReceipt>(
        await book(t, { startsAt: '2026-12-14T10:00:00.000Z', tenant: '09663000', contact: { name: 'Wue', email: 'wue@example.org' } }),
      );
      await t.sql.query(`update tenant_configs set config = jsonb_set(config, '{booking}', '{"retentionDays": 10}') where level = 'kommune' and key = '09663000'`);
      const policy = { retentionDays: 30, closedRetentionDays: 7 };
      const contactOf = async (reference: string) =>
        (await t.sql.query<Record<string, unknown>>('select name, email, phone, note, cancel_reason, manage_token_hash, centre_id, topic, mode, status from bookings where reference = $1', [reference]))[0]!;

      await applyRetention(t.sql, new Date('2026-12-20T00:00:00Z'), policy);
      assert.equal((await contactOf(kept.reference)).name, 'Ret', 'still within 30 days');
      assert.equal((await contactOf(cancelled.reference)).name, null, 'cancelled: 7 days');
      assert.equal((await contactOf(cancelled.reference)).cancel_reason, null);
      assert.equal((await contactOf(wuerzburg.reference)).name, 'Wue');

      await applyRetention(t.sql, new Date('2026-12-25T00:00:00Z'), policy);
      assert.equal((await contactOf(wuerzburg.reference)).email, null, 'tenant override: 10 days');
      assert.equal((await contactOf(kept.reference)).email, 'ret@example.org');

      await applyRetention(t.sql, new Date('2027-01-14T10:00:00Z'), policy);
      const gone = await contactOf(kept.reference);
      assert.deepEqual(gone, { name: null, email: null, phone: null, note: null, cancel_reason: null, manage_token_hash: null, centre_id: 'do-schuldner', topic: 'schuldnerberatung', mode: 'vor-ort', status: 'confirmed' });
      assert.equal((await t.sql.query(`select 1 from outbox where recipient = 'ret@example.org'`)).length, 0, 'mails with contact data go too');
      const left = await t.sql.query(`select 1 from bookings where email is not null and ends_at < '2026-12-15'`);
      assert.equal(left.length, 0);
    });

    it('lists slots with the right UTC offsets across the March clock change', async () => {
      t.clock.now = new Date('2026-03-25T08:00:00Z');
      const list = await slots(t, 'topic=schuldnerberatung&from=2026-03-27&days=4');
      const starts = slotStarts(list);
      assert.equal(starts[0], '2026-03-27T08:00:00.000Z', 'Friday 9:00 in winter time (UTC+1)');
      assert.ok(starts.includes('2026-03-30T07:00:00.000Z'), 'Monday 9:00 in summer time (UTC+2)');
      t.clock.now = MONDAY;
    });
  });
}

describe('slot derivation on the DST Sundays', () => {
  const rule = (weekday: number): AvailabilityRule => ({
    advisorId: 'a', weekday, startsMinute: 60, endsMinute: 240, slotMinutes: 60, bufferMinutes: 0, modes: ['telefon'], topics: [], minNoticeHours: 0, maxDaysAhead: 365,
  });
  const base = { daysOff: new Set<string>(), taken: [], land: '05', now: new Date('2026-01-01T00:00:00Z'), days: 1, topic: 'sozialberatung' as const };

  it('skips the hour that does not exist on the last Sunday of March', () => {
    const slots = freeSlots({ ...base, rules: [rule(7)], from: '2026-03-29' });
    assert.deepEqual(slots.map((s) => s.startsAt.toISOString()), ['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z']);
    assert.ok(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 3_600_000));
  });

  it('leaves out the slot across the repeated hour on the last Sunday of October', () => {
    const slots = freeSlots({ ...base, rules: [rule(7)], from: '2026-10-25' });
    assert.deepEqual(slots.map((s) => s.startsAt.toISOString()), ['2026-10-24T23:00:00.000Z', '2026-10-25T02:00:00.000Z']);
    assert.ok(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 3_600_000));
  });

  it('closes on public holidays of the Land only', () => {
    // Fronleichnam 2026 (4 June) is a holiday in NRW, not in Bremen.
    assert.equal(freeSlots({ ...base, rules: [rule(4)], from: '2026-06-04' }).length, 0);
    assert.equal(freeSlots({ ...base, rules: [rule(4)], from: '2026-06-04', land: '04' }).length, 3);
  });
});
