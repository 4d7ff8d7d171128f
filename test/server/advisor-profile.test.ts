/** Centre profile self-service: geocoded address, booking switch rules, bad input, audit, the finder sees it at once. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pbkdf2Passwords } from '../../server/auth/passwords.ts';
import { createAccount } from '../../server/domain/advisor/accounts.ts';
import type { AuditEntry, CentreProfile, CentreProfileInput } from '../../src/contract/advisor.ts';
import { json, type BookingTestApp } from './bookings-support.ts';
import { openAdvisorApp, PASSWORD, signIn, type Signed } from './advisor-support.ts';
import { TEST_DATABASES } from './support/databases.ts';

type Problem = { errors?: Array<{ path: string; message: string }> };

const editable = (p: CentreProfile): CentreProfileInput => ({
  name: p.name, carrier: p.carrier, street: p.street, postalCode: p.postalCode, city: p.city, phone: p.phone, email: p.email, web: p.web,
  topics: p.topics, languages: p.languages, barrierFree: p.barrierFree, accessibilityNote: p.accessibilityNote, openingHours: p.openingHours,
  modes: p.modes, videoRoomUrl: p.videoRoomUrl, bookingEnabled: p.bookingEnabled,
});

for (const db of TEST_DATABASES) {
  describe(`centre profile (${db.name})`, () => {
    let t: BookingTestApp;
    let admin: Signed;
    let advisor: Signed;
    let profile: CentreProfile;
    before(async () => {
      t = await openAdvisorApp(db);
      admin = await signIn(t, 'a.leitung');
      advisor = await signIn(t, 'a.beratung');
      profile = await json<CentreProfile>(await advisor.call('GET', '/api/advisor/centre'));
    });
    after(() => t.close());
    const errorPaths = async (r: Response) => ((await r.json()) as Problem).errors!.map((e) => e.path).sort();

    it('reads the own centre; only the admin may change it', async () => {
      assert.equal(profile.id, 'do-schuldner');
      assert.equal(profile.onlineBooking, true);
      assert.equal((await advisor.call('PUT', '/api/advisor/centre', editable(profile))).status, 403);
    });

    it('saves a change, audits who changed what, and the counselling finder shows it at once', async () => {
      const r = await admin.call('PUT', '/api/advisor/centre', { ...editable(profile), name: 'Schuldnerberatung Dortmund-City (Demo)', street: 'Hansastraße 5', postalCode: '44137', city: 'dortmund', phone: '0231 123456' });
      assert.equal(r.status, 200);
      const saved = await json<CentreProfile>(r);
      assert.equal(saved.city, 'Dortmund', 'the town as the geocoder knows it');
      const publicView = await json<{ name: string; street: string; phone?: string }>(await t.call('GET', '/api/centres/do-schuldner'));
      assert.equal(publicView.name, 'Schuldnerberatung Dortmund-City (Demo)');
      assert.equal(publicView.street, 'Hansastraße 5');
      const audit = await json<AuditEntry[]>(await admin.call('GET', '/api/advisor/audit'));
      assert.equal(audit[0]!.actor, 'Leitung A');
      assert.equal(audit[0]!.area, 'profile');
      assert.deepEqual(audit[0]!.changes.map((c) => c.field).sort(), ['lat', 'lon', 'name', 'phone', 'street'], 'a new street is geocoded again');
      assert.deepEqual(audit[0]!.changes.find((c) => c.field === 'name'), { field: 'name', before: profile.name, after: 'Schuldnerberatung Dortmund-City (Demo)' });
      profile = saved;
    });

    it('refuses addresses that do not geocode, with the message on the field', async () => {
      const unknown = await admin.call('PUT', '/api/advisor/centre', { ...editable(profile), postalCode: '00000' });
      assert.equal(unknown.status, 422);
      assert.deepEqual(await errorPaths(unknown), ['postalCode']);
      const mismatch = await admin.call('PUT', '/api/advisor/centre', { ...editable(profile), city: 'München' });
      assert.equal(mismatch.status, 422);
      const problem = (await mismatch.json()) as Problem;
      assert.equal(problem.errors![0]!.path, 'city');
      assert.match(problem.errors![0]!.message, /dort: Dortmund/);
    });

    it('refuses scripts, absurd lengths and unsafe links; nothing is stored half', async () => {
      const r = await admin.call('PUT', '/api/advisor/centre', {
        ...editable(profile),
        name: '<script>alert(1)</script>',
        carrier: 'x'.repeat(5000),
        web: 'javascript:alert(1)',
        videoRoomUrl: 'http://video.example.org/raum',
        phone: 'anrufen!',
      });
      assert.equal(r.status, 422);
      assert.deepEqual(await errorPaths(r), ['carrier', 'name', 'phone', 'videoRoomUrl', 'web']);
      const now = await json<CentreProfile>(await admin.call('GET', '/api/advisor/centre'));
      assert.deepEqual(now, profile);
    });

    it('switches online booking on only with a signed AVV in a Land that takes part', async () => {
      await createAccount(t.sql, { id: 'acc-sucht', centreId: 'do-sucht', advisorId: null, role: 'centre-admin', username: 'sucht.leitung', displayName: 'Leitung Sucht', passwordHash: await pbkdf2Passwords.hash(PASSWORD) });
      const sucht = await signIn(t, 'sucht.leitung');
      const current = await json<CentreProfile>(await sucht.call('GET', '/api/advisor/centre'));
      assert.equal(current.avvSigned, false);
      const r = await sucht.call('PUT', '/api/advisor/centre', { ...editable(current), bookingEnabled: true });
      assert.equal(r.status, 422);
      const problem = (await r.json()) as Problem;
      assert.equal(problem.errors![0]!.path, 'bookingEnabled');
      assert.match(problem.errors![0]!.message, /Auftragsverarbeitungsvertrag/);
      const off = await admin.call('PUT', '/api/advisor/centre', { ...editable(profile), bookingEnabled: false });
      assert.equal((await json<CentreProfile>(off)).onlineBooking, false);
      const options = await json<{ onlineBooking: boolean }>(await t.call('GET', '/api/centres/do-schuldner/booking'));
      assert.equal(options.onlineBooking, false, 'booking sees the switch at once');
    });
  });
}
