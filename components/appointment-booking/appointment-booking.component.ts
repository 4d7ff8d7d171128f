/**
 * <soz-appointment-booking>: book a counselling appointment (centre → topic and mode → slot, held
 * with a visible countdown → minimal contact data → provisional booking with double opt-in), and,
 * with a `#token=` in the address or `mode="manage"`, the manage page of an existing booking.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ProblemError } from '../../src/api/index.ts';
import { newIdempotencyKey, solveProof } from '../../src/api/bookings.ts';
import type { BookingMode, ManagedBooking, Slot, SlotList } from '../../src/contract/bookings.ts';
import type { CentreSummary, Topic } from '../../src/contract/centres.ts';
import { getOrCreateActor } from '../../src/flows/actor-registry.ts';
import { ActorController } from '../ui/actor-controller.ts';
import { errorSummary, focusErrorSummary, type FieldError } from '../ui/error-summary.ts';
import { choiceField, textField } from '../ui/field.ts';
import { formStyles } from '../ui/form-styles.ts';
import { SozElement } from '../ui/soz-element.ts';
import { stepProgress } from '../ui/step-progress.ts';
import { bookingStyles } from './appointment-booking.styles.ts';
import { bookingApi, generalApi } from './booking-api.ts';
import { bookingFlow, heldSlot, type BookingStep } from './flow.ts';
import { clock, modeLabel, slotLabel, topicLabel } from './labels.ts';
import { bookingSummary } from './manage-view.ts';
import { slotPicker } from './slot-picker.ts';

const WARN_SECONDS = 60;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()/-]{6,30}$/;

/** "#termin?centre=<id>" as the counselling finder links it. */
function centreFromHash(hash: string): string | undefined {
  const match = /^#termin\?(.*)$/.exec(hash);
  return match ? (new URLSearchParams(match[1]).get('centre') ?? undefined) : undefined;
}
const tokenFromHash = (hash: string): string | undefined => /[#&]token=([A-Za-z0-9_-]{43})/.exec(hash)?.[1];

/**
 * @summary Appointment booking at a counselling centre, and the manage page of a booking.
 * @csspart root - The widget's outer container.
 * @csspart progress - The step indicator.
 * @csspart slot-picker - The list of days and slots.
 * @cssprop --soz-color-primary - Buttons and the chosen slot.
 * @event soz-book-appointment - Listened for on the document: `detail.centreId` preselects a centre.
 * @fires soz-booking-requested - A provisional booking was made. `detail: { reference }` (no personal data).
 */
export class SozAppointmentBooking extends SozElement {
  static override styles = [...SozElement.styles, formStyles, bookingStyles];

  /** Preselected centre (otherwise the citizen searches by PLZ, or the page's `#termin?centre=` link decides). */
  @property({ attribute: 'centre-id' }) centreId?: string;
  /** "manage": the manage page (token from the address fragment `#token=…`). */
  @property() mode?: 'book' | 'manage';
  /** Flow id: several widgets on one page keep separate flows. */
  @property({ attribute: 'flow-id' }) flowId = 'appointment-booking';

  @state() private busy = false;
  @state() private errors: FieldError[] = [];
  @state() private announcement = '';
  @state() private secondsLeft = 0;
  @state() private postalCode = '';
  @state() private centres?: CentreSummary[];
  @state() private topicChoice?: Topic;
  @state() private modeChoice?: BookingMode;
  @state() private failure = '';
  @state() private managed?: ManagedBooking;
  @state() private manageToken?: string;
  @state() private manageView: 'overview' | 'cancel' | 'reschedule' | 'deleted' = 'overview';
  @state() private cancelReason = '';
  @state() private rescheduleSlots?: SlotList | undefined;
  @state() private rescheduleDay?: string;

  private flow?: ActorController<ReturnType<typeof this.createFlow>>;
  private timer?: ReturnType<typeof setInterval>;
  private warned = false;
  private lastStep?: string;
  private readonly onBookEvent = (event: Event) => {
    const id = (event as CustomEvent<{ centreId?: string }>).detail?.centreId;
    if (id) this.chooseCentre(id);
  };
  private readonly onHash = () => {
    const id = centreFromHash(location.hash);
    if (id) this.chooseCentre(id);
  };

  private createFlow() {
    return getOrCreateActor(this.flowId, bookingFlow, { input: { centreId: this.centreId ?? centreFromHash(location.hash) } });
  }

  private get isManage(): boolean {
    return this.mode === 'manage' || !!tokenFromHash(location.hash);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.isManage) {
      this.manageToken = tokenFromHash(location.hash);
      void this.loadManaged();
      return;
    }
    this.flow ??= new ActorController(this, this.createFlow());
    document.addEventListener('soz-book-appointment', this.onBookEvent);
    window.addEventListener('hashchange', this.onHash);
    this.timer = setInterval(() => this.tick(), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('soz-book-appointment', this.onBookEvent);
    window.removeEventListener('hashchange', this.onHash);
    clearInterval(this.timer);
  }

  private get snapshot() {
    return this.flow!.snapshot;
  }

  private get step(): BookingStep {
    return this.snapshot.value as BookingStep;
  }

  private send(event: Parameters<ReturnType<typeof this.createFlow>['send']>[0]): void {
    this.flow!.actor.send(event);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.isManage) return;
    const step = this.step;
    if (this.lastStep !== undefined && this.lastStep !== step) void this.focusHeading();
    if (step === 'topic' && !this.snapshot.context.options && !this.busy) void this.loadOptions();
    if (step === 'slot' && !this.snapshot.context.slots && !this.busy) void this.loadSlots();
    this.lastStep = step;
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  private chooseCentre(centreId: string): void {
    if (this.isManage) return;
    this.send({ type: 'CENTRE', centreId });
    this.topicChoice = undefined;
    this.modeChoice = undefined;
  }

  private problemText(error: unknown): string {
    if (error instanceof ProblemError) return error.problem.detail ?? error.problem.title;
    return msg('Die Verbindung ist fehlgeschlagen. Bitte versuchen Sie es gleich noch einmal.');
  }

  private async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.failure = '';
    try {
      return await work();
    } catch (error) {
      this.failure = this.problemText(error);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  // Step 1: centre by PLZ --------------------------------------------------------------------

  private async searchCentres(event: Event): Promise<void> {
    event.preventDefault();
    if (!/^\d{5}$/.test(this.postalCode)) {
      this.errors = [{ fieldId: 'plz', message: msg('Bitte geben Sie eine Postleitzahl aus 5 Ziffern ein.') }];
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
      return;
    }
    this.errors = [];
    const found = await this.run(async () => {
      const places = (await generalApi().placesByPostalCode(this.postalCode)).items;
      const place = places[0]?.place;
      if (!place) return [];
      const page = await generalApi().searchCentres({ lat: place.lat, lon: place.lon, radiusKm: 30, limit: 50 });
      return page.items.filter((c) => c.onlineBooking);
    });
    this.centres = found ?? [];
    this.announcement = msg(str`${this.centres.length} Beratungsstellen mit Online-Terminen gefunden.`);
  }

  private renderCentre(): TemplateResult {
    return html`<h2 tabindex="-1" data-step-heading>${msg('Beratungsstelle wählen')}</h2>
      ${errorSummary(this.errors, this)}
      <form @submit=${this.searchCentres} novalidate>
        ${textField({
          id: 'plz',
          label: msg('Ihre Postleitzahl'),
          hint: msg('Wir zeigen Beratungsstellen in der Nähe, bei denen Sie online einen Termin buchen können.'),
          value: this.postalCode,
          inputmode: 'numeric',
          autocomplete: 'postal-code',
          maxlength: 5,
          width: 5,
          ...(this.errors[0] ? { error: this.errors[0].message } : {}),
          onInput: (v) => (this.postalCode = v.trim()),
        })}
        <button class="button" type="submit" ?disabled=${this.busy}>${msg('Suchen')}</button>
      </form>
      ${this.centres
        ? this.centres.length
          ? html`<ul class="centres">
              ${this.centres.map(
                (c) => html`<li>
                  <button type="button" class="button secondary" @click=${() => this.chooseCentre(c.id)}>
                    ${c.name}<br /><span>${c.street}, ${c.postalCode} ${c.city}</span>
                  </button>
                </li>`,
              )}
            </ul>`
          : html`<p>${msg('In der Nähe bietet keine Beratungsstelle Online-Termine an. Bitte rufen Sie eine Beratungsstelle an.')}</p>`
        : nothing}`;
  }

  // Step 2: topic and mode --------------------------------------------------------------------

  private async loadOptions(): Promise<void> {
    const centreId = this.snapshot.context.centreId!;
    const options = await this.run(() => bookingApi().options(centreId));
    if (!options) return;
    this.send({ type: 'OPTIONS', options });
    this.topicChoice ??= options.topics[0];
    this.modeChoice ??= options.modes[0];
  }

  private chooseTopic(event: Event): void {
    event.preventDefault();
    const options = this.snapshot.context.options;
    if (!options || !this.topicChoice || !this.modeChoice) return;
    this.send({ type: 'CHOOSE', topic: this.topicChoice, mode: this.modeChoice });
  }

  private renderTopic(): TemplateResult {
    const options = this.snapshot.context.options;
    return html`${stepProgress(1, 3, msg('Thema und Form'))}
      <h2 tabindex="-1" data-step-heading>${options ? msg(str`Termin bei ${options.centreName}`) : msg('Termin vereinbaren')}</h2>
      ${options && !options.onlineBooking
        ? html`<p class="notice">${msg('Bei dieser Beratungsstelle kann man keine Termine online buchen. Bitte rufen Sie dort an.')}</p>`
        : options
          ? html`<form @submit=${this.chooseTopic}>
              ${choiceField({
                id: 'topic',
                label: msg('Worum geht es?'),
                options: options.topics.map((t) => ({ value: t, label: topicLabel(t) })),
                value: this.topicChoice ? [this.topicChoice] : [],
                onChange: ([v]) => (this.topicChoice = v as Topic),
              })}
              ${choiceField({
                id: 'mode',
                label: msg('Wie möchten Sie beraten werden?'),
                options: options.modes.map((m) => ({ value: m, label: modeLabel(m) })),
                value: this.modeChoice ? [this.modeChoice] : [],
                onChange: ([v]) => (this.modeChoice = v as BookingMode),
              })}
              <div class="actions">
                <button class="button" type="submit">${msg('Weiter zu den Terminen')}</button>
                <button class="button link" type="button" @click=${() => this.send({ type: 'BACK' })}>${msg('Andere Beratungsstelle wählen')}</button>
              </div>
            </form>`
          : html`<p>${msg('Lädt …')}</p>`}`;
  }

  // Step 3: slot -----------------------------------------------------------------------------

  private async loadSlots(from?: string): Promise<void> {
    const { centreId, topic, mode } = this.snapshot.context;
    if (!centreId || !topic || !mode) return;
    const slots = await this.run(() => bookingApi().slots(centreId, { topic, mode, days: 14, ...(from ? { from } : {}) }));
    if (!slots) return;
    this.send({ type: 'SLOTS', slots });
    const total = slots.days.reduce((n, d) => n + d.slots.length, 0);
    this.announcement = msg(str`${total} freie Termine in den nächsten ${slots.days.length} Tagen.`);
  }

  private async chooseDay(day: string): Promise<void> {
    this.send({ type: 'DAY', day });
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#slots-heading')?.focus();
  }

  private async holdSlot(slot: Slot): Promise<void> {
    const { centreId, topic, mode } = this.snapshot.context;
    if (!centreId || !topic || !mode) return;
    this.busy = true;
    this.failure = '';
    try {
      const hold = await bookingApi().hold({ centreId, topic, mode, startsAt: slot.startsAt });
      this.warned = false;
      this.send({ type: 'HELD', hold });
      this.tick();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409) {
        this.send({ type: 'TAKEN' });
        this.announcement = msg('Dieser Termin wurde gerade vergeben. Bitte wählen Sie einen anderen.');
        this.busy = false;
        await this.loadSlots();
        return;
      }
      this.failure = this.problemText(error);
    } finally {
      this.busy = false;
    }
  }

  private laterDays(): void {
    const slots = this.snapshot.context.slots;
    const last = slots?.days.at(-1)?.date;
    if (!last) return;
    const next = new Date(`${last}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    void this.loadSlots(next.toISOString().slice(0, 10));
  }

  private renderSlot(): TemplateResult {
    const { slots, mode, day, notice, options } = this.snapshot.context;
    return html`${stepProgress(2, 3, msg('Termin'))}
      <h2 tabindex="-1" data-step-heading>${msg('Termin wählen')}</h2>
      ${notice === 'taken'
        ? html`<p class="notice" role="status">${msg('Dieser Termin wurde gerade vergeben. Ihre Angaben bleiben erhalten; bitte wählen Sie einen anderen Termin.')}</p>`
        : notice === 'expired'
          ? html`<p class="notice" role="status">${msg('Die Reservierung ist abgelaufen. Ihre Angaben bleiben erhalten; hier sind die nächsten freien Termine.')}</p>`
          : nothing}
      ${options ? html`<p>${msg(str`Wenn Sie einen Termin wählen, halten wir ihn ${Math.round(options.holdSeconds / 60)} Minuten für Sie frei.`)}</p>` : nothing}
      ${slots && mode
        ? slotPicker({
            slots, mode, day, selected: undefined, locale: this.locale, busy: this.busy,
            onDay: (d) => void this.chooseDay(d),
            onSlot: (s) => void this.holdSlot(s),
            onLater: () => this.laterDays(),
          })
        : html`<p>${msg('Lädt …')}</p>`}
      <p><button class="button link" type="button" @click=${() => this.send({ type: 'BACK' })}>${msg('Zurück zu Thema und Form')}</button></p>`;
  }

  // Step 4: contact data, with the hold countdown -------------------------------------------------

  private tick(): void {
    if (!this.flow || this.isManage) return;
    const hold = this.snapshot.context.hold;
    if (this.step !== 'details' || !hold) return;
    this.secondsLeft = Math.max(0, Math.round((Date.parse(hold.expiresAt) - Date.now()) / 1000));
    if (this.secondsLeft <= WARN_SECONDS && !this.warned) {
      this.warned = true;
      this.announcement = msg('Ihre Reservierung läuft in einer Minute ab. Sie können sie verlängern.');
    }
    if (this.secondsLeft === 0 && !this.busy) {
      this.send({ type: 'EXPIRED' });
      this.announcement = msg('Die Reservierung ist abgelaufen. Ihre Angaben bleiben erhalten.');
    }
  }

  private async extendHold(): Promise<void> {
    const hold = this.snapshot.context.hold;
    if (!hold) return;
    try {
      const { expiresAt } = await bookingApi().extendHold(hold.holdToken);
      this.send({ type: 'EXTENDED', expiresAt });
      this.warned = false;
      this.tick();
      this.announcement = msg('Die Reservierung ist verlängert.');
    } catch {
      this.send({ type: 'EXPIRED' });
    }
  }

  private validateContact(): FieldError[] {
    const c = this.snapshot.context.contact;
    const errors: FieldError[] = [];
    if (!c.name.trim()) errors.push({ fieldId: 'name', message: msg('Bitte geben Sie einen Namen an. Ein Vorname oder ein Fantasiename genügt.') });
    if (!c.email.trim() && !c.phone.trim()) errors.push({ fieldId: 'email', message: msg('Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.') });
    if (c.email.trim() && !EMAIL.test(c.email.trim())) errors.push({ fieldId: 'email', message: msg('Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.') });
    if (c.phone.trim() && (!PHONE.test(c.phone.trim()) || c.phone.replace(/\D/g, '').length < 6))
      errors.push({ fieldId: 'phone', message: msg('Bitte geben Sie eine Telefonnummer aus Ziffern an, zum Beispiel 0231 123456.') });
    if (c.note.length > 500) errors.push({ fieldId: 'note', message: msg('Die Nachricht darf höchstens 500 Zeichen lang sein.') });
    if (!c.consent) errors.push({ fieldId: 'consent', message: msg('Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.') });
    return errors;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const ctx = this.snapshot.context;
    this.errors = this.validateContact();
    if (this.errors.length || !ctx.hold) {
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
      return;
    }
    this.send({ type: 'SUBMITTING', idempotencyKey: newIdempotencyKey() });
    const hold = ctx.hold;
    const c = ctx.contact;
    this.busy = true;
    this.failure = '';
    this.announcement = msg('Ihre Buchung wird gesendet …');
    try {
      const proof = await solveProof(await bookingApi().challenge());
      if (!proof) throw new Error('proof');
      const receipt = await bookingApi().book(
        {
          centreId: hold.centreId, topic: hold.topic, mode: hold.mode, startsAt: hold.startsAt, holdToken: hold.holdToken,
          ...(this.tenant ? { tenant: this.tenant.ags } : {}),
          contact: { name: c.name.trim(), ...(c.email.trim() ? { email: c.email.trim() } : {}), ...(c.phone.trim() ? { phone: c.phone.trim() } : {}) },
          ...(c.note.trim() ? { note: c.note.trim() } : {}),
          consent: true,
          proof,
        },
        this.snapshot.context.idempotencyKey!,
      );
      this.send({ type: 'BOOKED', receipt });
      this.dispatchEvent(new CustomEvent('soz-booking-requested', { detail: { reference: receipt.reference }, bubbles: true, composed: true }));
    } catch (error) {
      if (error instanceof ProblemError && (error.status === 409 || error.status === 410)) {
        this.send({ type: 'TAKEN' });
        this.busy = false;
        await this.loadSlots();
        return;
      }
      if (error instanceof ProblemError && error.fieldErrors.length) {
        const known = new Set(['name', 'email', 'phone', 'note', 'consent']);
        this.errors = error.fieldErrors.map((e) => {
          const field = e.path.split('.').at(-1) ?? '';
          return { fieldId: known.has(field) ? field : 'name', message: e.message };
        });
        await this.updateComplete;
        focusErrorSummary(this.shadowRoot);
      } else {
        this.failure = this.problemText(error);
      }
    } finally {
      this.busy = false;
    }
  }

  private renderDetails(): TemplateResult {
    const { hold, contact, options } = this.snapshot.context;
    if (!hold) return html``;
    const warn = this.secondsLeft <= WARN_SECONDS;
    const error = (id: string) => this.errors.find((e) => e.fieldId === id)?.message;
    const privacy = this.tenant?.links.privacy;
    const set = (patch: Partial<typeof contact>) => this.send({ type: 'CONTACT', contact: patch });
    return html`${stepProgress(3, 3, msg('Ihre Angaben'))}
      <h2 tabindex="-1" data-step-heading>${msg('Ihre Angaben')}</h2>
      <div class="hold ${warn ? 'warning' : ''}">
        <p><strong>${slotLabel(heldSlot(hold), hold.mode, this.locale)}</strong></p>
        <p>
          ${msg('Für Sie reserviert noch')} <span class="countdown">${clock(this.secondsLeft)}</span> ${msg('Minuten.')}
          <button type="button" class="button secondary" @click=${() => void this.extendHold()}>${msg('Mehr Zeit')}</button>
        </p>
      </div>
      ${errorSummary(this.errors, this)}
      <form @submit=${this.submit} novalidate>
        ${textField({ id: 'name', label: msg('Name'), hint: msg('Ein Vorname oder ein Fantasiename genügt.'), value: contact.name, autocomplete: 'given-name', maxlength: 80, ...(error('name') ? { error: error('name')! } : {}), onInput: (v) => set({ name: v }) })}
        ${textField({ id: 'email', type: 'email', label: msg('E-Mail-Adresse'), hint: msg('Dorthin schicken wir den Link zum Bestätigen. Ohne E-Mail-Adresse geben Sie bitte eine Telefonnummer an.'), value: contact.email, autocomplete: 'email', required: false, ...(error('email') ? { error: error('email')! } : {}), onInput: (v) => set({ email: v }) })}
        ${textField({ id: 'phone', type: 'tel', label: msg('Telefonnummer'), value: contact.phone, autocomplete: 'tel', inputmode: 'tel', required: false, ...(error('phone') ? { error: error('phone')! } : {}), onInput: (v) => set({ phone: v }) })}
        <div class="field ${error('note') ? 'has-error' : ''}">
          <label for="note">${msg('Nachricht an die Beratungsstelle')} <span class="optional">${msg('(freiwillig)')}</span></label>
          <p class="hint" id="note-hint">${msg(str`Höchstens ${options?.noteMax ?? 500} Zeichen. Bitte schreiben Sie hier nichts über Ihre Gesundheit; das besprechen Sie besser im Termin.`)}</p>
          ${error('note') ? html`<p class="error-message" id="note-error">${error('note')}</p>` : nothing}
          <textarea id="note" name="note" maxlength="500" aria-describedby="note-hint${error('note') ? ' note-error' : ''}" .value=${contact.note}
            @input=${(e: Event) => set({ note: (e.target as HTMLTextAreaElement).value })}></textarea>
        </div>
        <div class="field ${error('consent') ? 'has-error' : ''}">
          ${error('consent') ? html`<p class="error-message" id="consent-error">${error('consent')}</p>` : nothing}
          <div class="choice">
            <input type="checkbox" id="consent" name="consent" .checked=${contact.consent} aria-describedby=${error('consent') ? 'consent-error' : nothing}
              @change=${(e: Event) => set({ consent: (e.target as HTMLInputElement).checked })} />
            <label for="consent">${msg('Ich bin einverstanden, dass die Beratungsstelle meine Angaben für diesen Termin verarbeitet. Sie werden spätestens 30 Tage nach dem Termin gelöscht.')}</label>
          </div>
          ${privacy ? html`<p><a href=${privacy} target="_blank" rel="noopener">${msg('Datenschutzhinweise lesen')}</a></p>` : nothing}
        </div>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>${msg('Termin verbindlich anfragen')}</button>
          <button class="button link" type="button" @click=${() => void this.releaseAndBack()}>${msg('Anderen Termin wählen')}</button>
        </div>
      </form>`;
  }

  private async releaseAndBack(): Promise<void> {
    const hold = this.snapshot.context.hold;
    this.send({ type: 'BACK' });
    if (hold) await bookingApi().releaseHold(hold.holdToken).catch(() => undefined);
  }

  // Step 5: done -----------------------------------------------------------------------------

  private renderDone(): TemplateResult {
    const receipt = this.snapshot.context.receipt!;
    const slot = { startsAt: receipt.startsAt, endsAt: receipt.endsAt, modes: [receipt.mode] };
    const manageHref = receipt.manageToken ? `${location.origin}/portal/termin/verwalten#token=${receipt.manageToken}` : undefined;
    return html`<h2 tabindex="-1" data-step-heading>${msg('Fast geschafft: Bitte bestätigen Sie den Termin')}</h2>
      <p><strong>${slotLabel(slot, receipt.mode, this.locale)}</strong><br />${receipt.centreName}</p>
      ${receipt.confirmVia === 'email'
        ? html`<p>${msg('Wir haben Ihnen eine E-Mail geschickt. Der Termin ist erst fest, wenn Sie den Link darin öffnen und bestätigen.')}</p>`
        : html`<p>${msg('Bestätigen Sie den Termin jetzt auf Ihrer Terminseite. Speichern Sie den Link: Nur damit können Sie den Termin später absagen oder verschieben.')}</p>
            <p><a class="button" href=${manageHref!}>${msg('Zur Terminseite')}</a></p>`}
      <p>${msg(str`Vorgangsnummer: ${receipt.reference}`)}</p>
      <p><button class="button link" type="button" @click=${() => this.send({ type: 'RESTART' })}>${msg('Weiteren Termin buchen')}</button></p>`;
  }

  // Manage page ------------------------------------------------------------------------------

  private async loadManaged(): Promise<void> {
    if (!this.manageToken) {
      this.failure = msg('Dieser Link ist unvollständig. Bitte öffnen Sie den Link aus Ihrer E-Mail.');
      return;
    }
    const token = this.manageToken;
    const view = await this.run(() => bookingApi().view(token));
    if (view) this.managed = view;
  }

  private async manageAction(work: (token: string) => Promise<ManagedBooking | void>, done: string): Promise<void> {
    const token = this.manageToken!;
    const result = await this.run(() => work(token));
    if (result) this.managed = result;
    if (!this.failure) {
      this.announcement = done;
      this.manageView = this.manageView === 'deleted' ? 'deleted' : 'overview';
      await this.focusHeading();
    }
  }

  private async downloadIcs(): Promise<void> {
    const text = await this.run(() => bookingApi().ics(this.manageToken!));
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `termin-${this.managed?.reference ?? 'beratung'}.ics`;
    this.shadowRoot?.appendChild(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  }

  private async openReschedule(): Promise<void> {
    const b = this.managed!;
    this.manageView = 'reschedule';
    this.rescheduleDay = undefined;
    this.rescheduleSlots = await this.run(() => bookingApi().slots(b.centre.id, { topic: b.topic, mode: b.mode, days: 14 }));
    await this.focusHeading();
  }

  private async reschedule(slot: Slot): Promise<void> {
    const b = this.managed!;
    await this.manageAction(async (token) => {
      const hold = await bookingApi().hold({ centreId: b.centre.id, topic: b.topic, mode: b.mode, startsAt: slot.startsAt });
      return bookingApi().reschedule({ token, startsAt: hold.startsAt, holdToken: hold.holdToken });
    }, msg('Der Termin ist verschoben.'));
  }

  private renderManage(): TemplateResult {
    const b = this.managed;
    if (this.manageView === 'deleted') {
      return html`<h2 tabindex="-1" data-step-heading>${msg('Ihre Daten sind gelöscht')}</h2>
        <p>${msg('Name, Kontaktdaten und Nachricht sind gelöscht. Ein noch ausstehender Termin ist abgesagt. Dieser Link funktioniert nicht mehr.')}</p>`;
    }
    if (!b) return html`<h2 tabindex="-1" data-step-heading>${msg('Ihr Termin')}</h2>${this.failure ? nothing : html`<p>${msg('Lädt …')}</p>`}`;
    if (this.manageView === 'cancel') {
      return html`<h2 tabindex="-1" data-step-heading>${msg('Termin absagen')}</h2>
        <form @submit=${(e: Event) => { e.preventDefault(); void this.manageAction((t) => bookingApi().cancel(t, this.cancelReason.trim() || undefined), msg('Der Termin ist abgesagt.')); }}>
          <div class="field">
            <label for="reason">${msg('Grund')} <span class="optional">${msg('(freiwillig)')}</span></label>
            <p class="hint" id="reason-hint">${msg('Hilft der Beratungsstelle bei der Planung. Bitte keine Angaben zur Gesundheit.')}</p>
            <textarea id="reason" maxlength="300" aria-describedby="reason-hint" .value=${this.cancelReason} @input=${(e: Event) => (this.cancelReason = (e.target as HTMLTextAreaElement).value)}></textarea>
          </div>
          <div class="actions">
            <button class="button" type="submit" ?disabled=${this.busy}>${msg('Jetzt absagen')}</button>
            <button class="button link" type="button" @click=${() => (this.manageView = 'overview')}>${msg('Nicht absagen')}</button>
          </div>
        </form>`;
    }
    if (this.manageView === 'reschedule') {
      return html`<h2 tabindex="-1" data-step-heading>${msg('Termin verschieben')}</h2>
        <p>${msg('Ihr bisheriger Termin bleibt bestehen, bis der neue gesichert ist.')}</p>
        ${this.rescheduleSlots
          ? slotPicker({
              slots: this.rescheduleSlots, mode: b.mode, day: this.rescheduleDay, selected: undefined, locale: this.locale, busy: this.busy,
              onDay: (d) => { this.rescheduleDay = d; void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#slots-heading')?.focus()); },
              onSlot: (s) => void this.reschedule(s),
              onLater: () => undefined,
            })
          : nothing}
        <p><button class="button link" type="button" @click=${() => (this.manageView = 'overview')}>${msg('Nicht verschieben')}</button></p>`;
    }
    return html`<h2 tabindex="-1" data-step-heading>${msg('Ihr Termin')}</h2>
      ${bookingSummary(b, this.locale)}
      <div class="actions">
        ${b.canConfirm ? html`<button class="button" type="button" ?disabled=${this.busy} @click=${() => void this.manageAction((t) => bookingApi().confirm(t), msg('Der Termin ist bestätigt.'))}>${msg('Termin bestätigen')}</button>` : nothing}
        ${b.status === 'confirmed' || b.status === 'provisional' ? html`<button class="button secondary" type="button" @click=${() => void this.downloadIcs()}>${msg('In den Kalender (.ics)')}</button>` : nothing}
        ${b.canChange ? html`<button class="button secondary" type="button" @click=${() => void this.openReschedule()}>${msg('Verschieben')}</button>` : nothing}
        ${b.canChange ? html`<button class="button secondary" type="button" @click=${async () => { this.manageView = 'cancel'; await this.focusHeading(); }}>${msg('Absagen')}</button>` : nothing}
        <button class="button link" type="button" @click=${() => void this.deleteData()}>${msg('Meine Daten löschen')}</button>
      </div>`;
  }

  private async deleteData(): Promise<void> {
    if (!confirm(msg('Wirklich alle Ihre Angaben löschen? Ein ausstehender Termin wird dabei abgesagt.'))) return;
    await this.run(() => bookingApi().deleteData(this.manageToken!));
    if (!this.failure) {
      this.manageView = 'deleted';
      this.announcement = msg('Ihre Daten sind gelöscht.');
      await this.focusHeading();
    }
  }

  override render(): TemplateResult {
    let body: TemplateResult;
    if (this.isManage) body = this.renderManage();
    else {
      const step = this.step;
      body =
        step === 'centre' ? this.renderCentre()
        : step === 'topic' ? this.renderTopic()
        : step === 'slot' ? this.renderSlot()
        : step === 'details' ? this.renderDetails()
        : this.renderDone();
    }
    return this.shell(html`<section class="booking" aria-label=${msg('Terminvereinbarung')}>
      ${body}
      ${this.failure ? html`<p class="notice error" role="alert">${this.failure}</p>` : nothing}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </section>`);
  }
}

