import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { SozElement } from '../ui/soz-element.ts';

/**
 * @summary The polite notice shown in place of a widget when the page's configuration cannot be
 * loaded or is invalid. The precise reason goes to the console for the web team.
 *
 * @csspart root - The outer container.
 */
export class SozUnavailable extends SozElement {
  /** Why nothing else can be shown: 'network', 'unknown-tenant', 'invalid-config' or 'no-tenant'. */
  @property({ reflect: true }) reason = 'network';

  override render() {
    const transient = this.reason === 'network';
    return this.shell(html`
      <section class="notice" aria-labelledby="heading">
        <h2 id="heading">${msg('Dieses Angebot ist gerade nicht verfügbar')}</h2>
        ${transient
          ? html`<p>${msg('Die Verbindung zum Server hat nicht geklappt. Bitte versuchen Sie es in einigen Minuten noch einmal.')}</p>
              <button class="button secondary" type="button" @click=${() => location.reload()}>
                ${msg('Seite neu laden')}
              </button>`
          : html`<p>
              ${msg('Auf dieser Seite ist ein technischer Fehler aufgetreten. Bitte wenden Sie sich an Ihre Stadt- oder Gemeindeverwaltung.')}
            </p>`}
      </section>
    `);
  }
}
