/** The manage page's view of one booking: status, details, and the actions the status allows. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ManagedBooking } from '../../src/contract/bookings.ts';
import { modeLabel, slotLabel, topicLabel } from './labels.ts';

export function statusLabel(b: ManagedBooking): string {
  switch (b.status) {
    case 'provisional':
      return msg('Vorläufig – bitte bestätigen');
    case 'confirmed':
      return msg('Bestätigt');
    case 'cancelled':
      return msg('Abgesagt');
    case 'expired':
      return msg('Verfallen (nicht rechtzeitig bestätigt)');
    case 'done':
      return msg('Der Termin hat stattgefunden');
    case 'no-show':
      return msg('Der Termin wurde nicht wahrgenommen');
  }
}

export function bookingSummary(b: ManagedBooking, locale: string): TemplateResult {
  const when = slotLabel({ startsAt: b.startsAt, endsAt: b.endsAt, modes: [b.mode] }, b.mode, locale);
  return html`<dl class="summary">
    <dt>${msg('Status')}</dt>
    <dd class="status">${statusLabel(b)}</dd>
    <dt>${msg('Termin')}</dt>
    <dd>${when}</dd>
    <dt>${msg('Thema')}</dt>
    <dd>${topicLabel(b.topic)}</dd>
    <dt>${msg('Beratungsstelle')}</dt>
    <dd>
      ${b.centre.name}${b.mode === 'vor-ort' ? html`<br />${b.centre.street}, ${b.centre.postalCode} ${b.centre.city}` : nothing}
      ${b.centre.phone ? html`<br />${msg('Telefon:')} ${b.centre.phone}` : nothing}
    </dd>
    <dt>${msg('Vorgangsnummer')}</dt>
    <dd>${b.reference}</dd>
    ${b.dataDeleted
      ? nothing
      : html`<dt>${msg('Ihre Angaben')}</dt>
          <dd>${[b.contact.name, b.contact.email, b.contact.phone].filter(Boolean).join(', ')}${b.note ? html`<br />${b.note}` : nothing}</dd>`}
  </dl>
  ${b.confirmBy
    ? html`<p class="notice">
        ${msg(str`Bitte bestätigen Sie bis ${new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Berlin', dateStyle: 'full', timeStyle: 'short' }).format(new Date(b.confirmBy))} Uhr. Sonst geben wir den Termin wieder frei.`)}
      </p>`
    : nothing}
  ${b.mode === 'video' && b.status === 'confirmed'
    ? b.videoRoomUrl
      ? html`<p><a class="button" href=${b.videoRoomUrl} target="_blank" rel="noopener noreferrer">${msg('Zum Videoraum')}<span class="visually-hidden"> ${msg('(öffnet ein neues Fenster)')}</span></a></p>`
      : b.videoRoomFrom
        ? html`<p>${msg(str`Den Link zum Videoraum zeigen wir hier ab ${new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(b.videoRoomFrom))} Uhr (${modeLabel(b.mode)}).`)}</p>`
        : nothing
    : nothing}`;
}
