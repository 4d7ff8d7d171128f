import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compactDecrypt, exportJWK, generateKeyPair } from 'jose';
import { encryptApplication } from '../../forms/engine/encrypt.ts';
import type { ApplicationPayload } from '../../forms/engine/payload.ts';
import { textPdf } from '../../forms/engine/receipt-pdf.ts';
import { checkUpload } from '../../forms/engine/uploads.ts';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('receipt PDF', () => {
  it('is a PDF whose xref offsets point at its objects, with umlauts in WinAnsi', () => {
    const pdf = textPdf([{ text: 'Antrag auf Hilfe zum Lebensunterhalt', bold: true }, { text: 'Straße: Kampstraße 12 – Größe „groß“ (5 €)' }], 'Kopie');
    const text = latin1(pdf);
    assert.ok(text.startsWith('%PDF-1.4'));
    assert.ok(text.trimEnd().endsWith('%%EOF'));
    assert.ok(text.includes('Stra\xdfe: Kampstra\xdfe 12 \x96 Gr\xf6\xdfe \x84gro\xdf\x93 \\(5 \x80\\)'));
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    assert.ok(text.slice(xref).startsWith('xref'));
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, i) => assert.ok(text.slice(offset).startsWith(`${i + 1} 0 obj`), `object ${i + 1}`));
  });
  it('breaks long content onto further pages', () => {
    const lines = Array.from({ length: 120 }, (_, i) => ({ text: `Zeile ${i}` }));
    assert.match(latin1(textPdf(lines, 'x')), /\/Count 3 /);
  });
});

describe('uploads', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7 ...');
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  it('accepts by content, whatever the name says', () => {
    assert.deepEqual(checkUpload('scan.txt', pdf, ['pdf', 'jpeg', 'png'], 1000), { ok: true, type: 'application/pdf' });
    assert.deepEqual(checkUpload('foto.pdf', png, ['pdf', 'jpeg', 'png'], 1000), { ok: true, type: 'image/png' });
  });
  it('refuses a renamed file and explains the formats', () => {
    const result = checkUpload('ausweis.pdf', new TextEncoder().encode('MZ executable'), ['pdf', 'jpeg', 'png'], 1000);
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : '', /keine PDF-, JPEG- oder PNG-Datei/);
  });
  it('names the size and the limit', () => {
    const result = checkUpload('gross.pdf', new Uint8Array(5 * 1024 * 1024).fill(0x25), ['pdf'], 4 * 1024 * 1024);
    assert.match(!result.ok ? result.message : '', /5 MB groß\. Erlaubt sind höchstens 4 MB/);
  });
});

describe('JWE', () => {
  it('encrypts to the office key with RSA-OAEP-256 / A256GCM; only the private key opens it', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RSA-OAEP-256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'amt-1' };
    const payload = { form: { id: 'f', version: '1', service: 's' }, tenant: '05913000', createdAt: 'x', fachdaten: { a: 'Ä' }, erklaerungen: {}, anlagen: [] } as ApplicationPayload;
    const jwe = await encryptApplication(payload, jwk);
    assert.equal(jwe.split('.').length, 5);
    assert.ok(!jwe.includes('05913000'));
    const { plaintext, protectedHeader } = await compactDecrypt(jwe, privateKey);
    assert.deepEqual(protectedHeader, { alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'application/json', kid: 'amt-1' });
    assert.deepEqual(JSON.parse(new TextDecoder().decode(plaintext)), payload);
  });
});
