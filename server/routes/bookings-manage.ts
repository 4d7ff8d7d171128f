/** The citizen's manage endpoints: the secret token travels in the JSON body, never in a URL. Rate-limited. */
import { Hono } from 'hono';
import { cancelRequest, manageRequest, rescheduleRequest } from '../../src/contract/bookings.ts';
import type { AppEnv } from '../app-env.ts';
import { appointmentIcs } from '../domain/bookings/ics.ts';
import { bookingIcs, cancelBooking, confirmBooking, deleteBookingData, rescheduleBooking, viewBooking, type ManageContext } from '../domain/bookings/manage.ts';
import { parseJsonBody } from '../http/validate.ts';
import type { Context } from 'hono';
import { limited, requestOrigin } from './bookings.ts';

const context = (c: Context<AppEnv>): ManageContext => ({ settings: c.var.deps.booking, now: c.var.deps.clock(), requestOrigin: requestOrigin(c.req.url) });

export function bookingManageRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/api/bookings/manage/*', limited({ bucket: 'booking-manage', limit: 60, windowSeconds: 600 }));
  app.use('/api/bookings/manage', limited({ bucket: 'booking-manage', limit: 60, windowSeconds: 600 }));
  app.post('/api/bookings/manage', async (c) => {
    const { token } = await parseJsonBody(c, manageRequest);
    return c.json(await viewBooking(c.var.deps.storage.sql, context(c), token));
  });
  app.post('/api/bookings/manage/confirm', async (c) => {
    const { token } = await parseJsonBody(c, manageRequest);
    return c.json(await confirmBooking(c.var.deps.storage.sql, context(c), token));
  });
  app.post('/api/bookings/manage/cancel', async (c) => {
    const body = await parseJsonBody(c, cancelRequest);
    return c.json(await cancelBooking(c.var.deps.storage.sql, context(c), body.token, body.reason));
  });
  app.post('/api/bookings/manage/reschedule', async (c) => {
    const body = await parseJsonBody(c, rescheduleRequest);
    return c.json(await rescheduleBooking(c.var.deps.storage.sql, context(c), body));
  });
  app.post('/api/bookings/manage/ics', async (c) => {
    const { token } = await parseJsonBody(c, manageRequest);
    const ctx = context(c);
    const { record } = await bookingIcs(c.var.deps.storage.sql, ctx, token);
    return c.body(appointmentIcs(record, ctx.now), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="termin-${record.reference}.ics"`,
    });
  });
  app.post('/api/bookings/manage/delete', async (c) => {
    const { token } = await parseJsonBody(c, manageRequest);
    await deleteBookingData(c.var.deps.storage.sql, context(c), token);
    return c.body(null, 204);
  });
  return app;
}
