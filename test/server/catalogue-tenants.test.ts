/** Tenant configuration and service catalogue over HTTP, on every test database. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { INFO_SERVICE_IDS, SERVICE_IDS } from '../../src/catalogue/service-ids.ts';
import { problem } from '../../src/contract/problem.ts';
import { serviceInfo, serviceList } from '../../src/contract/services.ts';
import { resolvedTenant } from '../../src/contract/tenant.ts';
import { DEMO_TENANTS } from '../../src/tenant/demo-tenants.ts';
import { body, openTestApp, type TestApp } from './support/app.ts';
import { TEST_DATABASES } from './support/databases.ts';

for (const db of TEST_DATABASES) {
  describe(`tenants and services (${db.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(db);
    });
    after(() => t.close());

    for (const [name, ags] of Object.entries(DEMO_TENANTS)) {
      test(`serves the resolved configuration of ${name}`, async () => {
        const response = await t.app.request(`/api/tenants/${ags}/config`);
        assert.equal(response.status, 200);
        const config = resolvedTenant.parse(await response.json());
        assert.equal(config.ags, ags);
        assert.equal(config.land.key, ags.slice(0, 2));
      });
    }

    test('the cascade fills in what the Kommune leaves out (platform theme font radius, Land languages)', async () => {
      const config = resolvedTenant.parse(await (await t.app.request('/api/tenants/05913000/config')).json());
      assert.equal(config.theme.primary, '#a3131b', 'Dortmund’s own colour');
      assert.ok(config.locales.length >= 1);
      assert.ok(config.origins.includes('https://www.dortmund.example.org'));
    });

    test('a Kommune that is not connected is 404; a malformed AGS is 400', async () => {
      const unknown = await t.app.request('/api/tenants/01001000/config');
      assert.equal(unknown.status, 404);
      assert.match(problem.parse(await unknown.json()).detail ?? '', /01001000 ist nicht an die Sozialplattform angeschlossen/);
      const malformed = await t.app.request("/api/tenants/0591300'--/config");
      assert.equal(malformed.status, 400);
      const p = problem.parse(await malformed.json());
      assert.deepEqual(p.errors?.map((e) => e.path), ['ags']);
    });

    test('lists every service of the catalogue, including Wohngeld and Kinderzuschlag as information', async () => {
      const response = await t.app.request('/api/services');
      assert.equal(response.status, 200);
      const list = serviceList.parse(await response.json());
      const ids = list.items.map((s) => s.id);
      for (const id of [...SERVICE_IDS, ...INFO_SERVICE_IDS]) assert.ok(ids.includes(id), `missing ${id}`);
      const wohngeld = list.items.find((s) => s.id === 'wohngeld')!;
      assert.equal(wohngeld.kind, 'information');
    });

    test('serves one service with its legal basis, and 404 for an unknown one', async () => {
      const response = await t.app.request('/api/services/hilfe-zum-lebensunterhalt');
      const service = serviceInfo.parse(await body(response));
      assert.ok(service.legalBasis.some((l) => /SGB XII/.test(l.citation)));
      assert.ok(service.documents.length > 0);
      assert.equal((await t.app.request('/api/services/astrologie')).status, 404);
      assert.equal((await t.app.request('/api/services/%3Cscript%3E')).status, 400);
    });
  });
}
