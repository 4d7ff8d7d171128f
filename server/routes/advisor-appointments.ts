/** The desk's appointment endpoints and the private calendar feed; all scoped to the session's centre. */
import { Hono } from 'hono';
import { appointmentQuery, cancelAppointmentRequest, entityId, internalNoteRequest } from '../../src/contract/advisor.ts';
import type { AdvisorEnv } from '../auth/guard.ts';
import { actOnAppointment, appointmentDetail, appointmentGone, listAppointments, type AppointmentAction } from '../domain/advisor/appointments.ts';
import { feedCalendar, feedState, feedUrl, renewFeed, revokeFeed } from '../domain/advisor/feed.ts';
import { notFound } from '../http/problem.ts';
import { parseJsonBody, parseQuery } from '../http/validate.ts';
import { limited, requestOrigin } from './bookings.ts';

const appointmentId = (raw: string) => {
  const parsed = entityId.safeParse(raw);
  if (!parsed.success) throw appointmentGone();
  return parsed.data;
};

export function advisorAppointmentRoutes(): Hono<AdvisorEnv> {
  const app = new Hono<AdvisorEnv>();
  app.get('/api/advisor/appointments', async (c) => {
    const query = parseQuery(c, appointmentQuery);
    const { storage, clock } = c.var.deps;
    return c.json(await listAppointments(storage.sql, c.var.advisor.centreId, query, clock()));
  });
  app.get('/api/advisor/appointments/:id', async (c) => {
    const { storage, clock } = c.var.deps;
    return c.json(await appointmentDetail(storage.sql, c.var.advisor.centreId, appointmentId(c.req.param('id')), clock()));
  });
  const act = (kind: 'confirm' | 'done' | 'no-show') =>
    app.post(`/api/advisor/appointments/:id/${kind}`, async (c) => {
      const { storage, clock } = c.var.deps;
      return c.json(await actOnAppointment(storage.sql, c.var.advisor.centreId, appointmentId(c.req.param('id')), { kind }, clock()));
    });
  act('confirm');
  act('done');
  act('no-show');
  app.post('/api/advisor/appointments/:id/cancel', async (c) => {
    const id = appointmentId(c.req.param('id'));
    const body = await parseJsonBody(c, cancelAppointmentRequest);
    const { storage, clock } = c.var.deps;
    const action: AppointmentAction = { kind: 'cancel', message: body.message };
    return c.json(await actOnAppointment(storage.sql, c.var.advisor.centreId, id, action, clock()));
  });
  app.put('/api/advisor/appointments/:id/note', async (c) => {
    const id = appointmentId(c.req.param('id'));
    const body = await parseJsonBody(c, internalNoteRequest);
    const { storage, clock } = c.var.deps;
    return c.json(await actOnAppointment(storage.sql, c.var.advisor.centreId, id, { kind: 'note', internalNote: body.internalNote }, clock()));
  });

  app.get('/api/advisor/calendar-feed', async (c) => {
    const created = await feedState(c.var.deps.storage.sql, c.var.advisor.accountId);
    return c.json({ active: created !== null, createdAt: created?.toISOString() ?? null });
  });
  app.post('/api/advisor/calendar-feed', async (c) => {
    const { storage, clock, booking } = c.var.deps;
    const now = clock();
    const token = await renewFeed(storage.sql, c.var.advisor.accountId, now);
    return c.json({ url: feedUrl(booking.publicBaseUrl ?? requestOrigin(c.req.url), token), createdAt: now.toISOString() }, 201);
  });
  app.delete('/api/advisor/calendar-feed', async (c) => {
    await revokeFeed(c.var.deps.storage.sql, c.var.advisor.accountId);
    return c.body(null, 204);
  });
  return app;
}

/** Outside the session guard: calendar apps fetch it with the token in the URL. */
export function advisorFeedRoutes(): Hono<AdvisorEnv> {
  const app = new Hono<AdvisorEnv>();
  app.get('/api/advisor-feed/:file', limited({ bucket: 'advisor-feed', limit: 120, windowSeconds: 600 }), async (c) => {
    const token = c.req.param('file').replace(/\.ics$/, '');
    const { storage, clock } = c.var.deps;
    const calendar = await feedCalendar(storage.sql, token, clock());
    if (!calendar) throw notFound('Diesen Kalender gibt es nicht (mehr).');
    return c.body(calendar, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, no-store' });
  });
  return app;
}
