/** Counselling centres: search by point and radius with filters (GET query or POST JSON), and profiles. */
import { Hono } from 'hono';
import { z } from 'zod';
import { centreSearchQuery, type CentrePage } from '../../src/contract/centres.ts';
import type { AppEnv } from '../app-env.ts';
import { centreProfile, searchCentres } from '../domain/centres.ts';
import { notFound } from '../http/problem.ts';
import { parseJsonBody, parseParam, parseQuery } from '../http/validate.ts';

const centreIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'eine Kennung aus Buchstaben, Ziffern, _ und -');

export function centreRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/centres', async (c) => {
    const query = parseQuery(c, centreSearchQuery);
    const { storage, isOpen, clock } = c.var.deps;
    return c.json<CentrePage>(await searchCentres(storage, isOpen, clock(), query));
  });
  app.post('/api/centres/search', async (c) => {
    const query = await parseJsonBody(c, centreSearchQuery);
    const { storage, isOpen, clock } = c.var.deps;
    return c.json<CentrePage>(await searchCentres(storage, isOpen, clock(), query));
  });
  app.get('/api/centres/:id', async (c) => {
    const id = parseParam(c.req.param('id'), centreIdParam, 'id');
    const { storage, isOpen, clock } = c.var.deps;
    const centre = await centreProfile(storage, isOpen, clock(), id);
    if (!centre) throw notFound('Diese Beratungsstelle gibt es nicht (mehr).');
    return c.json(centre);
  });
  return app;
}
