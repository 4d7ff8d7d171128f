/**
 * The finder's optional map against the in-page API: offered only with a tile source, nothing of it
 * (no tile, no code) before the citizen's click, then tiles from the configured source, numbered
 * markers in the list's order that open a centre like its card, zoom and pan buttons, and a way back.
 * The tile server is a third-party host here, answered by MSW, so every tile request is seen.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../components/counselling-finder/define.ts';
import type { SozCounsellingFinder } from '../../../components/counselling-finder/counselling-finder.component.ts';
import { startMockApi, type MockApi } from '../../../src/mocks/browser.ts';
import { useDemoTenant } from '../support/tenant.ts';

const TILES = 'https://tiles.example.test/osm/{z}/{x}/{y}.png';
const TILE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#ddd"/></svg>';

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
const cards = (el: HTMLElement) => $$(el, '.centres > li');
const markers = (el: HTMLElement) => $$<HTMLButtonElement>(el, '.marker');
const tiles = (el: HTMLElement) => $$<HTMLImageElement>(el, '.tiles img');
/** What the browser fetched since the test began (resource timing: images and modules alike). */
const fetched = () => performance.getEntriesByType('resource').map((e) => e.name);

let mock: MockApi;
/** Requests for map tiles the page sent, as MSW saw them. */
const tileRequests: string[] = [];

function useMapTenant() {
  return useDemoTenant('05913000', (k) => {
    k.counsellingMap = { tiles: TILES, attribution: '© OpenStreetMap-Mitwirkende', attributionUrl: 'https://www.openstreetmap.org/copyright', maxZoom: 16 };
  });
}

async function withResults(markup = html`<soz-counselling-finder place="44137"></soz-counselling-finder>`) {
  const el = await fixture<SozCounsellingFinder>(markup);
  await waitUntil(() => cards(el).length > 0, 'results did not appear');
  return el;
}

/** Opens the map the way a keyboard user does, and waits until its tiles are placed. */
async function openMap(el: HTMLElement) {
  $<HTMLButtonElement>(el, '#map-show')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => focused(el)?.id === 'map-heading', 'focus did not move to the map');
  await waitUntil(() => tiles(el).length > 0 && markers(el).length > 0, 'no tiles or markers');
}

before(async function () {
  this.timeout(60_000);
  mock = await startMockApi();
  mock.worker.events.on('request:start', ({ request }) => {
    if (request.url.startsWith('https://tiles.example.test/')) tileRequests.push(request.url);
  });
  performance.setResourceTimingBufferSize(10_000);
});

after(async () => {
  await mock.stop();
});

beforeEach(() => {
  mock.worker.resetHandlers();
  mock.worker.use(http.get('https://tiles.example.test/*', () => new HttpResponse(TILE_SVG, { headers: { 'Content-Type': 'image/svg+xml' } })));
  tileRequests.length = 0;
  performance.clearResourceTimings();
});

