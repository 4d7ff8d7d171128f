/**
 * Demodaten: generates counselling centres (Beratungsstellen) at real German towns for the demo, the
 * tests and the benchmarks. Names, addresses, phone numbers, e-mail addresses and advisors are invented
 * (e-mail and web under .example.org); only the towns, their postcodes and coordinates are real.
 * Deterministic: the same `count` and `seed` always give the same centres.
 */
import { TOPICS } from '../../src/contract/centres.ts';
import { LAND_KEYS } from '../../src/geo/laender.ts';
import { loadPlaces } from '../../src/geo/load-places.node.ts';
import { queryKey } from '../../src/geo/normalize.ts';
import type { Place } from '../../src/geo/place.ts';
import { CARRIERS, centreName, MUNICIPAL, type Carrier } from './centre-carriers.ts';
import { openingHours } from './centre-hours.ts';
import { advisorName, streetAddress } from './centre-people.ts';
import { createRandom, type Random } from './centre-random.ts';
import type { CentreSeed, Mode, Topic } from './centre-types.ts';
import { createTownFinder } from './centre-towns.ts';

export type { CentreSeed } from './centre-types.ts';

export interface GenerateCentresOptions {
  count: number;
  seed: number;
  /** Defaults to data/geo/places.json. */
  places?: readonly Place[];
}

/** The demo tenants' towns: each gets several centres with varied topics, two of them bookable online. */
export const DEMO_TOWNS = [
  { name: 'Dortmund', land: '05' },
  { name: 'Bielefeld', land: '05' },
  { name: 'Würzburg', land: '09' },
] as const;
const BOOKABLE_PER_DEMO_TOWN = 2;

/** How often a topic is a centre's main topic (debt and general social counselling are the most common). */
const TOPIC_WEIGHTS: Record<Topic, number> = {
  schuldnerberatung: 20,
  suchtberatung: 17,
  sozialberatung: 20,
  migrationsberatung: 14,
  schwangerschaftsberatung: 10,
  wohnungsnotfallhilfe: 8,
  familienberatung: 11,
};

/** Languages besides German, most frequent first (ISO 639-1). */
const LANGUAGES = ['en', 'tr', 'ar', 'uk', 'ru', 'fa', 'pl', 'ro', 'bg', 'fr', 'ku', 'es', 'it', 'sq', 'ps', 'ti', 'so', 'hr', 'sr', 'vi'];

/** Area codes of the larger towns; elsewhere the demo invents one from the postcode. */
const AREA_CODES: Record<string, string> = {
  Berlin: '030', Hamburg: '040', München: '089', Köln: '0221', 'Frankfurt am Main': '069', Stuttgart: '0711',
  Düsseldorf: '0211', Dortmund: '0231', Essen: '0201', Leipzig: '0341', Bremen: '0421', Dresden: '0351',
  Hannover: '0511', Nürnberg: '0911', Duisburg: '0203', Bochum: '0234', Wuppertal: '0202', Bielefeld: '0521',
  Bonn: '0228', Münster: '0251', Würzburg: '0931',
};

const SAME_NAME_SUFFIXES = ['Nord', 'Süd', 'Ost', 'West', 'Mitte', 'Innenstadt'];

function weightedPick<T>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((n, item) => n + weight(item), 0);
  let r = random.next() * total;
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** Picks from a fixed list by weight in O(log n): for tens of thousands of draws. */
function weightedSampler<T>(items: readonly T[], weight: (item: T) => number): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += weight(item)));
  return (random) => {
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) <= r) lo = mid + 1;
      else hi = mid;
    }
    return items[lo] as T;
  };
}

interface Slot {
  town: Place;
  topic?: Topic;
  bookable?: boolean;
}

/** Which town each centre is in: the demo towns first, then a minimum per Land, then by population. */
function allocate(random: Random, towns: readonly Place[], count: number): Slot[] {
  const slots: Slot[] = [];
  const perDemoTown = Math.min(12, Math.max(3, Math.round(count / 200)));
  for (const demo of DEMO_TOWNS) {
    const town = towns
      .filter((t) => t.land === demo.land && t.name === demo.name)
      .sort((a, b) => b.population - a.population)[0];
    if (!town) throw new Error(`Demo-Ort ${demo.name} fehlt in den Ortsdaten (npm run build:geo).`);
    for (let k = 0; k < perDemoTown && slots.length < count; k++) {
      slots.push({ town, topic: TOPICS[k % TOPICS.length], bookable: k < BOOKABLE_PER_DEMO_TOWN });
    }
  }
  const perLand = count >= 2_000 ? 5 : count >= 100 ? 2 : 1;
  for (const land of LAND_KEYS) {
    const inLand = towns.filter((t) => t.land === land);
    if (inLand.length === 0) continue;
    const pick = weightedSampler(inLand, (t) => t.population);
    for (let k = 0; k < perLand && slots.length < count; k++) slots.push({ town: pick(random) });
  }
  const pick = weightedSampler(towns, (t) => t.population);
  while (slots.length < count) slots.push({ town: pick(random) });
  return slots;
}

function areaCode(town: Place): string {
  const known = AREA_CODES[town.name];
  if (known) return known;
  const plz = town.postalCodes[0] ?? '30000';
  // Invented, but shaped like a real one: 0 + a non-zero digit + three more.
  return `0${plz[0] === '0' ? '3' : plz[0]}${plz.slice(1, 4)}`;
}

function topicsOf(random: Random, main: Topic, carrier: Carrier): Topic[] {
  const others = carrier.topics.filter((t) => t !== main);
  const extra = random.chance(0.45) ? (random.chance(0.35) ? 2 : 1) : 0;
  return [main, ...random.sample(others, extra)];
}

