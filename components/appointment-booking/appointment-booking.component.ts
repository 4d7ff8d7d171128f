/**
 * <soz-appointment-booking>: book a counselling appointment (centre → topic and mode → slot, held
 * with a visible countdown → minimal contact data → provisional booking with double opt-in), and,
 * with a `#token=` in the address or `mode="manage"`, the manage page of an existing booking.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ProblemError } from '../../src/api/index.ts';
import { newIdempotencyKey } from '../../src/api/bookings.ts';
import type { BookingMode, Slot } from '../../src/contract/bookings.ts';
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
import type { ManagePage } from './manage-page.ts';
import { pageFrom, slotPicker } from './slot-picker.ts';

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
  /** The first day of the first page of slots (paging back stops there). */
  @state() private firstSlotsFrom?: string;

  /** The manage page, loaded on demand in manage mode. */
  @state() private manage?: ManagePage;

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
      // The booking flow never needs the manage page, so it comes in its own chunk.
      if (!this.manage) {
        void import('./manage-page.ts').then(({ ManagePage }) => {
          this.manage ??= new ManagePage(this, tokenFromHash(location.hash), () => this.locale);
        });
      }
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
    // The finder's "Termin buchen" both fires the event and changes the hash: one choice, not two.
    if (this.step === 'topic' && this.snapshot.context.centreId === centreId) return;
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
    if (!from) this.firstSlotsFrom = slots.from;
    this.send({ type: 'SLOTS', slots });
    const total = slots.days.reduce((n, d) => n + d.slots.length, 0);
    this.announcement = from
      ? msg(str`${total} freie Termine in diesem Zeitraum.`)
      : msg(str`${total} freie Termine in den nächsten ${slots.days.length} Tagen.`);
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

  /** Pages through the booking horizon, then puts focus on the new list of days. */
  private async pageSlots(direction: 1 | -1): Promise<void> {
    const slots = this.snapshot.context.slots;
    if (!slots) return;
    await this.loadSlots(pageFrom(slots, direction));
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#days-heading')?.focus();
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
            onLater: () => void this.pageSlots(1),
            onEarlier: this.firstSlotsFrom && slots.from > this.firstSlotsFrom ? () => void this.pageSlots(-1) : undefined,
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
      const [{ solveProof }, challenge] = await Promise.all([import('../../src/api/proof-of-work.ts'), bookingApi().challenge()]);
      const proof = await solveProof(challenge);
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
    // The same period the retention job applies (tenant setting, else the platform default of 30 days).
    const retentionDays = this.tenant?.booking?.retentionDays ?? 30;
    const set = (patch: Partial<typeof contact>) => this.send({ type: 'CONTACT', contact: patch });
    return html`${stepProgress(3, 3, msg('Ihre Angaben'))}
      <h2 tabindex="-1" data-step-heading>${msg('Ihre Angaben')}</h2>
      <div class="hold ${warn ? 'warning' : ''}">
        <p><strong>${slotLabel(heldSlot(hold), hold.mode, this.locale)}</strong></p>
        <p>
          ${msg(html`Für Sie reserviert noch <span class="countdown">${clock(this.secondsLeft)}</span> Minuten.`)}
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
            <label for="consent">${msg(str`Ich bin einverstanden, dass die Beratungsstelle meine Angaben für diesen Termin verarbeitet. Sie werden spätestens ${retentionDays} Tage nach dem Termin gelöscht.`)}</label>
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

  private get failureText(): string {
    return this.manage?.failure || this.failure;
  }

  /** For the manage page: says `text` through the live region. */
  announce(text: string): void {
    this.announcement = text;
  }

  override render(): TemplateResult {
    let body: TemplateResult;
    if (this.isManage) body = this.manage?.render() ?? html`<h2 tabindex="-1" data-step-heading>${msg('Ihr Termin')}</h2><p>${msg('Lädt …')}</p>`;
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
      ${this.failureText ? html`<p class="notice error" role="alert">${this.failureText}</p>` : nothing}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </section>`);
  }
}

