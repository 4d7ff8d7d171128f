/** `Storage` over SQL: the same statements run on PGlite and on PostgreSQL. */
import type { ServiceInfo } from '../../src/contract/services.ts';
import type { SqlClient } from './sql.ts';
import { sqlApplicationStore } from './sql-applications.ts';
import type { CentreFilter, CentreRecord, Storage } from './storage.ts';

const KM_PER_DEGREE = 111.32;
const EARTH_RADIUS_KM = 6371.0088;

interface CentreRow {
  id: string;
  name: string;
  carrier: string;
  topics: string[];
  languages: string[];
  barrier_free: boolean;
  modes: string[];
  street: string;
  postal_code: string;
  city: string;
  land: string;
  lat: number;
  lon: number;
  phone: string | null;
  email: string | null;
  web: string | null;
  opening_hours: CentreRecord['openingHours'] | string;
  service_postal_codes: string[];
  online_booking: boolean;
  demo: boolean;
  distance_km?: number;
  total?: number;
}

const CENTRE_COLUMNS = `c.id, c.name, c.carrier, c.topics, c.languages, c.barrier_free, c.modes, c.street, c.postal_code,
  c.city, c.land, c.lat, c.lon, c.phone, c.email, c.web, c.opening_hours, c.service_postal_codes, c.demo,
  (c.booking_enabled and c.avv_signed and coalesce(l.booking_participates, false)) as online_booking`;

function toRecord(row: CentreRow): CentreRecord {
  return {
    id: row.id,
    name: row.name,
    carrier: row.carrier,
    topics: row.topics as CentreRecord['topics'],
    languages: row.languages,
    barrierFree: row.barrier_free,
    modes: row.modes as CentreRecord['modes'],
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    land: row.land,
    lat: row.lat,
    lon: row.lon,
    ...(row.phone ? { phone: row.phone } : {}),
    ...(row.email ? { email: row.email } : {}),
    ...(row.web ? { web: row.web } : {}),
    openingHours: typeof row.opening_hours === 'string' ? JSON.parse(row.opening_hours) : row.opening_hours,
    servicePostalCodes: row.service_postal_codes,
    onlineBooking: row.online_booking,
    demo: row.demo,
    ...(row.distance_km === undefined ? {} : { distanceKm: Math.round(row.distance_km * 100) / 100 }),
  };
}

const json = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** The radius search without paging: ids and distances of the centres matching the filters. */
function nearClause(filter: CentreFilter): { where: string; params: unknown[] } {
  const dLat = filter.radiusKm / KM_PER_DEGREE;
  const maxAbsLat = Math.min(89, Math.abs(filter.lat) + dLat);
  const dLon = filter.radiusKm / (KM_PER_DEGREE * Math.cos((maxAbsLat * Math.PI) / 180));
  const params: unknown[] = [
    filter.lat,
    filter.lon,
    filter.lat - dLat,
    filter.lat + dLat,
    filter.lon - dLon,
    filter.lon + dLon,
    filter.radiusKm,
    filter.topics?.length ? filter.topics : null,
    filter.modes?.length ? filter.modes : null,
    filter.languages?.length ? filter.languages : null,
    filter.barrierFree ?? null,
  ];
  // Haversine distance; least() guards asin against rounding just above 1. $7 (radius) is applied by the caller.
  const where = `select c.id,
      ${EARTH_RADIUS_KM * 2} * asin(least(1, sqrt(
        power(sin(radians(c.lat - $1) / 2), 2) +
        cos(radians($1)) * cos(radians(c.lat)) * power(sin(radians(c.lon - $2) / 2), 2)))) as distance_km
    from centres c
    where c.lat between $3 and $4 and c.lon between $5 and $6
      and ($8::text[] is null or c.topics && $8::text[])
      and ($9::text[] is null or c.modes && $9::text[])
      and ($10::text[] is null or c.languages && $10::text[])
      and ($11::boolean is null or c.barrier_free = $11::boolean)`;
  return { where, params };
}

