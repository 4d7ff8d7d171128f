/** The centre profile (read by everyone of the centre, changed by its admin) and the audit trail. */
import { Hono } from 'hono';
import { centreProfileInput } from '../../src/contract/advisor.ts';
import { requireCentreAdmin, type AdvisorEnv } from '../auth/guard.ts';
import { auditTrail } from '../domain/advisor/audit.ts';
import { readProfile, updateProfile } from '../domain/advisor/profile.ts';
import { parseJsonBody } from '../http/validate.ts';

export function advisorProfileRoutes(): Hono<AdvisorEnv> {
  const app = new Hono<AdvisorEnv>();
  app.get('/api/advisor/centre', async (c) => c.json(await readProfile(c.var.deps.storage.sql, c.var.advisor.centreId)));
  app.put('/api/advisor/centre', requireCentreAdmin(), async (c) => {
    const input = await parseJsonBody(c, centreProfileInput);
    const { storage, geocoder, clock } = c.var.deps;
    return c.json(await updateProfile(storage.sql, geocoder, c.var.advisor, c.var.advisor.centreId, input, clock()));
  });
  app.get('/api/advisor/audit', requireCentreAdmin(), async (c) => c.json(await auditTrail(c.var.deps.storage.sql, c.var.advisor.centreId)));
  return app;
}
