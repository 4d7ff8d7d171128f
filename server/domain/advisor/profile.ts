/**
 * The centre profile as the centre keeps it: read, change with geocoding of the address, the
 * booking switch only where the Land takes part and the AVV is signed, and an audit entry for
 * every change, all in one transaction. The counselling finder reads the same rows.
 */
import type { CentreProfile, CentreProfileInput } from '../../../src/contract/advisor.ts';
import type { FieldError } from '../../../src/contract/problem.ts';
import type { Geocoder } from '../../../src/geo/place.ts';
import { nameKeys, queryKey } from '../../../src/geo/normalize.ts';
import { ApiProblem, notFound } from '../../http/problem.ts';
import type { SqlClient } from '../../storage/sql.ts';
import { recordAudit } from './audit.ts';

type Row = {
  id: string; name: string; carrier: string; street: string; postal_code: string; city: string; land: string; lat: number; lon: number;
  phone: string | null; email: string | null; web: string | null; topics: CentreProfile['topics']; languages: string[]; barrier_free: boolean;
  accessibility_note: string | null; opening_hours: CentreProfile['openingHours'] | string; modes: CentreProfile['modes']; video_room_url: string | null;
  booking_enabled: boolean; avv_signed: boolean; land_takes_part: boolean | null;
};

function toProfile(r: Row): CentreProfile {
  const landTakesPart = Boolean(r.land_takes_part);
  return {
    id: r.id, name: r.name, carrier: r.carrier, street: r.street, postalCode: r.postal_code, city: r.city, land: r.land, lat: Number(r.lat), lon: Number(r.lon),
    phone: r.phone ?? '', email: r.email ?? '', web: r.web ?? '', topics: r.topics, languages: r.languages, barrierFree: r.barrier_free,
    accessibilityNote: r.accessibility_note ?? '', openingHours: typeof r.opening_hours === 'string' ? JSON.parse(r.opening_hours) : r.opening_hours,
    modes: r.modes, videoRoomUrl: r.video_room_url ?? '', bookingEnabled: r.booking_enabled, avvSigned: r.avv_signed, landTakesPart,
    onlineBooking: r.booking_enabled && r.avv_signed && landTakesPart,
  };
}

export async function readProfile(sql: SqlClient, centreId: string, lock = false): Promise<CentreProfile> {
  const rows = await sql.query<Row>(
    `select c.*, l.booking_participates as land_takes_part from centres c left join laender l on l.key = c.land where c.id = $1 ${lock ? 'for update of c' : ''}`,
    [centreId],
  );
  if (!rows[0]) throw notFound('Diese Beratungsstelle gibt es nicht (mehr).');
  return toProfile(rows[0]);
}

const invalid = (errors: FieldError[]) => new ApiProblem(422, 'validation', 'Bitte prüfen Sie die markierten Angaben.', errors);

/** The place of the address: the PLZ must exist and the town must be one of its places. */
async function geocode(geocoder: Geocoder, postalCode: string, city: string) {
  const candidates = await geocoder.byPostalCode(postalCode);
  if (!candidates.length) throw invalid([{ path: 'postalCode', message: 'Diese Postleitzahl gibt es nicht. Bitte prüfen Sie die Adresse.' }]);
  const wanted = queryKey(city);
  const match = candidates.find((c) => nameKeys(c.place.name).some((k) => k === wanted || k.startsWith(wanted) || wanted.startsWith(k)));
  if (!match) {
    const names = [...new Set(candidates.map((c) => c.place.name))].join(', ');
    throw invalid([{ path: 'city', message: `Der Ort passt nicht zur Postleitzahl ${postalCode} (dort: ${names}). Die Adresse ließ sich nicht finden.` }]);
  }
  return match.place;
}

const moved = (before: CentreProfile, input: CentreProfileInput) =>
  before.street !== input.street || before.postalCode !== input.postalCode || queryKey(before.city) !== queryKey(input.city);

export async function updateProfile(
  sql: SqlClient,
  geocoder: Geocoder,
  actor: { accountId: string; displayName: string },
  centreId: string,
  input: CentreProfileInput,
  now: Date,
): Promise<CentreProfile> {
  const place = await geocode(geocoder, input.postalCode, input.city);
  return sql.transaction(async (tx) => {
    const before = await readProfile(tx, centreId, true);
    const laender = await tx.query<{ booking_participates: boolean }>('select booking_participates from laender where key = $1', [place.land]);
    const landTakesPart = Boolean(laender[0]?.booking_participates);
    if (input.bookingEnabled && !(landTakesPart && before.avvSigned)) {
      throw invalid([{
        path: 'bookingEnabled',
        message: !landTakesPart
          ? 'Online-Terminbuchung ist in Ihrem Bundesland noch nicht freigeschaltet.'
          : 'Online-Terminbuchung setzt den unterschriebenen Auftragsverarbeitungsvertrag (AVV) voraus.',
      }]);
    }
    if (input.modes.includes('video') && !before.modes.includes('video') && !input.videoRoomUrl) {
      // Whoever newly offers video needs a room; otherwise citizens would get no link.
      throw invalid([{ path: 'videoRoomUrl', message: 'Für Video-Beratung brauchen wir den Link zu Ihrem Videoraum.' }]);
    }
    const after: CentreProfile = {
      ...before,
      name: input.name, carrier: input.carrier, street: input.street, postalCode: input.postalCode, city: place.name,
      // The offline geocoder knows towns, not streets: coordinates move only when the address does.
      land: place.land, ...(moved(before, input) ? { lat: place.lat, lon: place.lon } : {}), phone: input.phone ?? '', email: input.email ?? '', web: input.web ?? '',
      topics: input.topics, languages: [...new Set(input.languages)], barrierFree: input.barrierFree, accessibilityNote: input.accessibilityNote ?? '',
      openingHours: input.openingHours, modes: [...new Set(input.modes)], videoRoomUrl: input.videoRoomUrl ?? '', bookingEnabled: input.bookingEnabled,
      landTakesPart, onlineBooking: input.bookingEnabled && before.avvSigned && landTakesPart,
    };
    await tx.query(
      `update centres set name = $2, carrier = $3, street = $4, postal_code = $5, city = $6, land = $7, lat = $8, lon = $9, phone = $10, email = $11,
         web = $12, topics = $13, languages = $14, barrier_free = $15, accessibility_note = $16, opening_hours = $17, modes = $18, video_room_url = $19,
         booking_enabled = $20 where id = $1`,
      [centreId, after.name, after.carrier, after.street, after.postalCode, after.city, after.land, after.lat, after.lon, after.phone || null,
        after.email || null, after.web || null, after.topics, after.languages, after.barrierFree, after.accessibilityNote || null,
        JSON.stringify(after.openingHours), after.modes, after.videoRoomUrl || null, after.bookingEnabled],
    );
    const changes = (Object.keys(after) as Array<keyof CentreProfile>)
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]) && !['landTakesPart', 'onlineBooking'].includes(k))
      .map((field) => ({ field, before: before[field], after: after[field] }));
    if (changes.length) await recordAudit(tx, { centreId, accountId: actor.accountId, actor: actor.displayName, area: 'profile', changes }, now);
    return after;
  });
}
