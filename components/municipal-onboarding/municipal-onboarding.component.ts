import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Actor } from 'xstate';
import { getOrCreateActor } from '../../src/flows/actor-registry.ts';
import { CHECKLIST_ITEM_IDS } from '../../src/onboarding/checklist.ts';
import { clearProgress, loadProgress, saveProgress, toggleItem, type ChecklistProgress } from '../../src/onboarding/checklist-progress.ts';
import { configuratorMachine, type ConfiguratorState } from '../../src/onboarding/configurator/machine.ts';
import type { KommuneDraft } from '../../src/onboarding/configurator/draft.ts';
import { configurationFile } from '../../src/onboarding/configurator/outputs.ts';
import { checkDraft } from '../../src/onboarding/configurator/steps.ts';
import { LAND_CONFIGS, PLATFORM } from '../../src/onboarding/land-configs.ts';
import { landReuse } from '../../src/onboarding/laender.ts';
import { ActorController } from '../ui/actor-controller.ts';
import { errorSummary, focusErrorSummary } from '../ui/error-summary.ts';
import { formStyles } from '../ui/form-styles.ts';
import { SozElement } from '../ui/soz-element.ts';
import { stepProgress } from '../ui/step-progress.ts';
import { officesStep, servicesStep, settingsStep, themeStep, type StepOptions } from './form-steps.ts';
import { guideView } from './guide-view.ts';
import { summaryErrors } from './issue-fields.ts';
import { landView } from './land-view.ts';
import { municipalOnboardingStyles } from './municipal-onboarding.styles.ts';
import { PreviewController } from './preview-frame.ts';
import { importedView, noLandConfigView, outputsView } from './result-views.ts';

const FLOW_ID = 'municipal-onboarding';
type OnboardingActor = Actor<typeof configuratorMachine>;

const STEP_TITLES: Record<string, () => string> = {
  services: () => msg('Kommune und Leistungen'),
  offices: () => msg('Zuständige Stellen'),
  theme: () => msg('Farben und Kontrast'),
  settings: () => msg('Sprachen, Websites und Pflichtangaben'),
  preview: () => msg('Vorschau'),
  outputs: () => msg('Ergebnis: Datei, Snippet und Einzelabrufe'),
};
const STEPS = Object.keys(STEP_TITLES);

/**
 * @summary Für Kommunen: Nachnutzung der Sozialplattform im eigenen Land (Wege, Ansprechstelle,
 * Checkliste) und ein Konfigurator, der eine vom Loader geprüfte Konfiguration, das
 * Einbettungs-Snippet und die Liste der Einzelabrufe erstellt – mit Live-Vorschau.
 * Not tenant-bound: it works on any page that runs the loader.
 *
 * @csspart root - The outer container.
 * @csspart progress - "Schritt 2 von 6" in the configurator.
 * @csspart preview - The iframe of the live preview.
 *
 * @cssprop --soz-color-primary - Buttons and links.
 * @cssprop --soz-color-error - Error summary, field errors and failing contrast pairs.
 * @cssprop --soz-color-border - Frames of groups and the preview.
 */
export class SozMunicipalOnboarding extends SozElement {
  static override styles = [...SozElement.styles, formStyles, municipalOnboardingStyles];

  private readonly flow = new ActorController<OnboardingActor>(
    this,
    getOrCreateActor(FLOW_ID, configuratorMachine, { input: { laender: LAND_CONFIGS, platform: PLATFORM } }),
  );
  private readonly preview = new PreviewController(this);

  @state() private landChoice = '';
  @state() private landError = '';
  @state() private progress?: ChecklistProgress;
  /** Text for the polite live region. */
  @state() private announcement = '';
  @query('iframe.preview-frame') private frame?: HTMLIFrameElement;
  private focusTarget?: 'heading' | 'errors' | 'land';
  private lastView?: string;
  private lastIssues: unknown;

  private get snapshot() {
    return this.flow.snapshot;
  }

  private get view(): ConfiguratorState {
    return String(this.snapshot.value) as ConfiguratorState;
  }

  private send(event: Parameters<OnboardingActor['send']>[0]): void {
    this.flow.actor.send(event);
  }

  // ---- actions -----------------------------------------------------------------------------

  private chooseLand(): void {
    if (!this.landChoice) {
      this.landError = msg('Bitte wählen Sie Ihr Land.');
      this.focusTarget = 'land';
      return;
    }
    this.landError = '';
    this.send({ type: 'SELECT_LAND', key: this.landChoice });
  }

  private async importFile(file: File): Promise<void> {
    this.send({ type: 'IMPORT', fileName: file.name, text: await file.text() });
  }

  private next(): void {
    this.send({ type: 'NEXT' });
    if (this.snapshot.context.issues.length) {
      this.focusTarget = 'errors';
      this.requestUpdate();
    }
  }

  private toggleChecklist(id: string, done: boolean): void {
    if (!this.progress) return;
    this.progress = toggleItem(this.progress, id, done);
    saveProgress(this.progress);
    this.announcement = msg(str`${this.progress.done.length} von ${CHECKLIST_ITEM_IDS.length} Schritten erledigt.`);
  }

