/**
 * A tiny text-only PDF writer for the citizen's copy of the application, generated on the device
 * (no plaintext ever goes to a server): Helvetica with WinAnsiEncoding, so German umlauts, ß, €
 * and typographic quotes print; anything else becomes "?".
 */

export interface PdfLine {
  text: string;
  bold?: boolean;
  /** Extra space above (headings). */
  gap?: boolean;
}

const WIN_ANSI_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '•': 0x95,
};

function encodeChar(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  return WIN_ANSI_EXTRA[char] ?? 0x3f;
}

/** A PDF string literal in WinAnsi bytes, with ( ) \ escaped. */
function pdfString(text: string): number[] {
  const out = [0x28];
  for (const char of text) {
    const byte = encodeChar(char);
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out.push(0x5c);
    out.push(byte);
  }
  out.push(0x29);
  return out;
}

/** Breaks text at spaces so a line fits about `width` characters of 10 pt Helvetica. */
export function wrap(text: string, width = 92): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

export function textPdf(lines: readonly PdfLine[], title: string): Uint8Array {
  const top = 800;
  const bottom = 50;
  const pages: number[][] = [];
  let content: number[] = [];
  let y = top;
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
  const flush = () => {
    pages.push(content);
    content = [];
    y = top;
  };
  for (const line of lines) {
    for (const [i, part] of wrap(line.text).entries()) {
      if (line.gap && i === 0) y -= 8;
      if (y < bottom) flush();
      content.push(...ascii(`BT /${line.bold ? 'F2' : 'F1'} 10 Tf 50 ${y} Td `), ...pdfString(part), ...ascii(' Tj ET\n'));
      y -= 14;
    }
  }
  flush();

  const objects: number[][] = [];
  const add = (body: number[]) => objects.push(body) ;
  // 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then per page: page + content.
  const pageIds = pages.map((_, i) => 6 + i * 2);
  add(ascii('<< /Type /Catalog /Pages 2 0 R >>'));
  add(ascii(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`));
  add(ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  add(ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'));
  add([...ascii('<< /Title '), ...pdfString(title), ...ascii(' /Producer (Sozialplattform) >>')]);
  for (const [i, stream] of pages.entries()) {
    add(ascii(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`));
    add([...ascii(`<< /Length ${stream.length} >>\nstream\n`), ...stream, ...ascii('\nendstream')]);
  }

  const bytes: number[] = ascii('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n').map((b) => b & 0xff);
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(bytes.length);
    bytes.push(...ascii(`${i + 1} 0 obj\n`), ...body, ...ascii('\nendobj\n'));
  });
  const xref = bytes.length;
  bytes.push(...ascii(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`));
  for (const offset of offsets) bytes.push(...ascii(`${String(offset).padStart(10, '0')} 00000 n \n`));
  bytes.push(...ascii(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return new Uint8Array(bytes);
}