describe('<soz-counselling-finder> map', () => {
  it('with a tile source: offered with what it means, and nothing of it loads before the click', async () => {
    await useMapTenant();
    const el = await withResults();
    const offer = $<HTMLButtonElement>(el, '#map-show')!;
    expect(offer.textContent).to.contain('Karte anzeigen');
    expect($(el, '#map-note')!.textContent).to.contain('Die Karte lädt Kartenbilder von tiles.example.test');
    expect($(el, '#map-note')!.textContent).to.contain('IP-Adresse');
    expect(offer.getAttribute('aria-describedby')).to.equal('map-note');
    // The list stays the primary view, complete without the map.
    expect(cards(el).length).to.equal(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(tileRequests).to.deep.equal([]);
    expect(fetched().filter((url) => url.includes('tiles.example.test') || url.includes('/map/map-'))).to.deep.equal([]);
    expect($(el, '.map')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('without a tile source: no map, no offer', async () => {
    await useDemoTenant('05913000');
    const el = await withResults();
    expect($(el, '#map-show')).to.equal(null);
    expect(text(el)).to.not.contain('Karte anzeigen');
  });

  it('after the click: tiles from the configured source, markers reachable by Tab in the list’s order, each named', async () => {
    await useMapTenant();
    const el = await withResults();
    await openMap(el);
    expect($(el, '#map-heading')!.textContent).to.equal('Karte');
    expect(fetched().some((url) => url.includes('/map/map-part'))).to.equal(true);

    await waitUntil(() => tileRequests.length >= tiles(el).length, 'tiles were not requested');
    expect(tileRequests.every((url) => /^https:\/\/tiles\.example\.test\/osm\/\d+\/\d+\/\d+\.png$/.test(url)), tileRequests.join('\n')).to.equal(true);
    for (const img of tiles(el)) {
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('draggable')).to.equal('false');
    }
    expect($(el, '.map-frame')!.getAttribute('dir')).to.equal('ltr');
    expect($(el, '.map-attribution a')!.textContent).to.contain('© OpenStreetMap-Mitwirkende');

    // Every centre of the list is on the fitted map, numbered as the list orders them.
    const listed = cards(el).map((li) => {
      const name = li.querySelector('.title')!.textContent!.trim();
      const distance = li.querySelector('.distance')!.textContent!.trim().replace(/^\(|\)$/g, '');
      return `${name}, ${distance}`;
    });
    expect(markers(el).map((m) => m.getAttribute('aria-label'))).to.deep.equal(listed.map((l, i) => `${i + 1}: ${l}`));
    expect(markers(el).map((m) => m.textContent!.trim())).to.deep.equal(['1', '2', '3', '4']);

    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focused(el)!.id || focused(el)!.getAttribute('aria-label')!);
    }
    expect(order).to.deep.equal(['map-hide', ...markers(el).map((m) => m.getAttribute('aria-label')!)]);
    // The caption names the centre of the marker in focus, for those who see the map.
    expect($(el, '.map-caption')!.textContent).to.contain(listed[3]!.split(',')[0]!);
    await expect(el).to.be.accessible();
  });

  it('Enter on a marker opens that centre’s details with focus on its heading, as its card does', async () => {
    await useMapTenant();
    const el = await withResults();
    await openMap(el);
    let selected = '';
    el.addEventListener('soz-centre-selected', (e) => (selected = (e as CustomEvent<{ centreId: string }>).detail.centreId));
    const second = markers(el)[1]!;
    const name = cards(el)[1]!.querySelector('.title')!.textContent!.trim();
    second.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.week'), 'detail did not open');
    expect(focused(el)?.id).to.equal('detail-heading');
    expect($(el, '#detail-heading')!.textContent).to.equal(name);
    expect(selected).to.equal(second.dataset.centre);

    // Back in the list, the map is still open.
    $<HTMLButtonElement>(el, '.back')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => markers(el).length === 4, 'the map did not come back with the list');
  });

  it('"Karte ausblenden" closes it and returns focus to "Karte anzeigen"', async () => {
    await useMapTenant();
    const el = await withResults();
    await openMap(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('map-hide');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'map-show', 'focus did not return to the offer');
    expect($(el, '.map')).to.equal(null);
    expect(tiles(el).length).to.equal(0);
  });

  it('zooms and pans with buttons, stops at the tile source’s maxZoom without losing focus, and follows a new search', async () => {
    await useMapTenant();
    const el = await withResults();
    await openMap(el);
    const zoomOf = () => Number(/\/osm\/(\d+)\//.exec(tiles(el)[0]!.src)![1]);
    const control = (label: string) => $<HTMLButtonElement>(el, `.map-controls [aria-label="${label}"]`)!;
    const fitted = zoomOf();

    control('Verkleinern').focus();
    await sendKeys({ press: 'Enter' });
    expect(zoomOf()).to.equal(fitted - 1);

    const before = tiles(el).map((t) => t.src).join();
    control('Nach Osten verschieben').focus();
    await sendKeys({ press: 'Enter' });
    expect(tiles(el).map((t) => t.src).join()).to.not.equal(before);

    control('Vergrößern').focus();
    for (let i = 0; i < 20; i++) await sendKeys({ press: 'Enter' });
    expect(zoomOf()).to.equal(16);
    expect(control('Vergrößern').getAttribute('aria-disabled')).to.equal('true');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Vergrößern');

    // A narrower search: the map shows its one result, fitted again.
    $<HTMLElement>(el, '.filters summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    $$<HTMLInputElement>(el, 'input[name="topic"]').find((i) => i.value === 'suchtberatung')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => cards(el).length === 1, 'no new search');
    await waitUntil(() => markers(el).length === 1, 'the map did not follow the new results');
    expect(markers(el)[0]!.getAttribute('aria-label')).to.match(/^1: Suchtberatung Dortmund \(Demo\), /);
    expect(zoomOf()).to.be.lessThan(16);
  });
});
