import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Actor } from 'xstate';
import { createFormMachine, REVIEW, stateOf, type FormEvent, type FormMachine } from '../../forms/engine/machine.ts';
import { dropUnreachable, visibleSteps } from '../../forms/engine/reachability.ts';
import { deleteDocument, deleteDraft, loadDraft, saveDocument, saveDraft } from '../../forms/engine/draft-store.ts';
import { restoreDraft, type SummaryLine } from '../../forms/engine/restore.ts';
import { summarizeSteps, summaryLines } from '../../forms/engine/summary.ts';
import type { Answer, DocumentField, DocumentRef, FormDefinition } from '../../forms/engine/types.ts';
import { checkUpload } from '../../forms/engine/uploads.ts';
import { FORMS, hasOnlineForm } from '../../forms/registry.ts';
import { discardActor, getOrCreateActor, hasActor } from '../../src/flows/actor-registry.ts';
import { getLocale } from '../../src/i18n/localize.ts';
import type { Office } from '../../src/tenant/schema.ts';
import { localOffice } from '../../src/tenant/texts.ts';
import type { serviceFallbackView } from '../fallback/service-fallback-view.ts';
import { ActorController } from '../ui/actor-controller.ts';
import { focusErrorSummary } from '../ui/error-summary.ts';
import { formStyles } from '../ui/form-styles.ts';
import { SozElement } from '../ui/soz-element.ts';
import { applicationFormStyles } from './application-form.styles.ts';
import { submitter } from './submission.ts';
import { failedView, impossibleDraftView, reviewView, startView, stepView, submittedView, submittingView, type ViewHost } from './views.ts';

type FormActor = Actor<FormMachine>;
type Phase = { kind: 'loading' } | { kind: 'load-failed' } | { kind: 'unavailable'; view: FallbackView } | { kind: 'ready' } | { kind: 'impossible'; reason: string; summary: SummaryLine[] };

type FallbackView = typeof serviceFallbackView;

const SAVE_DELAY_MS = 300;

/**
 * @summary Online-Antrag: one topic per page, drafts kept encrypted on the device, a review page
 * with "ändern" links, and a submission encrypted in the browser (JWE) to the responsible office.
 * Where the service is not online in this municipality, it shows the office and the paper route.
 *
 * @csspart root - The outer container.
 * @csspart progress - "Schritt 3 von 12" with its progress bar.
 * @csspart office - The responsible office's address block.
 *
 * @cssprop --soz-color-primary - Buttons and links.
 * @cssprop --soz-color-error - Error summary and field errors.
 * @cssprop --soz-color-success - The frame of the receipt.
 *
 * @fires soz-find-counselling - The citizen asks for a counselling centre. `detail: { topic: 'sozialberatung' }`.
 * Bubbles and crosses shadow roots.
 * @fires soz-application-submitted - The application was received. `detail: { service, reference }`
 * (no personal data). Bubbles and crosses shadow roots.
 */
export class SozApplicationForm extends SozElement {
  static override styles = [...SozElement.styles, formStyles, applicationFormStyles];

  /** The service id, e.g. "hilfe-zum-lebensunterhalt". */
  @property({ reflect: true }) service?: string;

  @state() private phase: Phase = { kind: 'loading' };
  private loadedOnce = false;
  @state() private notice?: string;
  @state() private uploads: Record<string, number> = {};
  @state() private uploadErrors: Record<string, string> = {};

  private loadDefinition?: () => FormDefinition;
  private flow?: ActorController<FormActor>;
  private preparedFor?: string;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private saveSubscription?: { unsubscribe(): void };
  private lastState?: string;
  private lastErrors?: unknown;

  private get flowId(): string {
    return `application-form:${this.tenant?.ags}:${this.service}`;
  }

  private get definition(): FormDefinition {
    return this.loadDefinition!();
  }

