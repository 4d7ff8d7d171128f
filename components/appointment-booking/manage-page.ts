/**
 * The manage page of one booking (from the token in the address fragment): status, confirm, cancel
 * with a reason, reschedule with paging through the free days, .ics download, and "delete my data"
 * behind a native modal dialog. A controller of the booking element, loaded only in manage mode so
 * the booking flow does not carry it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ManagedBooking, Slot, SlotList } from '../../src/contract/bookings.ts';
import { bookingApi } from './booking-api.ts';
import { runRequest } from './request-state.ts';
import { bookingSummary } from './manage-view.ts';
import { pageFrom, slotPicker } from './slot-picker.ts';

/** The booking's layout comes with this chunk (the first booking step needs none of it). */
export { bookingStyles } from './appointment-booking.styles.ts';

/** What the page needs from the element that shows it. */
export interface ManageHost extends ReactiveControllerHost {
  readonly shadowRoot: ShadowRoot | null;
  /** Says `text` through the element's polite live region. */
  announce(text: string): void;
}

type View = 'overview' | 'cancel' | 'reschedule' | 'deleted';

const RESCHEDULE_DAYS = 14;

export class ManagePage implements ReactiveController {
  busy = false;
  failure = '';
  private booking?: ManagedBooking;
  private view: View = 'overview';
  private cancelReason = '';
  private slots?: SlotList | undefined;
  private firstFrom?: string;
  private day?: string | undefined;
  /** The button that opened the delete dialog: focus returns there when it closes. */
  private dialogInvoker?: HTMLElement | undefined;

  constructor(
    private readonly host: ManageHost,
    private readonly token: string | undefined,
    /** The page's language, read on each render (it may change). */
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.booking && !this.busy) void this.load();
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private run<T>(work: () => Promise<T>): Promise<T | undefined> {
    return runRequest(this, () => this.update(), work);
  }

  private async load(): Promise<void> {
    if (!this.token) {
      this.failure = msg('Dieser Link ist unvollständig. Bitte öffnen Sie den Link aus Ihrer E-Mail.');
      this.update();
      return;
    }
    const token = this.token;
    const booking = await this.run(() => bookingApi().view(token));
    if (booking) this.booking = booking;
    this.update();
  }

  private async act(work: (token: string) => Promise<ManagedBooking>, done: string): Promise<void> {
    const token = this.token!;
    const result = await this.run(() => work(token));
    if (!result) return;
    this.booking = result;
    this.view = 'overview';
    this.host.announce(done);
    this.update();
    await this.focus('[data-step-heading]');
  }

  private async downloadIcs(): Promise<void> {
    const text = await this.run(() => bookingApi().ics(this.token!));
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `termin-${this.booking?.reference ?? 'beratung'}.ics`;
    this.host.shadowRoot?.appendChild(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  }

  // Reschedule ---------------------------------------------------------------------------------

  private async loadSlots(from?: string): Promise<void> {
    const b = this.booking!;
    const slots = await this.run(() =>
      bookingApi().slots(b.centre.id, { topic: b.topic, mode: b.mode, days: RESCHEDULE_DAYS, ...(from ? { from } : {}) }),
    );
    if (!slots) return;
    this.slots = slots;
    this.firstFrom ??= slots.from;
    this.day = undefined;
    this.update();
  }

  private async openReschedule(): Promise<void> {
    this.view = 'reschedule';
    this.slots = undefined;
    this.firstFrom = undefined;
    this.update();
    await this.loadSlots();
    await this.focus('[data-step-heading]');
  }

  private async page(direction: 1 | -1): Promise<void> {
    if (!this.slots) return;
    await this.loadSlots(pageFrom(this.slots, direction));
    const free = this.slots.days.reduce((n, d) => n + d.slots.length, 0);
    this.host.announce(msg(str`${free} freie Termine in diesem Zeitraum.`));
    await this.focus('#days-heading');
  }

  private async chooseDay(day: string): Promise<void> {
    this.day = day;
    this.update();
    await this.focus('#slots-heading');
  }

  private reschedule(slot: Slot): Promise<void> {
    const b = this.booking!;
    return this.act(async (token) => {
      const hold = await bookingApi().hold({ centreId: b.centre.id, topic: b.topic, mode: b.mode, startsAt: slot.startsAt });
      return bookingApi().reschedule({ token, startsAt: hold.startsAt, holdToken: hold.holdToken });
    }, msg('Der Termin ist verschoben.'));
  }

  // Delete my data -------------------------------------------------------------------------------

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('#delete-dialog');
  }

  private openDeleteDialog(event: Event): void {
    this.dialogInvoker = event.currentTarget as HTMLElement;
    const dialog = this.dialog;
    if (!dialog) return;
    dialog.showModal();
    // The safe choice gets focus: Enter right away must not delete anything.
    dialog.querySelector<HTMLElement>('.keep')?.focus();
  }

  private onDialogClose(): void {
    if (this.view !== 'deleted') this.dialogInvoker?.focus();
    this.dialogInvoker = undefined;
  }

  private async deleteData(): Promise<void> {
    const token = this.token!;
    const deleted = await this.run(async () => {
      await bookingApi().deleteData(token);
      return true;
    });
    if (!deleted) {
      this.dialog?.close();
      return;
    }
    this.view = 'deleted';
    this.dialog?.close();
    this.host.announce(msg('Ihre Daten sind gelöscht.'));
    this.update();
    await this.focus('[data-step-heading]');
  }