function languagesOf(random: Random, topics: readonly Topic[]): string[] {
  const count = topics.includes('migrationsberatung') ? random.int(2, 5) : weightedPick(random, [0, 1, 2, 3], (n) => [40, 35, 20, 5][n] ?? 0);
  const chosen = new Set<string>();
  // Earlier languages in the list are more likely.
  while (chosen.size < count) chosen.add(LANGUAGES[Math.floor(random.next() ** 2 * LANGUAGES.length)] as string);
  return ['de', ...LANGUAGES.filter((l) => chosen.has(l))];
}

function modesOf(random: Random, topics: readonly Topic[], mustMeet: boolean): Mode[] {
  const modes = new Set<Mode>();
  if (mustMeet || random.chance(0.95)) modes.add('vor-ort');
  if (random.chance(0.85) || modes.size === 0) modes.add('telefon');
  if (random.chance(topics.includes('schuldnerberatung') || topics.includes('migrationsberatung') ? 0.4 : 0.25)) modes.add('video');
  if (random.chance(0.12)) modes.add('chat');
  return (['vor-ort', 'telefon', 'video', 'chat'] as const).filter((m) => modes.has(m));
}

/** A point within a few km of the town centre (larger towns spread wider), to 5 decimals (≈ 1 m). */
function jitter(random: Random, town: Place): { lat: number; lon: number } {
  const radiusKm = Math.min(6, 0.4 + Math.sqrt(town.population) / 250);
  const km = radiusKm * Math.sqrt(random.next());
  const angle = random.next() * 2 * Math.PI;
  const lat = town.lat + (km * Math.cos(angle)) / 111.2;
  const lon = town.lon + (km * Math.sin(angle)) / (111.2 * Math.cos((town.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

export function generateCentres({ count, seed, places = loadPlaces() }: GenerateCentresOptions): CentreSeed[] {
  const random = createRandom(seed);
  // Towns with postcodes and a known population; approximated places (population 0) get no centre.
  const towns = places.filter((p) => p.postalCodes.length > 0 && p.population > 0);
  const neighbours = createTownFinder(towns);
  const usedNames = new Map<string, number>();
  const topicCarriers = new Map(TOPICS.map((t) => [t, CARRIERS.filter((c) => c.topics.includes(t))]));

  return allocate(random, towns, Math.max(0, Math.floor(count))).map(({ town, topic, bookable }, i): CentreSeed => {
    const id = `bs-${String(i + 1).padStart(6, '0')}`;
    const main = topic ?? weightedPick(random, TOPICS, (t) => TOPIC_WEIGHTS[t]);
    const carrier = weightedPick(random, topicCarriers.get(main) ?? CARRIERS, (c) => c.weight);
    const topics = topicsOf(random, main, carrier);
    const modes = modesOf(random, topics, bookable === true);

    let name = centreName(main, carrier, town.name, town.population, random.int(0, 2));
    const seen = usedNames.get(name) ?? 0;
    usedNames.set(name, seen + 1);
    if (seen > 0) name = `${name} – Standort ${SAME_NAME_SUFFIXES[(seen - 1) % SAME_NAME_SUFFIXES.length]}${seen > SAME_NAME_SUFFIXES.length ? ` ${Math.ceil(seen / SAME_NAME_SUFFIXES.length)}` : ''}`;

    const townSlug = queryKey(town.name) || 'ort';
    const serviceRegion = new Set(town.postalCodes);
    if (random.chance(0.3)) for (const n of neighbours(town, 15, 4)) for (const plz of n.postalCodes) serviceRegion.add(plz);
    const bookingEnabled = bookable === true || random.chance(0.45);
    const avvSigned = bookable === true || random.chance(bookingEnabled ? 0.75 : 0.25);
    const advisorCount = random.int(1, 4);
    const advisors: CentreSeed['advisors'] = [];
    const advisorNames = new Set<string>();
    for (let k = 1; advisors.length < advisorCount && k < 20; k++) {
      const displayName = advisorName(random);
      if (advisorNames.has(displayName)) continue;
      advisorNames.add(displayName);
      advisors.push({ id: `${id}-b${advisors.length + 1}`, displayName });
    }

    const centre: CentreSeed = {
      id,
      name,
      carrier: carrier.name,
      topics,
      languages: languagesOf(random, topics),
      barrierFree: random.chance(0.7),
      modes,
      street: streetAddress(random),
      postalCode: random.pick(town.postalCodes),
      city: town.name,
      land: town.land,
      ...jitter(random, town),
      openingHours: openingHours(random, main === 'suchtberatung' || main === 'wohnungsnotfallhilfe'),
      serviceRegion: { postalCodes: [...serviceRegion].sort() },
      bookingEnabled,
      avvSigned,
      advisors,
    };
    if (random.chance(0.9)) centre.phone = `${areaCode(town)} 1234-${random.int(0, 99)}`;
    if (random.chance(0.75)) {
      const domain = carrier.name === MUNICIPAL ? `${townSlug}.example.org` : `${carrier.domain}.example.org`;
      centre.email = `${main}.${townSlug}@${domain}`;
    }
    if (random.chance(0.6)) {
      centre.web = carrier.name === MUNICIPAL
        ? `https://www.${townSlug}.example.org/beratung/${main}`
        : `https://www.${carrier.domain}.example.org/${townSlug}/${main}`;
    }
    if (modes.includes('video') && random.chance(0.8)) centre.videoRoomUrl = `https://video.example.org/raum/${id}`;
    return centre;
  });
}
