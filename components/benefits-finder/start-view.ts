/** The first page of the benefits check: what it is, what it is not, how long it takes, what to have at hand. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export interface StartViewOptions {
  minutes: number;
  questionCount: number;
  atHand: readonly string[];
  /** A save from an earlier visit, if the citizen opted in then. */
  savedOn?: string;
  onStart: () => void;
  onResume: () => void;
  onDeleteSaved: () => void;
}

export function startView(o: StartViewOptions): TemplateResult {
  return html`<section aria-labelledby="view-heading">
    <h2 id="view-heading" tabindex="-1">${msg('Welche Sozialleistungen kommen für Sie in Frage?')}</h2>
    <p>
      ${msg(str`Mit etwa ${o.questionCount} kurzen Fragen sehen Sie, welche Hilfen für Sie in Frage kommen könnten, warum, was Sie vorbereiten sollten und wo Sie den Antrag stellen.`)}
    </p>
    <ul class="intro-list">
      <li>${msg('Sie bleiben anonym. Wir fragen nicht nach Ihrem Namen oder Ihrer Adresse.')}</li>
      <li>${msg('Ihre Antworten verlassen Ihr Gerät nicht. Sie werden nirgendwohin geschickt.')}</li>
      <li>${msg('Das Ergebnis ist eine Orientierung, keine Entscheidung. Entscheiden kann nur das zuständige Amt.')}</li>
      <li>${msg(str`Das dauert etwa ${o.minutes} Minuten.`)}</li>
    </ul>
    ${o.atHand.length
      ? html`<h3>${msg('Das ist hilfreich, wenn Sie es zur Hand haben')}</h3>
          <ul class="intro-list">
            ${o.atHand.map((item) => html`<li>${item}</li>`)}
          </ul>
          <p>${msg('Wenn Sie etwas nicht genau wissen, schätzen Sie. Sie können jede Antwort später ändern.')}</p>`
      : nothing}
    ${o.savedOn
      ? html`<div class="saved" role="group" aria-labelledby="saved-heading">
          <h3 id="saved-heading">${msg('Gespeicherte Antworten')}</h3>
          <p>${msg(str`Auf diesem Gerät sind Ihre Antworten vom ${o.savedOn} gespeichert.`)}</p>
          <div class="actions">
            <button type="button" class="button" @click=${o.onResume}>${msg('Mit gespeicherten Antworten weitermachen')}</button>
            <button type="button" class="button secondary" @click=${o.onDeleteSaved}>${msg('Gespeicherte Antworten löschen')}</button>
          </div>
        </div>`
      : nothing}
    <div class="actions">
      <button type="button" class="button" data-start @click=${o.onStart}>${msg('Los geht’s')}</button>
    </div>
  </section>`;
}
