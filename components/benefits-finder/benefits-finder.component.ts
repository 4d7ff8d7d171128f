import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Actor } from 'xstate';
import {
  currentQuestion,
  dropUnreachable,
  evaluate,
  haveAtHand,
  questionFor,
  questionnaireMachine,
  timeEstimateMinutes,
  validateAll,
  validateAnswer,
  visibleQuestions,
  type Answers,
  type QuestionId,
  type QuestionnaireEvent,
} from '../../src/benefits/index.ts';
import { discardActor, getOrCreateActor } from '../../src/flows/actor-registry.ts';
import { ActorController } from '../ui/actor-controller.ts';
import { SozElement } from '../ui/soz-element.ts';
import { formStyles } from '../ui/form-styles.ts';
import { focusErrorSummary } from '../ui/error-summary.ts';
import { answerText } from './answer-text.ts';
import { benefitsFinderStyles } from './benefits-finder.styles.ts';
import {
  choiceDraft,
  householdAnswer,
  householdDraft,
  incomeAnswer,
  incomeDraft,
  numberDraft,
  parseNumber,
  type Draft,
  type HouseholdDraft,
  type IncomeDraft,
} from './drafts.ts';
import { questionView, toFieldErrors } from './question-view.ts';
import { benefitCards, counsellingSuggestions } from './result-cards.ts';
import { resultView } from './result-view.ts';
import { deleteAnswers, loadAnswers, saveAnswers, type SavedAnswers } from './saved-answers.ts';
import { startView } from './start-view.ts';
import { summaryView } from './summary-view.ts';

const FLOW_ID = 'benefits-finder';
type FinderActor = Actor<typeof questionnaireMachine>;

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
  static override styles = [...SozElement.styles, formStyles, benefitsFinderStyles];

  /** The one questionnaire machine of src/benefits; its actor lives in the registry, not here. */
  private readonly flow = new ActorController<FinderActor>(this, getOrCreateActor(FLOW_ID, questionnaireMachine));

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
    if (!current || current === this.draftFor) return;
    this.draftFor = current;
    const kind = questionFor(current).kind;
    const value = this.answers[current];
    this.draft =
      kind === 'number' ? numberDraft(value)
      : kind === 'household' ? householdDraft(this.answers.haushalt)
      : kind === 'income-band' ? incomeDraft(this.answers.einkommen)
      : choiceDraft(value);
  }

  private answerFromDraft(id: QuestionId): unknown {
    const d = this.draft;
    switch (questionFor(id).kind) {
      case 'number':
        return parseNumber(d as string);
      case 'single':
        return (d as string[])[0];
      case 'multiple':
        return (d as string[]).length ? d : undefined;
      case 'household':
        return householdAnswer(d as HouseholdDraft);
      case 'income-band':
        return incomeAnswer(d as IncomeDraft, this.answers.haushalt?.partner ?? false);
    }
  }

  // ---- actions -----------------------------------------------------------------------------

  private start(): void {
    this.deletedNotice = '';
    this.draftFor = undefined;
    this.send({ type: 'START' });
  }

  /** Continues a save: a fresh actor with those answers, walked on to the first question still open. */
  private resume(): void {
    const answers = dropUnreachable((this.saved?.answers ?? {}) as Answers);
    discardActor(FLOW_ID);
    this.flow.bind(getOrCreateActor(FLOW_ID, questionnaireMachine, { input: { answers } }));
    this.start();
    for (let id = this.current; id && this.answers[id] !== undefined && validateAnswer(id, this.answers).length === 0; id = this.current) {
      this.send({ type: 'NEXT' });
    }
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
    this.send({ type: 'EVALUATE' });
    if (this.snapshot.matches('summary')) {
      this.summaryRefused = true;
      this.focusTarget = 'errors';
    }
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
    this.flow.bind(getOrCreateActor(FLOW_ID, questionnaireMachine));
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

  private results() {
    return benefitCards(evaluate(this.answers, { at: new Date() }), this.tenant);
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.syncDraft();
    const view = this.view;
    if (view !== this.lastView) {
      if (this.lastView !== undefined && !this.focusTarget) this.focusTarget = 'heading';
      this.lastView = view;
      if (view !== 'summary') this.summaryRefused = false;
      if (view === 'result') {
        const n = this.results().length;
        this.announcement = msg(str`Ergebnis: ${n} Leistungen kommen für Sie in Frage.`);
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target === 'errors') focusErrorSummary(this.shadowRoot);
    else if (target === 'heading') this.shadowRoot?.getElementById('view-heading')?.focus();
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
    if (current) {
      const list = visibleQuestions(answers);
      return questionView({
        question: questionFor(current),
        position: list.indexOf(current) + 1,
        total: list.length,
        draft: this.draft,
        errors: toFieldErrors(s.context.errors),
        hasPartner: answers.haushalt?.partner ?? false,
        host: this,
        onDraft: (d) => (this.draft = d),
        onNext: () => this.next(),
        onBack: () => this.back(),
      });
    }
    if (s.matches('summary')) {
      const list = visibleQuestions(answers);
      return summaryView({
        rows: list
          .filter((id) => answers[id] !== undefined)
          .map((id) => ({ questionId: id, question: questionFor(id).text(), answer: answerText(id, answers, this.locale) })),
        errors: this.summaryRefused ? validateAll(answers).map((e) => ({ fieldId: `change-${e.questionId}`, message: e.message })) : [],
        host: this,
        onChange: (id) => this.change(id as QuestionId),
        onEvaluate: () => this.showResult(),
        // The machine has no way back from the summary: changing the last question returns here after "Weiter".
        onBack: () => this.change(list[list.length - 1] ?? 'alter'),
      });
    }
    return resultView({
      benefits: this.results(),
      counselling: counsellingSuggestions(answers),
      onStartApplication: (service) => this.emit('soz-start-application', { service }),
      onFindCounselling: (topic) => this.emit('soz-find-counselling', { topic }),
      onPrint: () => window.print(),
      onChangeAnswers: () => this.send({ type: 'EDIT' }),
    });
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
      ${this.renderView()} ${this.renderFooter()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    `);
  }
}
