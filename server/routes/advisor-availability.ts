/** Availability endpoints of the desk: an advisor edits their own, the centre admin every advisor of the centre. */
import { Hono, type Context } from 'hono';
import { availabilityInput, entityId } from '../../src/contract/advisor.ts';
import type { AdvisorEnv } from '../auth/guard.ts';
import { advisorGone, advisorOfCentre, centreAdvisors, previewAvailability, readAvailability, saveAvailability } from '../domain/advisor/availability.ts';
import type { ParsedAvailability } from '../domain/advisor/availability-rules.ts';
import { ApiProblem } from '../http/problem.ts';
import { parseJsonBody } from '../http/validate.ts';

/** The advisor id of the path, if the session may edit it: another centre's id is 404, a colleague's 403. */
async function editableAdvisor(c: Context<AdvisorEnv>): Promise<string> {
  const parsed = entityId.safeParse(c.req.param('advisorId'));
  if (!parsed.success) throw advisorGone();
  const me = c.var.advisor;
  await advisorOfCentre(c.var.deps.storage.sql, me.centreId, parsed.data);
  if (me.role !== 'centre-admin' && me.advisorId !== parsed.data) {
    throw new ApiProblem(403, 'forbidden', 'Sie können nur Ihre eigenen Zeiten ändern. Die Zeiten anderer pflegt die Leitung.');
  }
  return parsed.data;
}

export function advisorAvailabilityRoutes(): Hono<AdvisorEnv> {
  const app = new Hono<AdvisorEnv>();
  app.get('/api/advisor/advisors', async (c) => c.json(await centreAdvisors(c.var.deps.storage.sql, c.var.advisor.centreId)));
  app.get('/api/advisor/availability/:advisorId', async (c) => {
    const { storage, clock } = c.var.deps;
    return c.json(await readAvailability(storage.sql, c.var.advisor.centreId, await editableAdvisor(c), clock()));
  });
  app.put('/api/advisor/availability/:advisorId', async (c) => {
    const advisorId = await editableAdvisor(c);
    const input = (await parseJsonBody(c, availabilityInput)) as ParsedAvailability;
    const { storage, clock } = c.var.deps;
    return c.json(await saveAvailability(storage.sql, c.var.advisor, c.var.advisor.centreId, advisorId, input, clock()));
  });
  app.post('/api/advisor/availability/:advisorId/preview', async (c) => {
    const advisorId = await editableAdvisor(c);
    const input = (await parseJsonBody(c, availabilityInput)) as ParsedAvailability;
    const { storage, clock } = c.var.deps;
    return c.json(await previewAvailability(storage.sql, c.var.advisor.centreId, advisorId, input, clock()));
  });
  return app;
}