  private renderDeleteDialog(): TemplateResult {
    return html`<dialog id="delete-dialog" aria-labelledby="delete-dialog-heading" aria-describedby="delete-dialog-text" @close=${() => this.onDialogClose()}>
      <h2 id="delete-dialog-heading">${msg('Wirklich alle Ihre Angaben löschen?')}</h2>
      <p id="delete-dialog-text">${msg('Name, Kontaktdaten und Nachricht werden sofort gelöscht. Ein noch ausstehender Termin wird dabei abgesagt. Das lässt sich nicht rückgängig machen.')}</p>
      <div class="actions">
        <button class="button keep" type="button" @click=${() => this.dialog?.close()}>${msg('Nein, nichts löschen')}</button>
        <button class="button secondary delete" type="button" ?disabled=${this.busy} @click=${() => void this.deleteData()}>${msg('Ja, Daten löschen')}</button>
      </div>
    </dialog>`;
  }

  // Views ----------------------------------------------------------------------------------------

  render(): TemplateResult {
    const b = this.booking;
    if (this.view === 'deleted') {
      return html`<h2 tabindex="-1" data-step-heading>${msg('Ihre Daten sind gelöscht')}</h2>
        <p>${msg('Name, Kontaktdaten und Nachricht sind gelöscht. Ein noch ausstehender Termin ist abgesagt. Dieser Link funktioniert nicht mehr.')}</p>`;
    }
    if (!b) return html`<h2 tabindex="-1" data-step-heading>${msg('Ihr Termin')}</h2>${this.failure ? nothing : html`<p>${msg('Lädt …')}</p>`}`;
    if (this.view === 'cancel') return this.renderCancel();
    if (this.view === 'reschedule') return this.renderReschedule(b);
    return html`<h2 tabindex="-1" data-step-heading>${msg('Ihr Termin')}</h2>
      ${bookingSummary(b, this.locale())}
      <div class="actions">
        ${b.canConfirm
          ? html`<button class="button confirm" type="button" ?disabled=${this.busy} @click=${() => void this.act((t) => bookingApi().confirm(t), msg('Der Termin ist bestätigt.'))}>${msg('Termin bestätigen')}</button>`
          : nothing}
        ${b.status === 'confirmed' || b.status === 'provisional'
          ? html`<button class="button secondary" type="button" @click=${() => void this.downloadIcs()}>${msg('In den Kalender (.ics)')}</button>`
          : nothing}
        ${b.canChange ? html`<button class="button secondary reschedule" type="button" @click=${() => void this.openReschedule()}>${msg('Verschieben')}</button>` : nothing}
        ${b.canChange
          ? html`<button class="button secondary cancel" type="button" @click=${async () => { this.view = 'cancel'; this.update(); await this.focus('[data-step-heading]'); }}>${msg('Absagen')}</button>`
          : nothing}
        <button class="button link delete-data" type="button" aria-haspopup="dialog" @click=${(e: Event) => this.openDeleteDialog(e)}>${msg('Meine Daten löschen')}</button>
      </div>
      ${this.renderDeleteDialog()}`;
  }

  private renderCancel(): TemplateResult {
    const submit = (e: Event) => {
      e.preventDefault();
      void this.act((t) => bookingApi().cancel(t, this.cancelReason.trim() || undefined), msg('Der Termin ist abgesagt.'));
    };
    return html`<h2 tabindex="-1" data-step-heading>${msg('Termin absagen')}</h2>
      <form @submit=${submit}>
        <div class="field">
          <label for="reason">${msg('Grund')} <span class="optional">${msg('(freiwillig)')}</span></label>
          <p class="hint" id="reason-hint">${msg('Hilft der Beratungsstelle bei der Planung. Bitte keine Angaben zur Gesundheit.')}</p>
          <textarea id="reason" maxlength="300" aria-describedby="reason-hint" .value=${this.cancelReason}
            @input=${(e: Event) => (this.cancelReason = (e.target as HTMLTextAreaElement).value)}></textarea>
        </div>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>${msg('Jetzt absagen')}</button>
          <button class="button link" type="button" @click=${async () => { this.view = 'overview'; this.update(); await this.focus('[data-step-heading]'); }}>${msg('Nicht absagen')}</button>
        </div>
      </form>`;
  }

  private renderReschedule(b: ManagedBooking): TemplateResult {
    const slots = this.slots;
    return html`<h2 tabindex="-1" data-step-heading>${msg('Termin verschieben')}</h2>
      <p>${msg('Ihr bisheriger Termin bleibt bestehen, bis der neue gesichert ist.')}</p>
      ${slots
        ? slotPicker({
            slots, mode: b.mode, day: this.day, selected: undefined, locale: this.locale(), busy: this.busy,
            onDay: (d) => void this.chooseDay(d),
            onSlot: (s) => void this.reschedule(s),
            onLater: () => void this.page(1),
            onEarlier: this.firstFrom && slots.from > this.firstFrom ? () => void this.page(-1) : undefined,
          })
        : html`<p>${msg('Lädt …')}</p>`}
      <p><button class="button link" type="button" @click=${async () => { this.view = 'overview'; this.update(); await this.focus('[data-step-heading]'); }}>${msg('Nicht verschieben')}</button></p>`;
  }
}
