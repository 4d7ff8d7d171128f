/** Node only (reads a file): the places of data/geo/places.json for the server and scripts. */
import { readFileSync } from 'node:fs';
import type { Place } from './place.ts';

const PLACES_FILE = new URL('../../data/geo/places.json', import.meta.url);

let cached: Place[] | undefined;

/** The bundled places, read once per process (the array is shared: do not mutate it). */
export function loadPlaces(): Place[] {
  cached ??= JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as Place[];
  return cached;
}
