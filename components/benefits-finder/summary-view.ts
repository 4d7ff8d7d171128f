/** The summary page: every answer given on this path, each with an "ändern" button. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { errorSummary, type FieldError } from '../ui/error-summary.ts';

export interface SummaryRow {
  questionId: string;
  question: string;
  answer: string;
}

export interface SummaryViewOptions {
  rows: readonly SummaryRow[];
  /** Answers that must be changed before the result can be shown, linked to their "ändern" buttons. */
  errors: readonly FieldError[];
  host: { shadowRoot: ShadowRoot | null };
  onChange: (questionId: string) => void;
  onEvaluate: () => void;
  onBack: () => void;
}

export function summaryView(o: SummaryViewOptions): TemplateResult {
  return html`<section aria-labelledby="view-heading">
    ${errorSummary(o.errors, o.host)}
    <h2 id="view-heading" tabindex="-1">${msg('Ihre Antworten prüfen')}</h2>
    <p>${msg('Stimmt alles? Sie können jede Antwort ändern und kommen danach hierher zurück.')}</p>
    <dl class="answers">
      ${o.rows.map(
        (row) => html`<div>
          <dt>${row.question}</dt>
          <dd>${row.answer}</dd>
          <dd>
            <button type="button" class="button link" id="change-${row.questionId}" data-change=${row.questionId} @click=${() => o.onChange(row.questionId)}>
              <span aria-hidden="true">${msg('ändern')}</span><span class="visually-hidden">${msg(str`Antwort ändern: ${row.question}`, { id: 'benefits.summary.changeAnswer' })}</span>
            </button>
          </dd>
        </div>`,
      )}
    </dl>
    <div class="actions">
      <button type="button" class="button" data-evaluate @click=${o.onEvaluate}>${msg('Ergebnis anzeigen')}</button>
      <button type="button" class="button secondary" data-back @click=${o.onBack}>${msg('Zurück')}</button>
    </div>
  </section>`;
}