export function sqlStorage(sql: SqlClient): Storage {
  return {
    applications: sqlApplicationStore(sql),
    sql,
    async ping() {
      await sql.query('select 1');
    },

    async tenantConfigSources(ags) {
      const rows = await sql.query<{ level: string; config: unknown }>(
        `select level, config from tenant_configs
          where (level = 'kommune' and key = $1) or (level = 'land' and key = $2) or level = 'platform'`,
        [ags, ags.slice(0, 2)],
      );
      const byLevel = new Map(rows.map((r) => [r.level, json(r.config)]));
      if (!byLevel.has('kommune')) return null;
      return { platform: byLevel.get('platform'), land: byLevel.get('land'), kommune: byLevel.get('kommune') };
    },

    async allowedOrigins() {
      const rows = await sql.query<{ origin: string }>(
        `select distinct jsonb_array_elements_text(config -> 'origins') as origin from tenant_configs
          where level = 'kommune' and jsonb_typeof(config -> 'origins') = 'array'`,
      );
      return rows.map((r) => r.origin);
    },

    async listServices() {
      const rows = await sql.query<{ info: ServiceInfo | string }>('select info from services order by position');
      return rows.map((r) => json(r.info));
    },

    async getService(id) {
      const rows = await sql.query<{ info: ServiceInfo | string }>('select info from services where id = $1', [id]);
      return rows[0] ? json(rows[0].info) : null;
    },

    async searchCentres(filter: CentreFilter) {
      const { where, params } = nearClause(filter);
      params.push(filter.page?.limit ?? null, filter.page?.offset ?? 0, filter.ids ?? null);
      // Distances and the count over light rows first; the full columns only for the page.
      const rows = await sql.query<CentreRow>(
        `with near as (${where}),
         page as (
           select id, distance_km, (count(*) over ())::int as total from near
            where distance_km <= $7 and ($14::text[] is null or id = any($14::text[]))
            order by distance_km, id
            limit $12 offset $13
         )
         select ${CENTRE_COLUMNS}, page.distance_km, page.total
           from page join centres c on c.id = page.id left join laender l on l.key = c.land
          order by page.distance_km, page.id`,
        params,
      );
      let total = rows[0]?.total ?? 0;
      if (rows.length === 0 && filter.page && filter.page.offset > 0) {
        // Past the last page the window function sees no rows; count separately so the client still learns the total.
        const [counted] = await sql.query<{ total: number }>(
          `with near as (${where}) select count(*)::int as total from near where distance_km <= $7`,
          params.slice(0, 11),
        );
        total = counted?.total ?? 0;
      }
      return { total: Number(total), items: rows.map(toRecord) };
    },

    async centreHours(filter: CentreFilter) {
      const { where, params } = nearClause(filter);
      const rows = await sql.query<{ id: string; land: string; opening_hours: CentreRecord['openingHours'] | string }>(
        `with near as (${where})
         select near.id, c.land, c.opening_hours from near join centres c on c.id = near.id
          where near.distance_km <= $7 order by near.distance_km, near.id`,
        params,
      );
      return rows.map((r) => ({ id: r.id, land: r.land, openingHours: json(r.opening_hours) }));
    },

    async getCentre(id) {
      const rows = await sql.query<CentreRow>(
        `select ${CENTRE_COLUMNS} from centres c left join laender l on l.key = c.land where c.id = $1`,
        [id],
      );
      if (!rows[0]) return null;
      const advisors = await sql.query<{ id: string; display_name: string }>(
        'select id, display_name from advisors where centre_id = $1 order by display_name, id',
        [id],
      );
      return { ...toRecord(rows[0]), advisors: advisors.map((a) => ({ id: a.id, displayName: a.display_name })) };
    },

    async countHit(bucket, client, windowStart) {
      const rows = await sql.query<{ hits: number }>(
        `insert into rate_limit_hits (bucket, client, window_start, hits) values ($1, $2, $3, 1)
         on conflict (bucket, client, window_start) do update set hits = rate_limit_hits.hits + 1
         returning hits`,
        [bucket, client, windowStart.toISOString()],
      );
      return Number(rows[0]?.hits ?? 1);
    },

    async pruneHits(before) {
      await sql.query('delete from rate_limit_hits where window_start < $1', [before.toISOString()]);
    },
  };
}
