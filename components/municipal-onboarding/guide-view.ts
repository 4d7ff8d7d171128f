/** After choosing a Land: its reuse routes, the contact point, the reuse models, and the checklist. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LandReuse, SeedFact } from '../../src/onboarding/laender.ts';
import { COSTS, FIT_STORE_MODEL, KOMMUNALVERTRETER_MODEL, NRW_EXAMPLES } from '../../src/onboarding/reuse-models.ts';
import { SOURCES, type SourceRef } from '../../src/onboarding/sources.ts';
import type { LandConfig } from '../../src/tenant/schema.ts';
import { checklistView, type ChecklistViewOptions } from './checklist-view.ts';

export interface GuideViewOptions {
  land: LandReuse;
  config?: LandConfig;
  checklist: Omit<ChecklistViewOptions, 'landName'>;
  onConfigure: () => void;
  onChangeLand: () => void;
}

export function sourceLine(source: SourceRef): TemplateResult {
  const doc = SOURCES[source.document];
  const asOf = source.asOf ? msg(str`Stand laut Quelle: ${source.asOf}`) : msg('Die Quelle nennt kein Datum');
  return html`<p class="source">${msg(str`Quelle: „${doc.title}“, Abschnitt „${source.section}“. ${asOf}; gelesen am ${source.readOn}.`)}</p>`;
}

function fact(f: SeedFact): TemplateResult {
  if (f.kind === 'text') return html`${f.text}`;
  if (f.kind === 'link') return html`${msg(str`Die Übersicht verweist auf „${f.label}“; die Adresse steht nicht in unserer Quelle.`)}`;
  return html`${msg('Dazu sagt die Übersicht nichts.')}`;
}

export function contactBlock(land: LandReuse): TemplateResult {
  const c = land.contact;
  return html`<ul class="plain">
    ${c.name ? html`<li>${c.name}</li>` : nothing}
    ${c.emails.map((e) => html`<li>${msg('E-Mail:')} <a href="mailto:${e}">${e}</a></li>`)}
    ${c.phone ? html`<li>${msg('Telefon:')} <a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a></li>` : nothing}
    ${(c.also ?? []).map((a) => html`<li>${a} ${msg('(in der Übersicht ohne Adresse)')}</li>`)}
  </ul>`;
}

const ROUTE_NAMES: Record<string, () => string> = {
  kommunalvertreter: () => msg('über den Kommunalvertreter'),
  'fit-store': () => msg('über den FIT-Store'),
  eigen: () => msg('als eigene Leistung des Landes'),
};

function platformInLand(land: LandReuse, config: LandConfig | undefined): TemplateResult {
  if (!config) {
    return html`<p>
      ${msg(str`Für ${land.name} ist noch keine Konfiguration der Sozialplattform hinterlegt. Das heißt: Ihr Land hat hier noch keine Leistungen übernommen. Fragen Sie Ihre Ansprechstelle, ob und über welchen Weg ${land.name} die Sozialplattform nachnutzen will.`)}
    </p>`;
  }
  const routes = [...new Set(config.services.map((s) => `${ROUTE_NAMES[s.route]?.() ?? s.route}: ${s.provider}`))];
  return html`<p>${msg(str`${land.name} hat ${config.services.length} Leistungen der Sozialplattform übernommen:`)}</p>
    <ul>
      ${routes.map((r) => html`<li>${r}</li>`)}
    </ul>
    <p>${msg(str`Koordinierende Stelle: ${config.defaults.coordinatingOffice.name}.`)}</p>`;
}

export function guideView(o: GuideViewOptions): TemplateResult {
  const { land } = o;
  const kv = KOMMUNALVERTRETER_MODEL;
  return html`<section aria-labelledby="view-heading">
    <h2 id="view-heading" tabindex="-1">${msg(str`Nachnutzung in ${land.name}`)}</h2>
    <h3>${msg('Die Sozialplattform in Ihrem Land')}</h3>
    ${platformInLand(land, o.config)}
    <div class="actions">
      <button type="button" class="button" data-configure @click=${o.onConfigure}>${msg('Konfiguration erstellen')}</button>
      <button type="button" class="button secondary" @click=${o.onChangeLand}>${msg('Anderes Land wählen')}</button>
    </div>

    <h3>${msg('Ihre Ansprechstelle')}</h3>
    ${contactBlock(land)}
    <h3>${msg('Wo Sie nachnutzbare Leistungen finden')}</h3>
    <p>${fact(land.marketplace)}</p>
    <h4>${msg('Weiterer Marktplatz')}</h4>
    <p>${fact(land.furtherMarketplace)}</p>
    <h4>${msg('Finanzierung')}</h4>
    <p>${fact(land.financing)}</p>
    ${sourceLine(land.source)}
    ${(land.more ?? []).map((m) => html`<p>${m.text}</p>${sourceLine(m.source)}`)}

    <h3>${msg('So funktioniert die Nachnutzung')}</h3>
    <details>
      <summary>${kv.name}</summary>
      <p>${kv.summary}</p>
      <ol>
        ${(kv.agreements ?? []).map((a) => html`<li><strong>${a.name}</strong> – ${a.how}. ${msg('Zwischen:')} ${a.between}. ${a.what}</li>`)}
      </ol>
      <ul>
        ${kv.notes.map((n) => html`<li>${n}</li>`)}
      </ul>
      ${kv.sources.map(sourceLine)}
    </details>
    <details>
      <summary>${FIT_STORE_MODEL.name}</summary>
      <p>${FIT_STORE_MODEL.summary}</p>
      <ul>
        ${FIT_STORE_MODEL.notes.map((n) => html`<li>${n}</li>`)}
      </ul>
      ${FIT_STORE_MODEL.sources.map(sourceLine)}
    </details>
    <details>
      <summary>${msg('Beispiele aus dem Nachnutzungsmodell NRW')}</summary>
      ${NRW_EXAMPLES.map(
        (ex) => html`<h4>${ex.title}</h4>
          <ol>
            ${ex.steps.map((s) => html`<li>${s}</li>`)}
          </ol>
          ${sourceLine(ex.source)}`,
      )}
    </details>
    <details>
      <summary>${msg('Kosten')}</summary>
      <p>${COSTS.text}</p>
      ${sourceLine(COSTS.source)}
    </details>

    ${checklistView({ ...o.checklist, landName: land.name })}
  </section>`;
}
