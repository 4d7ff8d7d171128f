/** Availability on the desk: rules, extra slots, absences, window, preview, conflicts, bad input, audit. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Availability, AvailabilityInput, AvailabilityPreview, AuditEntry, AppointmentList } from '../../src/contract/advisor.ts';
import { book, json, slots, slotStarts, TUESDAY_9, type BookingTestApp } from './bookings-support.ts';
import { openAdvisorApp, signIn, type Signed } from './advisor-support.ts';
import { TEST_DATABASES } from './support/databases.ts';

const weekdays = (days: number[], starts = '09:00', ends = '12:00'): AvailabilityInput['rules'] =>
  days.map((weekday) => ({ weekday, starts, ends, slotMinutes: 45, bufferMinutes: 15, modes: ['vor-ort', 'telefon'], topics: [] }));

const input = (extra: Partial<AvailabilityInput> = {}): AvailabilityInput => ({
  rules: weekdays([1, 2, 3, 4, 5]),
  minNoticeHours: 12,
  maxDaysAhead: 28,
  ...extra,
});

type Problem = { status: number; errors?: Array<{ path: string; message: string }> };

for (const db of TEST_DATABASES) {
  describe(`advisor availability (${db.name})`, () => {
    let t: BookingTestApp;
    let a: Signed;
    let admin: Signed;
    before(async () => {
      t = await openAdvisorApp(db);
      a = await signIn(t, 'a.beratung');
      admin = await signIn(t, 'a.leitung');
    });
    after(() => t.close());

    it('shows the seeded weekly rules and the bookable window', async () => {
      const current = await json<Availability>(await a.call('GET', '/api/advisor/availability/adv-1'));
      assert.equal(current.advisorName, 'Frau A. (Demo)');
      assert.equal(current.rules.length, 6);
      assert.deepEqual(current.rules[0], { weekday: 1, starts: '09:00', ends: '12:00', slotMinutes: 45, bufferMinutes: 15, modes: ['vor-ort', 'telefon', 'video'], topics: [] });
      assert.equal(current.minNoticeHours, 12);
      assert.equal(current.maxDaysAhead, 28);
      assert.deepEqual(current.conflicts, []);
    });

    it('refuses overlapping rules, windows the slots do not fit, times in the past, with a message per field; nothing is stored', async () => {
      const bad = input({
        rules: [
          { weekday: 2, starts: '09:00', ends: '12:00', slotMinutes: 45, bufferMinutes: 15, modes: ['vor-ort'] },
          { weekday: 2, starts: '11:00', ends: '13:00', slotMinutes: 60, bufferMinutes: 0, modes: ['vor-ort'] },
          { weekday: 3, starts: '09:00', ends: '10:00', slotMinutes: 45, bufferMinutes: 0, modes: ['vor-ort'] },
          { weekday: 4, starts: '12:00', ends: '09:00', slotMinutes: 45, bufferMinutes: 0, modes: ['vor-ort'] },
        ],
        extraSlots: [{ date: '2026-12-01', starts: '10:00', ends: '11:00', modes: ['vor-ort'] }],
        absences: [{ from: '2026-11-01', to: '2026-11-03' }],
      });
      const r = await a.call('PUT', '/api/advisor/availability/adv-1', bad);
      assert.equal(r.status, 422);
      const problem = (await r.json()) as Problem;
      const paths = problem.errors!.map((e) => e.path).sort();
      assert.deepEqual(paths, ['absences[0].from', 'extraSlots[0].date', 'rules[1].starts', 'rules[2].slotMinutes', 'rules[3].ends']);
      assert.match(problem.errors!.find((e) => e.path === 'rules[1].starts')!.message, /Überschneidet sich mit der Regel Dienstag 09:00–12:00 Uhr/);
      assert.match(problem.errors!.find((e) => e.path === 'rules[2].slotMinutes')!.message, /lässt sich nicht in Termine zu 45 Minuten/);
      const unchanged = await json<Availability>(await a.call('GET', '/api/advisor/availability/adv-1'));
      assert.equal(unchanged.rules.length, 6, 'nothing stored half');
      const schema = await a.call('PUT', '/api/advisor/availability/adv-1', { ...input(), minNoticeHours: -1, rules: [{ weekday: 9 }] });
      assert.equal(schema.status, 422);
    });

    it('previews the slots of unsaved rules and marks booked ones', async () => {
      await book(t);
      const preview = await json<AvailabilityPreview>(await a.call('POST', '/api/advisor/availability/adv-1/preview', input({ rules: weekdays([2]) })));
      assert.equal(preview.from, '2026-12-07');
      assert.equal(preview.days.length, 14);
      const tuesday = preview.days.find((d) => d.date === '2026-12-08')!;
      assert.deepEqual(tuesday.slots.map((s) => [s.startsAt, s.booked]), [[TUESDAY_9, true], ['2026-12-08T09:00:00.000Z', false], ['2026-12-08T10:00:00.000Z', false]]);
      assert.equal(preview.days.find((d) => d.date === '2026-12-09')!.slots.length, 0);
      assert.deepEqual(preview.conflicts, []);
      const saved = await json<Availability>(await a.call('GET', '/api/advisor/availability/adv-1'));
      assert.equal(saved.rules.length, 6, 'a preview stores nothing');
    });

    it('never drops a booking when rules change: it is listed as a conflict and stays booked', async () => {
      const r = await a.call('PUT', '/api/advisor/availability/adv-1', input({ rules: weekdays([1, 3, 4, 5]) }));
      assert.equal(r.status, 200);
      const saved = await json<Availability>(r);
      assert.equal(saved.conflicts.length, 1);
      assert.equal(saved.conflicts[0]!.startsAt, TUESDAY_9);
      assert.match(saved.conflicts[0]!.reason, /Keine Regel/);
      const list = await json<AppointmentList>(await a.call('GET', '/api/advisor/appointments?from=2026-12-08'));
      assert.equal(list.items[0]!.status, 'provisional', 'the booking is untouched');
      const free = slotStarts(await slots(t));
      assert.ok(!free.some((s) => s.startsWith('2026-12-08')), 'Tuesday is no longer offered');
    });

    it('offers single extra slots, closes absent days, and keeps the bookable window', async () => {
      const r = await a.call('PUT', '/api/advisor/availability/adv-1', input({
        rules: weekdays([1, 2, 3, 4, 5]),
        extraSlots: [{ date: '2026-12-12', starts: '10:00', ends: '11:00', modes: ['vor-ort'] }],
        absences: [{ from: '2026-12-09', to: '2026-12-10', reason: 'Fortbildung' }],
        maxDaysAhead: 6,
      }));
      assert.equal(r.status, 200);
      const saved = await json<Availability>(r);
      assert.deepEqual(saved.absences, [{ from: '2026-12-09', to: '2026-12-10', reason: 'Fortbildung' }]);
      assert.deepEqual(saved.conflicts, []);
      const free = slotStarts(await slots(t, 'topic=schuldnerberatung&days=14'));
      assert.ok(free.includes('2026-12-12T09:00:00.000Z'), 'the Saturday extra slot');
      assert.ok(!free.some((s) => s.startsWith('2026-12-09') || s.startsWith('2026-12-10')), 'absent days');
      assert.ok(!free.some((s) => s >= '2026-12-14'), 'no more than 6 days ahead');
    });

    it('lets the centre admin edit every advisor and see who changed what; an advisor only their own', async () => {
      const audit = await json<AuditEntry[]>(await admin.call('GET', '/api/advisor/audit'));
      assert.ok(audit.length >= 2);
      assert.equal(audit[0]!.actor, 'Frau A.');
      assert.equal(audit[0]!.area, 'availability');
      assert.ok(audit[0]!.changes.some((c) => c.field.endsWith('absences')));
      assert.equal((await a.call('GET', '/api/advisor/audit')).status, 403);
      const adminSave = await admin.call('PUT', '/api/advisor/availability/adv-1', input());
      assert.equal(adminSave.status, 200);
      await t.sql.query(`insert into advisors (id, centre_id, display_name) values ('adv-2', 'do-schuldner', 'Herr C.')`);
      assert.equal((await a.call('GET', '/api/advisor/availability/adv-2')).status, 403);
      assert.equal((await admin.call('GET', '/api/advisor/availability/adv-2')).status, 200);
      const advisors = await json<Array<{ id: string }>>(await a.call('GET', '/api/advisor/advisors'));
      assert.deepEqual(advisors.map((x) => x.id).sort(), ['adv-1', 'adv-2']);
    });
  });
}
