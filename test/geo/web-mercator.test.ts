// Tile math of the counselling finder's map and the demo tile server: positions, tiles, fitting, zoom limits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fitView,
  framePosition,
  isTile,
  panView,
  project,
  tileAddress,
  tileBounds,
  tileOf,
  unproject,
  visibleTiles,
  zoomView,
  type MapView,
} from '../../src/geo/web-mercator.ts';

const near = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

const wuerzburg = { lat: 49.7939, lon: 9.9294 };
const dortmund = { lat: 51.5149, lon: 7.4668 };

describe('project / unproject', () => {
  it('puts 0°/0° in the middle of the world and the corners at the cut-off latitude', () => {
    assert.deepEqual(project({ lat: 0, lon: 0 }, 0), { x: 128, y: 128 });
    const nw = project({ lat: 85.0511287798, lon: -180 }, 2);
    near(nw.x, 0, 1e-9, 'x');
    near(nw.y, 0, 1e-6, 'y');
    // Beyond the cut-off the map ends: no position north of its edge.
    near(project({ lat: 89.9, lon: 0 }, 2).y, 0, 1e-6, 'y north of the edge');
  });

  it('finds the tiles OpenStreetMap uses for Berlin (z10: 550/335) and Würzburg (z13: 4321/2785)', () => {
    assert.deepEqual(tileOf({ lat: 52.52, lon: 13.405 }, 10), { z: 10, x: 550, y: 335 });
    assert.deepEqual(tileOf(wuerzburg, 13), { z: 13, x: 4321, y: 2785 });
  });

  it('comes back to the same place', () => {
    for (const zoom of [0, 7, 13, 18]) {
      const back = unproject(project(dortmund, zoom), zoom);
      near(back.lat, dortmund.lat, 1e-9, `lat at z${zoom}`);
      near(back.lon, dortmund.lon, 1e-9, `lon at z${zoom}`);
    }
  });

  it('gives a tile’s bounds that contain the place it was found for', () => {
    const { z, x, y } = tileOf(wuerzburg, 12);
    const b = tileBounds(z, x, y);
    assert.ok(b.north > wuerzburg.lat && wuerzburg.lat > b.south, `${b.south} < ${wuerzburg.lat} < ${b.north}`);
    assert.ok(b.west < wuerzburg.lon && wuerzburg.lon < b.east, `${b.west} < ${wuerzburg.lon} < ${b.east}`);
  });
});

describe('isTile', () => {
  it('accepts tiles of the world and refuses the rest', () => {
    assert.equal(isTile(0, 0, 0, 18), true);
    assert.equal(isTile(18, 2 ** 18 - 1, 2 ** 18 - 1, 18), true);
    assert.equal(isTile(19, 0, 0, 18), false);
    assert.equal(isTile(3, 8, 0, 18), false);
    assert.equal(isTile(3, 0, -1, 18), false);
    assert.equal(isTile(2.5, 0, 0, 18), false);
  });
});

describe('visibleTiles', () => {
  const view: MapView = { centre: wuerzburg, zoom: 13, width: 600, height: 400 };

  it('covers the frame exactly once, each tile cut to the part inside the frame', () => {
    const tiles = visibleTiles(view);
    const area = tiles.reduce((sum, t) => sum + t.width * t.height, 0);
    near(area, 600 * 400, 1e-6, 'covered area');
    for (const t of tiles) {
      assert.ok(t.left >= 0 && t.top >= 0 && t.left + t.width <= 600 + 1e-9 && t.top + t.height <= 400 + 1e-9, JSON.stringify(t));
      assert.ok(t.offsetX >= 0 && t.offsetX + t.width <= 256 + 1e-9 && t.offsetY >= 0 && t.offsetY + t.height <= 256 + 1e-9, JSON.stringify(t));
    }
  });

  it('draws the tile under the centre where the centre is', () => {
    const { x, y } = tileOf(wuerzburg, 13);
    const tile = visibleTiles(view).find((t) => t.x === x && t.y === y)!;
    const inTile = project(wuerzburg, 13);
    // The centre's pixel in that tile, seen in the frame, is the frame's middle.
    near(tile.left + (inTile.x - x * 256 - tile.offsetX), 300, 0.5, 'x');
    near(tile.top + (inTile.y - y * 256 - tile.offsetY), 200, 0.5, 'y');
    assert.ok([tile.left, tile.top, tile.width, tile.height].every(Number.isInteger), 'whole pixels: no gaps between tiles');
  });

  it('leaves out rows beyond the poles and wraps around the date line', () => {
    const tiles = visibleTiles({ centre: { lat: 85, lon: 179.9 }, zoom: 1, width: 512, height: 512 });
    assert.ok(tiles.every((t) => t.y >= 0 && t.y < 2 && t.x >= 0 && t.x < 2), JSON.stringify(tiles));
  });
});

describe('fitView', () => {
  const options = { width: 600, height: 400, padding: 30, minZoom: 3, maxZoom: 18 };

  it('shows every point inside the frame less the padding, at the deepest zoom that does', () => {
    const points = [wuerzburg, { lat: 49.7975, lon: 9.9301 }, { lat: 49.78, lon: 9.97 }];
    const view = fitView(points, options);
    for (const p of points) {
      const at = framePosition(p, view);
      assert.ok(at.x >= 30 && at.x <= 570 && at.y >= 30 && at.y <= 370, `${JSON.stringify(p)} at ${JSON.stringify(at)}`);
    }
    const closer = { ...view, zoom: view.zoom + 1 };
    const outside = points.some((p) => {
      const at = framePosition(p, closer);
      return at.x < 30 || at.x > 570 || at.y < 30 || at.y > 370;
    });
    assert.ok(outside, 'one zoom level deeper, some point would leave the frame');
  });

  it('never goes deeper than maxZoom, even for a single point', () => {
    assert.equal(fitView([wuerzburg], { ...options, maxZoom: 15 }).zoom, 15);
    assert.equal(fitView([wuerzburg, wuerzburg], { ...options, maxZoom: 12 }).zoom, 12);
  });

  it('stops at minZoom for points too far apart', () => {
    assert.equal(fitView([{ lat: 47.5, lon: 6 }, { lat: 55, lon: 15 }], { ...options, minZoom: 7 }).zoom, 7);
  });
});

describe('zoomView / panView', () => {
  const view: MapView = { centre: wuerzburg, zoom: 17, width: 400, height: 300 };

  it('clamps zoom at the tile server’s maxZoom and at the minimum', () => {
    assert.equal(zoomView(view, 19, 3, 18).zoom, 18);
    assert.equal(zoomView(view, 2, 3, 18).zoom, 3);
    assert.equal(zoomView(view, 16, 3, 18).zoom, 16);
  });

  it('moves the map by frame pixels: east is +x, south is +y', () => {
    const moved = panView(view, 100, -50);
    const at = framePosition(wuerzburg, moved);
    near(at.x, 200 - 100, 0.5, 'x');
    near(at.y, 150 + 50, 0.5, 'y');
    assert.ok(moved.centre.lon > wuerzburg.lon && moved.centre.lat > wuerzburg.lat);
  });
});

describe('tileAddress', () => {
  it('fills {z}, {x} and {y}', () => {
    assert.equal(tileAddress('https://tiles.example.de/{z}/{x}/{y}.png', { z: 3, x: 4, y: 5 }), 'https://tiles.example.de/3/4/5.png');
    assert.equal(tileAddress('/demo/tiles/{z}/{y}-{x}.svg', { z: 3, x: 4, y: 5 }), '/demo/tiles/3/5-4.svg');
  });
});
