/**
 * Every endpoint of the advisor desk under /api/advisor/: sign-in is open, everything else sits
 * behind the session guard (server/auth/guard.ts) and works only on the session's own centre.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireAdvisor, type AdvisorEnv } from '../auth/guard.ts';
import { DEFAULT_ADVISOR_AUTH, type AdvisorAuthSettings } from '../auth/settings.ts';
import { advisorAppointmentRoutes, advisorFeedRoutes } from './advisor-appointments.ts';
import { advisorAuthRoutes } from './advisor-auth.ts';
import { advisorAvailabilityRoutes } from './advisor-availability.ts';
import { advisorProfileRoutes } from './advisor-profile.ts';

const OPEN_PATHS = new Set(['/api/advisor/auth-options', '/api/advisor/session', '/api/advisor/oidc/start', '/api/advisor/oidc/callback']);

export function advisorRoutes(settings: AdvisorAuthSettings = DEFAULT_ADVISOR_AUTH): Hono<AppEnv> {
  const app = new Hono<AdvisorEnv>();
  const guard = requireAdvisor(settings);
  app.route('/', advisorAuthRoutes(settings));
  app.route('/', advisorFeedRoutes());
  app.use('/api/advisor/*', (c, next) => (OPEN_PATHS.has(c.req.path) ? next() : guard(c, next)));
  app.route('/', advisorAppointmentRoutes());
  app.route('/', advisorAvailabilityRoutes());
  app.route('/', advisorProfileRoutes());
  return app as unknown as Hono<AppEnv>;
}
