/**
 * <soz-appointment-booking>: book a counselling appointment (centre → topic and mode → slot, held
 * with a visible countdown → minimal contact data → provisional booking with double opt-in), and,
 * with a `#token=` in the address or `mode="manage"`, the manage page of an existing booking.
 */
import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { CentreSummary } from '../../src/contract/centres.ts';
import { getOrCreateActor } from '../../src/flows/actor-registry.ts';
import { ActorController } from '../ui/actor-controller.ts';
import { errorSummary, focusErrorSummary, type FieldError } from '../ui/error-summary.ts';
import { textField } from '../ui/field.ts';
import { formStyles } from '../ui/form-styles.ts';
import { SozElement } from '../ui/soz-element.ts';
import type { BookingSteps } from './booking-steps.ts';
import { bookingFlow, type BookingStep } from './flow.ts';
import type { ManagePage } from './manage-page.ts';

/**
 * Everything after the first render (the centre search and the steps after it) comes in its own
 * chunk: each step waits for the API anyway. (A plain import(), not src/flows/lazy-part.ts: a
 * shared chunk of its own would cost this widget more than the few lines it saves.)
 */
const loadLaterSteps = () => import('./booking-steps.ts');

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
  static override styles = [...SozElement.styles, formStyles];

  /** Preselected centre (otherwise the citizen searches by PLZ, or the page's `#termin?centre=` link decides). */
  @property({ attribute: 'centre-id' }) centreId?: string;
  /** "manage": the manage page (token from the address fragment `#token=…`). */
  @property() mode?: 'book' | 'manage';
  /** Flow id: several widgets on one page keep separate flows. */
  @property({ attribute: 'flow-id' }) flowId = 'appointment-booking';

  @state() private busy = false;
  @state() private errors: FieldError[] = [];
  @state() private announcement = '';
  @state() private postalCode = '';
  @state() private centres?: CentreSummary[];
  @state() private failure = '';
  /** Loading the later steps failed: say so and offer to try again (the flow keeps every choice). */
  @state() private stepsFailed = false;

  /** The manage page, loaded on demand in manage mode. */
  @state() private manage?: ManagePage;
  /** The steps after the centre, loaded on demand (see booking-steps.ts). */
  @state() private steps?: BookingSteps;
  private stepsLoading?: Promise<unknown>;
  /** The booking's layout (appointment-booking.styles.ts), which comes with the later steps or the manage page. */
  private lateStyles?: CSSResult;

  private flow?: ActorController<ReturnType<typeof this.createFlow>>;
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
        void import('./manage-page.ts').then(({ ManagePage, bookingStyles }) => {
          this.lateStyles = bookingStyles;
          this.manage ??= new ManagePage(this, tokenFromHash(location.hash), () => this.locale);
        });
      }
      return;
    }
    this.flow ??= new ActorController(this, this.createFlow());
    document.addEventListener('soz-book-appointment', this.onBookEvent);
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('soz-book-appointment', this.onBookEvent);
    window.removeEventListener('hashchange', this.onHash);
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

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.isManage) return;
    // Right away when the first step needs them, else once the browser is idle.
    if (this.step !== 'centre') void this.loadSteps();
    else if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadLaterSteps().catch(() => undefined), { timeout: 2000 });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.adoptLateStyles();
    if (this.isManage) return;
    const step = this.step;
    if (this.lastStep !== undefined && this.lastStep !== step) void this.focusHeading();
    if (step !== 'centre' && !this.steps && !this.stepsLoading && !this.stepsFailed) void this.loadSteps();
    this.lastStep = step;
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  /** Loads the later steps; if the page shows their placeholder with focus, focus moves to the real heading. */
  private async loadSteps(): Promise<void> {
    this.stepsFailed = false;
    // A failed import() is tried afresh on the next call.
    const loading = loadLaterSteps();
    this.stepsLoading = loading;
    try {
      const { BookingSteps, bookingStyles } = await loading;
      this.lateStyles = bookingStyles;
      const placeholderFocused = this.shadowRoot?.activeElement?.hasAttribute('data-steps-placeholder') ?? false;
      this.steps ??= new BookingSteps(this, {
        context: () => this.snapshot.context,
        step: () => this.step,
        send: (event) => this.send(event),
        locale: () => this.locale,
        tenant: () => this.tenant,
      });
      if (placeholderFocused) void this.focusHeading();
    } catch {
      this.stepsFailed = true;
    } finally {
      this.stepsLoading = undefined;
    }
  }

  private adoptLateStyles(): void {
    const root = this.shadowRoot;
    const sheet = this.lateStyles?.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Also waits for the later steps while they load, so that `updateComplete` means: the step is shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = this.stepsLoading;
    if (!loading) return done;
    await loading.catch(() => undefined);
    return this.getUpdateComplete();
  }

  private chooseCentre(centreId: string): void {
    if (this.isManage) return;
    // The finder's "Termin buchen" both fires the event and changes the hash: one choice, not two.
    if (this.step === 'topic' && this.snapshot.context.centreId === centreId) return;
    this.send({ type: 'CENTRE', centreId });
    this.steps?.centreChanged();
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
    this.busy = true;
    this.failure = '';
    let found: CentreSummary[] = [];
    try {
      const steps = await loadLaterSteps();
      this.lateStyles = steps.bookingStyles;
      found = await steps.findCentres(this.postalCode).catch((error: unknown) => {
        this.failure = steps.problemText(error);
        return [];
      });
    } catch {
      this.failure = msg('Die Verbindung ist fehlgeschlagen. Bitte versuchen Sie es gleich noch einmal.');
    } finally {
      this.busy = false;
    }
    this.centres = found;
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

  /** Until the later steps are there: the usual "Lädt …", or what went wrong with a way to try again. */
  private renderStepsPlaceholder(): TemplateResult {
    return html`<h2 tabindex="-1" data-step-heading data-steps-placeholder>${msg('Termin vereinbaren')}</h2>
      ${this.stepsFailed
        ? html`<div class="notice" role="alert">
            <p>${msg('Dieser Schritt konnte nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung. Ihre Auswahl bleibt erhalten.')}</p>
            <button type="button" class="button" @click=${() => void this.loadSteps()}>${msg('Erneut versuchen')}</button>
          </div>`
        : html`<p>${msg('Lädt …')}</p>`}`;
  }

  private get failureText(): string {
    return this.manage?.failure || this.steps?.failure || this.failure;
  }

  /** For the manage page and the later steps: says `text` through the live region. */
  announce(text: string): void {
    this.announcement = text;
  }

  override render(): TemplateResult {
    let body: TemplateResult;
    if (this.isManage) body = this.manage?.render() ?? html`<h2 tabindex="-1" data-step-heading>${msg('Ihr Termin')}</h2><p>${msg('Lädt …')}</p>`;
    else {
      const step = this.step;
      body = step === 'centre' ? this.renderCentre() : (this.steps?.render(step) ?? this.renderStepsPlaceholder());
    }
    return this.shell(html`<section class="booking" aria-label=${msg('Terminvereinbarung')}>
      ${body}
      ${this.failureText ? html`<p class="notice error" role="alert">${this.failureText}</p>` : nothing}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </section>`);
  }
}
