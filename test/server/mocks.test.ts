/** The mocks answer from the same contract: the in-process app behind MSW, checked without a browser. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { centrePage } from '../../src/contract/centres.ts';
import { placeList } from '../../src/contract/places.ts';
import { serviceList } from '../../src/contract/services.ts';
import { resolvedTenant } from '../../src/contract/tenant.ts';
import { createNodeMockApp } from '../../src/mocks/node.ts';
import { validateResolved } from '../../src/tenant/validate.ts';

describe('mock API', () => {
  let mock: Awaited<ReturnType<typeof createNodeMockApp>>;
  before(async () => {
    mock = await createNodeMockApp({ now: () => new Date('2026-03-11T09:00:00Z') });
  });
  after(() => mock.close());

  test('answers /api/tenants/05913000/config with a valid ResolvedTenant', async () => {
    const response = await mock.app.request('http://localhost/api/tenants/05913000/config');
    assert.equal(response.status, 200);
    const config = resolvedTenant.parse(await response.json());
    assert.equal(validateResolved(config).ok, true);
    assert.equal(config.ags, '05913000');
  });

  test('answers catalogue, centre search and places from the contract', async () => {
    serviceList.parse(await (await mock.app.request('http://localhost/api/services')).json());
    const page = centrePage.parse(await (await mock.app.request('http://localhost/api/centres?lat=51.5136&lon=7.4653&radiusKm=10')).json());
    assert.ok(page.total >= 4);
    placeList.parse(await (await mock.app.request('http://localhost/api/places?q=Bielef')).json());
  });
});
