/** The service catalogue: every module, OZG service and information entry with its legal basis. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { ServiceList } from '../../src/contract/services.ts';
import type { AppEnv } from '../app-env.ts';
import { notFound } from '../http/problem.ts';
import { parseParam } from '../http/validate.ts';

const serviceIdParam = z.string().regex(/^[a-z0-9-]{1,60}$/, 'eine Kennung aus Kleinbuchstaben, Ziffern und -');

export function serviceRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/services', async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json<ServiceList>({ items: await c.var.deps.storage.listServices() });
  });
  app.get('/api/services/:id', async (c) => {
    const id = parseParam(c.req.param('id'), serviceIdParam, 'id');
    const service = await c.var.deps.storage.getService(id);
    if (!service) throw notFound(`Eine Leistung „${id}“ gibt es nicht.`);
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(service);
  });
  return app;
}
