/**
 * The map's code failing to load (a dropped connection on the click): the citizen is told, stays
 * where they were with the list intact, and a second click tries again. A file of its own, because
 * a page that once loaded the map part cannot be made to fail loading it again.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../components/counselling-finder/define.ts';
import type { SozCounsellingFinder } from '../../../components/counselling-finder/counselling-finder.component.ts';
import { startMockApi, type MockApi } from '../../../src/mocks/browser.ts';
import { useDemoTenant } from '../support/tenant.ts';

const TILE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"/>';
const root = (el: HTMLElement) => el.shadowRoot!;
const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;

let mock: MockApi;

before(async function () {
  this.timeout(60_000);
  mock = await startMockApi();
});

after(async () => {
  await mock.stop();
});

it('says so when the map cannot be loaded, keeps the list, and a second try works', async () => {
  await useDemoTenant('05913000', (k) => {
    k.counsellingMap = { tiles: 'https://tiles.example.test/{z}/{x}/{y}.png', attribution: '© OpenStreetMap-Mitwirkende' };
  });
  mock.worker.use(http.get('https://tiles.example.test/*', () => new HttpResponse(TILE_SVG, { headers: { 'Content-Type': 'image/svg+xml' } })));
  const el = await fixture<SozCounsellingFinder>(html`<soz-counselling-finder place="44137"></soz-counselling-finder>`);
  await waitUntil(() => root(el).querySelectorAll('.centres > li').length > 0, 'results did not appear');

  const dropped = http.get(/\/map\/map-part\.ts/, () => HttpResponse.error());
  mock.worker.use(dropped);
  root(el).querySelector<HTMLButtonElement>('#map-show')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => root(el).querySelector('.map-offer [role="alert"]'), 'no failure notice');
  expect(root(el).querySelector('.map-offer [role="alert"]')!.textContent).to.contain('Die Karte konnte nicht geladen werden');
  expect(focused(el)?.id).to.equal('map-show');
  expect(root(el).querySelectorAll('.centres > li').length).to.equal(4);
  await expect(el).to.be.accessible();

  mock.worker.resetHandlers();
  mock.worker.use(http.get('https://tiles.example.test/*', () => new HttpResponse(TILE_SVG, { headers: { 'Content-Type': 'image/svg+xml' } })));
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => focused(el)?.id === 'map-heading', 'the second try did not open the map', { timeout: 5000 });
  expect(root(el).querySelectorAll('.marker').length).to.be.greaterThan(0);
});
