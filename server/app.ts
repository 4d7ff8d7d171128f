/**
 * The reference API as a Hono app, without I/O of its own: storage, clock, logger and geocoder come
 * in as dependencies, so the same app runs in Node (server/main.ts), in tests and behind MSW.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { createGeocoder } from '../src/geo/geocoder.ts';
import type { AppDeps, AppEnv } from './app-env.ts';
import { isOpenAt } from './domain/opening.ts';
import { cors } from './http/cors.ts';
import { ApiProblem, problemResponse } from './http/problem.ts';
import { requestLog, silentLogger } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { centreRoutes } from './routes/centres.ts';
import { docsRoutes } from './routes/docs.ts';
import { healthRoutes } from './routes/health.ts';
import { placeRoutes } from './routes/places.ts';
import { serviceRoutes } from './routes/services.ts';
import { tenantRoutes } from './routes/tenants.ts';
import { bookingRoutes } from './routes/bookings.ts';
import { DEFAULT_BOOKING_SETTINGS } from './domain/bookings/settings.ts';
import { APPLICATIONS_PATH, applicationRoutes } from './routes/applications.ts';
import { advisorRoutes } from './routes/advisor.ts';
import { demoTileRoutes } from './routes/demo-tiles.ts';
import type { Place } from '../src/geo/place.ts';
import type { AdvisorAuthSettings } from './auth/settings.ts';
import { DatabaseUnavailableError } from './storage/sql.ts';
import { API_VERSION } from '../src/contract/openapi.ts';

export const DEFAULT_BODY_LIMIT = 64 * 1024;

export type CreateAppOptions = Pick<AppDeps, 'storage'> &
  Partial<Omit<AppDeps, 'storage'>> & {
    /** Serves the built widgets and demo sites for everything outside /api (Node only). */
    staticFiles?: MiddlewareHandler;
    bodyLimitBytes?: number;
    /** How long the CORS origin list is kept before it is read again. */
    corsCacheMs?: number;
    /** Bearer token of the authority side of online applications (unset: those endpoints answer 401). */
    authorityToken?: string | undefined;
    /** Sign-in of the advisor desk (default: local accounts with PBKDF2, 15 min idle). */
    advisorAuth?: AdvisorAuthSettings | undefined;
    /** Places drawn on the demo sites' map tiles (/demo/tiles/…); unset: no tiles served. */
    demoTilePlaces?: readonly Place[] | undefined;
  };

export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  const deps: AppDeps = {
    storage: options.storage,
    logger: options.logger ?? silentLogger,
    clock: options.clock ?? (() => new Date()),
    geocoder: options.geocoder ?? createGeocoder(),
    isOpen: options.isOpen ?? isOpenAt,
    version: options.version ?? API_VERSION,
    clientAddress: options.clientAddress ?? (() => 'unknown'),
    rateLimitSalt: options.rateLimitSalt ?? 'sozialplattform',
    booking: options.booking ?? DEFAULT_BOOKING_SETTINGS,
  };
  const app = new Hono<AppEnv>();
  const now = () => deps.clock().getTime();

  app.use('*', requestLog(deps.logger, () => performance.now()));
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(
    '/api/*',
    cors({ allowedOrigins: () => deps.storage.allowedOrigins(), now, ...(options.corsCacheMs === undefined ? {} : { cacheMs: options.corsCacheMs }) }),
  );
  const apiBodyLimit = bodyLimit({
    maxSize: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    onError: (c) =>
      problemResponse(c, new ApiProblem(413, 'tooLarge', `Höchstens ${Math.round((options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT) / 1024)} KiB sind erlaubt.`)),
  });
  // Applications carry attachments and set their own, larger limit (server/routes/applications.ts).
  app.use('/api/*', (c, next) => (c.req.path === APPLICATIONS_PATH ? next() : apiBodyLimit(c, next)));

  for (const routes of [healthRoutes(), docsRoutes(), tenantRoutes(), serviceRoutes(), centreRoutes(), placeRoutes(), applicationRoutes({ authorityToken: options.authorityToken }), bookingRoutes(), advisorRoutes(options.advisorAuth)]) {
    app.route('/', routes);
  }

  if (options.demoTilePlaces) app.route('/', demoTileRoutes(options.demoTilePlaces));
  if (options.staticFiles) app.use('*', options.staticFiles);

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') {
      return problemResponse(c, new ApiProblem(404, 'notFound', 'Diese Adresse gibt es in der Schnittstelle nicht.'));
    }
    return c.html('<!doctype html><html lang="de"><title>Nicht gefunden</title><h1>Seite nicht gefunden</h1></html>', 404);
  });

  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problemResponse(c, error);
    if (error instanceof DatabaseUnavailableError) {
      deps.logger.error({ reqId: c.get('requestId'), err: { name: error.name } }, 'database unavailable');
      return problemResponse(
        c,
        new ApiProblem(503, 'unavailable', 'Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Sekunden erneut.', undefined, {
          'Retry-After': '5',
        }),
      );
    }
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, new ApiProblem(error.status, error.status === 413 ? 'tooLarge' : 'malformed'));
    }
    // Name, code and stack frames only: messages of drivers and parsers may quote input data.
    const code = (error as { code?: unknown }).code;
    const frames = (error.stack ?? '').split('\n').slice(1, 8).map((line) => line.trim());
    deps.logger.error(
      { reqId: c.get('requestId'), err: { name: error.name, ...(typeof code === 'string' ? { code } : {}), frames } },
      'unhandled error',
    );
    return problemResponse(c, new ApiProblem(500, 'internal'));
  });

  return app;
}
