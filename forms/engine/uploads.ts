/** Checks an uploaded file by its content (magic bytes), not by its name, and by its size. */
import { msg, str } from '@lit/localize';
import type { DocumentRef, FileKind } from './types.ts';

const SIGNATURES: Record<FileKind, { type: DocumentRef['type']; bytes: number[] }> = {
  pdf: { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  jpeg: { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  png: { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
};

export function sniffType(bytes: Uint8Array, accept: readonly FileKind[]): DocumentRef['type'] | undefined {
  for (const kind of accept) {
    const { type, bytes: signature } = SIGNATURES[kind];
    if (signature.every((b, i) => bytes[i] === b)) return type;
  }
  return undefined;
}

export const formatSize = (bytes: number, locale = 'de-DE'): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} KB`;

export type UploadCheck = { ok: true; type: DocumentRef['type'] } | { ok: false; message: string };

export function checkUpload(name: string, bytes: Uint8Array, accept: readonly FileKind[], maxBytes: number): UploadCheck {
  if (bytes.length === 0) return { ok: false, message: msg(str`„${name}“ ist leer. Bitte wählen Sie eine andere Datei.`) };
  if (bytes.length > maxBytes) {
    return { ok: false, message: msg(str`„${name}“ ist ${formatSize(bytes.length)} groß. Erlaubt sind höchstens ${formatSize(maxBytes)}. Tipp: ein Foto mit geringerer Auflösung oder eine PDF-Datei mit weniger Seiten.`) };
  }
  const type = sniffType(bytes, accept);
  if (!type) return { ok: false, message: msg(str`„${name}“ ist keine PDF-, JPEG- oder PNG-Datei. Bitte speichern Sie das Dokument in einem dieser Formate.`) };
  return { ok: true, type };
}
