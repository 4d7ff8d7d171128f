/**
 * Appointments of the centre: today, a week or a list of the coming weeks, with status, mode and
 * topic; a details dialog with contact data and the actions; polling for new bookings; the print
 * layout of the day list comes from the styles (@media print).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ProblemError } from '../../src/api/errors.ts';
import type { AppointmentDetail, AppointmentStatus, AppointmentSummary } from '../../src/contract/advisor.ts';
import type { DeskHost } from './desk-host.ts';
import { addDays, berlinDate, dateTimeLabel, dayLabel, modeLabel, mondayOf, shortDay, statusLabel, timeLabel, topicLabel } from './labels.ts';

export type AppointmentRange = 'today' | 'week' | 'list';

const LIST_DAYS = 28;

export class AppointmentsView {
  range: AppointmentRange = 'today';
  from = berlinDate(new Date());
  items: AppointmentSummary[] | undefined;
  statusFilter: AppointmentStatus | '' = '';
  detail: AppointmentDetail | undefined;
  cancelling = false;
  cancelMessage = '';
  noteDraft = '';
  dialogError = '';
  feedUrl = '';
  private known = new Set<string>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: DeskHost) {}

  get days(): number {
    return this.range === 'today' ? 1 : this.range === 'week' ? 7 : LIST_DAYS;
  }

  setRange(range: AppointmentRange): void {
    this.range = range;
    const today = berlinDate(new Date());
    this.from = range === 'week' ? mondayOf(today) : today;
    void this.load();
  }

  step(direction: 1 | -1): void {
    this.from = addDays(this.from, direction * this.days);
    void this.load();
  }

  async load(background = false): Promise<void> {
    try {
      const list = await this.host.api.appointments(this.from, this.days, { background, ...(this.statusFilter ? { status: [this.statusFilter] } : {}) });
      const fresh = list.items.filter((i) => !this.known.has(i.id));
      if (background && this.items && fresh.length) {
        this.host.announce(fresh.length === 1 ? msg('Eine neue Buchung ist eingegangen.') : msg(str`${fresh.length} neue Buchungen sind eingegangen.`));
      } else if (!background) {
        this.host.announce(list.items.length === 1 ? msg('1 Termin') : msg(str`${list.items.length} Termine`));
      }
      for (const i of list.items) this.known.add(i.id);
      this.items = list.items;
      this.host.requestUpdate();
    } catch (error) {
      this.host.failed(error);
    }
  }

  /** Live update: asks again every `seconds` without counting as activity of the person. */
  startPolling(seconds: number): void {
    this.stopPolling();
    if (seconds > 0) this.timer = setInterval(() => void this.load(true), seconds * 1000);
  }

  stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('#appointment-dialog');
  }

  async open(id: string): Promise<void> {
    try {
      this.detail = await this.host.api.appointment(id);
      this.noteDraft = this.detail.internalNote ?? '';
      this.cancelling = false;
      this.cancelMessage = '';
      this.dialogError = '';
      this.host.requestUpdate();
      await this.host.updateComplete;
      const dialog = this.dialog();
      if (dialog && !dialog.open) dialog.showModal();
      await this.host.focusAfterRender('#appointment-dialog h2');
    } catch (error) {
      this.host.failed(error);
    }
  }

  close(): void {
    this.dialog()?.close();
  }

  onDialogClosed(): void {
    const id = this.detail?.id;
    this.detail = undefined;
    this.host.requestUpdate();
    if (id) void this.host.focusAfterRender(`[data-appointment="${id}"]`);
  }

  private async act(run: () => Promise<AppointmentDetail>, done: string): Promise<void> {
    try {
      this.detail = await run();
      this.dialogError = '';
      this.cancelling = false;
      this.host.announce(done);
      await this.load();
      await this.host.focusAfterRender('#appointment-dialog h2');
    } catch (error) {
      if (error instanceof ProblemError && error.status !== 401) {
        this.dialogError = error.fieldErrors[0]?.message ?? error.message;
        this.host.requestUpdate();
        await this.host.focusAfterRender('#dialog-error');
      } else this.host.failed(error);
    }
  }

  renderTable(): TemplateResult {
    const locale = this.host.deskLocale;
    const items = this.items ?? [];
    if (!this.items) return html`<p>${msg('Termine werden geladen …')}</p>`;
    if (!items.length) return html`<p class="empty">${msg('Keine Termine in diesem Zeitraum.')}</p>`;
    const showDate = this.range !== 'today';
    return html`<table class="appointments">
      <caption class="visually-hidden">${msg('Termine')}</caption>
      <thead>
        <tr>
          ${showDate ? html`<th scope="col">${msg('Datum', { id: 'advisor.appointments.column.date' })}</th>` : nothing}
          <th scope="col">${msg('Zeit')}</th>
          <th scope="col">${msg('Status')}</th>
          <th scope="col">${msg('Form')}</th>
          <th scope="col">${msg('Thema')}</th>
          <th scope="col">${msg('Name')}</th>
          <th scope="col">${msg('Beraterin oder Berater')}</th>
          <th scope="col" class="no-print"><span class="visually-hidden">${msg('Aktion')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (i) => html`<tr class="status-${i.status}">
            ${showDate ? html`<td>${shortDay(berlinDate(new Date(i.startsAt)), locale)}</td>` : nothing}
            <td>${timeLabel(i.startsAt, locale)}–${timeLabel(i.endsAt, locale)}</td>
            <td><span class="status">${statusLabel(i.status)}</span></td>
            <td>${modeLabel(i.mode)}</td>
            <td>${topicLabel(i.topic)}</td>
            <td>${i.name ?? msg('(gelöscht)')}</td>
            <td>${i.advisorName}</td>
            <td class="no-print">
              <button class="button secondary small" type="button" data-appointment=${i.id} @click=${() => void this.open(i.id)}>
                ${msg('Details')}<span class="visually-hidden">: ${timeLabel(i.startsAt, locale)} ${i.name ?? ''}</span>
              </button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private heading(): string {
    const locale = this.host.deskLocale;
    if (this.range === 'today') return msg(str`Termine am ${dayLabel(this.from, locale)}`);
    if (this.range === 'week') return msg(str`Woche ab ${dayLabel(this.from, locale)}`);
    return msg(str`Die nächsten ${LIST_DAYS} Tage ab ${dayLabel(this.from, locale)}`);
  }

  render(): TemplateResult {
    const [previous, next] =
      this.range === 'today'
        ? [msg('Vorheriger Tag'), msg('Nächster Tag')]
        : this.range === 'week'
          ? [msg('Vorherige Woche'), msg('Nächste Woche')]
          : [msg('Früherer Zeitraum'), msg('Späterer Zeitraum')];
    return html`<section aria-labelledby="view-heading">
        <h2 id="view-heading" tabindex="-1">${this.heading()}</h2>
        <div class="toolbar no-print">
          <button class="button secondary" type="button" @click=${() => this.step(-1)}>${previous}</button>
          <button class="button secondary" type="button" @click=${() => this.step(1)}>${next}</button>
          ${this.range === 'list'
            ? html`<label class="inline">${msg('Status')}
                <select
                  id="status-filter"
                  @change=${(e: Event) => {
                    this.statusFilter = (e.target as HTMLSelectElement).value as AppointmentStatus | '';
                    void this.load();
                  }}
                >
                  <option value="" ?selected=${this.statusFilter === ''}>${msg('alle')}</option>
                  ${(['provisional', 'confirmed', 'cancelled', 'done', 'no-show', 'expired'] as const).map(
                    (s) => html`<option value=${s} ?selected=${this.statusFilter === s}>${statusLabel(s)}</option>`,
                  )}
                </select></label
              >`
            : nothing}
          <button class="button secondary" type="button" @click=${() => window.print()}>${msg('Liste drucken')}</button>
        </div>
        ${this.renderTable()}
      </section>
      ${this.renderDialog()}`;
  }

  private renderDialog(): TemplateResult {
    const d = this.detail;
    const locale = this.host.deskLocale;
    return html`<dialog id="appointment-dialog" aria-labelledby="dialog-heading" @close=${() => this.onDialogClosed()}>
      ${d
        ? html`<h2 id="dialog-heading" tabindex="-1">${msg(str`Termin ${d.reference}`)}</h2>
            ${this.dialogError ? html`<p id="dialog-error" class="notice error" role="alert" tabindex="-1">${this.dialogError}</p>` : nothing}
            <dl class="facts">
              <dt>${msg('Wann')}</dt>
              <dd>${dateTimeLabel(d.startsAt, locale)}–${timeLabel(d.endsAt, locale)}</dd>
              <dt>${msg('Status')}</dt>
              <dd data-status>${statusLabel(d.status)}</dd>
              <dt>${msg('Form und Thema')}</dt>
              <dd>${modeLabel(d.mode)}, ${topicLabel(d.topic)}</dd>
              <dt>${msg('Name')}</dt>
              <dd>${d.contact.name ?? msg('(gelöscht)')}</dd>
              <dt>${msg('E-Mail')}</dt>
              <dd>${d.contact.email ?? '–'}</dd>
              <dt>${msg('Telefon')}</dt>
              <dd>${d.contact.phone ?? '–'}</dd>
              <dt>${msg('Anliegen')}</dt>
              <dd>${d.note ?? '–'}</dd>
              ${d.cancelReason ? html`<dt>${msg('Absagegrund')}</dt><dd>${d.cancelReason}</dd>` : nothing}
            </dl>
            <div class="actions">
              ${d.canConfirm ? html`<button class="button" type="button" @click=${() => void this.act(() => this.host.api.confirm(d.id), msg('Termin bestätigt. Die Person erhält eine E-Mail.'))}>${msg('Bestätigen')}</button>` : nothing}
              ${d.canRecordOutcome
                ? html`<button class="button" type="button" @click=${() => void this.act(() => this.host.api.markDone(d.id), msg('Als erledigt eingetragen.'))}>${msg('Erledigt')}</button>
                    <button class="button secondary" type="button" @click=${() => void this.act(() => this.host.api.markNoShow(d.id), msg('Als nicht erschienen eingetragen.'))}>${msg('Nicht erschienen')}</button>`
                : nothing}
              ${d.canCancel && !this.cancelling
                ? html`<button class="button secondary" type="button" @click=${async () => {
                    this.cancelling = true;
                    this.host.requestUpdate();
                    await this.host.focusAfterRender('#cancel-message');
                  }}>${msg('Absagen …')}</button>`
                : nothing}
            </div>
            ${this.cancelling
              ? html`<form class="cancel" @submit=${(e: Event) => {
                  e.preventDefault();
                  void this.act(() => this.host.api.cancel(d.id, this.cancelMessage), msg('Termin abgesagt. Die Person erhält Ihre Nachricht per E-Mail.'));
                }}>
                  <label for="cancel-message">${msg('Nachricht an die Person (wird per E-Mail gesendet)')}</label>
                  <textarea id="cancel-message" required maxlength="500" rows="3" .value=${this.cancelMessage}
                    @input=${(e: Event) => (this.cancelMessage = (e.target as HTMLTextAreaElement).value)}></textarea>
                  <button class="button" type="submit">${msg('Absage senden')}</button>
                </form>`
              : nothing}
            <form class="note" @submit=${(e: Event) => {
              e.preventDefault();
              void this.act(() => this.host.api.saveNote(d.id, this.noteDraft), msg('Interne Notiz gespeichert.'));
            }}>
              <label for="internal-note">${msg('Interne Notiz (nur für die Beratungsstelle)')}</label>
              <textarea id="internal-note" maxlength="2000" rows="3" .value=${this.noteDraft}
                @input=${(e: Event) => (this.noteDraft = (e.target as HTMLTextAreaElement).value)}></textarea>
              <button class="button secondary" type="submit">${msg('Notiz speichern')}</button>
            </form>
            <button class="button link" type="button" @click=${() => this.close()}>${msg('Schließen')}</button>`
        : nothing}
    </dialog>`;
  }
}