  /** As responsibleOffice() of the fallback view, whose module brings the whole service catalogue along. */
  private get office(): Office | undefined {
    const tenant = this.tenant;
    if (!tenant) return undefined;
    const activation = tenant.services.find((s) => s.service === this.service);
    return localOffice(tenant, activation?.office ?? tenant.generalOffice, getLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.saveSubscription?.unsubscribe();
    this.saveSubscription = undefined;
    this.flushSave();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.flow) this.watchForDrafts(this.flow.actor);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = this.tenant && this.service ? this.flowId : undefined;
    if (key && key !== this.preparedFor) {
      this.preparedFor = key;
      // The form's definition and the fallback load on demand; without a network, say so and offer a retry.
      this.prepare().catch(() => (this.phase = { kind: 'load-failed' }));
    }
  }

  private async prepare(): Promise<void> {
    const tenant = this.tenant!;
    const service = this.service!;
    const activation = tenant.services.find((s) => s.service === service);
    if (!activation?.onlineApplication || !activation.applicationKey || !hasOnlineForm(service)) {
      // Not online here: the office and the offline route, in the fallback's chunk (it carries the catalogue).
      const { serviceFallbackView } = await import('../fallback/service-fallback-view.ts');
      this.phase = { kind: 'unavailable', view: serviceFallbackView };
      return;
    }
    const module = await FORMS[service]!();
    this.loadDefinition = module.definition;
    const def = module.definition();
    const machine = createFormMachine(def).provide({
      actors: { submit: submitter({ definition: module.definition, tenant: tenant.ags, publicKey: activation.applicationKey }) },
    });
    let snapshot: unknown;
    if (!hasActor(this.flowId)) {
      const draft = await loadDraft(tenant.ags, def.formId).catch(() => undefined);
      if (draft) {
        const outcome = restoreDraft(def, draft);
        if (outcome.kind === 'impossible') {
          this.phase = { kind: 'impossible', reason: outcome.reason, summary: outcome.summary };
          return;
        }
        snapshot = outcome.snapshot;
        const when = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(draft.savedAt));
        this.notice =
          outcome.kind === 'migrated'
            ? msg(str`Willkommen zurück. Ihr Entwurf vom ${when} wurde an die neue Fassung des Formulars angepasst. Bitte prüfen Sie Ihre Angaben.`)
            : msg(str`Willkommen zurück. Sie machen dort weiter, wo Sie am ${when} aufgehört haben.`);
      }
    }
    const actor = getOrCreateActor(this.flowId, machine, snapshot ? { snapshot: snapshot as never } : undefined);
    this.bindActor(actor);
    this.phase = { kind: 'ready' };
  }

  private bindActor(actor: FormActor): void {
    if (this.flow) this.flow.bind(actor);
    else this.flow = new ActorController<FormActor>(this, actor);
    this.watchForDrafts(actor);
  }

  /** Saves the draft shortly after every change; deletes it once the application is received. */
  private watchForDrafts(actor: FormActor): void {
    this.saveSubscription?.unsubscribe();
    let previous = actor.getSnapshot();
    this.saveSubscription = actor.subscribe((snapshot) => {
      if (snapshot === previous) return;
      previous = snapshot;
      const where = stateOf(snapshot);
      if (where === 'submitted') {
        clearTimeout(this.saveTimer);
        this.saveTimer = undefined;
        void this.forgetDraft(false);
        this.dispatchEvent(
          new CustomEvent('soz-application-submitted', { bubbles: true, composed: true, detail: { service: this.service, reference: snapshot.context.receipt?.reference } }),
        );
        return;
      }
      if (where === 'start' || where === 'submitting') return;
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => this.flushSave(), SAVE_DELAY_MS);
    });
  }

  private flushSave(): void {
    if (this.saveTimer === undefined || !this.flow || !this.tenant) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const def = this.definition;
    const snapshot = this.flow.actor.getPersistedSnapshot() as unknown as { value: unknown; context: { answers: Record<string, Answer> } };
    void saveDraft(this.tenant.ags, {
      formId: def.formId,
      version: def.version,
      savedAt: new Date().toISOString(),
      snapshot: snapshot as never,
      summary: summaryLines(def, snapshot.context.answers),
    }).catch(() => {
      this.notice = msg('Der Entwurf konnte auf diesem Gerät nicht gespeichert werden (zum Beispiel im privaten Modus). Bitte lassen Sie diese Seite geöffnet, bis Sie den Antrag abgesendet haben.');
    });
  }

  private documentIds(): string[] {
    const answers = this.flow?.snapshot.context.answers ?? {};
    return Object.values(answers).flatMap((value) =>
      Array.isArray(value) ? value.flatMap((v) => (typeof v === 'object' && v && 'size' in v ? [(v as DocumentRef).id] : [])) : [],
    );
  }

  private async forgetDraft(restart: boolean): Promise<void> {
    const tenant = this.tenant;
    if (!tenant || !this.loadDefinition) return;
    const ids = this.documentIds();
    await deleteDraft(tenant.ags, this.definition.formId, ids).catch(() => undefined);
    if (!restart) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    discardActor(this.flowId);
    this.preparedFor = undefined;
    this.flow?.hostDisconnected();
    this.flow = undefined;
    this.saveSubscription?.unsubscribe();
    this.phase = { kind: 'loading' };
    this.notice = msg('Ihr Entwurf wurde von diesem Gerät gelöscht.');
    this.lastState = undefined;
    this.requestUpdate();
  }

  private readonly host: ViewHost = {
    shadowRoot: null,
    send: (event) => {
      if (event.type !== 'START') this.notice = undefined;
      if (event.type === 'START') this.flow?.actor.send({ type: 'START', idempotencyKey: crypto.randomUUID() });
      else this.flow?.actor.send(event as Exclude<FormEvent, { type: 'START' }>);
    },
    answer: (id, value) => this.flow?.actor.send({ type: 'ANSWER', id, value }),
    errorOf: (id) => this.flow?.snapshot.context.errors.find((e) => e.fieldId === id)?.message,
    upload: (field, files) => void this.upload(field, files),
    removeDocument: (field, doc) => {
      const docs = (this.flow?.snapshot.context.answers[field.id] ?? []) as DocumentRef[];
      this.host.answer(field.id, docs.filter((d) => d.id !== doc.id));
      void deleteDocument(doc.id).catch(() => undefined);
      this.notice = msg(str`„${doc.name}“ wurde entfernt.`);
    },
    uploading: (id) => this.uploads[id],
    uploadError: (id) => this.uploadErrors[id],
    deleteDraft: () => void this.forgetDraft(true),
    downloadCopy: () => {
      const snapshot = this.flow?.snapshot;
      const receipt = snapshot?.context.receipt;
      if (!snapshot || !receipt) return;
      // The PDF writer comes in its own chunk, only for those who want a copy.
      import('./copy.ts').then(
        ({ downloadCopy }) => downloadCopy(this.definition, snapshot.context.answers, receipt, this.office, this.locale),
        () => (this.notice = msg('Die Kopie konnte nicht erstellt werden. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.')),
      );
    },
    findCounselling: () =>
      this.dispatchEvent(new CustomEvent('soz-find-counselling', { bubbles: true, composed: true, detail: { topic: 'sozialberatung' } })),
  };

  private async upload(field: DocumentField, files: FileList): Promise<void> {
    const { [field.id]: _old, ...otherErrors } = this.uploadErrors;
    this.uploadErrors = otherErrors;
    const added: DocumentRef[] = [];
    const existing = ((this.flow?.snapshot.context.answers[field.id] ?? []) as DocumentRef[]).length;
    const list = [...files];
    for (const [index, file] of list.entries()) {
      if (existing + added.length >= field.maxFiles) {
        this.uploadErrors = { ...this.uploadErrors, [field.id]: msg(str`Höchstens ${field.maxFiles} Dateien. „${file.name}“ wurde nicht hinzugefügt.`) };
        break;
      }
      this.uploads = { ...this.uploads, [field.id]: index / list.length };
      const bytes = new Uint8Array(await file.arrayBuffer());
      const check = checkUpload(file.name, bytes, field.accept, field.maxBytes);
      if (!check.ok) {
        this.uploadErrors = { ...this.uploadErrors, [field.id]: check.message };
        continue;
      }
      const id = crypto.randomUUID();
      try {
        await saveDocument(id, bytes);
      } catch {
        this.uploadErrors = { ...this.uploadErrors, [field.id]: msg('Die Datei konnte auf diesem Gerät nicht gespeichert werden.') };
        continue;
      }
      added.push({ id, name: file.name, type: check.type, size: bytes.length });
      this.uploads = { ...this.uploads, [field.id]: (index + 1) / list.length };
    }
    const { [field.id]: _done, ...stillUploading } = this.uploads;
    this.uploads = stillUploading;
    if (added.length) {
      const docs = (this.flow?.snapshot.context.answers[field.id] ?? []) as DocumentRef[];
      this.host.answer(field.id, [...docs, ...added]);
      this.notice = added.length === 1 ? msg(str`„${added[0]!.name}“ wurde hinzugefügt.`) : msg(str`${added.length} Dateien wurden hinzugefügt.`);
    }
    if (this.uploadErrors[field.id]) {
      await this.updateComplete;
      this.shadowRoot?.getElementById(field.id)?.focus();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const snapshot = this.flow?.snapshot;
    const where = this.phase.kind === 'ready' && snapshot ? stateOf(snapshot) : this.phase.kind;
    // The first load is not a step the citizen took: moving focus would scroll the host page.
    const firstLoad = !this.loadedOnce && this.lastState === 'loading' && where !== 'loading';
    if (firstLoad) this.loadedOnce = true;
    if (this.lastState !== undefined && where !== this.lastState && !firstLoad) {
      this.shadowRoot?.getElementById('heading')?.focus();
    } else if (snapshot && snapshot.context.errors !== this.lastErrors && snapshot.context.errors.length) {
      focusErrorSummary(this.shadowRoot);
    }
    this.lastState = where;
    this.lastErrors = snapshot?.context.errors;
  }

  private renderFlow() {
    const snapshot = this.flow!.snapshot;
    const def = this.definition;
    const context = snapshot.context;
    const where = stateOf(snapshot);
    const steps = visibleSteps(def, context.answers);
    const total = steps.length + 1;
    const host = { ...this.host, shadowRoot: this.shadowRoot };
    switch (where) {
      case 'start':
        return startView(def, this.office, host);
      case REVIEW:
        return reviewView(def, summarizeSteps(def, dropUnreachable(def, context.answers)), total, context, this.office, host);
      case 'submitting':
        return submittingView();
      case 'failed':
        return failedView(context, this.office, host);
      case 'submitted':
        return submittedView(context, this.office, this.locale, host);
      default: {
        const step = def.steps.find((s) => s.id === where)!;
        return stepView(def, step, { index: steps.indexOf(step) + 1, total }, context, host);
      }
    }
  }

  private renderLoadFailed() {
    const retry = () => {
      this.preparedFor = undefined;
      this.phase = { kind: 'loading' };
    };
    return html`<div class="notice" role="alert">
      <p>${msg('Das Formular konnte nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.')}</p>
      <button type="button" class="button" @click=${retry}>${msg('Erneut versuchen')}</button>
    </div>`;
  }

  override render() {
    const phase = this.phase;
    if (phase.kind === 'unavailable') return this.shell(phase.view(this.tenant, this.service));
    let body;
    if (phase.kind === 'impossible') body = impossibleDraftView(phase.reason, phase.summary, () => void this.forgetDraft(true));
    else if (phase.kind === 'load-failed') body = this.renderLoadFailed();
    else if (phase.kind === 'loading' || !this.flow) body = html`<p role="status">${msg('Das Formular wird geladen …')}</p>`;
    else body = this.renderFlow();
    return this.shell(html`<div class="live" role="status" aria-live="polite">${this.notice ?? nothing}</div>
      ${body}`);
  }
}
