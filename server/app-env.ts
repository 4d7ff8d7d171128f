/** The dependencies every handler reads from the context (`c.var.deps`), and the Hono env type. */
import type { Context } from 'hono';
import type { Geocoder } from '../src/geo/place.ts';
import type { IsOpen } from './domain/centres.ts';
import type { Logger } from './http/request-log.ts';
import type { Storage } from './storage/storage.ts';
import type { BookingSettings } from './domain/bookings/settings.ts';

export interface AppDeps {
  storage: Storage;
  logger: Logger;
  clock: () => Date;
  geocoder: Geocoder;
  isOpen: IsOpen;
  version: string;
  /** The caller's address for rate limits (behind a proxy: from X-Forwarded-For, when trusted). */
  clientAddress: (c: Context) => string;
  /** Salt of the client hashes in the rate-limit table. */
  rateLimitSalt: string;
  /** Hold, opt-in and retention times of appointment booking. */
  booking: BookingSettings;
}

export type AppEnv = { Variables: { deps: AppDeps; requestId: string } };
