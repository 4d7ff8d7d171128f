import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { definition } from '../../forms/bildung-und-teilhabe/definition.ts';
import { pathTests, submitAs } from './support/form-suite.ts';

const def = definition();

describe('BuT: generated paths', () => pathTests(def));

describe('BuT: persona (Familie Yılmaz, Wohngeld, Klassenfahrt und Fußballverein)', () => {
  it('asks only for the items requested and sends them typed', async () => {
    const { visited, payload } = await submitAs(def, {
      'but.leistung.art': 'wohngeld',
      'but.bedarfe': ['ausflug', 'teilhabe'],
      'but.kinder': [
        { vorname: 'Emre', familienname: 'Yılmaz', geburtsdatum: '02.09.2015', einrichtung: 'schule', 'einrichtung-name': 'Grundschule Kley', klasse: '4b' },
        { vorname: 'Elif', familienname: 'Yılmaz', geburtsdatum: '11.05.2008', einrichtung: 'berufsschule', 'einrichtung-name': 'Robert-Bosch-Berufskolleg', verguetung: 'nein' },
      ],
    });
    assert.ok(visited.includes('ausflug') && visited.includes('teilhabe'));
    assert.ok(!visited.includes('lernfoerderung') && !visited.includes('mittagessen') && !visited.includes('befoerderung'));
    assert.deepEqual(payload.fachdaten['but.bedarfe'], ['ausflug', 'teilhabe']);
    assert.equal(payload.fachdaten['but.ausflug.kosten'], 289);
    const kinder = payload.fachdaten['but.kinder'] as Array<Record<string, unknown>>;
    assert.equal(kinder[0]!.geburtsdatum, '2015-09-02');
    assert.equal(kinder[0]!.verguetung, undefined, 'a school child is not asked about pay');
    assert.equal(kinder[1]!.klasse, undefined, 'an optional class left out is not sent');
  });

  it('does not ask for the benefit notice when the family gets none of the benefits', async () => {
    const { payload } = await submitAs(def, { 'but.leistung.art': 'keine', 'but.bedarfe': ['mittagessen'] });
    assert.equal(payload.fachdaten['but.leistung.bescheid-datum'], undefined);
  });
});
