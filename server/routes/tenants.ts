/** GET /api/tenants/{ags}/config: what the loader needs to decide which widgets to define. */
import { Hono } from 'hono';
import { agsParam } from '../../src/contract/tenant.ts';
import type { AppEnv } from '../app-env.ts';
import { tenantConfig } from '../domain/tenants.ts';
import { notFound } from '../http/problem.ts';
import { parseParam } from '../http/validate.ts';

export function tenantRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/tenants/:ags/config', async (c) => {
    const ags = parseParam(c.req.param('ags'), agsParam, 'ags');
    const config = await tenantConfig(c.var.deps.storage, ags);
    if (!config) throw notFound(`Die Kommune mit dem Gemeindeschlüssel ${ags} ist nicht an die Sozialplattform angeschlossen.`);
    // Configs change rarely; a short cache spares the database when many pages load the loader.
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(config);
  });
  return app;
}
