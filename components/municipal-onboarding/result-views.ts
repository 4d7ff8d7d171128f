/** The configurator's last views, the import report and the notice for a Land without configuration. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatIssue, type TenantIssue } from '../../src/tenant/issues.ts';
import type { LandReuse } from '../../src/onboarding/laender.ts';
import { accessibilityStatementFile, einzelabrufe, einzelabrufMarkdown, embedSnippet } from '../../src/onboarding/configurator/outputs.ts';
import type { ResolvedTenant } from '../../src/tenant/schema.ts';
import { downloadLink } from './downloads.ts';
import { contactBlock } from './guide-view.ts';

export function noLandConfigView(land: LandReuse, onBack: () => void): TemplateResult {
  return html`<section aria-labelledby="view-heading">
    <h2 id="view-heading" tabindex="-1">${msg(str`Für ${land.name} gibt es noch keine Konfiguration`)}</h2>
    <p>
      ${msg(str`Eine Kommune kann nur Leistungen anbieten, die ihr Land übernommen hat. Für ${land.name} ist bei der Sozialplattform noch nicht hinterlegt, welche das sind. Darum können Sie hier noch keine Konfiguration erstellen.`)}
    </p>
    <p>${msg('Fragen Sie Ihre Ansprechstelle, ob Ihr Land die Sozialplattform nachnutzen will:')}</p>
    ${contactBlock(land)}
    <div class="actions">
      <button type="button" class="button secondary" @click=${onBack}>${msg('Zurück')}</button>
    </div>
  </section>`;
}

function issueList(issues: readonly TenantIssue[]): TemplateResult {
  return html`<ol class="issues">
    ${issues.map(
      (i) => html`<li>
        <dl>
          <dt>${msg('Stelle in der Datei')}</dt>
          <dd><code>${i.path || msg('(Wurzel)')}</code></dd>
          <dt>${msg('Erwartet')}</dt>
          <dd>${i.expected}</dd>
          <dt>${msg('Gefunden')}</dt>
          <dd>${i.found}</dd>
          <dt>${msg('So beheben Sie es')}</dt>
          <dd>${i.fix}</dd>
        </dl>
      </li>`,
    )}
  </ol>`;
}

export interface ImportedViewOptions {
  fileName: string;
  issues: readonly TenantIssue[];
  canEdit: boolean;
  onEdit: () => void;
  onBack: () => void;
}

export function importedView(o: ImportedViewOptions): TemplateResult {
  return html`<section aria-labelledby="view-heading">
    <h2 id="view-heading" tabindex="-1">${msg(str`Prüfung der Datei ${o.fileName}`)}</h2>
    ${o.issues.length
      ? html`<p>${msg(str`Wir haben ${o.issues.length} Probleme gefunden. Der Loader würde diese Datei so ablehnen.`)}</p>
          ${issueList(o.issues)}
          <details>
            <summary>${msg('Als Text (wie in der Browser-Konsole)')}</summary>
            <pre>${o.issues.map(formatIssue).join('\n')}</pre>
          </details>`
      : html`<p class="notice">${msg('Die Datei ist gültig: Der Loader würde sie annehmen.')}</p>`}
    <div class="actions">
      ${o.canEdit ? html`<button type="button" class="button" @click=${o.onEdit}>${msg('Im Konfigurator bearbeiten')}</button>` : nothing}
      <button type="button" class="button secondary" @click=${o.onBack}>${msg('Zurück')}</button>
    </div>
  </section>`;
}

export interface OutputsViewOptions {
  tenant: ResolvedTenant;
  configurationJson: string;
  loaderUrl: string;
  onCopy: (text: string) => void;
}

export function outputsView(o: OutputsViewOptions): TemplateResult {
  const snippet = embedSnippet(o.tenant, o.loaderUrl);
  const list = einzelabrufe(o.tenant);
  const statement = accessibilityStatementFile(o.tenant, new Date());
  return html`
    <h3>${msg('1. Konfigurationsdatei')}</h3>
    <p>
      ${msg(str`Die Datei ist geprüft: Der Loader nimmt sie an. Senden Sie sie an den Betrieb der Sozialplattform; dort wird sie als ${o.tenant.ags}.json hinterlegt.`)}
    </p>
    <div class="actions">${downloadLink(`${o.tenant.ags}.json`, 'application/json', o.configurationJson, msg('Konfiguration herunterladen (JSON)'), 'download-config')}</div>
    <h3>${msg('2. Einbettungs-Snippet für Ihr Webteam')}</h3>
    <pre class="snippet" id="snippet"><code>${snippet}</code></pre>
    <div class="actions">
      <button type="button" class="button secondary" @click=${() => o.onCopy(snippet)}>${msg('Snippet kopieren')}</button>
    </div>
    <h3>${msg('3. Einzelabrufe für den Kommunalvertreter')}</h3>
    <p>${msg(str`Für jede Leistung schließt Ihre Kommune einen Einzelabruf mit Auftragsverarbeitungsvereinbarung. Das sind ${list.length}:`)}</p>
    <ol>
      ${list.map((e) => html`<li>${e.name}${e.onlineApplication ? msg(' (mit Online-Antrag)') : ''} – ${e.provider}</li>`)}
    </ol>
    <div class="actions">${downloadLink(`einzelabrufe-${o.tenant.ags}.md`, 'text/markdown', einzelabrufMarkdown(o.tenant), msg('Liste herunterladen (Markdown)'), 'download-einzelabrufe')}</div>
    <h3>${msg('4. Erklärung zur Barrierefreiheit (Entwurf)')}</h3>
    <p>
      ${msg('Ihre Website braucht für die eingebundenen Widgets eine Erklärung zur Barrierefreiheit. Dieser Entwurf enthält schon, was aus Ihrer Konfiguration folgt. Stellen, die nur Ihre Kommune entscheiden oder wissen kann, sind mit ⚠ markiert. Bearbeiten Sie sie vor der Veröffentlichung.')}
    </p>
    <div class="actions">${downloadLink(statement.name, 'text/markdown', statement.content, msg('Entwurf der Erklärung herunterladen (Markdown)'), 'download-accessibility-statement')}</div>
  `;
}
