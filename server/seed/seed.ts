/**
 * Loads the demo data into an empty database: Länder, tenant configs, the service catalogue and the
 * generated counselling centres. Configs and catalogue are re-synced on every start (they are
 * versioned files); centres are generated once (marker in `seed_runs`). Runs under an advisory lock
 * so that several instances starting together seed once.
 */
import type { ServiceInfo } from '../../src/catalogue/service-info.ts';
import { resolveTenant } from '../../src/tenant/resolve.ts';
import { formatIssue } from '../../src/tenant/issues.ts';
import type { LandConfig, PlatformConfig } from '../../src/tenant/schema.ts';
import { validateLand } from '../../src/tenant/validate.ts';
import { seedDemoAvailability } from '../domain/bookings/seed-availability.ts';
import type { SqlClient } from '../storage/sql.ts';
import type { CentreSeed } from './centre-types.ts';
import { landParticipation } from './laender.ts';

export interface DemoData {
  platform: unknown;
  laender: unknown[];
  kommunen: unknown[];
  services: readonly ServiceInfo[];
  /** Called only when the centres have not been seeded yet. */
  centres: () => readonly CentreSeed[];
}

export const SEED_LOCK = 7_351_903;
const CENTRES_MARKER = 'demo-centres-v1';
const CHUNK = 250;

export class SeedError extends Error {
  override name = 'SeedError';
}

/** Checks every config up front, so a broken file stops the start with a message naming the fix. */
function checkedConfigs(data: DemoData): { platform: PlatformConfig; laender: LandConfig[] } {
  const laender: LandConfig[] = [];
  const problems: string[] = [];
  for (const input of data.laender) {
    const result = validateLand(input);
    if (result.ok) laender.push(result.value);
    else problems.push(...result.issues.map((i) => `Land: ${formatIssue(i)}`));
  }
  const platform = data.platform as PlatformConfig;
  for (const kommune of data.kommunen) {
    const key = String((kommune as { land?: unknown }).land ?? '');
    const land = laender.find((l) => l.key === key);
    const ags = String((kommune as { ags?: unknown }).ags ?? '?');
    if (!land) {
      problems.push(`Kommune ${ags}: Land ${key} hat keine Konfiguration.`);
      continue;
    }
    const resolved = resolveTenant(platform, land, kommune);
    if (!resolved.ok) problems.push(...resolved.issues.map((i) => `Kommune ${ags}: ${formatIssue(i)}`));
  }
  if (problems.length) throw new SeedError(`Ungültige Mandantenkonfiguration:\n${problems.join('\n')}`);
  return { platform, laender };
}

async function insertCentres(tx: SqlClient, centres: readonly CentreSeed[]): Promise<void> {
  for (let start = 0; start < centres.length; start += CHUNK) {
    const chunk = centres.slice(start, start + CHUNK);
    const params: unknown[] = [];
    const rows = chunk.map((c) => {
      const values = [
        c.id, c.name, c.carrier, c.topics, c.languages, c.barrierFree, c.modes, c.street, c.postalCode, c.city,
        c.land, c.lat, c.lon, c.phone ?? null, c.email ?? null, c.web ?? null, JSON.stringify(c.openingHours),
        c.serviceRegion.postalCodes, c.bookingEnabled, c.avvSigned, c.videoRoomUrl ?? null,
      ];
      const first = params.length;
      params.push(...values);
      return `(${values.map((_, i) => `$${first + i + 1}`).join(', ')})`;
    });
    await tx.query(
      `insert into centres (id, name, carrier, topics, languages, barrier_free, modes, street, postal_code, city,
         land, lat, lon, phone, email, web, opening_hours, service_postal_codes, booking_enabled, avv_signed, video_room_url)
       values ${rows.join(', ')}`,
      params,
    );
    const advisors = chunk.flatMap((c) => c.advisors.map((a) => [a.id, c.id, a.displayName]));
    if (advisors.length) {
      await tx.query(
        `insert into advisors (id, centre_id, display_name) values ${advisors.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ')}`,
        advisors.flat(),
      );
    }
  }
}

/** Returns how many centres were inserted (0 when they were already there). */
export async function seedDemoData(sql: SqlClient, data: DemoData): Promise<{ centres: number }> {
  const { platform, laender } = checkedConfigs(data);
  return sql.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [SEED_LOCK]);
    for (const land of landParticipation(laender)) {
      await tx.query(
        `insert into laender (key, name, booking_participates) values ($1, $2, $3)
         on conflict (key) do update set name = excluded.name, booking_participates = excluded.booking_participates`,
        [land.key, land.name, land.bookingParticipates],
      );
    }
    const upsertConfig = (level: string, key: string, config: unknown) =>
      tx.query(
        `insert into tenant_configs (level, key, config) values ($1, $2, $3)
         on conflict (level, key) do update set config = excluded.config, updated_at = now()`,
        [level, key, JSON.stringify(config)],
      );
    await upsertConfig('platform', 'platform', platform);
    for (const land of laender) await upsertConfig('land', land.key, land);
    for (const kommune of data.kommunen) await upsertConfig('kommune', String((kommune as { ags: string }).ags), kommune);

    await tx.query('delete from services');
    for (const [position, service] of data.services.entries()) {
      await tx.query('insert into services (id, position, info) values ($1, $2, $3)', [service.id, position, JSON.stringify(service)]);
    }

    const seeded = await tx.query('select 1 from seed_runs where name = $1', [CENTRES_MARKER]);
    const centres = seeded.length ? [] : data.centres();
    if (!seeded.length) {
      await insertCentres(tx, centres);
      await tx.query('insert into seed_runs (name) values ($1)', [CENTRES_MARKER]);
    }
    await seedDemoAvailability(tx);
    return { centres: centres.length };
  });
}
