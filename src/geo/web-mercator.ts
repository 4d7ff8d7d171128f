/**
 * Web-Mercator tile math of the XYZ scheme (256-px tiles): positions on the map, the tiles a view
 * needs and the zoom that fits a set of points. Pure; shared by the counselling finder's map and
 * the demo tile server.
 */

export const TILE_SIZE = 256;
/** Mercator is undefined at the poles; tile servers cut the world at this latitude. */
export const MAX_LATITUDE = 85.0511287798;

export interface LatLon {
  lat: number;
  lon: number;
}

/** A position in pixels on the whole world map at one zoom level (0,0 = north-west corner). */
export interface Pixel {
  x: number;
  y: number;
}

/** What a map frame shows: its centre, its zoom level and its size in CSS pixels. */
export interface MapView {
  centre: LatLon;
  zoom: number;
  width: number;
  height: number;
}

/** One tile as the frame shows it: which image, where, and the part of it inside the frame. */
export interface PlacedTile {
  z: number;
  x: number;
  y: number;
  /** The visible part's position in the frame and its size, in CSS pixels. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Where the visible part starts inside the tile image (0 unless cut at the frame's top or left). */
  offsetX: number;
  offsetY: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Width (and height) of the whole world map in pixels at `zoom`. */
export const worldSize = (zoom: number): number => TILE_SIZE * 2 ** zoom;

export function project(point: LatLon, zoom: number): Pixel {
  const size = worldSize(zoom);
  const sin = Math.sin((clamp(point.lat, -MAX_LATITUDE, MAX_LATITUDE) * Math.PI) / 180);
  return {
    x: ((point.lon + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

export function unproject(pixel: Pixel, zoom: number): LatLon {
  const size = worldSize(zoom);
  const n = Math.PI - (2 * Math.PI * pixel.y) / size;
  return {
    lat: (180 / Math.PI) * Math.atan(Math.sinh(n)),
    lon: (pixel.x / size) * 360 - 180,
  };
}

/** The tile that holds `point` at `zoom`. */
export function tileOf(point: LatLon, zoom: number): { z: number; x: number; y: number } {
  const p = project(point, zoom);
  const last = 2 ** zoom - 1;
  return { z: zoom, x: clamp(Math.floor(p.x / TILE_SIZE), 0, last), y: clamp(Math.floor(p.y / TILE_SIZE), 0, last) };
}

/** The area a tile covers: its north-west and south-east corners. */
export function tileBounds(z: number, x: number, y: number): { north: number; west: number; south: number; east: number } {
  const nw = unproject({ x: x * TILE_SIZE, y: y * TILE_SIZE }, z);
  const se = unproject({ x: (x + 1) * TILE_SIZE, y: (y + 1) * TILE_SIZE }, z);
  return { north: nw.lat, west: nw.lon, south: se.lat, east: se.lon };
}

/** True when z/x/y names a tile that exists (z within 0…maxZoom, x and y within the world). */
export function isTile(z: number, x: number, y: number, maxZoom: number): boolean {
  if (![z, x, y].every(Number.isInteger) || z < 0 || z > maxZoom) return false;
  const count = 2 ** z;
  return x >= 0 && x < count && y >= 0 && y < count;
}

/**
 * The world pixel at the frame's top-left corner, rounded to whole pixels: tiles then meet without
 * hairline gaps, and nothing moves by more than half a pixel.
 */
export function topLeft(view: MapView): Pixel {
  const c = project(view.centre, view.zoom);
  return { x: Math.round(c.x - view.width / 2), y: Math.round(c.y - view.height / 2) };
}

/** Where `point` lies in the frame, in CSS pixels from its top-left corner (may be outside it). */
export function framePosition(point: LatLon, view: MapView): Pixel {
  const p = project(point, view.zoom);
  const origin = topLeft(view);
  return { x: p.x - origin.x, y: p.y - origin.y };
}

/**
 * The tiles that cover the frame, each cut to the part inside it, so that nothing of the map
 * reaches beyond the frame. Rows above the north or below the south edge of the world stay empty.
 */
export function visibleTiles(view: MapView): PlacedTile[] {
  const z = view.zoom;
  const count = 2 ** z;
  const origin = topLeft(view);
  const right = origin.x + view.width;
  const bottom = origin.y + view.height;
  const tiles: PlacedTile[] = [];
  for (let ty = Math.floor(origin.y / TILE_SIZE); ty * TILE_SIZE < bottom; ty++) {
    if (ty < 0 || ty >= count) continue;
    for (let tx = Math.floor(origin.x / TILE_SIZE); tx * TILE_SIZE < right; tx++) {
      const left = Math.max(tx * TILE_SIZE, origin.x);
      const top = Math.max(ty * TILE_SIZE, origin.y);
      const width = Math.min((tx + 1) * TILE_SIZE, right) - left;
      const height = Math.min((ty + 1) * TILE_SIZE, bottom) - top;
      if (width <= 0 || height <= 0) continue;
      tiles.push({
        z,
        // East of 180° the world repeats.
        x: ((tx % count) + count) % count,
        y: ty,
        left: left - origin.x,
        top: top - origin.y,
        width,
        height,
        offsetX: left - tx * TILE_SIZE,
        offsetY: top - ty * TILE_SIZE,
      });
    }
  }
  return tiles;
}

export interface FitOptions {
  width: number;
  height: number;
  /** Room in pixels kept free at every edge (for markers drawn around their point). */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The view that shows every point: centred on their bounding box, at the deepest whole zoom level
 * at which the box fits into the frame less the padding, within minZoom…maxZoom.
 */
export function fitView(points: readonly LatLon[], options: FitOptions): MapView {
  const { width, height, padding, minZoom, maxZoom } = options;
  if (points.length === 0) throw new Error('fitView needs at least one point');
  const world = points.map((p) => project(p, 0));
  const xs = world.map((p) => p.x);
  const ys = world.map((p) => p.y);
  const box = { west: Math.min(...xs), east: Math.max(...xs), north: Math.min(...ys), south: Math.max(...ys) };
  const centre = unproject({ x: (box.west + box.east) / 2, y: (box.north + box.south) / 2 }, 0);
  const room = { x: Math.max(1, width - 2 * padding), y: Math.max(1, height - 2 * padding) };
  let zoom = maxZoom;
  // At zoom z the box is 2^z times as large as at 0.
  while (zoom > minZoom && ((box.east - box.west) * 2 ** zoom > room.x || (box.south - box.north) * 2 ** zoom > room.y)) zoom--;
  return { centre, zoom, width, height };
}

/** The view moved by dx/dy frame pixels (east and south positive). */
export function panView(view: MapView, dx: number, dy: number): MapView {
  const c = project(view.centre, view.zoom);
  const size = worldSize(view.zoom);
  const y = clamp(c.y + dy, 0, size);
  return { ...view, centre: unproject({ x: c.x + dx, y }, view.zoom) };
}

/** The view at another zoom level, same centre, kept within min…max. */
export function zoomView(view: MapView, zoom: number, minZoom: number, maxZoom: number): MapView {
  return { ...view, zoom: clamp(Math.round(zoom), minZoom, maxZoom) };
}

/** A tile's address from a template such as `https://tiles.example.de/{z}/{x}/{y}.png`. */
export function tileAddress(template: string, tile: { z: number; x: number; y: number }): string {
  return template.replace('{z}', String(tile.z)).replace('{x}', String(tile.x)).replace('{y}', String(tile.y));
}
