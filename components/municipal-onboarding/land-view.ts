/** First view: choose the Land, or check an existing configuration file. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { LAENDER_REUSE } from '../../src/onboarding/laender.ts';

export interface LandViewOptions {
  choice: string;
  error?: string;
  onChoose: (key: string) => void;
  onContinue: () => void;
  onFile: (file: File) => void;
}

export function landView(o: LandViewOptions): TemplateResult {
  const submit = (event: Event) => {
    event.preventDefault();
    o.onContinue();
  };
  return html`<section aria-labelledby="view-heading">
    <h2 id="view-heading" tabindex="-1">${msg('Sozialplattform in Ihrer Kommune anbieten')}</h2>
    <p>
      ${msg(
        'Für OZG-Koordinatorinnen, OZG-Koordinatoren und Webteams von Kommunen: Wählen Sie Ihr Land. Sie sehen, wie die Nachnutzung dort läuft, wer Ihre Ansprechstelle ist und welche Schritte vor Ihnen liegen. Danach erstellen Sie die Konfiguration für Ihre Website.',
      )}
    </p>
    <form @submit=${submit} novalidate>
      <div class="field ${o.error ? 'has-error' : ''}">
        <label for="land-select">${msg('Ihr Land')}</label>
        ${o.error
          ? html`<p class="error-message" id="land-select-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${o.error}</p>`
          : ''}
        <select
          id="land-select"
          aria-describedby=${o.error ? 'land-select-error' : ''}
          aria-invalid=${o.error ? 'true' : 'false'}
          @change=${(e: Event) => o.onChoose((e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${o.choice === ''}>${msg('Bitte wählen')}</option>
          ${LAENDER_REUSE.map((l) => html`<option value=${l.key} ?selected=${o.choice === l.key}>${l.name}</option>`)}
        </select>
      </div>
      <div class="actions">
        <button type="submit" class="button">${msg('Weiter')}</button>
      </div>
    </form>
    <h3>${msg('Vorhandene Konfiguration prüfen')}</h3>
    <p>${msg('Sie haben schon eine Konfigurationsdatei? Laden Sie sie hier. Wir zeigen jedes Problem und wie Sie es beheben. Die Datei bleibt in Ihrem Browser.')}</p>
    <div class="field">
      <label for="import-file">${msg('Konfigurationsdatei (.json)')}</label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        @change=${(e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) o.onFile(file);
        }}
      />
    </div>
  </section>`;
}
