/** The demo sites' map tiles: drawn from our place data, strict input checks, cacheable, under the server's headers. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApp } from '../../server/app.ts';
import type { Storage } from '../../server/storage/storage.ts';
import { loadPlaces } from '../../src/geo/load-places.node.ts';
import type { Place } from '../../src/geo/place.ts';
import { tileOf } from '../../src/geo/web-mercator.ts';

// The tile routes never touch storage; an app without one shows that they need none.
const app = (places?: readonly Place[]) => createApp({ storage: {} as Storage, ...(places ? { demoTilePlaces: places } : {}) });
const places = loadPlaces();
const wuerzburgPlace = places.find((p) => p.name === 'Würzburg')!;
const wuerzburg = tileOf(wuerzburgPlace, 12);

describe('GET /demo/tiles/{z}/{x}/{y}.svg', () => {
  const demo = app(places);

  test('draws the places of the tile, with their names, as a cacheable 256-px SVG', async () => {
    const response = await demo.request(`/demo/tiles/12/${wuerzburg.x}/${wuerzburg.y}.svg`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    assert.match(response.headers.get('cache-control') ?? '', /public, max-age=\d+/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const svg = await response.text();
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="256" height="256"/);
    assert.match(svg, />Würzburg</);
    assert.doesNotMatch(svg, /<script|href=|style=/);
    assert.ok(svg.length < 20_000, `a tile of ${svg.length} bytes`);
  });

  test('shows only large places when zoomed out, so that a tile stays small', async () => {
    const svg = await (await demo.request('/demo/tiles/6/33/21.svg')).text();
    assert.ok((svg.match(/<text/g) ?? []).length < 40, svg);
  });

  test('writes names as text, never as markup', async () => {
    const place: Place = { id: '1', name: 'A & B <b>"x"</b>', context: '', land: '09', postalCodes: ['97070'], lat: wuerzburgPlace.lat, lon: wuerzburgPlace.lon, population: 200_000 };
    const svg = await (await app([place]).request(`/demo/tiles/12/${wuerzburg.x}/${wuerzburg.y}.svg`)).text();
    assert.match(svg, />A &amp; B &lt;b&gt;&quot;x&quot;&lt;\/b&gt;</);
  });

  test('answers 404 for tiles that do not exist and for anything that is not a tile number', async () => {
    for (const path of ['19/0/0.svg', '2/4/0.svg', '2/0/4.svg', '2/-1/0.svg', '2/0/01.svg', '2/0/1e0.svg', '2/0/1.png', '2/0/x.svg', 'a/0/0.svg', '2/0/0.svg/..', '2/0', '2/0/0/0.svg']) {
      const response = await demo.request(`/demo/tiles/${path}`);
      assert.equal(response.status, 404, path);
    }
    assert.equal((await demo.request('/demo/tiles/0/0/0.svg')).status, 200);
    assert.equal((await demo.request('/demo/tiles/18/262143/262143.svg')).status, 200);
  });

  test('are not served where no demo places are given', async () => {
    assert.equal((await app().request('/demo/tiles/0/0/0.svg')).status, 404);
  });
});
