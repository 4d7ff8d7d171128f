/** Liveness (the process answers) and readiness (the database answers). */
import { Hono } from 'hono';
import type { Health, Readiness } from '../../src/contract/health.ts';
import type { AppEnv } from '../app-env.ts';

export function healthRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/health', (c) => c.json<Health>({ status: 'ok', version: c.var.deps.version }));
  app.get('/api/ready', async (c) => {
    await c.var.deps.storage.ping();
    return c.json<Readiness>({ status: 'ready', database: 'ok' });
  });
  return app;
}
