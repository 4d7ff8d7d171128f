import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Actor } from 'xstate';
import type { Answers, QuestionId } from '../../src/benefits/answers.ts';
import { createQuestionnaireMachine, currentQuestion, type QuestionnaireEvent } from '../../src/benefits/questionnaire/machine.ts';
import { haveAtHand, timeEstimateMinutes } from '../../src/benefits/questionnaire/preparation.ts';
import { dropUnreachable, visibleQuestions } from '../../src/benefits/questionnaire/reachability.ts';
import { discardActor, getOrCreateActor } from '../../src/flows/actor-registry.ts';
import { lazyPart } from '../../src/flows/lazy-part.ts';
import { ActorController } from '../ui/actor-controller.ts';
import { SozElement } from '../ui/soz-element.ts';
import { benefitsFinderStyles } from './benefits-finder.styles.ts';
import type { Draft } from './drafts.ts';
import { deleteAnswers, loadAnswers, saveAnswers, type SavedAnswers } from './saved-answers.ts';
import { startView } from './start-view.ts';
import { actionRowStyles } from '../ui/action-row-styles.ts';

/**
 * What the start page does not need loads later, in two parts (see BENCHMARKS.md, bundle sizes):
 * the question pages with their words and validation messages, prefetched after the first render,
 * and the result page with rules and evaluator, prefetched once the citizen has started.
 */
const questionnaire = lazyPart(() => import('./questionnaire-part.ts'));
const resultPart = lazyPart(() => import('./result-part.ts'));
type PartName = 'questions' | 'result';
const PARTS = { questions: questionnaire, result: resultPart };

/**
 * The machine of src/benefits with the validation of the question pages. NEXT and EVALUATE only
 * come from a question page or the summary, which are shown only once that part is loaded.
 */
const finderMachine = createQuestionnaireMachine((id, answers) => {
  const part = questionnaire.value;
  if (!part) throw new Error('The questions of the benefits check are not loaded yet.');
  return part.validateAnswer(id, answers);
});

const FLOW_ID = 'benefits-finder';
type FinderActor = Actor<typeof finderMachine>;

/**
 * @summary Sozialleistungsfinder: an anonymous check, one question per page, that shows which
 * social benefits may apply, why, what to prepare and where to apply in this municipality. The
 * answers never leave the browser; they are stored on the device only if the citizen opts in.
 *
 * @csspart root - The outer container.
 * @csspart progress - "Frage 3 von etwa 12" with its progress bar.
 * @csspart office - The responsible office's address block on the result page.
 *
 * @cssprop --soz-color-primary - Buttons, links, the mark of likely benefits.
 * @cssprop --soz-color-error - Error summary and field errors.
 * @cssprop --soz-color-muted - Hints and the mark of possible benefits.
 *
 * @fires soz-start-application - The citizen wants to apply online here. `detail: { service }` is
 * the service id for `<soz-application-form service="…">`. Bubbles and crosses shadow roots.
 * @fires soz-find-counselling - The citizen wants a counselling centre. `detail: { topic }` is a
 * topic id of the counselling finder. Bubbles and crosses shadow roots.
 */
export class SozBenefitsFinder extends SozElement {
  static override styles = [...SozElement.styles, actionRowStyles, benefitsFinderStyles];

  /** The one questionnaire machine of src/benefits; its actor lives in the registry, not here. */
  private readonly flow = new ActorController<FinderActor>(this, getOrCreateActor(FLOW_ID, finderMachine));

