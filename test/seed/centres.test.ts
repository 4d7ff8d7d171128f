// The demo centre generator: deterministic, complete across Germany, valid for the API contract.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MODES, TOPICS } from '../../src/contract/centres.ts';
import { LAND_KEYS } from '../../src/geo/laender.ts';
import { loadPlaces } from '../../src/geo/load-places.node.ts';
import { DEMO_TOWNS, generateCentres } from '../../server/seed/centres.ts';

const places = loadPlaces();
const centres = generateCentres({ count: 2_000, seed: 1, places });

describe('generateCentres', () => {
  it('is deterministic: the same seed gives the same centres, another seed others', () => {
    assert.deepEqual(generateCentres({ count: 2_000, seed: 1, places }), centres);
    assert.notDeepEqual(generateCentres({ count: 2_000, seed: 2, places }).map((c) => c.name), centres.map((c) => c.name));
  });

  it('makes exactly as many centres as asked, with stable unique ids', () => {
    assert.equal(centres.length, 2_000);
    assert.equal(new Set(centres.map((c) => c.id)).size, 2_000);
    assert.equal(centres[0]?.id, 'bs-000001');
    assert.equal(generateCentres({ count: 37, seed: 1, places }).length, 37);
  });

  it('covers all 16 Länder', () => {
    assert.deepEqual([...new Set(centres.map((c) => c.land))].sort(), LAND_KEYS);
  });

  it('gives each demo town several centres with varied topics, at least two bookable online', () => {
    for (const town of DEMO_TOWNS) {
      const here = centres.filter((c) => c.city === town.name && c.land === town.land);
      assert.ok(here.length >= 7, `${town.name}: ${here.length}`);
      assert.equal(new Set(here.flatMap((c) => c.topics)).size, TOPICS.length, town.name);
      assert.ok(here.filter((c) => c.bookingEnabled && c.avvSigned).length >= 2, town.name);
    }
  });

  it('puts each centre at a real town: its PLZ belongs to that town and it lies within a few km', () => {
    const byName = new Map<string, typeof places>();
    for (const p of places) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    for (const c of centres) {
      const town = byName.get(c.city)?.find((p) => p.postalCodes.includes(c.postalCode) && p.land === c.land);
      assert.ok(town, `${c.id} ${c.postalCode} ${c.city}`);
      assert.ok(Math.abs(town.lat - c.lat) < 0.1 && Math.abs(town.lon - c.lon) < 0.15, c.id);
      assert.ok(c.serviceRegion.postalCodes.includes(c.postalCode), c.id);
    }
  });

  it('fills every field plausibly', () => {
    for (const c of centres) {
      assert.ok(c.name.endsWith(c.city) || c.name.includes(`${c.city} – Standort`), c.name);
      assert.ok(c.topics.length >= 1 && c.topics.every((t) => TOPICS.includes(t)), c.id);
      assert.equal(c.languages[0], 'de');
      assert.ok(c.languages.every((l) => /^[a-z]{2}$/.test(l)));
      assert.ok(c.modes.length >= 1 && c.modes.every((m) => MODES.includes(m)), c.id);
      assert.match(c.street, /^[A-ZÄÖÜ][\wäöüß -]+ \d+$/);
      assert.match(c.postalCode, /^\d{5}$/);
      if (c.email) assert.match(c.email, /^[a-z0-9.-]+@[a-z0-9.-]+\.example\.org$/);
      if (c.web) assert.match(c.web, /^https:\/\/[a-z0-9.-]+\.example\.org\//);
      if (c.phone) assert.match(c.phone, /^0\d{2,4} 1234-\d{1,2}$/);
      if (c.videoRoomUrl) {
        assert.ok(c.modes.includes('video'));
        assert.match(c.videoRoomUrl, /^https:\/\/video\.example\.org\//);
      }
      assert.ok(c.advisors.length >= 1 && c.advisors.length <= 4);
      assert.ok(c.advisors.every((a) => a.id.startsWith(`${c.id}-`) && a.displayName.length > 0));
      assert.ok(c.openingHours.length > 0);
      for (const h of c.openingHours) {
        assert.ok(h.day >= 1 && h.day <= 7);
        assert.match(h.opens, /^\d\d:\d\d$/);
        assert.match(h.closes, /^\d\d:\d\d$/);
      }
    }
  });

  it('matches carriers and topics (pregnancy counselling only where it is offered)', () => {
    for (const c of centres) {
      if (c.carrier === 'Verbraucherzentrale') assert.deepEqual(c.topics, ['schuldnerberatung']);
      if (c.carrier === 'donum vitae') assert.deepEqual(c.topics, ['schwangerschaftsberatung']);
    }
    assert.ok(centres.some((c) => c.openingHours.some((h) => h.closes <= h.opens)), 'some night hours');
    assert.ok(centres.some((c) => !c.openingHours.some((h) => h.day === 5)), 'some closed on Fridays');
  });

  // How long it takes is a benchmark figure (BENCHMARKS.md, seed time), not a test: a loaded CI
  // machine must not turn it red.
  it('makes 50,000 distinct centres for the benchmarks', () => {
    const many = generateCentres({ count: 50_000, seed: 7, places });
    assert.equal(many.length, 50_000);
    assert.equal(new Set(many.map((c) => c.id)).size, 50_000, 'ids are unique');
  });
});
