/**
 * How one centre is shown: the result card of the list and the full detail view. Templates only;
 * the element passes in what to do on "details" and "Termin buchen".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CentreDetail, CentreSummary } from '../../src/contract/centres.ts';
import { dialable } from './helplines.ts';
import { languageLabel, modeLabel, topicLabel } from './labels.ts';
import { statusLine, todayLine, weekRows } from './opening.ts';
import { numberFormat } from '../../src/i18n/format.ts';

export interface CentreViewContext {
  locale: string;
  now: Date;
  /** The PLZ searched for, to say "zuständig für Ihren Wohnort". */
  postalCode?: string;
  onDetails: (centre: CentreSummary) => void;
  onBook: (centre: CentreSummary, event: Event) => void;
}

export const bookingHref = (id: string) => `#termin?centre=${encodeURIComponent(id)}`;

export function formatDistance(km: number, locale: string): string {
  const digits = km < 10 ? 1 : 0;
  return msg(str`${numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(km)} km entfernt`);
}

/** The searched PLZ lies in the centre's Einzugsgebiet. */
const isResponsible = (c: CentreSummary, postalCode?: string) => Boolean(postalCode && c.serviceRegion.postalCodes.includes(postalCode));

function list(values: readonly string[]): string {
  return values.join(', ');
}

/*
 * The templates a result card is made of break their lines inside tags (`<p\n>`): whitespace between
 * tags would become text nodes, about a third of a card's DOM, built and styled for every new card.
 */

function facts(c: CentreSummary, ctx: CentreViewContext): TemplateResult {
  return html`<dl class="facts"
    ><div><dt>${msg('Themen')}</dt><dd>${list(c.topics.map(topicLabel))}</dd></div
    ><div><dt>${msg('Beratungsformen')}</dt><dd>${list(c.modes.map(modeLabel))}</dd></div
    ><div><dt>${msg('Sprachen')}</dt><dd>${list(c.languages.map((l) => languageLabel(l, ctx.locale)))}</dd></div
    ><div
      ><dt>${msg('Zugang')}</dt
      ><dd>${c.barrierFree ? msg('barrierefrei zugänglich') : msg('nicht barrierefrei zugänglich')}</dd></div
    ></dl
  >`;
}

function contactList(contact: CentreSummary['contact'], name: string): TemplateResult | typeof nothing {
  if ((!contact.phone && !contact.email && !contact.web)) return nothing;
  return html`<ul class="contact"
    >${contact.phone ? html`<li>${msg('Telefon:')} <a href="tel:${dialable(contact.phone)}">${contact.phone}</a></li>` : nothing}${contact.email
      ? html`<li>${msg('E-Mail:')} <a href="mailto:${contact.email}">${contact.email}</a></li>`
      : nothing}${contact.web
      ? html`<li><a href=${contact.web} rel="noopener noreferrer">${msg(str`Internetseite: ${name}`)}</a></li>`
      : nothing}</ul
  >`;
}

/**
 * Today's hours and "jetzt geöffnet" / "öffnet um …", computed here in Europe/Berlin from the weekly
 * hours (not the server's `openNow`, which is as old as the answer). Recomputed once a minute, not on
 * every render or answer: keyed by centre, since a filter change brings back centres seen before as
 * new objects.
 */
interface OpeningLines {
  hours: string;
  minute: number;
  locale: string;
  status: { open: boolean; text: string };
  today: string;
}
const openingCache = new Map<string, OpeningLines>();
/** Enough for every centre a citizen pages through; beyond that, start afresh. */
const OPENING_CACHE_SIZE = 500;

function openingLines(c: CentreSummary, ctx: CentreViewContext): TemplateResult {
  const hours = c.openingHours;
  // No weekly hours: the centre sees people by appointment only, so "geschlossen" would mislead.
  if (!hours.length) return html`<p class="today">${msg('Termine nach Vereinbarung')}</p>`;
  const minute = Math.floor(ctx.now.getTime() / 60_000);
  const signature = `${c.land}|${JSON.stringify(hours)}`;
  let lines = openingCache.get(c.id);
  if (!lines || lines.minute !== minute || lines.locale !== ctx.locale || lines.hours !== signature) {
    lines = {
      hours: signature,
      minute,
      locale: ctx.locale,
      status: statusLine(hours, ctx.now, c.land, ctx.locale),
      today: todayLine(hours, ctx.now, c.land),
    };
    if (openingCache.size >= OPENING_CACHE_SIZE) openingCache.clear();
    openingCache.set(c.id, lines);
  }
  return html`<p class="status ${lines.status.open ? 'open' : ''}">${lines.status.text}</p
    ><p class="today">${lines.today}</p>`;
}

