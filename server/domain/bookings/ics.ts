/** An iCalendar file (RFC 5545) for one appointment, in Europe/Berlin with its VTIMEZONE. */
import type { BookingRecord } from './records.ts';

const VTIMEZONE_BERLIN = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const len = new TextEncoder().encode(ch).length;
    if (size + len > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += len;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const localStamp = (d: Date): string => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
};
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const MODE_LABEL = { 'vor-ort': 'vor Ort', telefon: 'Telefon', video: 'Video' } as const;

export function appointmentIcs(b: BookingRecord, now: Date): string {
  const location = b.mode === 'vor-ort' ? `${b.centre.street}, ${b.centre.postalCode} ${b.centre.city}` : MODE_LABEL[b.mode];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sozialplattform//Terminvereinbarung//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE_BERLIN,
    'BEGIN:VEVENT',
    `UID:${b.id}@sozialplattform`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=Europe/Berlin:${localStamp(b.startsAt)}`,
    `DTEND;TZID=Europe/Berlin:${localStamp(b.endsAt)}`,
    `SUMMARY:${escapeText(`Beratungstermin (${MODE_LABEL[b.mode]}): ${b.centre.name}`)}`,
    `LOCATION:${escapeText(location)}`,
    `DESCRIPTION:${escapeText(`Vorgangsnummer ${b.reference}. Absagen oder verschieben über den Link in Ihrer E-Mail.`)}`,
    `STATUS:${b.status === 'confirmed' ? 'CONFIRMED' : b.status === 'cancelled' || b.status === 'expired' ? 'CANCELLED' : 'TENTATIVE'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
