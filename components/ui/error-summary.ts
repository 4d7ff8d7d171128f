/**
 * The GOV.UK error pattern: a summary at the top of the step, linking to each field; focus moves
 * to it after a failed submit so screen readers read it out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export interface FieldError {
  /** Id of the field (or fieldset) the message belongs to. */
  fieldId: string;
  message: string;
}

export function errorSummary(errors: readonly FieldError[], host: { shadowRoot: ShadowRoot | null }): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  const jump = (event: Event, fieldId: string) => {
    event.preventDefault();
    const target = host.shadowRoot?.getElementById(fieldId);
    const focusable = target?.matches('fieldset') ? target.querySelector<HTMLElement>('input, select, textarea') : target;
    focusable?.focus();
    target?.scrollIntoView({ block: 'center' });
  };
  return html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title" data-error-summary>
    <h2 id="error-summary-title">${msg('Bitte prüfen Sie Ihre Angaben')}</h2>
    <ul>
      ${errors.map((e) => html`<li><a href="#${e.fieldId}" @click=${(ev: Event) => jump(ev, e.fieldId)}>${e.message}</a></li>`)}
    </ul>
  </div>`;
}

/** Call after the render that shows the summary (e.g. `await this.updateComplete`). */
export function focusErrorSummary(root: ShadowRoot | null): void {
  root?.querySelector<HTMLElement>('[data-error-summary]')?.focus();
}
