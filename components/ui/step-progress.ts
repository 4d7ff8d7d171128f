/** "Schritt 3 von 8: Einkommen" — where the citizen is in a multi-step flow. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export function stepProgress(current: number, total: number, name: string): TemplateResult {
  return html`<p class="step-progress" part="progress">
    <span>${msg(str`Schritt ${current} von ${total}`)}</span><span aria-hidden="true">: </span>
    <span class="visually-hidden">, </span>${name}
    <progress max=${total} value=${current} aria-hidden="true"></progress>
  </p>`;
}
