/** The booking mails in plain German: what happened, when and where, and the one link that manages it. */
import type { BookingMode } from '../../src/contract/bookings.ts';

export type MailKind = 'confirm-request' | 'confirmed' | 'reminder' | 'cancelled' | 'rescheduled';

export interface MailFacts {
  name: string;
  reference: string;
  startsAt: Date;
  endsAt: Date;
  mode: BookingMode;
  centreName: string;
  address: string;
  /** Link to the manage page (secret in the fragment); absent where the token is not at hand. */
  manageUrl?: string | undefined;
  confirmBy?: Date | undefined;
}

const dateTime = (d: Date) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
const time = (d: Date) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(d);

const MODE_TEXT: Record<BookingMode, string> = {
  'vor-ort': 'vor Ort',
  telefon: 'am Telefon (die Beratungsstelle ruft Sie an)',
  video: 'per Video (den Link finden Sie kurz vorher auf Ihrer Terminseite)',
};

function when(f: MailFacts): string {
  return `${dateTime(f.startsAt)} bis ${time(f.endsAt)} Uhr, ${MODE_TEXT[f.mode]}\n${f.centreName}${f.mode === 'vor-ort' ? `\n${f.address}` : ''}`;
}

const footer = (f: MailFacts) =>
  `${f.manageUrl ? `\nIhre Terminseite (bestätigen, absagen, verschieben, Kalenderdatei, Daten löschen):\n${f.manageUrl}\n` : ''}` +
  `\nVorgangsnummer: ${f.reference}\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.\n`;

export function bookingMail(kind: MailKind, f: MailFacts): { subject: string; text: string } {
  const hello = `Guten Tag ${f.name},\n\n`;
  switch (kind) {
    case 'confirm-request':
      return {
        subject: 'Bitte bestätigen Sie Ihren Beratungstermin',
        text:
          `${hello}Sie haben diesen Termin angefragt:\n\n${when(f)}\n\n` +
          `Der Termin ist erst fest, wenn Sie ihn bestätigen. Öffnen Sie dazu den Link unten` +
          `${f.confirmBy ? ` bis ${dateTime(f.confirmBy)} Uhr` : ''}. Ohne Bestätigung geben wir den Termin wieder frei.\n` +
          `Wenn Sie keinen Termin angefragt haben, müssen Sie nichts tun.\n${footer(f)}`,
      };
    case 'confirmed':
      return { subject: 'Ihr Beratungstermin ist bestätigt', text: `${hello}Ihr Termin ist fest:\n\n${when(f)}\n\nWir erinnern Sie einen Tag vorher.\n${footer(f)}` };
    case 'reminder':
      return { subject: 'Erinnerung: Ihr Beratungstermin morgen', text: `${hello}wir erinnern Sie an Ihren Termin:\n\n${when(f)}\n\nWenn Sie nicht kommen können, sagen Sie bitte ab.\n${footer(f)}` };
    case 'cancelled':
      return { subject: 'Ihr Beratungstermin ist abgesagt', text: `${hello}dieser Termin ist abgesagt:\n\n${when(f)}\n\nSie können jederzeit einen neuen Termin buchen.\n${footer({ ...f, manageUrl: undefined })}` };
    case 'rescheduled':
      return { subject: 'Ihr Beratungstermin wurde verschoben', text: `${hello}Ihr Termin ist jetzt:\n\n${when(f)}\n${footer(f)}` };
  }
}
