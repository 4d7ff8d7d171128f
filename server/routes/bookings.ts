/** Public booking endpoints: options and free slots of a centre, proof-of-work challenge, holds, booking. */
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { bookingRequest, holdRequest, holdTokenBody, slotQuery } from '../../src/contract/bookings.ts';
import type { AppEnv } from '../app-env.ts';
import { createBooking } from '../domain/bookings/book.ts';
import { createHold, extendHold, releaseHold } from '../domain/bookings/holds.ts';
import { bookingOptions, listSlots } from '../domain/bookings/listing.ts';
import { newChallenge } from '../domain/bookings/proof.ts';
import { ApiProblem } from '../http/problem.ts';
import { rateLimit, type RateLimitRule } from '../http/rate-limit.ts';
import { parseJsonBody, parseParam, parseQuery } from '../http/validate.ts';
import { bookingDevMailbox } from './bookings-dev-mailbox.ts';
import { bookingManageRoutes } from './bookings-manage.ts';

const centreIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'eine Kennung aus Buchstaben, Ziffern, _ und -');
const idempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'ein zufälliger Schlüssel aus 16 bis 128 Zeichen');

/** The DB-backed rate limiter with the app's dependencies, per bucket. */
export function limited(rule: RateLimitRule): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const { storage, clock, clientAddress, rateLimitSalt } = c.var.deps;
    return rateLimit({ storage, clock, clientAddress, salt: rateLimitSalt }, rule)(c, next);
  };
}

export const requestOrigin = (url: string): string => new URL(url).origin;

export function bookingRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/centres/:id/booking', async (c) => {
    const id = parseParam(c.req.param('id'), centreIdParam, 'id');
    const { storage, booking } = c.var.deps;
    return c.json(await bookingOptions(storage.sql, booking, id));
  });
  app.get('/api/centres/:id/slots', async (c) => {
    const id = parseParam(c.req.param('id'), centreIdParam, 'id');
    const query = parseQuery(c, slotQuery);
    const { storage, clock } = c.var.deps;
    return c.json(await listSlots(storage.sql, id, query, clock()));
  });
  app.post('/api/bookings/challenge', limited({ bucket: 'booking-challenge', limit: 60, windowSeconds: 600 }), async (c) => {
    const { booking, clock } = c.var.deps;
    return c.json(await newChallenge(booking, clock()), 201);
  });
  app.post('/api/bookings/holds', limited({ bucket: 'booking-hold', limit: 40, windowSeconds: 600 }), async (c) => {
    const body = await parseJsonBody(c, holdRequest);
    const { storage, booking, clock } = c.var.deps;
    return c.json(await createHold(storage.sql, booking, body, clock()), 201);
  });
  app.post('/api/bookings/holds/extend', limited({ bucket: 'booking-hold-extend', limit: 60, windowSeconds: 600 }), async (c) => {
    const body = await parseJsonBody(c, holdTokenBody);
    const { storage, booking, clock } = c.var.deps;
    return c.json(await extendHold(storage.sql, booking, body.holdToken, clock()));
  });
  app.post('/api/bookings/holds/release', limited({ bucket: 'booking-hold-extend', limit: 60, windowSeconds: 600 }), async (c) => {
    const body = await parseJsonBody(c, holdTokenBody);
    await releaseHold(c.var.deps.storage.sql, body.holdToken);
    return c.body(null, 204);
  });
  app.post('/api/bookings', limited({ bucket: 'booking-create', limit: 20, windowSeconds: 600 }), async (c) => {
    const key = idempotencyKey.safeParse(c.req.header('idempotency-key') ?? '');
    if (!key.success) {
      throw new ApiProblem(400, 'validation', 'Der Header Idempotency-Key fehlt oder ist ungültig.', [{ path: 'Idempotency-Key', message: key.error.issues[0]?.message ?? 'ungültig' }]);
    }
    const body = await parseJsonBody(c, bookingRequest);
    const { storage, booking, clock } = c.var.deps;
    const result = await createBooking(storage.sql, { settings: booking, now: clock(), requestOrigin: requestOrigin(c.req.url) }, body, key.data);
    return c.json(result.receipt, result.replayed ? 200 : 201);
  });
  app.route('/', bookingManageRoutes());
  app.route('/', bookingDevMailbox());
  return app;
}
