/** Place lookup over the geocoder: autocomplete while typing, and the places of one PLZ. */
import { Hono } from 'hono';
import { postalCode } from '../../src/contract/centres.ts';
import { placeSuggestQuery, type PlaceList } from '../../src/contract/places.ts';
import type { AppEnv } from '../app-env.ts';
import { notFound } from '../http/problem.ts';
import { parseParam, parseQuery } from '../http/validate.ts';

export function placeRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/places', async (c) => {
    const { q, limit } = parseQuery(c, placeSuggestQuery);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json<PlaceList>({ items: await c.var.deps.geocoder.suggest(q, limit) });
  });
  app.get('/api/places/:plz', async (c) => {
    const plz = parseParam(c.req.param('plz'), postalCode, 'plz');
    const items = await c.var.deps.geocoder.byPostalCode(plz);
    if (!items.length) throw notFound(`Die Postleitzahl ${plz} gibt es nicht.`);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json<PlaceList>({ items });
  });
  return app;
}
