/** A Kommune's own texts per language: the citizen sees its office under the name written for their language. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolveTenant } from '../../src/tenant/resolve.ts';
import { localOffice, tenantName } from '../../src/tenant/texts.ts';
import type { ResolvedTenant } from '../../src/tenant/schema.ts';

const json = (path: string) => JSON.parse(readFileSync(`data/tenants/${path}`, 'utf8'));

function dortmund(): ResolvedTenant {
  const result = resolveTenant(json('platform.json'), json('laender/05.json'), json('kommunen/05913000.json'));
  assert.ok(result.ok, 'the Dortmund demo config resolves');
  return result.value;
}

describe('tenant texts per language', () => {
  const tenant = dortmund();

  it('names the office in Turkish where Dortmund wrote a Turkish name, with its Turkish opening hours', () => {
    const office = localOffice(tenant, 'sozialamt', 'tr')!;
    assert.match(office.name, /sosyal yardım dairesi/);
    assert.match(office.openingHours[0]!, /Pzt/);
    assert.equal(office.street, 'Luisenstraße 11–13', 'the address stays as written');
  });

  it('falls back to the German name for a language without own texts (Leichte Sprache)', () => {
    assert.equal(localOffice(tenant, 'sozialamt', 'de-x-ls')!.name, 'Sozialamt Dortmund (Demo)');
    assert.equal(tenantName(tenant, 'de-x-ls'), 'Stadt Dortmund (Demo)');
  });

  it('gives the municipality’s own name in Arabic', () => {
    assert.equal(tenantName(tenant, 'ar'), 'مدينة دورتموند (عرض تجريبي)');
  });

  it('finds no office for an unknown id', () => {
    assert.equal(localOffice(tenant, 'bauamt', 'en'), undefined);
  });
});