  /** Raw values of the question on screen (see drafts.ts). */
  @state() private draft: Draft = '';
  private draftFor?: QuestionId;
  /** The citizen ticked "Antworten auf diesem Gerät speichern". */
  @state() private optIn = false;
  @state() private saved?: SavedAnswers;
  /** Text for the polite live region (counts, saves, deletions). */
  @state() private announcement = '';
  /** What "Meine Angaben löschen" deleted, shown until the next start. */
  @state() private deletedNotice = '';
  /** "Ergebnis anzeigen" was refused because an answer is not valid (e.g. after resuming an old save). */
  @state() private summaryRefused = false;
  /** A part the citizen is waiting for after "Los geht’s" or "Ergebnis anzeigen", and whether loading it failed. */
  @state() private loading?: { part: PartName; failed: boolean; retry: () => void };
  /** The load behind `loading`, for `updateComplete`. */
  private pendingPart?: Promise<unknown>;
  /** Focus the heading / the error summary after the next render. */
  private focusTarget?: 'heading' | 'errors';
  private lastView?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    const loaded = loadAnswers();
    if (loaded.status === 'ok') {
      this.saved = loaded.saved;
      this.optIn = true;
    } else if (loaded.status === 'outdated') {
      this.announcement = msg('Gespeicherte Antworten aus einer älteren Version wurden gelöscht. Bitte beginnen Sie neu.');
    }
  }

  private get snapshot() {
    return this.flow.snapshot;
  }

  private get answers(): Answers {
    return this.snapshot.context.answers;
  }

  private get current(): QuestionId | undefined {
    return currentQuestion(this.snapshot.value);
  }

  private send(event: QuestionnaireEvent): void {
    this.flow.actor.send(event);
  }

  private get view(): string {
    const id = this.current;
    return id ? `question:${id}` : String(this.snapshot.value);
  }

  // ---- drafts ------------------------------------------------------------------------------

  private syncDraft(): void {
    const current = this.current;
    const part = questionnaire.value;
    if (!current || current === this.draftFor || !part) return;
    this.draftFor = current;
    this.draft = part.draftOf(current, this.answers);
  }

  private answerFromDraft(id: QuestionId): unknown {
    return questionnaire.value?.answerOf(id, this.draft, this.answers);
  }

  // ---- loading the later parts ---------------------------------------------------------------

  /**
   * Runs `then` once `name` is loaded. Meanwhile the page stays as it is and says that it is
   * loading; if the network fails, it says so and offers to try again. The answers live in the
   * actor and are never lost.
   */
  private async whenLoaded(name: PartName, then: () => void): Promise<void> {
    const part = PARTS[name];
    if (part.value) return then();
    const retry = () => void this.whenLoaded(name, then);
    this.loading = { part: name, failed: false, retry };
    this.announcement = name === 'questions' ? msg('Die Fragen werden geladen …') : msg('Das Ergebnis wird geladen …');
    const pending = part.load();
    this.pendingPart = pending;
    try {
      await pending;
      this.loading = undefined;
      then();
    } catch {
      this.loading = { part: name, failed: true, retry };
      this.announcement = '';
    } finally {
      if (this.pendingPart === pending) this.pendingPart = undefined;
    }
  }

  /** Also waits for a part being loaded, so that `updateComplete` means: the page asked for is shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.pendingPart;
    if (!pending) return done;
    await pending.catch(() => undefined);
    return this.getUpdateComplete();
  }

  // ---- actions -----------------------------------------------------------------------------

  private start(): void {
    this.deletedNotice = '';
    void this.whenLoaded('questions', () => this.begin());
  }

  private begin(): void {
    this.draftFor = undefined;
    this.send({ type: 'START' });
    resultPart.prefetch();
  }

  /** Continues a save: a fresh actor with those answers, walked on to the first question still open. */
  private resume(): void {
    this.deletedNotice = '';
    void this.whenLoaded('questions', () => {
      const { validateAnswer } = questionnaire.value!;
      const answers = dropUnreachable((this.saved?.answers ?? {}) as Answers);
      discardActor(FLOW_ID);
      this.flow.bind(getOrCreateActor(FLOW_ID, finderMachine, { input: { answers } }));
      this.begin();
      for (let id = this.current; id && this.answers[id] !== undefined && validateAnswer(id, this.answers).length === 0; id = this.current) {
        this.send({ type: 'NEXT' });
      }
    });
  }

  private next(): void {
    const id = this.current;
    if (!id) return;
    this.send({ type: 'ANSWER', questionId: id, value: this.answerFromDraft(id) });
    this.send({ type: 'NEXT' });
    if (this.snapshot.context.errors.length) {
      this.focusTarget = 'errors';
      this.requestUpdate();
      return;
    }
    this.draftFor = undefined;
    this.persist();
  }

  private back(): void {
    const id = this.current;
    // Keep what was typed on this page, even if incomplete: BACK must not lose anything.
    if (id) this.send({ type: 'ANSWER', questionId: id, value: this.answerFromDraft(id) });
    this.draftFor = undefined;
    this.send({ type: 'BACK' });
  }

  private change(id: QuestionId): void {
    this.draftFor = undefined;
    this.summaryRefused = false;
    this.send({ type: 'CHANGE', questionId: id });
  }

  private showResult(): void {
    void this.whenLoaded('result', () => {
      this.send({ type: 'EVALUATE' });
      if (this.snapshot.matches('summary')) {
        this.summaryRefused = true;
        this.focusTarget = 'errors';
      }
    });
  }

  private persist(): void {
    if (!this.optIn) return;
    this.saved = saveAnswers(this.answers as Record<string, unknown>);
  }

  private toggleOptIn(checked: boolean): void {
    this.optIn = checked;
    if (checked) {
      this.persist();
      this.announcement = msg('Ihre Antworten werden auf diesem Gerät gespeichert.');
    } else {
      deleteAnswers();
      this.saved = undefined;
      this.announcement = msg('Gespeicherte Antworten wurden von diesem Gerät gelöscht.');
    }
  }

  private deleteSaved(): void {
    deleteAnswers();
    this.saved = undefined;
    this.optIn = false;
    this.announcement = msg('Gespeicherte Antworten wurden von diesem Gerät gelöscht.');
  }

  /** "Meine Angaben löschen": answers in memory, on the device, and the flow itself. */
  private deleteAll(): void {
    const count = Object.keys(this.answers).length;
    const hadSave = this.saved !== undefined;
    deleteAnswers();
    this.saved = undefined;
    this.optIn = false;
    discardActor(FLOW_ID);
    this.flow.bind(getOrCreateActor(FLOW_ID, finderMachine));
    this.loading = undefined;
    this.draftFor = undefined;
    this.draft = '';
    this.summaryRefused = false;
    this.deletedNotice = hadSave
      ? msg(str`Gelöscht: ${count} Antworten in diesem Fenster und die gespeicherten Antworten auf diesem Gerät.`)
      : msg(str`Gelöscht: ${count} Antworten in diesem Fenster. Auf diesem Gerät war nichts gespeichert.`);
    this.announcement = '';
    this.focusTarget = 'heading';
  }

  private emit(type: 'soz-start-application' | 'soz-find-counselling', detail: Record<string, string>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private results(part: NonNullable<typeof resultPart.value>) {
    return part.benefitCards(part.evaluate(this.answers, { at: new Date() }), this.tenant);
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.syncDraft();
    const view = this.view;
    // A page whose part is not loaded (only when a flow outlived the element): load it now.
    const missing = view === 'start' ? undefined : !questionnaire.value ? 'questions' : view === 'result' && !resultPart.value ? 'result' : undefined;
    if (missing && !this.loading) void this.whenLoaded(missing, () => this.requestUpdate());
    if (view !== this.lastView) {
      if (this.loading?.failed) this.loading = undefined;
      if (this.lastView !== undefined && !this.focusTarget) this.focusTarget = 'heading';
      this.lastView = view;
      if (view !== 'summary') this.summaryRefused = false;
      if (view === 'result' && resultPart.value) {
        const n = this.results(resultPart.value).length;
        this.announcement = msg(str`Ergebnis: ${n} Leistungen kommen für Sie in Frage.`);
      }
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    questionnaire.prefetch();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.adoptFormStyles();
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target === 'errors') questionnaire.value?.focusErrorSummary(this.shadowRoot);
    else if (target === 'heading') this.shadowRoot?.getElementById('view-heading')?.focus();
  }

  /** The form styles come with the question pages; they go before the widget's own sheet, as in `styles`. */
  private adoptFormStyles(): void {
    const root = this.shadowRoot;
    const sheet = questionnaire.value?.formStyles.styleSheet;
    if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
    const sheets = [...root.adoptedStyleSheets];
    const own = benefitsFinderStyles.styleSheet;
    const at = own ? sheets.indexOf(own) : -1;
    sheets.splice(at < 0 ? sheets.length : at, 0, sheet);
    root.adoptedStyleSheets = sheets;
  }

  private renderView() {
    const s = this.snapshot;
    const answers = this.answers;
    const current = this.current;
    if (s.matches('start')) {
      return startView({
        minutes: timeEstimateMinutes(),
        questionCount: visibleQuestions({}).length,
        atHand: haveAtHand(),
        savedOn: this.saved ? new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(this.saved.savedAt)) : undefined,
        onStart: () => this.start(),
        onResume: () => this.resume(),
        onDeleteSaved: () => this.deleteSaved(),
      });
    }
    const q = questionnaire.value;
    // The notice of renderLoading() stands in (see willUpdate).
    if (!q) return nothing;
    if (current) {
      const list = visibleQuestions(answers);
      return q.questionView({
        question: q.questionFor(current),
        position: list.indexOf(current) + 1,
        total: list.length,
        draft: this.draft,
        errors: q.toFieldErrors(s.context.errors),
        hasPartner: answers.haushalt?.partner ?? false,
        host: this,
        onDraft: (d) => (this.draft = d),
        onNext: () => this.next(),
        onBack: () => this.back(),
      });
    }
    if (s.matches('summary')) {
      const list = visibleQuestions(answers);
      return q.summaryView({
        rows: list
          .filter((id) => answers[id] !== undefined)
          .map((id) => ({ questionId: id, question: q.questionFor(id).text(), answer: q.answerText(id, answers, this.locale) })),
        errors: this.summaryRefused ? q.validateAll(answers).map((e) => ({ fieldId: `change-${e.questionId}`, message: e.message })) : [],
        host: this,
        onChange: (id) => this.change(id as QuestionId),
        onEvaluate: () => this.showResult(),
        // The machine has no way back from the summary: changing the last question returns here after "Weiter".
        onBack: () => this.change(list[list.length - 1] ?? 'alter'),
      });
    }
    const r = resultPart.value;
    if (!r) return nothing;
    return r.resultView({
      benefits: this.results(r),
      counselling: r.counsellingSuggestions(answers),
      onStartApplication: (service) => this.emit('soz-start-application', { service }),
      onFindCounselling: (topic) => this.emit('soz-find-counselling', { topic }),
      onPrint: () => window.print(),
      onChangeAnswers: () => this.send({ type: 'EDIT' }),
    });
  }

  /** "Wird geladen" while the citizen waits for a part, or what went wrong with a way to try again. */
  private renderLoading() {
    const l = this.loading;
    if (!l) return nothing;
    if (!l.failed) {
      return html`<p class="notice" data-loading>${l.part === 'questions' ? msg('Die Fragen werden geladen …') : msg('Das Ergebnis wird geladen …')}</p>`;
    }
    return html`<div class="notice" role="alert" data-load-failed>
      <p>
        ${l.part === 'questions' ? msg('Die Fragen konnten nicht geladen werden.') : msg('Das Ergebnis konnte nicht geladen werden.')}
        ${msg('Bitte prüfen Sie Ihre Internetverbindung. Ihre Antworten bleiben erhalten.')}
      </p>
      <button type="button" class="button" data-retry @click=${l.retry}>${msg('Erneut versuchen')}</button>
    </div>`;
  }

  private renderFooter() {
    if (this.snapshot.matches('start')) return nothing;
    return html`<div class="saved no-print">
      <div class="choice">
        <input type="checkbox" id="save-opt-in" .checked=${this.optIn} @change=${(e: Event) => this.toggleOptIn((e.target as HTMLInputElement).checked)} />
        <label for="save-opt-in">${msg('Antworten auf diesem Gerät speichern')}</label>
        <p class="hint" id="save-opt-in-hint">
          ${this.saved
            ? msg(str`Gespeichert am ${new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(this.saved.savedAt))}. Nur in diesem Browser, nicht bei uns.`)
            : msg('Nur in diesem Browser, nicht bei uns. Ohne Haken wird nichts gespeichert.')}
        </p>
      </div>
      <div class="actions">
        <button type="button" class="button secondary" data-delete-all @click=${() => this.deleteAll()}>${msg('Meine Angaben löschen')}</button>
      </div>
    </div>`;
  }

  override render() {
    return this.shell(html`
      ${this.deletedNotice ? html`<p class="notice" data-deleted>${this.deletedNotice}</p>` : nothing}
      ${this.renderView()} ${this.renderLoading()} ${this.renderFooter()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    `);
  }
}
