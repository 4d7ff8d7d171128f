/**
 * `<soz-advisor-desk>`: the work surface of counselling centres. Sign-in (local or OIDC), then
 * the centre's appointments (today, week, list), availability, calendar subscription and profile.
 * The session is an HttpOnly cookie of the platform's own origin; an idle timer warns before the
 * automatic sign-out and offers "Angemeldet bleiben".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { createAdvisorClient, type AdvisorClient } from '../../src/api/advisor.ts';
import { ProblemError } from '../../src/api/errors.ts';
import type { AdvisorSession, AuthOptions } from '../../src/contract/advisor.ts';
import { apiBase } from '../../src/tenant/store.ts';
import { focusErrorSummary } from '../ui/error-summary.ts';
import { formStyles } from '../ui/form-styles.ts';
import { SozElement } from '../ui/soz-element.ts';
import { deskStyles } from './advisor-desk.styles.ts';
import { AppointmentsView, type AppointmentRange } from './appointments-view.ts';
import { AvailabilityView } from './availability-view.ts';
import { CalendarView } from './calendar-view.ts';
import type { DeskHost } from './desk-host.ts';
import { ProfileView } from './profile-view.ts';
import { signInForm, type SignInState } from './sign-in-form.ts';

type DeskView = AppointmentRange | 'availability' | 'calendar' | 'profile';

/** Activity extends the server session at most this often. */
const EXTEND_EVERY_MS = 60_000;

/**
 * @summary Work surface of counselling centres: appointments, availability and the centre profile.
 * @csspart root - The wrapper of everything the element shows.
 * @cssprop --soz-color-primary - Colour of buttons and the current view.
 * @fires soz-advisor-signed-in - After a successful sign-in (detail: { centreId }).
 * @event soz-advisor-signed-out - After signing out or the automatic sign-out.
 */
export class SozAdvisorDesk extends SozElement implements DeskHost {
  static override styles = [...SozElement.styles, formStyles, deskStyles];

  /** How often the appointment list asks for new bookings, in seconds (0: never). */
  @property({ type: Number, attribute: 'poll-seconds' }) pollSeconds = 30;
  /** How long before the automatic sign-out the warning appears, in seconds. */
  @property({ type: Number, attribute: 'idle-warning-seconds' }) idleWarningSeconds = 120;
  /** "bearer" only for test set-ups where HttpOnly cookies cannot pass (e.g. a service-worker mock). */
  @property({ attribute: 'session-transport' }) sessionTransport: 'cookie' | 'bearer' = 'cookie';

  @state() private phase: 'checking' | 'signed-out' | 'signed-in' = 'checking';
  @state() private view: DeskView = 'today';
  @state() private liveText = '';
  @state() private warningSeconds = 0;
  @state() private globalError = '';

  private client: AdvisorClient | undefined;
  private currentSession: AdvisorSession | undefined;
  private authOptions: AuthOptions = { localLogin: true, oidc: false };
  private signIn: SignInState = { username: '', password: '', errors: [], notice: '', busy: false };
  private idleDeadline = 0;
  private lastExtend = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private readonly appointments = new AppointmentsView(this);
  private readonly availability = new AvailabilityView(this);
  private readonly calendar = new CalendarView(this);
  private readonly profile = new ProfileView(this);

  get api(): AdvisorClient {
    this.client ??= createAdvisorClient({ apiBase: apiBase(), transport: this.sessionTransport });
    return this.client;
  }

  get session(): AdvisorSession {
    return this.currentSession!;
  }

