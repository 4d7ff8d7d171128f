/**
 * The offline geocoder: an in-memory index over data/geo/places.json that answers PLZ and place-name
 * prefixes without any request to a third party. Browser-safe (no fs); a deployment may replace it
 * with its own service behind the same `Geocoder` interface.
 */
import { nameKeys, queryKey, wordKeys } from './normalize.ts';
import type { Geocoder, Place, PlaceCandidate } from './place.ts';

/** The offline geocoder also answers synchronously (server, benchmarks). */
export interface LocalGeocoder extends Geocoder {
  suggestSync(query: string, limit?: number): PlaceCandidate[];
  byPostalCodeSync(postalCode: string): PlaceCandidate[];
}

const DEFAULT_LIMIT = 8;
const byGermanName = new Intl.Collator('de');
const SHORT_QUERY_KEEP = 50;
/** Match classes, best first: the whole name, the start of the name, the start of a later word. */
const EXACT = 0;
const NAME_PREFIX = 1;
const WORD_PREFIX = 2;

interface Index {
  places: Place[];
  /** Search keys, sorted, with the place and whether the key is the whole name or a later word. */
  keys: string[];
  keyPlace: Int32Array;
  keyIsWord: Uint8Array;
  /** Sorted distinct PLZ and, per PLZ, its places (largest first). */
  postalCodes: string[];
  placesByPostalCode: Map<string, number[]>;
  /** Ranked answers to one- and two-letter queries, filled on first use. */
  shortQueries: Map<string, PlaceCandidate[]>;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildIndex(places: Place[]): Index {
  const entries: Array<{ key: string; place: number; word: boolean }> = [];
  const byPostalCode = new Map<string, number[]>();
  places.forEach((place, i) => {
    for (const key of nameKeys(place.name)) entries.push({ key, place: i, word: false });
    for (const key of wordKeys(place.name)) entries.push({ key, place: i, word: true });
    for (const plz of place.postalCodes) {
      const list = byPostalCode.get(plz);
      if (list) list.push(i);
      else byPostalCode.set(plz, [i]);
    }
  });
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.place - b.place));
  for (const list of byPostalCode.values()) list.sort((a, b) => (places[b]?.population ?? 0) - (places[a]?.population ?? 0));
  return {
    places,
    keys: entries.map((e) => e.key),
    keyPlace: Int32Array.from(entries, (e) => e.place),
    keyIsWord: Uint8Array.from(entries, (e) => (e.word ? 1 : 0)),
    postalCodes: [...byPostalCode.keys()].sort(),
    placesByPostalCode: byPostalCode,
    shortQueries: new Map(),
  };
}

function placeLabel(place: Place): string {
  return place.context ? `${place.name} (${place.context})` : place.name;
}

function postalCodeCandidates(index: Index, plz: string, nameFilter: string): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  for (const i of index.placesByPostalCode.get(plz) ?? []) {
    const place = index.places[i] as Place;
    if (nameFilter && !nameKeys(place.name).some((k) => k.startsWith(nameFilter))) continue;
    out.push({ place, postalCode: plz, label: `${plz} ${place.name}` });
  }
  return out;
}

/** "441", "44137", "44137 Dort": postcodes in ascending order, each with its places. */
function suggestByPostalCode(index: Index, digits: string, rest: string, limit: number): PlaceCandidate[] {
  const nameFilter = queryKey(rest);
  const out: PlaceCandidate[] = [];
  for (let i = lowerBound(index.postalCodes, digits); i < index.postalCodes.length && out.length < limit; i++) {
    const plz = index.postalCodes[i] as string;
    if (!plz.startsWith(digits)) break;
    for (const candidate of postalCodeCandidates(index, plz, nameFilter)) {
      if (out.length < limit) out.push(candidate);
    }
  }
  return out;
}

function suggestByName(index: Index, key: string, limit: number): PlaceCandidate[] {
  // One or two letters match thousands of keys: their ranking is computed once.
  if (key.length > 2) return rankByName(index, key).slice(0, limit);
  let ranked = index.shortQueries.get(key);
  if (!ranked) {
    ranked = rankByName(index, key).slice(0, SHORT_QUERY_KEEP);
    index.shortQueries.set(key, ranked);
  }
  return ranked.slice(0, limit);
}

function rankByName(index: Index, key: string): PlaceCandidate[] {
  // Best class per place (a place has several keys), then rank: class, then population.
  const best = new Map<number, number>();
  for (let i = lowerBound(index.keys, key); i < index.keys.length; i++) {
    const k = index.keys[i] as string;
    if (!k.startsWith(key)) break;
    const matchClass = index.keyIsWord[i] ? WORD_PREFIX : k.length === key.length ? EXACT : NAME_PREFIX;
    const place = index.keyPlace[i] as number;
    const known = best.get(place);
    if (known === undefined || matchClass < known) best.set(place, matchClass);
  }
  const ranked = [...best.entries()].sort(([pa, ca], [pb, cb]) => {
    if (ca !== cb) return ca - cb;
    const a = index.places[pa] as Place;
    const b = index.places[pb] as Place;
    // A municipality (it has postcodes) before a district of the same rank, then the larger first.
    const aTown = a.postalCodes.length > 0 ? 1 : 0;
    const bTown = b.postalCodes.length > 0 ? 1 : 0;
    return bTown - aTown || b.population - a.population || byGermanName.compare(a.name, b.name);
  });
  return ranked.map(([i]) => {
    const place = index.places[i] as Place;
    return { place, label: placeLabel(place) };
  });
}

function suggestIn(index: Index, query: string, limit: number): PlaceCandidate[] {
  const trimmed = query.trim();
  const postal = /^(\d{1,5})(?:\s+(.*))?$/.exec(trimmed);
  if (postal) return suggestByPostalCode(index, postal[1] as string, postal[2] ?? '', limit);
  const key = queryKey(trimmed);
  return key ? suggestByName(index, key, limit) : [];
}

/** The places of data/geo/places.json, loaded on first use (a separate chunk in the browser). */
async function loadBundledPlaces(): Promise<Place[]> {
  const module = await import('../../data/geo/places.json', { with: { type: 'json' } });
  return module.default as Place[];
}

/**
 * A geocoder over `places`; without them it loads the bundled dataset on first use.
 * Synchronous answers need `places` (they return nothing before the dataset is loaded).
 */
export function createGeocoder(places?: Place[]): LocalGeocoder {
  let index: Index | undefined = places ? buildIndex(places) : undefined;
  let loading: Promise<Index> | undefined;
  const ready = async (): Promise<Index> => {
    if (index) return index;
    loading ??= loadBundledPlaces().then((loaded) => (index = buildIndex(loaded)));
    return loading;
  };
  const suggestSync = (query: string, limit = DEFAULT_LIMIT): PlaceCandidate[] =>
    index ? suggestIn(index, query, Math.max(0, limit)) : [];
  const byPostalCodeSync = (postalCode: string): PlaceCandidate[] =>
    index && /^\d{5}$/.test(postalCode.trim()) ? postalCodeCandidates(index, postalCode.trim(), '') : [];
  return {
    suggestSync,
    byPostalCodeSync,
    async suggest(query, limit) {
      await ready();
      return suggestSync(query, limit);
    },
    async byPostalCode(postalCode) {
      await ready();
      return byPostalCodeSync(postalCode);
    },
  };
}
