/** The private calendar subscription (ICS) of the signed-in person: create, renew, revoke. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DeskHost } from './desk-host.ts';

export class CalendarView {
  active = false;
  url = '';

  constructor(private readonly host: DeskHost) {}

  async load(): Promise<void> {
    try {
      this.active = (await this.host.api.calendarFeed()).active;
      this.host.requestUpdate();
    } catch (error) {
      this.host.failed(error);
    }
  }

  private async renew(): Promise<void> {
    try {
      this.url = (await this.host.api.renewCalendarFeed()).url;
      this.active = true;
      this.host.announce(msg('Neue Kalenderadresse erstellt. Eine frühere Adresse gilt nicht mehr.'));
      this.host.requestUpdate();
      await this.host.focusAfterRender('#feed-url');
    } catch (error) {
      this.host.failed(error);
    }
  }

  private async revoke(): Promise<void> {
    try {
      await this.host.api.revokeCalendarFeed();
      this.active = false;
      this.url = '';
      this.host.announce(msg('Kalenderadresse gesperrt.'));
      this.host.requestUpdate();
    } catch (error) {
      this.host.failed(error);
    }
  }

  render(): TemplateResult {
    return html`<section aria-labelledby="view-heading">
      <h2 id="view-heading" tabindex="-1">${msg('Kalender-Abo')}</h2>
      <p>${msg('Mit dieser privaten Adresse zeigt Ihre Kalender-App Ihre Termine (ohne Namen und Kontaktdaten). Geben Sie sie nicht weiter.')}</p>
      ${this.url
        ? html`<div class="field"><label for="feed-url">${msg('Ihre Kalenderadresse')}</label>
            <input id="feed-url" type="text" readonly .value=${this.url} /></div>`
        : this.active
          ? html`<p>${msg('Eine Kalenderadresse ist aktiv. Aus Sicherheitsgründen zeigen wir sie nur beim Erstellen.')}</p>`
          : nothing}
      <div class="actions">
        <button class="button" type="button" @click=${() => void this.renew()}>${this.active ? msg('Neue Adresse erstellen') : msg('Adresse erstellen')}</button>
        ${this.active ? html`<button class="button secondary" type="button" @click=${() => void this.revoke()}>${msg('Adresse sperren')}</button>` : nothing}
      </div>
    </section>`;
  }
}
