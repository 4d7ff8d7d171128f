/**
 * Everything of the booking after its first render: the centre search, then topic and mode, slot
 * (held, with its countdown), contact data and the confirmation request, as a controller of the
 * booking element. Its own chunk, prefetched when the browser is idle: each of these steps waits
 * for an answer of the API anyway.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { createApiClient, ProblemError } from '../../src/api/index.ts';
import { newIdempotencyKey } from '../../src/api/bookings.ts';
import type { BookingMode, Slot } from '../../src/contract/bookings.ts';
import type { CentreSummary, Topic } from '../../src/contract/centres.ts';
import type { ResolvedTenant } from '../../src/tenant/schema.ts';
import { apiBase } from '../../src/tenant/store.ts';
import { errorSummary, focusErrorSummary, type FieldError } from '../ui/error-summary.ts';
import { choiceField, textField } from '../ui/field.ts';
import { stepProgress } from '../ui/step-progress.ts';
import { bookingApi } from './booking-api.ts';
import { runRequest } from './request-state.ts';
import { heldSlot, type BookingContext, type BookingEvent } from './flow.ts';
import { clock, modeLabel, problemText, slotLabel, topicLabel } from './labels.ts';
import { pageFrom, slotPicker } from './slot-picker.ts';

/** The booking's layout comes with this chunk (the first step, the centre search, needs none of it). */
export { bookingStyles } from './appointment-booking.styles.ts';

/** Centres near a PLZ that take online bookings (step 1, whose form the element renders itself). */
export async function findCentres(postalCode: string): Promise<CentreSummary[]> {
  const api = createApiClient({ baseUrl: apiBase() });
  const place = (await api.placesByPostalCode(postalCode)).items[0]?.place;
  if (!place) return [];
  const page = await api.searchCentres({ lat: place.lat, lon: place.lon, radiusKm: 30, limit: 50 });
  return page.items.filter((c) => c.onlineBooking);
}

// The component reaches it through this lazily loaded module.
export { problemText };

const WARN_SECONDS = 60;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()/-]{6,30}$/;

/** What the steps need from the element that shows them. */
export interface StepsHost extends ReactiveControllerHost {
  readonly shadowRoot: ShadowRoot | null;
  /** Says `text` through the element's polite live region. */
  announce(text: string): void;
  dispatchEvent(event: Event): boolean;
}

/** The element's flow, its language and tenant, read on each use. */
export interface StepsContext {
  context(): BookingContext;
  step(): string;
  send(event: BookingEvent): void;
  locale(): string;
  tenant(): ResolvedTenant | undefined;
}

export class BookingSteps implements ReactiveController {
  busy = false;
  failure = '';
  private errors: FieldError[] = [];
  private secondsLeft = 0;
  private topicChoice?: Topic | undefined;
  private modeChoice?: BookingMode | undefined;
  /** The first day of the first page of slots (paging back stops there). */
  private firstSlotsFrom?: string;
  private timer?: ReturnType<typeof setInterval>;
  private warned = false;
  /** Topics or slots that could not be loaded (step and centre): no automatic retry, the citizen decides. */
  private failedLoad?: string | undefined;

  constructor(
    private readonly host: StepsHost,
    private readonly flow: StepsContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.syncTicking();
  }

  hostDisconnected(): void {
    this.stopTicking();
  }

  hostUpdated(): void {
    const step = this.flow.step();
    this.syncTicking();
    if (this.busy || this.failedLoad === this.loadKey()) return;
    if (step === 'topic' && !this.flow.context().options) void this.loadOptions();
    if (step === 'slot' && !this.flow.context().slots) void this.loadSlots();
  }

  private loadKey(): string {
    return `${this.flow.step()}:${this.flow.context().centreId}`;
  }

  /** Instead of "Lädt …" once loading failed: the failure is shown above, this tries again. */
  private retryButton(): TemplateResult {
    const retry = () => {
      this.failedLoad = undefined;
      this.update();
    };
    return html`<p><button type="button" class="button" @click=${retry}>${msg('Erneut versuchen')}</button></p>`;
  }

