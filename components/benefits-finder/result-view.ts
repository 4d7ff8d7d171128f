/**
 * The result page: benefits grouped by "wahrscheinlich" and "möglich", each with why, what could
 * stand in the way, documents and where to apply in this municipality; counselling suggestions;
 * the "keine Entscheidung" notice; print and delete.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Office } from '../../src/tenant/schema.ts';
import { renderOffice } from '../ui/office.ts';

export type ApplyRoute =
  | { kind: 'online'; service: string }
  | { kind: 'offline'; office?: Office; route: string };

/** A condition or rule in plain words, with its §. */
export interface Reason {
  label: string;
  legalBasis: string;
}

export interface BenefitCard {
  service: string;
  name: string;
  summary: string;
  status: 'likely' | 'possible';
  met: readonly Reason[];
  /** Conditions not met or not known: what could stand in the way. */
  obstacles: readonly Reason[];
  /** Priority rules that applied, e.g. "Kinderzuschlag und Wohngeld gehen dem Bürgergeld vor …". */
  precedence: readonly Reason[];
  /** Why the result is not more certain, and hints such as which office is responsible. */
  cautions: readonly string[];
  legalBasis: readonly string[];
  documents: readonly string[];
  apply: ApplyRoute;
}

export interface CounsellingSuggestion {
  topic: string;
  label: string;
}

export interface ResultViewOptions {
  benefits: readonly BenefitCard[];
  counselling: readonly CounsellingSuggestion[];
  onStartApplication: (service: string) => void;
  onFindCounselling: (topic: string) => void;
  onPrint: () => void;
  onChangeAnswers: () => void;
}

function applyHere(card: BenefitCard, o: ResultViewOptions): TemplateResult {
  const a = card.apply;
  if (a.kind === 'online') {
    return html`<p>${msg('Sie können den Antrag hier online stellen.')}</p>
      <p class="no-print">
        <a class="button" href="#antrag" data-apply=${a.service} @click=${() => o.onStartApplication(a.service)}
          >${msg(str`Antrag online stellen: ${card.name}`)}</a
        >
      </p>`;
  }
  return html`<p>${a.route}</p>
    ${a.office ? renderOffice(a.office) : nothing}`;
}

const reasonItem = (r: Reason) => html`<li>${r.label} <span class="legal">(${r.legalBasis})</span></li>`;

function card(c: BenefitCard, o: ResultViewOptions, index: number): TemplateResult {
  const h = `benefit-${index}`;
  return html`<article class="benefit ${c.status}" aria-labelledby=${h} data-service=${c.service}>
    <h4 id=${h}>${c.name}</h4>
    <p class="status">${c.status === 'likely' ? msg('Kommt wahrscheinlich in Frage.') : msg('Kommt möglicherweise in Frage.')}</p>
    <p>${c.summary}</p>
    ${c.met.length
      ? html`<h5>${msg('Warum')}</h5>
          <ul class="result-list" data-why>${c.met.map(reasonItem)}</ul>`
      : nothing}
    ${c.obstacles.length
      ? html`<h5>${msg('Was dagegen sprechen könnte')}</h5>
          <p>${msg('Diese Voraussetzungen sind nach Ihren Angaben nicht sicher erfüllt. Das Amt prüft sie genau:')}</p>
          <ul class="result-list" data-obstacles>${c.obstacles.map(reasonItem)}</ul>`
      : nothing}
    ${c.precedence.length
      ? html`<h5>${msg('Welche Leistung vorgeht')}</h5>
          <ul class="result-list" data-precedence>${c.precedence.map(reasonItem)}</ul>`
      : nothing}
    ${c.cautions.length ? html`<ul class="result-list hint" data-cautions>${c.cautions.map((t) => html`<li>${t}</li>`)}</ul>` : nothing}
    ${c.documents.length
      ? html`<h5>${msg('Das sollten Sie vorbereiten')}</h5>
          <ul class="result-list">${c.documents.map((d) => html`<li>${d}</li>`)}</ul>`
      : nothing}
    <h5>${msg('Wo Sie den Antrag stellen')}</h5>
    ${applyHere(c, o)}
    ${c.legalBasis.length ? html`<p class="legal">${msg('Rechtsgrundlage:')} ${c.legalBasis.join('; ')}</p>` : nothing}
  </article>`;
}

function group(title: string, cards: readonly BenefitCard[], o: ResultViewOptions, offset: number): TemplateResult | typeof nothing {
  if (!cards.length) return nothing;
  return html`<section class="group" aria-label=${title}>
    <h3 class="group-title">${title}</h3>
    ${cards.map((c, i) => card(c, o, offset + i))}
  </section>`;
}

export function resultView(o: ResultViewOptions): TemplateResult {
  const likely = o.benefits.filter((b) => b.status === 'likely');
  const possible = o.benefits.filter((b) => b.status === 'possible');
  return html`<section aria-labelledby="view-heading" class="result">
    <h2 id="view-heading" tabindex="-1">${msg('Ihr Ergebnis')}</h2>
    <div class="notice" role="note">
      <p><strong>${msg('Das ist keine Entscheidung.')}</strong>
        ${msg('Das Ergebnis ist eine Orientierung nach Ihren Angaben. Ob Sie eine Leistung bekommen, entscheidet das zuständige Amt, wenn Sie einen Antrag stellen. Ein Antrag ist kostenlos. Stellen Sie ihn lieber zu früh als zu spät: Viele Leistungen gibt es erst ab dem Monat des Antrags.')}</p>
    </div>
    ${o.benefits.length
      ? nothing
      : html`<p>${msg('Nach Ihren Angaben kommt keine der Leistungen, die wir prüfen, wahrscheinlich in Frage. Wenn Sie trotzdem Hilfe brauchen, lassen Sie sich beraten.')}</p>`}
    ${group(msg('Kommt wahrscheinlich in Frage'), likely, o, 0)}
    ${group(msg('Kommt möglicherweise in Frage'), possible, o, likely.length)}
    ${o.counselling.length
      ? html`<section class="group" aria-labelledby="counselling-heading">
          <h3 id="counselling-heading">${msg('Beratung, die Ihnen helfen kann')}</h3>
          <p>${msg('Beratungsstellen helfen kostenlos und vertraulich, auch beim Antrag.')}</p>
          <ul class="result-list">
            ${o.counselling.map(
              (c) => html`<li>
                <a href="#beratung" data-topic=${c.topic} @click=${() => o.onFindCounselling(c.topic)}>${msg(str`${c.label} in Ihrer Nähe finden`)}</a>
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
    <div class="actions no-print">
      <button type="button" class="button secondary" data-print @click=${o.onPrint}>${msg('Ergebnis drucken oder als PDF speichern')}</button>
      <button type="button" class="button secondary" data-change-answers @click=${o.onChangeAnswers}>${msg('Antworten ändern')}</button>
    </div>
  </section>`;
}
