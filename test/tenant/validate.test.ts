import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolveTenant } from '../../src/tenant/resolve.ts';
import { validateResolved } from '../../src/tenant/validate.ts';
import { formatIssue, type TenantIssue } from '../../src/tenant/issues.ts';
import type { KommuneConfig, LandConfig, PlatformConfig } from '../../src/tenant/schema.ts';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../data/tenants/${path}`, import.meta.url), 'utf8')) as T;
const platform = read<PlatformConfig>('platform.json');
const laender: Record<string, LandConfig> = { '05': read('laender/05.json'), '09': read('laender/09.json') };

/** A fresh copy of a demo Kommune, changed by `edit`, resolved against its Land. */
function resolveEdited(ags: string, edit: (k: Record<string, any>) => void) {
  const kommune = structuredClone(read<KommuneConfig>(`kommunen/${ags}.json`)) as Record<string, any>;
  edit(kommune);
  return resolveTenant(platform, laender[kommune.land as string] ?? laender['05']!, kommune);
}

function issuesOf(result: ReturnType<typeof resolveEdited>): TenantIssue[] {
  assert.equal(result.ok, false, 'expected the configuration to be rejected');
  return result.ok ? [] : result.issues;
}

describe('demo tenants', () => {
  for (const ags of ['05913000', '05711000', '09663000']) {
    it(`${ags} resolves and passes validation`, () => {
      const result = resolveEdited(ags, () => {});
      assert.ok(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n'));
      assert.equal(validateResolved(JSON.parse(JSON.stringify(result.value))).ok, true);
    });
  }

  it('have visibly different themes', () => {
    const primaries = ['05913000', '05711000', '09663000'].map((ags) => {
      const r = resolveEdited(ags, () => {});
      return r.ok ? r.value.theme.primary : '';
    });
    assert.equal(new Set(primaries).size, 3);
  });
});

describe('a Kommune cannot switch on what its Land has not taken on', () => {
  it('names the service, the Land and the fix', () => {
    const [issue] = issuesOf(resolveEdited('09663000', (k) => k.services.push({ service: 'pflegewohnung', onlineApplication: false })));
    assert.equal(issue!.path, 'services[7].service');
    assert.match(issue!.expected, /Bayern \(09\)/);
    assert.match(issue!.fix, /„pflegewohnung“ nicht übernommen/);
    assert.match(issue!.fix, /Koordinierungsstelle/);
  });
});

/** A valid map setting the failing fixtures below spoil one part of. */
const MAP = { tiles: 'https://tiles.example.de/{z}/{x}/{y}.png', attribution: '© OpenStreetMap-Mitwirkende' };

describe('one failing fixture per rule', () => {
  const cases: Array<[string, string, (k: Record<string, any>) => void, RegExp, RegExp]> = [
    ['unknown service id', '05913000', (k) => (k.services[0].service = 'kindergeld'), /^services\[0\]\.service$/, /einen dieser Werte/],
    ['live service without office', '05913000', (k) => delete k.services[4].office, /^services\[4\]\.office$/, /zuständige Stelle/],
    ['office id that does not exist', '05913000', (k) => (k.services[4].office = 'bauamt'), /^services\[4\]\.office$/, /Kennung aus „offices“/],
    ['online application without public key', '05913000', (k) => delete k.services[4].applicationKey, /^services\[4\]\.applicationKey$/, /öffentlichen Schlüssel/],
    ['text colour below 4.5:1', '05711000', (k) => (k.theme.text = '#999999'), /^theme\.text$/, /4\.5:1/],
    ['button text below 4.5:1', '05711000', (k) => (k.theme.onPrimary = '#6a8fb0'), /^theme\.onPrimary$/, /onPrimary auf primary/],
    ['focus ring below 3:1', '05711000', (k) => (k.theme.focus = '#eeeeee'), /^theme\.focus$/, /Fokusrahmen/],
    ['colour not in #RRGGBB', '05711000', (k) => (k.theme.primary = 'blue'), /^theme\.primary$/, /#RRGGBB/],
    ['malformed imprint URL', '05913000', (k) => (k.links.imprint = 'www.dortmund.de/impressum'), /^links\.imprint$/, /https:\/\//],
    ['javascript: URL as a link', '05913000', (k) => (k.links.feedback = 'javascript:alert(1)'), /^links\.feedback$/, /https:\/\//],
    ['origin with a path', '05913000', (k) => (k.origins = ['https://www.dortmund.de/soziales']), /^origins\[0\]$/, /ohne Pfad/],
    ['unknown locale', '05711000', (k) => (k.locales = ['de', 'fr']), /^locales\[1\]$/, /einen dieser Werte/],
    ['default locale not offered', '05711000', (k) => (k.defaultLocale = 'ru'), /^defaultLocale$/, /angebotenen Sprachen/],
    ['AGS of another Land', '05913000', (k) => (k.ags = '09162000'), /^land$/, /Länderschlüssel|Schlüssel/],
    ['AGS with 7 digits', '05913000', (k) => (k.ags = '0591300'), /^ags$/, /8 Ziffern/],
    ['service switched on twice', '05913000', (k) => k.services.push({ ...k.services[0] }), /^services\[11\]\.service$/, /nur einmal/],
    ['unknown field (typo)', '05913000', (k) => (k.servics = []), /^$/, /unbekannt: servics/],
    ['general office missing', '05913000', (k) => (k.generalOffice = 'buergeramt'), /^generalOffice$/, /Kennung aus „offices“/],
    ['texts for a language not offered', '05711000', (k) => (k.texts = { ru: { name: 'Город Билефельд' } }), /^texts\.ru$/, /angebotene Sprachen/],
    ['texts for an office that does not exist', '05913000', (k) => (k.texts.en.offices.bauamt = { name: 'Building office' }), /^texts\.en\.offices\.bauamt$/, /Kennung aus „offices“/],
    ['empty translated office name', '05913000', (k) => (k.texts.tr.offices.sozialamt.name = '  '), /^texts\.tr\.offices\.sozialamt\.name$/, /.+/],
    ['booking retention over a year', '05913000', (k) => (k.booking = { retentionDays: 400 }), /^booking\.retentionDays$/, /höchstens 365/],
    ['map tiles over plain http', '05913000', (k) => (k.counsellingMap = { ...MAP, tiles: 'http://tiles.example.de/{z}/{x}/{y}.png' }), /^counsellingMap\.tiles$/, /https:\/\//],
    ['map tiles from another host without scheme', '05913000', (k) => (k.counsellingMap = { ...MAP, tiles: '//tiles.example.de/{z}/{x}/{y}.png' }), /^counsellingMap\.tiles$/, /\{z\}, \{x\} und \{y\}/],
    ['map tiles without {y}', '05913000', (k) => (k.counsellingMap = { ...MAP, tiles: 'https://tiles.example.de/{z}/{x}.png' }), /^counsellingMap\.tiles$/, /\{y\} je einmal/],
    ['map tiles with an unknown placeholder', '05913000', (k) => (k.counsellingMap = { ...MAP, tiles: 'https://{s}.tiles.example.de/{z}/{x}/{y}.png' }), /^counsellingMap\.tiles$/, /Kachel-Adresse/],
    ['map without attribution', '05913000', (k) => (k.counsellingMap = { tiles: MAP.tiles }), /^counsellingMap\.attribution$/, /Typ string/],
    ['map zoom beyond what tile servers offer', '05913000', (k) => (k.counsellingMap = { ...MAP, maxZoom: 25 }), /^counsellingMap\.maxZoom$/, /höchstens 20/],
  ];
  for (const [rule, ags, edit, path, expected] of cases) {
    it(rule, () => {
      const issues = issuesOf(resolveEdited(ags, edit));
      const match = issues.find((i) => path.test(i.path) && expected.test(i.expected));
      assert.ok(match, `no issue at ${path} matching ${expected}; got:\n${issues.map(formatIssue).join('\n')}`);
      assert.ok(match.fix.length > 10, 'every issue names a fix');
    });
  }
});

describe('console line', () => {
  it('says where, what was expected, what was found and the fix', () => {
    const [issue] = issuesOf(resolveEdited('05711000', (k) => (k.theme.text = '#999999')));
    assert.equal(
      formatIssue(issue!),
      'theme.text: erwartet mindestens 4.5:1 Kontrast für Text auf Hintergrund (WCAG 2.2 AA), gefunden 2.70:1 (#999999 auf #f7f9fb). Wählen Sie für „text“ oder „background“ eine dunklere bzw. hellere Farbe.',
    );
  });
});

describe('booking settings', () => {
  it('carries a Kommune’s retention period through to the resolved tenant', () => {
    const result = resolveEdited('05913000', (k) => (k.booking = { retentionDays: 14 }));
    assert.ok(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n'));
    assert.deepEqual(result.value.booking, { retentionDays: 14 });
  });
});

describe('counselling map', () => {
  it('is off unless configured', () => {
    const result = resolveEdited('05913000', () => {});
    assert.ok(result.ok);
    assert.equal(result.value.counsellingMap, undefined);
  });

  it('carries tile source, attribution and zoom limit through to the resolved tenant', () => {
    for (const tiles of ['https://tiles.example.de:8443/osm/{z}/{x}/{y}.png', '/karte/{z}/{y}/{x}.png']) {
      const map = { tiles, attribution: '© OpenStreetMap-Mitwirkende', attributionUrl: 'https://www.openstreetmap.org/copyright', maxZoom: 17 };
      const result = resolveEdited('05913000', (k) => (k.counsellingMap = map));
      assert.ok(result.ok, result.ok ? '' : result.issues.map(formatIssue).join('\n'));
      assert.deepEqual(result.value.counsellingMap, map);
      assert.equal(validateResolved(JSON.parse(JSON.stringify(result.value))).ok, true);
    }
  });
});
