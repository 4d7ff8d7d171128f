/** Online applications over HTTP: receipt, idempotency, authority fetch + ack, retention purge. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { applicationReceipt, storedApplication } from '../../src/contract/applications.ts';
import { purgeExpired } from '../../server/domain/applications.ts';
import { sqlStorage } from '../../server/storage/sql-storage.ts';
import { TEST_DATABASES } from './support/databases.ts';
import { body, openTestApp, WEDNESDAY_MORNING, type TestApp } from './support/app.ts';

const TOKEN = 'test-authority-token-0123456789';
/** A syntactically valid compact JWE; the server never decrypts. */
const JWE = ['eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0', 'a2V5', 'aXY', 'Y2lwaGVydGV4dA', 'dGFn'].join('.');
const submission = (extra: Record<string, unknown> = {}) => ({
  service: 'hilfe-zum-lebensunterhalt',
  tenant: '05913000',
  formId: 'hzl-antrag',
  definitionVersion: '1.1',
  ciphertext: JWE,
  ...extra,
});

for (const db of TEST_DATABASES) {
  describe(`applications (${db.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(db, { authorityToken: TOKEN });
    });
    after(() => t.close());

    const post = (payload: unknown, key = 'k-0123456789abcdef-1') =>
      t.app.request('/api/applications', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(payload) });
    const authority = (path: string, init: RequestInit = {}, token = TOKEN) =>
      t.app.request(`/api/authority/applications/${path}`, { ...init, headers: { Authorization: `Bearer ${token}` } });

    test('stores ciphertext and answers with a receipt; the same key gives the same receipt, stored once', async () => {
      const first = await post(submission());
      assert.equal(first.status, 201);
      const receipt = applicationReceipt.parse(await body(first));
      assert.match(receipt.reference, /^SP-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      assert.equal(receipt.receivedAt, WEDNESDAY_MORNING.toISOString());
      assert.equal(first.headers.get('cache-control'), 'no-store');

      const again = await post(submission({ ciphertext: JWE.replace('dGFn', 'b3RoZXI') }));
      assert.equal(again.status, 200);
      assert.deepEqual(await body(again), receipt);
      const rows = await t.sql.query<{ n: number }>('select count(*)::int as n from applications');
      assert.equal(rows[0]!.n, 1);
    });

    test('refuses plaintext, a missing key and a service not online in this tenant', async () => {
      const plain = await post(submission({ ciphertext: '{"name":"Ayşe"}' }), 'k-0123456789abcdef-2');
      assert.equal(plain.status, 422);
      const noKey = await t.app.request('/api/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(submission()) });
      assert.equal(noKey.status, 400);
      const offline = await post(submission({ tenant: '05711000' }), 'k-0123456789abcdef-3');
      assert.equal(offline.status, 422);
      const extra = await post({ ...submission(), name: 'Ayşe' }, 'k-0123456789abcdef-4');
      assert.equal(extra.status, 422, 'no personal metadata beside the ciphertext');
    });

    test('accepts bodies with attachments above the general 64 KiB limit', async () => {
      const big = `${JWE.slice(0, -4)}${'A'.repeat(300 * 1024)}`;
      const response = await post(submission({ ciphertext: big }), 'k-0123456789abcdef-5');
      assert.equal(response.status, 201);
    });

    test('the authority fetches with its token; the acknowledgement deletes the ciphertext', async () => {
      const { reference } = applicationReceipt.parse(await body(await post(submission(), 'k-0123456789abcdef-6')));
      assert.equal((await authority(reference, {}, 'wrong')).status, 401);
      assert.equal((await t.app.request(`/api/authority/applications/${reference}`)).status, 401);

      const fetched = storedApplication.parse(await body(await authority(reference)));
      assert.equal(fetched.ciphertext, JWE);
      assert.equal(fetched.acknowledgedAt, null);

      const ack = await authority(`${reference}/ack`, { method: 'POST' });
      assert.equal(ack.status, 200);
      const after = storedApplication.parse(await body(await authority(reference)));
      assert.equal(after.ciphertext, null);
      assert.equal(after.acknowledgedAt, WEDNESDAY_MORNING.toISOString());
      const raw = await t.sql.query<{ ciphertext: string | null }>('select ciphertext from applications where reference = $1', [reference]);
      assert.equal(raw[0]!.ciphertext, null);
      assert.equal((await authority('SP-AAAA-AAAA')).status, 404);
    });

    test('the retention purge deletes unacknowledged ciphertext after the period, not before', async () => {
      const store = sqlStorage(t.sql).applications;
      const { reference } = applicationReceipt.parse(await body(await post(submission(), 'k-0123456789abcdef-7')));
      const day = 24 * 60 * 60 * 1000;
      assert.equal(await purgeExpired(store, new Date(WEDNESDAY_MORNING.getTime() + 29 * day)), 0);
      assert.equal((await store.get(reference))!.ciphertext, JWE);
      const purged = await purgeExpired(store, new Date(WEDNESDAY_MORNING.getTime() + 31 * day));
      assert.ok(purged >= 1);
      assert.equal((await store.get(reference))!.ciphertext, null);
      // A late retry with the same key files nothing new and returns the original receipt.
      const late = await post(submission(), 'k-0123456789abcdef-7');
      assert.equal(late.status, 200);
      assert.equal((await body<{ reference: string }>(late)).reference, reference);
      // A shorter configured period purges sooner.
      const { reference: fresh } = applicationReceipt.parse(await body(await post(submission(), 'k-0123456789abcdef-8')));
      assert.equal(await purgeExpired(store, new Date(WEDNESDAY_MORNING.getTime() + 8 * day), 7), 1);
      assert.equal((await store.get(fresh))!.ciphertext, null);
    });
  });
}
