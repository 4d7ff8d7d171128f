/** Counselling-centre search and profile: storage rows → contract shapes, plus the "open now" rule. */
import type { CentreDetail, CentrePage, CentreSearch, CentreSummary, OpeningInterval } from '../../src/contract/centres.ts';
import type { CentreRecord, Storage } from '../storage/storage.ts';

/** Whether a centre is open at a moment, with the public holidays of its Land. */
export type IsOpen = (hours: readonly OpeningInterval[], at: Date, land: string) => boolean;

function summary(record: CentreRecord, open: boolean): CentreSummary {
  return {
    id: record.id,
    name: record.name,
    carrier: record.carrier,
    topics: record.topics,
    languages: record.languages,
    barrierFree: record.barrierFree,
    modes: record.modes,
    street: record.street,
    postalCode: record.postalCode,
    city: record.city,
    land: record.land,
    lat: record.lat,
    lon: record.lon,
    ...(record.distanceKm === undefined ? {} : { distanceKm: record.distanceKm }),
    openNow: open,
    onlineBooking: record.onlineBooking,
    contact: {
      ...(record.phone ? { phone: record.phone } : {}),
      ...(record.email ? { email: record.email } : {}),
      ...(record.web ? { web: record.web } : {}),
    },
    openingHours: record.openingHours,
    serviceRegion: { postalCodes: record.servicePostalCodes },
  };
}

export async function searchCentres(storage: Storage, isOpen: IsOpen, at: Date, query: CentreSearch): Promise<CentrePage> {
  const filter = {
    lat: query.lat,
    lon: query.lon,
    radiusKm: query.radiusKm,
    topics: query.topic,
    modes: query.mode,
    languages: query.language,
    barrierFree: query.barrierFree,
  };
  const open = memoisedIsOpen(isOpen, at);
  if (!query.openNow) {
    const { total, items } = await storage.searchCentres({ ...filter, page: { offset: query.offset, limit: query.limit } });
    return { total, offset: query.offset, limit: query.limit, items: items.map((r) => summary(r, open(r.openingHours, r.land))) };
  }
  // Opening hours and holidays are evaluated here, not in SQL, so one rule serves search and profile.
  const candidates = await storage.centreHours(filter);
  const openIds = candidates.filter((c) => open(c.openingHours, c.land)).map((c) => c.id);
  const pageIds = openIds.slice(query.offset, query.offset + query.limit);
  const { items } = pageIds.length
    ? await storage.searchCentres({ ...filter, ids: pageIds, page: { offset: 0, limit: query.limit } })
    : { items: [] };
  return { total: openIds.length, offset: query.offset, limit: query.limit, items: items.map((r) => summary(r, true)) };
}

/** Many centres share a weekly pattern; within one request each pattern and Land is evaluated once. */
function memoisedIsOpen(isOpen: IsOpen, at: Date): (hours: readonly OpeningInterval[], land: string) => boolean {
  const known = new Map<string, boolean>();
  return (hours, land) => {
    const key = `${land}|${hours.map((h) => `${h.day}${h.opens}${h.closes}`).join(',')}`;
    let value = known.get(key);
    if (value === undefined) {
      value = isOpen(hours, at, land);
      known.set(key, value);
    }
    return value;
  };
}

export async function centreProfile(storage: Storage, isOpen: IsOpen, at: Date, id: string): Promise<CentreDetail | null> {
  const record = await storage.getCentre(id);
  if (!record) return null;
  const { distanceKm: _unused, ...rest } = summary(record, isOpen(record.openingHours, at, record.land));
  return {
    ...rest,
    advisors: record.advisors,
    demo: record.demo,
  };
}
