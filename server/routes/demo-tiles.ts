/**
 * GET /demo/tiles/{z}/{x}/{y}.svg: the demo sites' map tiles (server/domain/demo-tiles.ts), so that
 * the Würzburg demo can show the counselling map without any third-party tile server.
 */
import { Hono } from 'hono';
import type { Place } from '../../src/geo/place.ts';
import { isTile } from '../../src/geo/web-mercator.ts';
import type { AppEnv } from '../app-env.ts';
import { DEMO_TILE_MAX_ZOOM, demoTileSvg } from '../domain/demo-tiles.ts';

export const DEMO_TILES_PATH = '/demo/tiles';

/** A whole number as the path writes it: digits only, no sign, no leading zeros, no exponent. */
const whole = (text: string | undefined): number => (text !== undefined && /^(0|[1-9]\d{0,5})$/.test(text) ? Number(text) : Number.NaN);

export function demoTileRoutes(places: readonly Place[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get(`${DEMO_TILES_PATH}/:z/:x/:file`, (c) => {
    const z = whole(c.req.param('z'));
    const x = whole(c.req.param('x'));
    const y = whole(/^(\d+)\.svg$/.exec(c.req.param('file'))?.[1]);
    if (!isTile(z, x, y, DEMO_TILE_MAX_ZOOM)) return c.notFound();
    return c.body(demoTileSvg(z, x, y, places), 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      // The same tile forever (until the place data changes with a release): a day in every cache.
      'Cache-Control': 'public, max-age=86400',
      // Shown as an image, where SVG runs nothing; should someone open it as a page, still nothing.
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    });
  });
  return app;
}