function bookingAction(c: CentreSummary, ctx: CentreViewContext): TemplateResult | typeof nothing {
  if (!c.onlineBooking) return nothing;
  return html`<a class="button" href=${bookingHref(c.id)} @click=${(e: Event) => ctx.onBook(c, e)}
    >${msg('Termin buchen')}<span class="visually-hidden">: ${c.name}</span></a
  >`;
}

export function renderCentreCard(c: CentreSummary, ctx: CentreViewContext): TemplateResult {
  const headingId = `centre-${c.id}`;
  const responsible = isResponsible(c, ctx.postalCode) ? html`<p class="responsible">${msg('Zuständig für Ihren Wohnort')}</p>` : nothing;
  const distance = c.distanceKm === undefined ? nothing : html` <span class="distance">(${formatDistance(c.distanceKm, ctx.locale)})</span>`;
  return html`<li class="centre" part="result"
    ><article aria-labelledby=${headingId}
      ><h4 id=${headingId}
        ><button type="button" class="button link title" data-centre=${c.id} @click=${() => ctx.onDetails(c)}>${c.name}</button></h4
      ><p class="carrier">${msg(str`Träger: ${c.carrier}`)}</p
      >${responsible}<p class="address">${`${c.street}, ${c.postalCode} ${c.city}`}${distance}</p
      >${openingLines(c, ctx)}${facts(c, ctx)}${contactList(c.contact, c.name)}<div class="actions"
        >${bookingAction(c, ctx)}</div
      ></article
    ></li
  >`;
}

export function renderCentreDetail(c: CentreDetail, ctx: CentreViewContext, headingId: string): TemplateResult {
  return html`<article class="detail" part="detail" aria-labelledby=${headingId}>
    <h3 id=${headingId} tabindex="-1">${c.name}</h3>
    <p class="carrier">${msg(str`Träger: ${c.carrier}`)}</p>
    ${isResponsible(c, ctx.postalCode) ? html`<p class="responsible">${msg('Zuständig für Ihren Wohnort')}</p>` : nothing}
    ${c.demo ? html`<p class="notice">${msg('Demodaten: Diese Beratungsstelle ist erfunden.')}</p>` : nothing}
    ${openingLines(c, ctx)}
    <div class="actions">${bookingAction(c, ctx)}</div>

    <h4>${msg('Öffnungszeiten')}</h4>
    ${c.openingHours.length
      ? html`<table class="week">
          <caption class="visually-hidden">${msg('Öffnungszeiten in der Woche')}</caption>
          <tbody>
            ${weekRows(c.openingHours, ctx.locale).map((r) => html`<tr><th scope="row">${r.day}</th><td>${r.hours}</td></tr>`)}
          </tbody>
        </table>
        <p class="hint">${msg('An gesetzlichen Feiertagen geschlossen.')}</p>`
      : html`<p>${msg('Termine nach Vereinbarung.')}</p>`}

    <h4>${msg('Kontakt')}</h4>
    ${contactList(c.contact, c.name)}
    ${c.contact.phone || c.contact.email || c.contact.web ? nothing : html`<p>${msg('Keine Kontaktdaten hinterlegt.')}</p>`}

    <h4>${msg('So kommen Sie hin')}</h4>
    <p>${c.street}<br />${c.postalCode} ${c.city}</p>
    <p>
      ${c.barrierFree
        ? msg('Der Eingang ist barrierefrei zugänglich.')
        : msg('Der Eingang ist nicht barrierefrei. Rufen Sie vorher an, wenn Sie Hilfe brauchen.')}
    </p>
    <p class="hint">
      ${msg('Für den Weg mit Bus und Bahn nutzen Sie die Fahrplanauskunft Ihres Verkehrsverbunds mit dieser Adresse:')}
      <span class="copyable">${c.street}, ${c.postalCode} ${c.city}</span>
    </p>

    <h4>${msg('Angebot')}</h4>
    ${facts(c, ctx)}
  </article>`;
}
