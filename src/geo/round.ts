/**
 * Coarsens a position to about 1 km before the finder uses it, so that a search never carries a
 * citizen's exact location (privacy by design; the browser's position never leaves the device unrounded).
 */
import type { LatLon } from './distance.ts';

/** 0.01° latitude ≈ 1.1 km everywhere. */
const LAT_STEP = 0.01;

export function roundPosition({ lat, lon }: LatLon): LatLon {
  // A degree of longitude shrinks with cos(lat) (≈ 0.6 in Germany): widen the step so the cell is ~1 km wide too.
  // Computed from the snapped latitude so that every position in a row shares one grid.
  const snappedLat = Math.round(lat / LAT_STEP) * LAT_STEP;
  const lonStep = LAT_STEP / Math.max(Math.cos((snappedLat * Math.PI) / 180), 0.1);
  const snappedLon = Math.round(lon / lonStep) * lonStep;
  return { lat: Number(snappedLat.toFixed(4)), lon: Number(snappedLon.toFixed(4)) };
}
