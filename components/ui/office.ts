/** The address block of a responsible office, as every widget shows it. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Office } from '../../src/tenant/schema.ts';

export function renderOffice(office: Office) {
  const { phone, email, web } = office.contact;
  return html`<div part="office" class="office">
    <p>
      <strong>${office.name}</strong><br />
      ${office.street}<br />
      ${office.postalCode} ${office.city}
    </p>
    ${office.openingHours.length
      ? html`<p>
          <span>${msg('Öffnungszeiten:')}</span>
          ${office.openingHours.map((line) => html`<br />${line}`)}
        </p>`
      : nothing}
    <ul>
      ${phone ? html`<li>${msg('Telefon:')} <a href="tel:${phone.replace(/[^+\d]/g, '')}">${phone}</a></li>` : nothing}
      ${email ? html`<li>${msg('E-Mail:')} <a href="mailto:${email}">${email}</a></li>` : nothing}
      ${web ? html`<li><a href=${web}>${msg('Internetseite der Stelle')}</a></li>` : nothing}
    </ul>
  </div>`;
}
