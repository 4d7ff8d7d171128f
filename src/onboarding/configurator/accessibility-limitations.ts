/**
 * Barriers in the widgets that we know of and can point to in the code. The statement template
 * pre-fills them under "Nicht barrierefreie Inhalte" for the tenants they concern; everything the
 * Kommune's own checks find, it adds itself. test/onboarding/accessibility-statement.test.ts fails
 * when a listed cause is gone, so a fixed barrier cannot linger in statements.
 */
import type { ResolvedTenant } from '../../tenant/schema.ts';

export interface KnownLimitation {
  id: string;
  /** Where a reviewer sees the cause (path in this repository). */
  where: string;
  concerns: (tenant: ResolvedTenant) => boolean;
  /** What is not accessible, in plain German for citizens. */
  barrier: string;
  /** The accessible way to the same information (the EU model asks for it). */
  alternative: (tenant: ResolvedTenant) => string;
}

export const KNOWN_LIMITATIONS: readonly KnownLimitation[] = [
  {
    id: 'antragskopie-pdf',
    where: 'forms/engine/receipt-pdf.ts',
    concerns: (tenant) => tenant.services.some((s) => s.onlineApplication),
    barrier:
      'Die Kopie des Online-Antrags, die Sie nach dem Absenden als PDF-Datei speichern können, ist nicht barrierefrei. ' +
      'Sie enthält keine Strukturinformationen für Screenreader (kein getaggtes PDF) und keine Angabe der Sprache. ' +
      'Buchstaben außerhalb des westeuropäischen Zeichensatzes erscheinen darin als Fragezeichen, zum Beispiel arabische, kyrillische und einige türkische Buchstaben.',
    alternative: () =>
      'Alle Angaben können Sie vor dem Absenden auf der Seite „Prüfen Sie Ihre Angaben“ lesen. ' +
      'Die Vorgangsnummer steht auf der Bestätigungsseite nach dem Absenden.',
  },
];

export function limitationsFor(tenant: ResolvedTenant): KnownLimitation[] {
  return KNOWN_LIMITATIONS.filter((l) => l.concerns(tenant));
}