  /** Another centre was chosen: its topics and modes will differ. */
  centreChanged(): void {
    this.topicChoice = undefined;
    this.modeChoice = undefined;
    this.failedLoad = undefined;
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private run<T>(work: () => Promise<T>): Promise<T | undefined> {
    return runRequest(this, () => this.update(), work);
  }

  render(step: string): TemplateResult {
    return step === 'topic' ? this.renderTopic() : step === 'slot' ? this.renderSlot() : step === 'details' ? this.renderDetails() : this.renderDone();
  }

  // Step 2: topic and mode --------------------------------------------------------------------

  private async loadOptions(): Promise<void> {
    const centreId = this.flow.context().centreId!;
    const options = await this.run(() => bookingApi().options(centreId));
    if (options) this.flow.send({ type: 'OPTIONS', options });
    else this.failedLoad = this.loadKey();
  }

  private chooseTopic(event: Event): void {
    event.preventDefault();
    const options = this.flow.context().options;
    const topic = this.topicChoice ?? options?.topics[0];
    const mode = this.modeChoice ?? options?.modes[0];
    if (!options || !topic || !mode) return;
    this.flow.send({ type: 'CHOOSE', topic, mode });
  }

  private renderTopic(): TemplateResult {
    const options = this.flow.context().options;
    const topic = this.topicChoice ?? options?.topics[0];
    const mode = this.modeChoice ?? options?.modes[0];
    return html`${stepProgress(1, 3, msg('Thema und Form'))}
      <h2 tabindex="-1" data-step-heading>${options ? msg(str`Termin bei ${options.centreName}`) : msg('Termin vereinbaren')}</h2>
      ${options && !options.onlineBooking
        ? html`<p class="notice">${msg('Bei dieser Beratungsstelle kann man keine Termine online buchen. Bitte rufen Sie dort an.')}</p>`
        : options
          ? html`<form @submit=${(e: Event) => this.chooseTopic(e)}>
              ${choiceField({
                id: 'topic',
                label: msg('Worum geht es?'),
                options: options.topics.map((t) => ({ value: t, label: topicLabel(t) })),
                value: topic ? [topic] : [],
                onChange: ([v]) => (this.topicChoice = v as Topic),
              })}
              ${choiceField({
                id: 'mode',
                label: msg('Wie möchten Sie beraten werden?'),
                options: options.modes.map((m) => ({ value: m, label: modeLabel(m) })),
                value: mode ? [mode] : [],
                onChange: ([v]) => (this.modeChoice = v as BookingMode),
              })}
              <div class="actions">
                <button class="button" type="submit">${msg('Weiter zu den Terminen')}</button>
                <button class="button link" type="button" @click=${() => this.flow.send({ type: 'BACK' })}>${msg('Andere Beratungsstelle wählen')}</button>
              </div>
            </form>`
          : this.failedLoad
            ? this.retryButton()
            : html`<p>${msg('Lädt …')}</p>`}`;
  }

  // Step 3: slot -----------------------------------------------------------------------------

  private async loadSlots(from?: string): Promise<void> {
    const { centreId, topic, mode } = this.flow.context();
    if (!centreId || !topic || !mode) return;
    const slots = await this.run(() => bookingApi().slots(centreId, { topic, mode, days: 14, ...(from ? { from } : {}) }));
    if (!slots) {
      if (!from) this.failedLoad = this.loadKey();
      return;
    }
    if (!from) this.firstSlotsFrom = slots.from;
    this.flow.send({ type: 'SLOTS', slots });
    const total = slots.days.reduce((n, d) => n + d.slots.length, 0);
    this.host.announce(
      from ? msg(str`${total} freie Termine in diesem Zeitraum.`) : msg(str`${total} freie Termine in den nächsten ${slots.days.length} Tagen.`),
    );
  }

  private async chooseDay(day: string): Promise<void> {
    this.flow.send({ type: 'DAY', day });
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('#slots-heading')?.focus();
  }

  private async holdSlot(slot: Slot): Promise<void> {
    const { centreId, topic, mode } = this.flow.context();
    if (!centreId || !topic || !mode) return;
    this.busy = true;
    this.failure = '';
    this.update();
    try {
      const hold = await bookingApi().hold({ centreId, topic, mode, startsAt: slot.startsAt });
      this.warned = false;
      this.flow.send({ type: 'HELD', hold });
      this.tick();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409) {
        this.flow.send({ type: 'TAKEN' });
        this.host.announce(msg('Dieser Termin wurde gerade vergeben. Bitte wählen Sie einen anderen.'));
        this.busy = false;
        await this.loadSlots();
        return;
      }
      this.failure = problemText(error);
    } finally {
      this.busy = false;
      this.update();
    }
  }

