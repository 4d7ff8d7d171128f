/** The pages of the application form: start, one step, review, and the outcome of sending. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FormContext } from '../../forms/engine/machine.ts';
import { visibleFields } from '../../forms/engine/reachability.ts';
import type { SummaryLine } from '../../forms/engine/restore.ts';
import type { StepSummary } from '../../forms/engine/summary.ts';
import type { FormDefinition, Step } from '../../forms/engine/types.ts';
import type { Office } from '../../src/tenant/schema.ts';
import { choiceField } from '../ui/field.ts';
import { errorSummary } from '../ui/error-summary.ts';
import { renderOffice } from '../ui/office.ts';
import { stepProgress } from '../ui/step-progress.ts';
import { fieldView, type FieldHost } from './field-views.ts';

export interface ViewHost extends FieldHost {
  shadowRoot: ShadowRoot | null;
  send(event: { type: 'START' | 'NEXT' | 'BACK' | 'SUBMIT' | 'RETRY' } | { type: 'EDIT'; step: string }): void;
  deleteDraft(): void;
  downloadCopy(): void;
  findCounselling(): void;
}

const heading = (text: string) => html`<h2 id="heading" tabindex="-1">${text}</h2>`;

export function startView(def: FormDefinition, office: Office | undefined, host: ViewHost): TemplateResult {
  return html`${heading(def.title)}
    <p>${def.start.purpose}</p>
    <h3>${msg('Wer kann den Antrag stellen?')}</h3>
    <p>${def.start.whoMayApply}</p>
    <h3>${msg('Wie lange dauert es?')}</h3>
    <p>${msg(str`Das Ausfüllen dauert ${def.start.duration}. Sie können jederzeit unterbrechen.`)}</p>
    <h3>${msg('Das sollten Sie bereitlegen')}</h3>
    <ul>
      ${def.start.haveReady.map((item) => html`<li>${item}</li>`)}
    </ul>
    <h3>${msg('Ihre Daten')}</h3>
    <p>
      ${msg(
        'Ihre Angaben werden nach jedem Schritt als Entwurf gespeichert – verschlüsselt und nur auf diesem Gerät. Erst wenn Sie den Antrag absenden, werden sie verschlüsselt übertragen. Öffnen kann sie nur das zuständige Amt.',
      )}
    </p>
    <p>${msg('Auf einem fremden oder gemeinsam genutzten Gerät löschen Sie den Entwurf bitte, wenn Sie fertig sind.')}</p>
    <div class="actions">
      <button type="button" class="button" @click=${() => host.send({ type: 'START' })}>${msg('Antrag beginnen')}</button>
    </div>
    <h3>${msg('Sie haben Fragen?')}</h3>
    <p>
      ${msg('Eine Beratungsstelle hilft Ihnen kostenlos beim Ausfüllen.')}
      <button type="button" class="button link" @click=${() => host.findCounselling()}>${msg('Beratungsstelle finden')}</button>
    </p>
    ${office ? html`<p>${msg('Oder fragen Sie direkt beim zuständigen Amt:')}</p>${renderOffice(office)}` : nothing}`;
}

export function stepView(def: FormDefinition, step: Step, position: { index: number; total: number }, context: FormContext, host: ViewHost): TemplateResult {
  return html`${stepProgress(position.index, position.total, step.title)} ${heading(step.title)} ${errorSummary(context.errors, host)}
    ${step.intro ? html`<p class="intro">${step.intro}</p>` : nothing}
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        host.send({ type: 'NEXT' });
      }}
    >
      ${visibleFields(step, context.answers).map((field) => fieldView(field, context.answers[field.id], host))}
      <div class="actions">
        <button type="submit" class="button">${context.returnToReview ? msg('Weiter zur Übersicht') : msg('Weiter')}</button>
        <button type="button" class="button secondary" @click=${() => host.send({ type: 'BACK' })}>${msg('Zurück')}</button>
      </div>
    </form>
    <p class="draft-note">
      ${msg('Ihre Angaben sind als Entwurf auf diesem Gerät gespeichert.')}
      <button type="button" class="button link" @click=${() => host.deleteDraft()}>${msg('Entwurf löschen')}</button>
    </p>`;
}

export function reviewView(def: FormDefinition, summary: StepSummary[], total: number, context: FormContext, office: Office | undefined, host: ViewHost): TemplateResult {
  return html`${stepProgress(total, total, msg('Prüfen und absenden'))} ${heading(msg('Prüfen Sie Ihre Angaben'))} ${errorSummary(context.errors, host)}
    <p>${msg('Stimmt alles? Mit „ändern“ kommen Sie zu der Seite zurück; danach geht es wieder hierher.')}</p>
    ${summary.map(
      (section) => html`<section class="review-section" aria-labelledby="review-${section.stepId}">
        <div class="review-head">
          <h3 id="review-${section.stepId}">${section.title}</h3>
          <button type="button" class="button link" @click=${() => host.send({ type: 'EDIT', step: section.stepId })}>
            ${msg('ändern')}<span class="visually-hidden">: ${section.title}</span>
          </button>
        </div>
        <dl>
          ${section.lines.map((line) => html`<div><dt>${line.label}</dt><dd>${line.value}</dd></div>`)}
        </dl>
      </section>`,
    )}
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        host.send({ type: 'SUBMIT' });
      }}
    >
      <h3>${msg('Erklärungen')}</h3>
      ${def.declarations.map((d) =>
        choiceField({
          id: d.id,
          label: d.heading,
          ...(host.errorOf(d.id) ? { error: host.errorOf(d.id)! } : {}),
          options: [{ value: 'ja', label: d.label }],
          multiple: true,
          value: (context.answers[d.id] as string[] | undefined) ?? [],
          onChange: (v) => host.answer(d.id, v),
        }),
      )}
      <p>
        ${office
          ? msg(str`Ihr Antrag wird auf diesem Gerät verschlüsselt. Öffnen kann ihn nur: ${office.name}.`)
          : msg('Ihr Antrag wird auf diesem Gerät verschlüsselt. Öffnen kann ihn nur das zuständige Amt.')}
      </p>
      <div class="actions">
        <button type="submit" class="button">${msg('Antrag verbindlich absenden')}</button>
        <button type="button" class="button secondary" @click=${() => host.send({ type: 'BACK' })}>${msg('Zurück')}</button>
      </div>
    </form>`;
}

export function submittingView(): TemplateResult {
  return html`${heading(msg('Ihr Antrag wird gesendet …'))}
    <p role="status">${msg('Bitte schließen Sie diese Seite noch nicht. Das dauert meist nur wenige Sekunden.')}</p>`;
}

export function failedView(context: FormContext, office: Office | undefined, host: ViewHost): TemplateResult {
  if (context.failure === 'rejected') {
    return html`${heading(msg('Ihr Antrag konnte nicht angenommen werden'))}
      <p>${msg('Der Server hat den Antrag abgelehnt. Ihre Angaben sind weiter als Entwurf auf diesem Gerät gespeichert. Bitte wenden Sie sich an das Amt.')}</p>
      ${office ? renderOffice(office) : nothing}
      <div class="actions">
        <button type="button" class="button secondary" @click=${() => host.send({ type: 'BACK' })}>${msg('Zurück zur Übersicht')}</button>
      </div>`;
  }
  return html`${heading(msg('Ihr Antrag wurde noch nicht gesendet'))}
    <p>${msg('Die Verbindung zum Server hat nicht geklappt. Ihre Angaben sind gespeichert.')}</p>
    <p>${msg('Sie können es gefahrlos noch einmal versuchen: Der Antrag geht auch bei mehreren Versuchen nur einmal ein.')}</p>
    <div class="actions">
      <button type="button" class="button" @click=${() => host.send({ type: 'RETRY' })}>${msg('Erneut senden')}</button>
      <button type="button" class="button secondary" @click=${() => host.send({ type: 'BACK' })}>${msg('Zurück zur Übersicht')}</button>
    </div>`;
}

export function submittedView(context: FormContext, office: Office | undefined, locale: string, host: ViewHost): TemplateResult {
  const receipt = context.receipt!;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(receipt.receivedAt));
  return html`${heading(msg('Ihr Antrag ist eingegangen'))}
    <div class="receipt" role="status">
      <p>${msg('Ihre Vorgangsnummer:')}</p>
      <p class="reference"><strong>${receipt.reference}</strong></p>
      <p>${msg(str`Eingegangen am ${when}.`)}</p>
    </div>
    <h3>${msg('Wie geht es weiter?')}</h3>
    <ol>
      <li>${msg('Das Amt prüft Ihren Antrag. Bitte geben Sie bei Fragen immer die Vorgangsnummer an.')}</li>
      <li>${msg('Fehlen Unterlagen, meldet sich das Amt per Post oder Telefon bei Ihnen.')}</li>
      <li>${msg('Sie bekommen einen schriftlichen Bescheid.')}</li>
    </ol>
    <div class="actions">
      <button type="button" class="button" @click=${() => host.downloadCopy()}>${msg('Kopie des Antrags speichern (PDF)')}</button>
    </div>
    <p>${msg('Die Kopie wird auf Ihrem Gerät erstellt. Der Entwurf auf diesem Gerät ist gelöscht.')}</p>
    ${office ? html`<h3>${msg('Zuständig')}</h3>${renderOffice(office)}` : nothing}`;
}

export function impossibleDraftView(reason: string, summary: SummaryLine[], onRestart: () => void): TemplateResult {
  return html`${heading(msg('Ihr Entwurf passt nicht mehr zum Formular'))}
    <p>${reason}</p>
    <p>${msg('Hier sind Ihre bisherigen Angaben, damit Sie sie übernehmen können:')}</p>
    <dl class="old-answers">
      ${summary.map((line) => html`<div><dt>${line.section}: ${line.label}</dt><dd>${line.value}</dd></div>`)}
    </dl>
    <div class="actions">
      <button type="button" class="button" @click=${onRestart}>${msg('Entwurf löschen und neu beginnen')}</button>
    </div>`;
}
