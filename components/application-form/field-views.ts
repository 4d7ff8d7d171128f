/**
 * Renders the fields of a definition with the shared field templates (native inputs, labels,
 * hints and errors tied with aria-describedby), plus long texts, repeatable groups and uploads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { visibleItemFields } from '../../forms/engine/reachability.ts';
import type { Answer, DocumentField, DocumentRef, Field, GroupField, GroupItem, InputField, SimpleField } from '../../forms/engine/types.ts';
import { formatSize } from '../../forms/engine/uploads.ts';
import { itemFieldId } from '../../forms/engine/validate.ts';
import { choiceField, textField } from '../ui/field.ts';

export interface FieldHost {
  errorOf(id: string): string | undefined;
  answer(id: string, value: Answer | undefined): void;
  upload(field: DocumentField, files: FileList): void;
  removeDocument(field: DocumentField, doc: DocumentRef): void;
  /** Progress (0–1) of uploads in flight, by field id. */
  uploading(fieldId: string): number | undefined;
  uploadError(fieldId: string): string | undefined;
}

const INPUT_MODE: Partial<Record<InputField['type'], 'numeric' | 'decimal' | 'email' | 'tel'>> = {
  amount: 'decimal',
  integer: 'numeric',
  plz: 'numeric',
  taxid: 'numeric',
  email: 'email',
  phone: 'tel',
};
const WIDTH: Partial<Record<InputField['type'], number>> = { plz: 5, amount: 10, integer: 5, date: 10, bic: 11 };

function longText(field: InputField, id: string, value: string, error: string | undefined, onInput: (v: string) => void): TemplateResult {
  const describedBy = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${id}>${field.label}${field.required === false ? html` <span class="optional">${msg('(freiwillig)')}</span>` : nothing}</label>
    ${field.hint ? html`<p class="hint" id="${id}-hint">${field.hint}</p>` : nothing}
    ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${error}</p>` : nothing}
    <textarea
      id=${id}
      name=${id}
      rows="4"
      maxlength=${ifDefined(field.maxLength)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy)}
      .value=${live(value)}
      @input=${(e: Event) => onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

function simpleField(field: SimpleField, id: string, value: Answer | undefined, error: string | undefined, onChange: (v: string | string[]) => void): TemplateResult {
  const hint = field.hint;
  if (field.kind === 'choice') {
    const selected = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
    return choiceField({
      id,
      label: field.label,
      ...(hint ? { hint } : {}),
      ...(error ? { error } : {}),
      required: field.required !== false,
      options: [...field.options],
      value: selected,
      multiple: field.multiple ?? false,
      onChange: (v) => onChange(field.multiple ? v : (v[0] ?? '')),
    });
  }
  const text = typeof value === 'string' ? value : '';
  if (field.type === 'longtext') return longText(field, id, text, error, onChange);
  const mode = INPUT_MODE[field.type];
  const width = WIDTH[field.type];
  return textField({
    id,
    label: field.label,
    ...(hint ? { hint } : {}),
    ...(error ? { error } : {}),
    required: field.required !== false,
    value: text,
    type: field.type === 'email' ? 'email' : field.type === 'phone' ? 'tel' : 'text',
    ...(field.autocomplete ? { autocomplete: field.autocomplete } : {}),
    ...(mode ? { inputmode: mode } : {}),
    ...(field.maxLength ? { maxlength: field.maxLength } : {}),
    ...(width ? { width } : {}),
    onInput: onChange,
  });
}

function groupView(field: GroupField, given: GroupItem[], host: FieldHost): TemplateResult {
  // A required list starts with one empty row, so nobody has to find the add button first.
  const items = given.length || (field.min ?? (field.required === false ? 0 : 1)) === 0 ? given : [{}];
  const update = (index: number, key: string, v: string | string[]) =>
    host.answer(field.id, items.map((item, i) => (i === index ? { ...item, [key]: v } : item)));
  const addError = host.errorOf(`${field.id}-add`);
  return html`<div class="group" id=${field.id}>
    <h3 class="group-title">${field.label}</h3>
    ${field.hint ? html`<p class="hint">${field.hint}</p>` : nothing}
    ${items.map(
      (item, index) => html`<fieldset class="group-item">
        <legend>${field.itemLabel} ${index + 1}</legend>
        ${visibleItemFields(field, item).map((sub) => {
          const id = itemFieldId(field.id, index, sub.id);
          return simpleField(sub, id, item[sub.id], host.errorOf(id), (v) => update(index, sub.id, v));
        })}
        <button type="button" class="button secondary" @click=${() => host.answer(field.id, items.filter((_, i) => i !== index))}>
          ${msg(str`${field.itemLabel} ${index + 1} entfernen`)}
        </button>
      </fieldset>`,
    )}
    ${addError ? html`<p class="error-message" id="${field.id}-add-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${addError}</p>` : nothing}
    ${items.length < field.max
      ? html`<button
          type="button"
          class="button secondary"
          id="${field.id}-add"
          aria-describedby=${ifDefined(addError ? `${field.id}-add-error` : undefined)}
          @click=${() => host.answer(field.id, [...items, {}])}
        >
          ${field.addLabel}
        </button>`
      : nothing}
  </div>`;
}

function documentView(field: DocumentField, docs: DocumentRef[], host: FieldHost): TemplateResult {
  const error = host.errorOf(field.id) ?? host.uploadError(field.id);
  const progress = host.uploading(field.id);
  const hintId = `${field.id}-hint`;
  const describedBy = [hintId, error ? `${field.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field document ${error ? 'has-error' : ''}">
    <label for=${field.id}>${field.label}${field.required === false ? html` <span class="optional">${msg('(freiwillig)')}</span>` : nothing}</label>
    <p class="hint" id=${hintId}>${msg(str`PDF, JPEG oder PNG, bis ${formatSize(field.maxBytes)} je Datei, höchstens ${field.maxFiles} Dateien.`)}</p>
    ${error ? html`<p class="error-message" id="${field.id}-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${error}</p>` : nothing}
    ${docs.length < field.maxFiles
      ? html`<input
          type="file"
          id=${field.id}
          name=${field.id}
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          ?multiple=${field.maxFiles - docs.length > 1}
          aria-describedby=${describedBy}
          aria-invalid=${error ? 'true' : 'false'}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.files?.length) host.upload(field, input.files);
            input.value = '';
          }}
        />`
      : html`<p id=${field.id} tabindex="-1">${msg('Sie haben die höchste Zahl an Dateien erreicht.')}</p>`}
    ${progress !== undefined
      ? html`<p class="upload-progress" role="status">
          <label for="${field.id}-progress">${msg('Datei wird verschlüsselt gespeichert …')}</label>
          <progress id="${field.id}-progress" max="100" value=${Math.round(progress * 100)}></progress>
        </p>`
      : nothing}
    ${docs.length
      ? html`<ul class="documents">
          ${docs.map(
            (doc) => html`<li>
              <span>${doc.name} (${formatSize(doc.size)})</span>
              <button type="button" class="button link" @click=${() => host.removeDocument(field, doc)}>
                ${msg('Entfernen')}<span class="visually-hidden">: ${doc.name}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}

export function fieldView(field: Field, value: Answer | undefined, host: FieldHost): TemplateResult {
  if (field.kind === 'group') return groupView(field, (Array.isArray(value) ? value : []) as GroupItem[], host);
  if (field.kind === 'document') return documentView(field, (Array.isArray(value) ? value : []) as DocumentRef[], host);
  return simpleField(field, field.id, value, host.errorOf(field.id), (v) => host.answer(field.id, v));
}
