/**
 * The fallback's content as a template: what the service is, that it is not online here, how to
 * apply otherwise, and the responsible office. Shared by <soz-service-fallback> stand-ins and by
 * widgets (e.g. <soz-application-form>) that show it for a service not live in this tenant.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { SERVICE_CATALOGUE } from '../../src/catalogue/services.ts';
import { getLocale } from '../../src/i18n/localize.ts';
import type { Office, ResolvedTenant } from '../../src/tenant/schema.ts';
import { localOffice, tenantName } from '../../src/tenant/texts.ts';
import { renderOffice } from '../ui/office.ts';

export function responsibleOffice(tenant: ResolvedTenant | undefined, service: string | undefined): Office | undefined {
  if (!tenant) return undefined;
  const activation = tenant.services.find((s) => s.service === service);
  return localOffice(tenant, activation?.office ?? tenant.generalOffice, getLocale());
}

export function serviceFallbackView(tenant: ResolvedTenant | undefined, service: string | undefined) {
  const info = SERVICE_CATALOGUE.find((s) => s.id === service);
  const office = responsibleOffice(tenant, service);
  return html`
    <section class="notice" aria-labelledby="heading">
      <h2 id="heading">${info?.name ?? msg('Dieses Angebot')}</h2>
      ${info ? html`<p>${info.summary}</p>` : nothing}
      <p>
        ${tenant
          ? msg(str`Dieses Angebot ist in ${tenantName(tenant, getLocale())} noch nicht online verfügbar.`, { id: 'fallback.notOnline.inPlace' })
          : msg('Dieses Angebot ist in Ihrer Kommune noch nicht online verfügbar.', { id: 'fallback.notOnline.here' })}
      </p>
      ${info && info.kind !== 'modul' ? html`<p><strong>${msg('So stellen Sie den Antrag:')}</strong> ${info.offlineRoute}</p>` : nothing}
      ${office
        ? html`<h3>${msg('Hier bekommen Sie Hilfe')}</h3>
            ${renderOffice(office)}`
        : nothing}
    </section>
  `;
}
