/** The citizen's PDF copy of what was submitted, generated on the device and saved via a blob link. */
import { msg, str } from '@lit/localize';
import type { Receipt } from '../../forms/engine/machine.ts';
import { textPdf, type PdfLine } from '../../forms/engine/receipt-pdf.ts';
import { summarizeSteps } from '../../forms/engine/summary.ts';
import type { Answers, FormDefinition } from '../../forms/engine/types.ts';
import type { Office } from '../../src/tenant/schema.ts';

export function copyLines(def: FormDefinition, answers: Answers, receipt: Receipt, office: Office | undefined, locale: string): PdfLine[] {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(receipt.receivedAt));
  const lines: PdfLine[] = [
    { text: def.title, bold: true },
    { text: msg(str`Vorgangsnummer: ${receipt.reference}`) },
    { text: msg(str`Eingegangen am ${when}`) },
    ...(office ? [{ text: msg(str`Zuständig: ${office.name}, ${office.street}, ${office.postalCode} ${office.city}`) }] : []),
    { text: msg('Kopie für Ihre Unterlagen. Dieses Dokument wurde auf Ihrem Gerät erstellt.') },
  ];
  for (const section of summarizeSteps(def, answers)) {
    lines.push({ text: section.title, bold: true, gap: true });
    for (const line of section.lines) lines.push({ text: `${line.label}: ${line.value}` });
  }
  lines.push({ text: msg('Erklärungen'), bold: true, gap: true });
  for (const d of def.declarations) lines.push({ text: `[x] ${d.label}` });
  return lines;
}

export function downloadCopy(def: FormDefinition, answers: Answers, receipt: Receipt, office: Office | undefined, locale: string): void {
  const pdf = textPdf(copyLines(def, answers, receipt, office, locale), `${def.title} – ${receipt.reference}`);
  const url = URL.createObjectURL(new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `Antrag-${receipt.reference}.pdf`;
  // The link lives in our shadow root's document only for the click; nothing is added to the host page.
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
