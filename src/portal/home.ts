/**
 * The portal's start page: where to go, an explanation in Leichte Sprache, and the accessibility
 * statement and feedback channel BITV 2.0 § 4 asks for on a start page.
 */
import { html, nothing, render } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale } from '../i18n/localize.ts';
import type { ResolvedTenant } from '../tenant/schema.ts';
import { tenantName } from '../tenant/texts.ts';

export function renderHome(tenant: ResolvedTenant | undefined): HTMLElement {
  const container = document.createElement('div');
  const on = (id: string) => tenant?.services.some((s) => s.service === id) ?? false;
  render(
    html`
      <p class="lead">
        ${tenant
          ? msg(
              str`Hier finden Sie Hilfe und soziale Leistungen in ${tenantName(tenant, getLocale())}: anonym prüfen, was Ihnen zustehen könnte, eine Beratungsstelle in Ihrer Nähe finden, einen Termin vereinbaren und Anträge online stellen.`,
              { id: 'portal.home.lead.inPlace' },
            )
          : msg(
              'Hier finden Sie Hilfe und soziale Leistungen: anonym prüfen, was Ihnen zustehen könnte, eine Beratungsstelle in Ihrer Nähe finden, einen Termin vereinbaren und Anträge online stellen.',
              { id: 'portal.home.lead' },
            )}
      </p>
      <ul class="cards">
        ${on('leistungsfinder')
          ? html`<li><a href="leistungen">${msg('Welche Hilfe passt zu mir?')}</a><span>${msg('Einige Fragen, etwa 5 Minuten, anonym.')}</span></li>`
          : nothing}
        ${on('beratungsstellenfinder')
          ? html`<li><a href="beratung">${msg('Beratungsstelle finden')}</a><span>${msg('Zum Beispiel bei Schulden, Sucht oder Wohnungsnot.')}</span></li>`
          : nothing}
        ${on('terminvereinbarung')
          ? html`<li><a href="termin">${msg('Termin vereinbaren')}</a><span>${msg('Vor Ort, am Telefon oder per Video.')}</span></li>`
          : nothing}
      </ul>
      <section class="easy-language" aria-labelledby="leichte-sprache" lang="de">
        <h2 id="leichte-sprache">${msg('Informationen in Leichter Sprache')}</h2>
        <p>Auf dieser Seite finden Sie Hilfe.</p>
        <p>Zum Beispiel: Sie haben wenig Geld. Oder Sie haben Schulden.</p>
        <p>Sie können hier prüfen: Welches Geld vom Amt kann ich bekommen?</p>
        <p>Sie können eine Beratungs·stelle suchen. Dort hilft man Ihnen. Die Beratung ist kostenlos.</p>
        <p>Sie können auch einen Antrag stellen. Ein Antrag ist ein Brief an das Amt. Darin steht: Ich brauche Hilfe.</p>
        <p>Ihre Daten sind sicher. Wir geben Ihre Daten nur an das Amt.</p>
      </section>
      <section aria-labelledby="barrierefreiheit">
        <h2 id="barrierefreiheit">${msg('Barrierefreiheit')}</h2>
        <p>
          ${tenant
            ? html`<a href=${tenant.links.accessibility}>${msg('Erklärung zur Barrierefreiheit')}</a> ·
                <a href=${tenant.links.feedback}>${msg('Barriere melden')}</a>`
            : nothing}
        </p>
      </section>
    `,
    container,
  );
  return container;
}