  get deskLocale(): string {
    return this.locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
    this.addEventListener('keydown', this.onActivity);
    this.addEventListener('pointerdown', this.onActivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimers();
    this.removeEventListener('keydown', this.onActivity);
    this.removeEventListener('pointerdown', this.onActivity);
  }

  private async start(): Promise<void> {
    try {
      this.authOptions = await this.api.authOptions();
    } catch {
      // Sign-in with a password still works when the options cannot be read.
    }
    try {
      // A cookie session survives a reload, and an OIDC sign-in arrives this way.
      this.enter(await this.api.session(), false);
    } catch {
      this.phase = 'signed-out';
    }
  }

  announce(text: string): void {
    this.liveText = '';
    void this.updateComplete.then(() => (this.liveText = text));
  }

  failed(error: unknown): void {
    if (error instanceof ProblemError && error.status === 401) {
      this.leave(msg('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.'));
      return;
    }
    this.globalError = error instanceof Error ? error.message : msg('Das hat nicht geklappt. Bitte versuchen Sie es erneut.');
    void this.focusAfterRender('#global-error');
  }

  async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private async submitSignIn(): Promise<void> {
    const s = this.signIn;
    s.errors = [
      ...(s.username.trim() ? [] : [{ fieldId: 'username', message: msg('Bitte geben Sie Ihren Benutzernamen ein.') }]),
      ...(s.password ? [] : [{ fieldId: 'password', message: msg('Bitte geben Sie Ihr Passwort ein.') }]),
    ];
    if (s.errors.length) {
      this.requestUpdate();
      await this.updateComplete;
      return focusErrorSummary(this.shadowRoot);
    }
    s.busy = true;
    this.requestUpdate();
    try {
      this.enter(await this.api.signIn(s.username, s.password), true);
    } catch (error) {
      s.password = '';
      const message =
        error instanceof ProblemError
          ? error.status === 429
            ? error.message
            : (error.fieldErrors[0]?.message ?? error.message)
          : msg('Die Verbindung ist fehlgeschlagen. Bitte versuchen Sie es erneut.');
      s.errors = [{ fieldId: error instanceof ProblemError && error.status === 422 && error.fieldErrors[0]?.path === 'username' ? 'username' : 'password', message }];
      this.requestUpdate();
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
    } finally {
      s.busy = false;
      this.requestUpdate();
    }
  }

  private enter(session: AdvisorSession, announce: boolean): void {
    this.currentSession = session;
    this.signIn = { username: '', password: '', errors: [], notice: '', busy: false };
    this.phase = 'signed-in';
    this.resetIdle(session);
    this.startTimers();
    this.show('today');
    if (announce) this.dispatchEvent(new CustomEvent('soz-advisor-signed-in', { bubbles: true, composed: true, detail: { centreId: session.account.centreId } }));
  }

  private leave(notice: string): void {
    this.stopTimers();
    this.currentSession = undefined;
    this.client = undefined;
    this.shadowRoot?.querySelector<HTMLDialogElement>('#idle-dialog')?.close();
    this.warningSeconds = 0;
    this.signIn = { username: '', password: '', errors: [], notice, busy: false };
    this.phase = 'signed-out';
    this.dispatchEvent(new CustomEvent('soz-advisor-signed-out', { bubbles: true, composed: true }));
    void this.focusAfterRender('#view-heading');
  }

  private async signOut(everywhere: boolean): Promise<void> {
    try {
      if (everywhere) await this.api.signOutEverywhere();
      else await this.api.signOut();
    } catch {
      // Signed out locally in any case; the server ends an idle session by itself.
    }
    this.leave(everywhere ? msg('Sie sind auf allen Geräten abgemeldet.') : msg('Sie sind abgemeldet.'));
  }

  private resetIdle(session: AdvisorSession): void {
    this.idleDeadline = Date.now() + session.idleSeconds * 1000;
    this.lastExtend = Date.now();
  }

  private startTimers(): void {
    this.stopTimers();
    this.ticker = setInterval(() => this.tick(), 1000);
    this.appointments.startPolling(this.pollSeconds);
  }

  private stopTimers(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    this.appointments.stopPolling();
  }

  private tick(): void {
    const remaining = Math.ceil((this.idleDeadline - Date.now()) / 1000);
    if (remaining <= 0) {
      void this.api.signOut().catch(() => undefined);
      this.leave(msg('Sie wurden nach längerer Untätigkeit automatisch abgemeldet.'));
      return;
    }
    const dialog = this.shadowRoot?.querySelector<HTMLDialogElement>('#idle-dialog');
    if (remaining <= this.idleWarningSeconds) {
      if (dialog && !dialog.open) {
        this.announce(msg('Sie werden bald automatisch abgemeldet.'));
        dialog.showModal();
        void this.focusAfterRender('#stay-signed-in');
      }
      this.warningSeconds = remaining;
    } else if (dialog?.open) dialog.close();
  }

  private readonly onActivity = (): void => {
    const dialog = this.shadowRoot?.querySelector<HTMLDialogElement>('#idle-dialog');
    if (this.phase !== 'signed-in' || dialog?.open || Date.now() - this.lastExtend < EXTEND_EVERY_MS) return;
    void this.staySignedIn(false);
  };

  private async staySignedIn(fromDialog: boolean): Promise<void> {
    try {
      const session = await this.api.staySignedIn();
      this.currentSession = session;
      this.resetIdle(session);
      if (fromDialog) {
        this.shadowRoot?.querySelector<HTMLDialogElement>('#idle-dialog')?.close();
        this.announce(msg('Sie bleiben angemeldet.'));
        await this.focusAfterRender('#view-heading');
      }
    } catch (error) {
      this.failed(error);
    }
  }

  private show(view: DeskView): void {
    this.view = view;
    this.globalError = '';
    if (view === 'today' || view === 'week' || view === 'list') {
      this.appointments.setRange(view);
    } else if (view === 'availability') void this.availability.load();
    else if (view === 'calendar') void this.calendar.load();
    else void this.profile.load();
    void this.focusAfterRender('#view-heading');
  }

  private renderNav(): TemplateResult {
    const items: Array<[DeskView, string]> = [
      ['today', msg('Heute', { id: 'advisor.nav.today' })],
      ['week', msg('Woche')],
      ['list', msg('Liste')],
      ['availability', msg('Verfügbarkeit')],
      ['calendar', msg('Kalender-Abo')],
      ['profile', msg('Profil')],
    ];
    return html`<nav aria-label=${msg('Bereiche')}>
      <ul>
        ${items.map(([view, label]) => html`<li><button class="button secondary" type="button" aria-current=${this.view === view ? 'page' : 'false'} @click=${() => this.show(view)}>${label}</button></li>`)}
      </ul>
    </nav>`;
  }

  private renderView(): TemplateResult {
    switch (this.view) {
      case 'availability':
        return this.availability.render();
      case 'calendar':
        return this.calendar.render();
      case 'profile':
        return this.profile.render();
      default:
        return this.appointments.render();
    }
  }

  private renderIdleDialog(): TemplateResult {
    const minutes = Math.floor(this.warningSeconds / 60);
    const seconds = String(this.warningSeconds % 60).padStart(2, '0');
    return html`<dialog id="idle-dialog" role="alertdialog" aria-labelledby="idle-heading" aria-describedby="idle-text"
      @cancel=${(e: Event) => {
        e.preventDefault();
        void this.staySignedIn(true);
      }}>
      <h2 id="idle-heading">${msg('Sind Sie noch da?')}</h2>
      <p id="idle-text">${msg('Zum Schutz der Daten melden wir Sie nach Untätigkeit automatisch ab.')}</p>
      <p aria-hidden="true" class="countdown">${msg(str`Abmeldung in ${minutes}:${seconds}`)}</p>
      <div class="actions">
        <button id="stay-signed-in" class="button" type="button" @click=${() => void this.staySignedIn(true)}>${msg('Angemeldet bleiben')}</button>
        <button class="button secondary" type="button" @click=${() => void this.signOut(false)}>${msg('Jetzt abmelden')}</button>
      </div>
    </dialog>`;
  }

  override render(): TemplateResult {
    let content: TemplateResult;
    if (this.phase === 'checking') content = html`<p>${msg('Wird geladen …')}</p>`;
    else if (this.phase === 'signed-out') {
      content = signInForm(this.signIn, this.authOptions, this, {
        submit: () => void this.submitSignIn(),
        input: () => undefined,
        oidcUrl: this.api.oidcStartUrl(),
      });
    } else {
      const account = this.session.account;
      content = html`<header class="desk">
          <h1>${account.centreName}</h1>
          <p>${account.displayName} (${account.role === 'centre-admin' ? msg('Leitung') : msg('Beratungskraft')})</p>
          <div class="actions">
            <button class="button secondary" type="button" @click=${() => void this.signOut(false)}>${msg('Abmelden')}</button>
            <button class="button secondary" type="button" @click=${() => void this.signOut(true)}>${msg('Überall abmelden')}</button>
          </div>
        </header>
        ${this.renderNav()}
        ${this.globalError ? html`<p id="global-error" class="notice error" role="alert" tabindex="-1">${this.globalError}</p>` : nothing}
        <main>${this.renderView()}</main>
        ${this.renderIdleDialog()}`;
    }
    return this.shell(html`${content}<div class="visually-hidden" role="status" aria-live="polite">${this.liveText}</div>`);
  }
}
