/**
 * Authority-side tool: fetches (or reads) a stored online application, decrypts it with the
 * office's private key, validates it against its form definition's JSON Schema and prints the
 * Fachdaten. See docs/applications.md.
 *
 *   node --import tsx scripts/decrypt-submission.ts --reference SP-7KQ2-M9XD \
 *     --key data/tenants/demo-keys/dortmund-sozialamt.private.jwk.json [--api http://localhost:8080] [--ack] [--json]
 *   node --import tsx scripts/decrypt-submission.ts --file stored.json --key … [--attachments out/]
 *
 * Exit codes: 0 valid, 1 usage or fetch error, 2 decrypted but not valid against the schema.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compactDecrypt, importJWK, type JWK } from 'jose';
import { z } from 'zod';
import { payloadSchema } from '../forms/engine/json-schema.ts';
import type { ApplicationPayload } from '../forms/engine/payload.ts';
import { FORMS } from '../forms/registry.ts';
import { storedApplication, type StoredApplication } from '../src/contract/applications.ts';
import type { ServiceId } from '../src/catalogue/service-ids.ts';
import { DEMO_AUTHORITY_TOKEN } from '../server/domain/applications.ts';

export async function decryptApplication(jwe: string, privateKey: JWK): Promise<ApplicationPayload> {
  const key = await importJWK(privateKey, 'RSA-OAEP-256');
  const { plaintext, protectedHeader } = await compactDecrypt(jwe, key, { keyManagementAlgorithms: ['RSA-OAEP-256'], contentEncryptionAlgorithms: ['A256GCM'] });
  if (protectedHeader.cty !== 'application/json') throw new Error(`Unerwarteter Inhaltstyp ${String(protectedHeader.cty)}`);
  return JSON.parse(new TextDecoder().decode(plaintext)) as ApplicationPayload;
}

/** Schema issues of a decrypted payload against its definition version (empty when valid). */
export async function schemaIssues(payload: ApplicationPayload, stored?: Pick<StoredApplication, 'service' | 'formId' | 'definitionVersion'>): Promise<string[]> {
  const load = FORMS[payload.form?.service as ServiceId];
  if (!load) return [`Kein Formular für die Leistung „${payload.form?.service}“.`];
  const def = (await load()).definition();
  const issues: string[] = [];
  if (payload.form.version !== def.version) issues.push(`Formularversion ${payload.form.version}; dieses Werkzeug kennt nur ${def.version}.`);
  if (stored && (stored.formId !== payload.form.id || stored.definitionVersion !== payload.form.version || stored.service !== payload.form.service)) {
    issues.push('Die Metadaten des Servers passen nicht zum verschlüsselten Inhalt.');
  }
  const result = z.fromJSONSchema(payloadSchema(def) as Parameters<typeof z.fromJSONSchema>[0]).safeParse(payload);
  if (!result.success) issues.push(...result.error.issues.map((i) => `${i.path.join('.') || '(Wurzel)'}: ${i.message}`));
  return issues;
}

async function fetchStored(api: string, reference: string, token: string): Promise<StoredApplication> {
  const response = await fetch(`${api.replace(/\/+$/, '')}/api/authority/applications/${encodeURIComponent(reference)}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`Abruf fehlgeschlagen: HTTP ${response.status}`);
  return storedApplication.parse(await response.json());
}

function readStored(path: string): StoredApplication | { ciphertext: string } {
  const text = readFileSync(path, 'utf8').trim();
  return text.startsWith('{') ? storedApplication.parse(JSON.parse(text)) : { ciphertext: text };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      reference: { type: 'string' },
      file: { type: 'string' },
      key: { type: 'string' },
      api: { type: 'string', default: process.env.SOZ_API ?? 'http://localhost:8080' },
      token: { type: 'string', default: process.env.AUTHORITY_TOKEN || DEMO_AUTHORITY_TOKEN },
      ack: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      attachments: { type: 'string' },
    },
  });
  if (!values.key || (!values.reference && !values.file)) {
    console.error('Aufruf: decrypt-submission.ts (--reference SP-… [--api URL] [--token …] | --file datei) --key privat.jwk.json [--ack] [--json] [--attachments ordner]');
    return 1;
  }
  const stored = values.file ? readStored(values.file) : await fetchStored(values.api, values.reference!, values.token);
  if (!stored.ciphertext) {
    console.error('Dieser Antrag enthält kein Chiffrat mehr (quittiert oder nach Ablauf der Frist gelöscht).');
    return 1;
  }
  const payload = await decryptApplication(stored.ciphertext, JSON.parse(readFileSync(values.key, 'utf8')) as JWK);
  const issues = await schemaIssues(payload, 'formId' in stored ? stored : undefined);
  if (values.attachments) {
    mkdirSync(values.attachments, { recursive: true });
    payload.anlagen.forEach((a, i) => writeFileSync(join(values.attachments!, `${i + 1}-${a.name.replace(/[^\w.-]+/g, '_')}`), Buffer.from(a.content, 'base64')));
  }
  const anlagen = payload.anlagen.map((a) => ({ feld: a.field, name: a.name, typ: a.type, bytes: Buffer.from(a.content, 'base64').length }));
  if (values.json) {
    console.log(JSON.stringify({ valid: issues.length === 0, issues, form: payload.form, tenant: payload.tenant, fachdaten: payload.fachdaten, erklaerungen: payload.erklaerungen, anlagen }, null, 2));
  } else {
    console.log(`Formular: ${payload.form.id} ${payload.form.version} (${payload.form.service}), Kommune ${payload.tenant}, erstellt ${payload.createdAt}`);
    console.log(issues.length ? `NICHT gültig:\n  ${issues.join('\n  ')}` : 'Gültig nach dem JSON-Schema des Formulars.');
    console.log('Fachdaten:');
    console.log(JSON.stringify(payload.fachdaten, null, 2));
    if (anlagen.length) console.log('Anlagen:', anlagen);
  }
  if (values.ack && values.reference && issues.length === 0) {
    const response = await fetch(`${values.api.replace(/\/+$/, '')}/api/authority/applications/${encodeURIComponent(values.reference)}/ack`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${values.token}` },
    });
    if (!response.ok) throw new Error(`Quittung fehlgeschlagen: HTTP ${response.status}`);
    if (!values.json) console.log('Empfang quittiert; das Chiffrat ist auf dem Server gelöscht.');
  }
  return issues.length ? 2 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