  private clearChecklist(): void {
    clearProgress();
    const key = this.snapshot.context.landKey;
    if (key) this.progress = loadProgress(key);
    this.announcement = msg('Der gespeicherte Fortschritt wurde von diesem Gerät gelöscht.');
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = msg('Snippet kopiert.');
    } catch {
      this.announcement = msg('Kopieren ist hier nicht möglich. Bitte markieren Sie den Text und kopieren Sie ihn selbst.');
    }
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { landKey, issues } = this.snapshot.context;
    if (landKey && this.progress?.landKey !== landKey) this.progress = loadProgress(landKey);
    const view = this.view;
    if (view !== this.lastView) {
      if (this.lastView !== undefined && !this.focusTarget) this.focusTarget = 'heading';
      this.lastView = view;
      if (view === 'land') this.landChoice = landKey ?? this.landChoice;
    }
    if (issues !== this.lastIssues) {
      this.lastIssues = issues;
      if (issues.length) this.announcement = msg(str`${issues.length} Angaben sind noch nicht richtig.`);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.preview.attach(this.frame ?? null, this.resolved());
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target === 'errors') focusErrorSummary(this.shadowRoot);
    else if (target === 'land') this.shadowRoot?.getElementById('land-select')?.focus();
    else if (target === 'heading') this.shadowRoot?.getElementById('view-heading')?.focus();
  }

  private resolved() {
    const { draft, landKey } = this.snapshot.context;
    const land = landKey ? LAND_CONFIGS[landKey] : undefined;
    if (!draft || !land || (this.view !== 'preview' && this.view !== 'outputs')) return undefined;
    const checked = checkDraft(draft, land, PLATFORM);
    return checked.ok ? checked.tenant : undefined;
  }

  private renderStep(view: string, body: unknown, nextLabel = msg('Weiter')) {
    const position = STEPS.indexOf(view) + 1;
    const { issues } = this.snapshot.context;
    const land = landReuse(this.snapshot.context.landKey ?? '');
    return html`<section aria-labelledby="view-heading">
      ${stepProgress(position, STEPS.length, STEP_TITLES[view]!())}
      <h2 id="view-heading" tabindex="-1">${STEP_TITLES[view]!()}</h2>
      ${land ? html`<p class="hint">${msg(str`Konfiguration für eine Kommune in ${land.name}`)}</p>` : nothing}
      ${errorSummary(summaryErrors(issues), this)}
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          this.next();
        }}
      >
        ${body}
        <div class="actions">
          ${view === 'outputs' ? nothing : html`<button type="submit" class="button" data-next>${nextLabel}</button>`}
          <button type="button" class="button secondary" @click=${() => this.send({ type: 'BACK' })}>${msg('Zurück')}</button>
          ${view === 'outputs'
            ? html`<button type="button" class="button link" @click=${() => this.send({ type: 'RESTART' })}>${msg('Neue Konfiguration beginnen')}</button>`
            : nothing}
        </div>
      </form>
    </section>`;
  }

  private renderView() {
    const { context } = this.snapshot;
    const view = this.view;
    const land = landReuse(context.landKey ?? '');
    const landConfig = context.landKey ? LAND_CONFIGS[context.landKey] : undefined;

    if (view === 'land' || !land) {
      return landView({
        choice: this.landChoice,
        error: this.landError || undefined,
        onChoose: (key) => (this.landChoice = key),
        onContinue: () => this.chooseLand(),
        onFile: (file) => void this.importFile(file),
      });
    }
    if (view === 'imported') {
      return importedView({
        fileName: context.imported?.fileName ?? '',
        issues: context.imported?.issues ?? [],
        canEdit: this.snapshot.can({ type: 'EDIT_IMPORTED' }),
        onEdit: () => this.send({ type: 'EDIT_IMPORTED' }),
        onBack: () => this.send({ type: 'BACK' }),
      });
    }
    if (view === 'guide') {
      return guideView({
        land,
        ...(landConfig ? { config: landConfig } : {}),
        checklist: {
          progress: this.progress ?? loadProgress(land.key),
          onToggle: (id, done) => this.toggleChecklist(id, done),
          onClear: () => this.clearChecklist(),
        },
        onConfigure: () => this.send({ type: 'CONFIGURE' }),
        onChangeLand: () => this.send({ type: 'CHANGE_LAND' }),
      });
    }
    if (view === 'noLandConfig') return noLandConfigView(land, () => this.send({ type: 'BACK' }));
    if (!context.draft || !landConfig) return nothing;

    const options: StepOptions = {
      draft: context.draft,
      land: landConfig,
      issues: context.issues,
      edit: (patch: Partial<KommuneDraft>) => this.send({ type: 'EDIT', patch }),
    };
    switch (view) {
      case 'services':
        return this.renderStep(view, servicesStep(options));
      case 'offices':
        return this.renderStep(view, officesStep(options));
      case 'theme':
        return this.renderStep(view, themeStep(options));
      case 'settings':
        return this.renderStep(view, settingsStep(options), msg('Zur Vorschau'));
      case 'preview':
        return this.renderStep(
          view,
          html`<p>
              ${msg('So sehen Bürgerinnen und Bürger die Widgets mit Ihrer Konfiguration – die echten Widgets auf einer Beispielseite. Eingaben in der Vorschau werden nicht gespeichert.')}
            </p>
            <iframe class="preview-frame" part="preview" src="/preview/" title=${msg('Vorschau: Beispielseite Ihrer Kommune mit den Widgets')}></iframe>`,
          msg('Weiter zum Ergebnis'),
        );
      case 'outputs': {
        const tenant = this.resolved();
        if (!tenant) return nothing;
        return this.renderStep(
          view,
          outputsView({
            tenant,
            configurationJson: configurationFile(context.draft, new URL('/tenant-config.schema.json', location.href).href),
            loaderUrl: document.querySelector<HTMLScriptElement>('script[src*="loader.js"]')?.src ?? new URL('/loader.js', location.href).href,
            onCopy: (text) => void this.copy(text),
          }),
        );
      }
      default:
        return nothing;
    }
  }

  override render() {
    return this.shell(html`${this.renderView()}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`);
  }
}