  /** Pages through the booking horizon, then puts focus on the new list of days. */
  private async pageSlots(direction: 1 | -1): Promise<void> {
    const slots = this.flow.context().slots;
    if (!slots) return;
    await this.loadSlots(pageFrom(slots, direction));
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('#days-heading')?.focus();
  }

  private renderSlot(): TemplateResult {
    const { slots, mode, day, notice, options } = this.flow.context();
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
            slots, mode, day, selected: undefined, locale: this.flow.locale(), busy: this.busy,
            onDay: (d) => void this.chooseDay(d),
            onSlot: (s) => void this.holdSlot(s),
            onLater: () => void this.pageSlots(1),
            onEarlier: this.firstSlotsFrom && slots.from > this.firstSlotsFrom ? () => void this.pageSlots(-1) : undefined,
          })
        : this.failedLoad
          ? this.retryButton()
          : html`<p>${msg('Lädt …')}</p>`}
      <p><button class="button link" type="button" @click=${() => this.flow.send({ type: 'BACK' })}>${msg('Zurück zu Thema und Form')}</button></p>`;
  }

  // Step 4: contact data, with the hold countdown -------------------------------------------------

  /**
   * The countdown runs only while a slot is held on the contact-data step: a timer firing every
   * second on every page that embeds the widget would wake a phone's CPU for nothing.
   */
  private syncTicking(): void {
    if (this.flow.step() === 'details' && this.flow.context().hold) this.timer ??= setInterval(() => this.tick(), 1000);
    else this.stopTicking();
  }

  private stopTicking(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    const hold = this.flow.context().hold;
    if (this.flow.step() !== 'details' || !hold) return;
    this.secondsLeft = Math.max(0, Math.round((Date.parse(hold.expiresAt) - Date.now()) / 1000));
    this.update();
    if (this.secondsLeft <= WARN_SECONDS && !this.warned) {
      this.warned = true;
      this.host.announce(msg('Ihre Reservierung läuft in einer Minute ab. Sie können sie verlängern.'));
    }
    if (this.secondsLeft === 0 && !this.busy) {
      this.flow.send({ type: 'EXPIRED' });
      this.host.announce(msg('Die Reservierung ist abgelaufen. Ihre Angaben bleiben erhalten.'));
    }
  }

  private async extendHold(): Promise<void> {
    const hold = this.flow.context().hold;
    if (!hold) return;
    try {
      const { expiresAt } = await bookingApi().extendHold(hold.holdToken);
      this.flow.send({ type: 'EXTENDED', expiresAt });
      this.warned = false;
      this.tick();
      this.host.announce(msg('Die Reservierung ist verlängert.'));
    } catch {
      this.flow.send({ type: 'EXPIRED' });
    }
  }

  private validateContact(): FieldError[] {
    const c = this.flow.context().contact;
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

  private async showErrors(errors: FieldError[]): Promise<void> {
    this.errors = errors;
    this.update();
    await this.host.updateComplete;
    focusErrorSummary(this.host.shadowRoot);
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const ctx = this.flow.context();
    const errors = this.validateContact();
    if (errors.length || !ctx.hold) {
      await this.showErrors(errors);
      return;
    }
    this.errors = [];
    this.flow.send({ type: 'SUBMITTING', idempotencyKey: newIdempotencyKey() });
    const hold = ctx.hold;
    const c = ctx.contact;
    const tenant = this.flow.tenant();
    this.busy = true;
    this.failure = '';
    this.update();
    this.host.announce(msg('Ihre Buchung wird gesendet …'));
    try {
      const [{ solveProof }, challenge] = await Promise.all([import('../../src/api/proof-of-work.ts'), bookingApi().challenge()]);
      const proof = await solveProof(challenge);
      if (!proof) throw new Error('proof');
      const receipt = await bookingApi().book(
        {
          centreId: hold.centreId, topic: hold.topic, mode: hold.mode, startsAt: hold.startsAt, holdToken: hold.holdToken,
          ...(tenant ? { tenant: tenant.ags } : {}),
          contact: { name: c.name.trim(), ...(c.email.trim() ? { email: c.email.trim() } : {}), ...(c.phone.trim() ? { phone: c.phone.trim() } : {}) },
          ...(c.note.trim() ? { note: c.note.trim() } : {}),
          consent: true,
          proof,
        },
        this.flow.context().idempotencyKey!,
      );
      this.flow.send({ type: 'BOOKED', receipt });
      this.host.dispatchEvent(new CustomEvent('soz-booking-requested', { detail: { reference: receipt.reference }, bubbles: true, composed: true }));
    } catch (error) {
      if (error instanceof ProblemError && (error.status === 409 || error.status === 410)) {
        this.flow.send({ type: 'TAKEN' });
        this.busy = false;
        await this.loadSlots();
        return;
      }
      if (error instanceof ProblemError && error.fieldErrors.length) {
        const known = new Set(['name', 'email', 'phone', 'note', 'consent']);
        await this.showErrors(
          error.fieldErrors.map((e) => {
            const field = e.path.split('.').at(-1) ?? '';
            return { fieldId: known.has(field) ? field : 'name', message: e.message };
          }),
        );
      } else {
        this.failure = problemText(error);
      }
    } finally {
      this.busy = false;
      this.update();
    }
  }

  private renderDetails(): TemplateResult {
    const { hold, contact, options } = this.flow.context();
    if (!hold) return html``;
    const warn = this.secondsLeft <= WARN_SECONDS;
    const error = (id: string) => this.errors.find((e) => e.fieldId === id)?.message;
    const tenant = this.flow.tenant();
    const privacy = tenant?.links.privacy;
    // The same period the retention job applies (tenant setting, else the platform default of 30 days).
    const retentionDays = tenant?.booking?.retentionDays ?? 30;
    const set = (patch: Partial<typeof contact>) => this.flow.send({ type: 'CONTACT', contact: patch });
    return html`${stepProgress(3, 3, msg('Ihre Angaben'))}
      <h2 tabindex="-1" data-step-heading>${msg('Ihre Angaben')}</h2>
      <div class="hold ${warn ? 'warning' : ''}">
        <p><strong>${slotLabel(heldSlot(hold), hold.mode, this.flow.locale())}</strong></p>
        <p>
          ${msg(html`Für Sie reserviert noch <span class="countdown">${clock(this.secondsLeft)}</span> Minuten.`)}
          <button type="button" class="button secondary" @click=${() => void this.extendHold()}>${msg('Mehr Zeit')}</button>
        </p>
      </div>
      ${errorSummary(this.errors, this.host)}
      <form @submit=${(e: Event) => void this.submit(e)} novalidate>
        ${textField({ id: 'name', label: msg('Name'), hint: msg('Ein Vorname oder ein Fantasiename genügt.'), value: contact.name, autocomplete: 'given-name', maxlength: 80, ...(error('name') ? { error: error('name')! } : {}), onInput: (v) => set({ name: v }) })}
        ${textField({ id: 'email', type: 'email', label: msg('E-Mail-Adresse'), hint: msg('Dorthin schicken wir den Link zum Bestätigen. Ohne E-Mail-Adresse geben Sie bitte eine Telefonnummer an.'), value: contact.email, autocomplete: 'email', required: false, ...(error('email') ? { error: error('email')! } : {}), onInput: (v) => set({ email: v }) })}
        ${textField({ id: 'phone', type: 'tel', label: msg('Telefonnummer'), value: contact.phone, autocomplete: 'tel', inputmode: 'tel', required: false, ...(error('phone') ? { error: error('phone')! } : {}), onInput: (v) => set({ phone: v }) })}
        <div class="field ${error('note') ? 'has-error' : ''}">
          <label for="note">${msg('Nachricht an die Beratungsstelle')} <span class="optional">${msg('(freiwillig)')}</span></label>
          <p class="hint" id="note-hint">${msg(str`Höchstens ${options?.noteMax ?? 500} Zeichen. Bitte schreiben Sie hier nichts über Ihre Gesundheit; das besprechen Sie besser im Termin.`)}</p>
          ${error('note') ? html`<p class="error-message" id="note-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${error('note')}</p>` : nothing}
          <textarea id="note" name="note" maxlength="500" aria-describedby="note-hint${error('note') ? ' note-error' : ''}" .value=${contact.note}
            @input=${(e: Event) => set({ note: (e.target as HTMLTextAreaElement).value })}></textarea>
        </div>
        <div class="field ${error('consent') ? 'has-error' : ''}">
          ${error('consent') ? html`<p class="error-message" id="consent-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${error('consent')}</p>` : nothing}
          <div class="choice">
            <input type="checkbox" id="consent" name="consent" .checked=${contact.consent} aria-describedby=${error('consent') ? 'consent-error' : nothing}
              @change=${(e: Event) => set({ consent: (e.target as HTMLInputElement).checked })} />
            <label for="consent">${msg(str`Ich bin einverstanden, dass die Beratungsstelle meine Angaben für diesen Termin verarbeitet. Sie werden spätestens ${retentionDays} Tage nach dem Termin gelöscht.`)}</label>
          </div>
          ${privacy ? html`<p><a href=${privacy} target="_blank" rel="noopener">${msg('Datenschutzhinweise lesen')}<span class="visually-hidden"> ${msg('(öffnet ein neues Fenster)')}</span></a></p>` : nothing}
        </div>
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>${msg('Termin verbindlich anfragen')}</button>
          <button class="button link" type="button" @click=${() => void this.releaseAndBack()}>${msg('Anderen Termin wählen')}</button>
        </div>
      </form>`;
  }

  private async releaseAndBack(): Promise<void> {
    const hold = this.flow.context().hold;
    this.flow.send({ type: 'BACK' });
    if (hold) await bookingApi().releaseHold(hold.holdToken).catch(() => undefined);
  }

  // Step 5: done -----------------------------------------------------------------------------

  private renderDone(): TemplateResult {
    const receipt = this.flow.context().receipt!;
    const slot = { startsAt: receipt.startsAt, endsAt: receipt.endsAt, modes: [receipt.mode] };
    const manageHref = receipt.manageToken ? `${location.origin}/portal/termin/verwalten#token=${receipt.manageToken}` : undefined;
    return html`<h2 tabindex="-1" data-step-heading>${msg('Fast geschafft: Bitte bestätigen Sie den Termin')}</h2>
      <p><strong>${slotLabel(slot, receipt.mode, this.flow.locale())}</strong><br />${receipt.centreName}</p>
      ${receipt.confirmVia === 'email'
        ? html`<p>${msg('Wir haben Ihnen eine E-Mail geschickt. Der Termin ist erst fest, wenn Sie den Link darin öffnen und bestätigen.')}</p>`
        : html`<p>${msg('Bestätigen Sie den Termin jetzt auf Ihrer Terminseite. Speichern Sie den Link: Nur damit können Sie den Termin später absagen oder verschieben.')}</p>
            <p><a class="button" href=${manageHref!}>${msg('Zur Terminseite')}</a></p>`}
      <p>${msg(str`Vorgangsnummer: ${receipt.reference}`)}</p>
      <p><button class="button link" type="button" @click=${() => this.flow.send({ type: 'RESTART' })}>${msg('Weiteren Termin buchen')}</button></p>`;
  }
}
