/** Contract of the place lookup: PLZ or place name → candidates with coordinates (offline geocoder). */
import { z } from 'zod';
import type { Place as GeoPlace, PlaceCandidate as GeoPlaceCandidate } from '../geo/place.ts';
import { landKey, postalCode } from './centres.ts';

export const place = z.strictObject({
  id: z.string(),
  name: z.string(),
  context: z.string(),
  land: landKey,
  postalCodes: z.array(postalCode),
  lat: z.number(),
  lon: z.number(),
  population: z.int().min(0),
});

export const placeCandidate = z.strictObject({
  place,
  postalCode: postalCode.optional(),
  label: z.string(),
});

export const MAX_PLACE_SUGGESTIONS = 20;

export const placeSuggestQuery = z.strictObject({
  /** What the person typed: the start of a PLZ or of a place name. */
  q: z.string().trim().min(1).max(100),
  limit: z.int().min(1).max(MAX_PLACE_SUGGESTIONS).default(8),
});

export const placeList = z.strictObject({ items: z.array(placeCandidate) });

export type Place = z.infer<typeof place>;
export type PlaceCandidate = z.infer<typeof placeCandidate>;
export type PlaceList = z.infer<typeof placeList>;
export type PlaceSuggestQuery = z.input<typeof placeSuggestQuery>;

// The contract and the geocoder seam (src/geo/place.ts) must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _placeMatches: Same<Place, GeoPlace> = true;
const _candidateMatches: Same<PlaceCandidate, GeoPlaceCandidate> = true;
void _placeMatches;
void _candidateMatches;
