/** A new answer keeps the objects of unchanged centres (so their cards are not built again) and only those. */
import { expect } from '@open-wc/testing';
import type { CentreSummary } from '../../../src/contract/centres.ts';
import { reuseUnchanged, sameJson } from '../../../components/counselling-finder/stable-results.ts';

/** A centre as the API answers it, as a fresh object each time (parsed JSON). */
const answer = (id: string, change: Partial<CentreSummary> = {}): CentreSummary => ({
  id,
  name: `Schuldnerberatung ${id}`,
  carrier: 'Caritas',
  topics: ['schuldnerberatung'],
  languages: ['de', 'tr'],
  barrierFree: true,
  modes: ['vor-ort', 'telefon'],
  street: 'Propsteihof 10',
  postalCode: '44137',
  city: 'Dortmund',
  land: '05',
  lat: 51.51,
  lon: 7.46,
  distanceKm: 1.2,
  openNow: false,
  onlineBooking: true,
  contact: { phone: '0231 000000', email: 'beratung@example.org' },
  openingHours: [
    { day: 1, opens: '09:00', closes: '12:00' },
    { day: 3, opens: '14:00', closes: '16:00' },
  ],
  serviceRegion: { postalCodes: ['44137', '44135'] },
  ...change,
});

describe('stable results', () => {
  it('keeps the shown object of a centre that came back unchanged, takes the new one otherwise', () => {
    const shown = [answer('mock-do-1'), answer('mock-do-2'), answer('mock-do-3')];
    const next = [answer('mock-do-1'), answer('mock-do-2', { distanceKm: 3.4 }), answer('mock-do-4')];
    const kept = reuseUnchanged(shown, next);
    expect(kept[0]).to.equal(shown[0]);
    expect(kept[1]).to.equal(next[1]);
    expect(kept[2]).to.equal(next[2]);
    expect(reuseUnchanged(undefined, next)).to.equal(next);
  });

  it('compares JSON values deeply: nested changes, missing or extra keys, arrays of another length', () => {
    const a = answer('mock-do-1');
    expect(sameJson(a, answer('mock-do-1'))).to.equal(true);
    expect(sameJson(a, { ...a, contact: { ...a.contact, phone: '0231 0' } })).to.equal(false);
    expect(sameJson(a, { ...a, openingHours: a.openingHours.slice(1) })).to.equal(false);
    expect(sameJson({ x: 1 }, { x: 1, y: undefined })).to.equal(false);
    expect(sameJson({ x: 1, y: 2 }, { x: 1 })).to.equal(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).to.equal(false);
    expect(sameJson(null, {})).to.equal(false);
  });
});
