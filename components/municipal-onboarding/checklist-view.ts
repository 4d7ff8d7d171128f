/** The interactive checklist: progress kept on this device only, exportable as Markdown or JSON. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CHECKLIST, CHECKLIST_ITEM_IDS } from '../../src/onboarding/checklist.ts';
import { progressJson, progressMarkdown, type ChecklistProgress } from '../../src/onboarding/checklist-progress.ts';
import { downloadLink } from './downloads.ts';

export interface ChecklistViewOptions {
  landName: string;
  progress: ChecklistProgress;
  onToggle: (id: string, done: boolean) => void;
  onClear: () => void;
}

export function checklistView(o: ChecklistViewOptions): TemplateResult {
  const done = o.progress.done.length;
  const file = `anbindung-sozialplattform-${o.progress.landKey}`;
  return html`<h3 id="checklist-heading">${msg('Ihre nächsten Schritte')}</h3>
    <p class="notice">
      ${msg('Ihr Fortschritt wird nur in diesem Browser auf diesem Gerät gespeichert (lokaler Speicher) und nirgendwohin gesendet. Er ist für Mitarbeitende der Verwaltung gedacht und enthält keine Daten von Bürgerinnen und Bürgern.')}
    </p>
    <p class="count">${msg(str`${done} von ${CHECKLIST_ITEM_IDS.length} Schritten erledigt`)}</p>
    ${CHECKLIST.map(
      (group) => html`<fieldset class="checklist-group">
        <legend>${group.title}</legend>
        ${group.items.map((item) => {
          const id = `${group.id}/${item.id}`;
          const domId = `check-${group.id}-${item.id}`;
          return html`<div class="choice">
            <input
              type="checkbox"
              id=${domId}
              .checked=${o.progress.done.includes(id)}
              @change=${(e: Event) => o.onToggle(id, (e.target as HTMLInputElement).checked)}
            />
            <label for=${domId}>${item.text}</label>
          </div>`;
        })}
      </fieldset>`,
    )}
    <div class="actions">
      ${downloadLink(`${file}.md`, 'text/markdown', progressMarkdown(o.progress, o.landName), msg('Als Markdown herunterladen'), 'checklist-md')}
      ${downloadLink(`${file}.json`, 'application/json', progressJson(o.progress, o.landName), msg('Als JSON herunterladen'), 'checklist-json')}
      <button type="button" class="button link" @click=${o.onClear}>${msg('Gespeicherten Fortschritt löschen')}</button>
    </div>`;
}
