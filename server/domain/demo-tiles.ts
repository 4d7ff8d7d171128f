/**
 * Map tiles for the demo sites, drawn on request as small SVGs: a light background, a faint grid and
 * the places of our own place data (GeoNames) with their names. No map data (streets, borders,
 * water): the demo must not send visitors to a third-party tile server, and has no map of its own.
 */
import type { Place } from '../../src/geo/place.ts';
import { TILE_SIZE, project } from '../../src/geo/web-mercator.ts';

export const DEMO_TILE_MAX_ZOOM = 18;

/** Fewer, larger places when zoomed out, so that a tile stays readable and small. */
function minimumPopulation(zoom: number): number {
  if (zoom <= 6) return 300_000;
  if (zoom === 7) return 100_000;
  if (zoom === 8) return 50_000;
  if (zoom === 9) return 20_000;
  if (zoom === 10) return 8_000;
  if (zoom === 11) return 3_000;
  return 0;
}

/** Names run to the right of their dot: a place up to this far west of a tile may write into it. */
const LABEL_REACH = 180;

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const round = (n: number) => Math.round(n * 10) / 10;

/** The SVG of tile z/x/y (the caller has checked that it exists). */
export function demoTileSvg(z: number, x: number, y: number, places: readonly Place[]): string {
  const left = x * TILE_SIZE;
  const top = y * TILE_SIZE;
  const min = minimumPopulation(z);
  const marks: string[] = [];
  for (const place of places) {
    if (place.population < min) continue;
    const p = project(place, z);
    const px = p.x - left;
    const py = p.y - top;
    // Places just outside the tile whose dot or name reaches into it are drawn too (and cut off by
    // the tile's edge), so that a name crossing two tiles is whole on the map.
    if (px < -LABEL_REACH || px > TILE_SIZE + 4 || py < -6 || py > TILE_SIZE + 14) continue;
    const big = place.population >= 100_000;
    marks.push(
      `<circle cx="${round(px)}" cy="${round(py)}" r="${big ? 3.5 : 2.5}"/>` +
        `<text x="${round(px + 6)}" y="${round(py + 4)}"${big ? ' font-weight="bold"' : ''}>${escapeXml(place.name)}</text>`,
    );
  }
  const grid = [64, 128, 192].map((d) => `M${d} 0V256M0 ${d}H256`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">` +
    `<rect width="256" height="256" fill="#f4f2ec"/>` +
    `<path d="${grid}" stroke="#e4e0d6" stroke-width="1" fill="none"/>` +
    `<path d="M0 0.5H256M0.5 0V256" stroke="#d8d3c6" stroke-width="1" fill="none"/>` +
    `<g fill="#4f4f4f" font-family="sans-serif" font-size="11">${marks.join('')}</g>` +
    `</svg>`
  );
}
