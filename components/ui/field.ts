/**
 * Form fields as templates, not elements: label, hint, error and the native control stay in the
 * widget's own shadow root, so `for`/`aria-describedby` references resolve and autofill works.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';

export interface FieldBase {
  /** Element id; also the fragment the error summary links to. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'search';
  autocomplete?: string;
  inputmode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  maxlength?: number;
  /** Width hint in characters, for short answers such as a PLZ. */
  width?: number;
  onInput: (value: string) => void;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceFieldOptions extends FieldBase {
  options: ChoiceOption[];
  /** Selected values: one for radios, any number for checkboxes. */
  value: string[];
  multiple?: boolean;
  onChange: (value: string[]) => void;
}

const describedBy = (f: FieldBase) =>
  [f.hint ? `${f.id}-hint` : '', f.error ? `${f.id}-error` : ''].filter(Boolean).join(' ') || undefined;

function hintAndError(f: FieldBase): TemplateResult {
  return html`${f.hint ? html`<p class="hint" id="${f.id}-hint">${f.hint}</p>` : nothing}
  ${f.error
    ? html`<p class="error-message" id="${f.id}-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${f.error}</p>`
    : nothing}`;
}

export function textField(f: TextFieldOptions): TemplateResult {
  return html`<div class="field ${f.error ? 'has-error' : ''}">
    <label for=${f.id}>${f.label}${f.required === false ? html` <span class="optional">${msg('(freiwillig)')}</span>` : nothing}</label>
    ${hintAndError(f)}
    <input
      id=${f.id}
      name=${f.id}
      type=${f.type ?? 'text'}
      .value=${live(f.value)}
      autocomplete=${ifDefined(f.autocomplete)}
      inputmode=${ifDefined(f.inputmode)}
      maxlength=${ifDefined(f.maxlength)}
      class=${f.width ? `width-${f.width}` : ''}
      ?required=${f.required ?? false}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f))}
      @input=${(e: Event) => f.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

export function choiceField(f: ChoiceFieldOptions): TemplateResult {
  const type = f.multiple ? 'checkbox' : 'radio';
  const toggle = (value: string, checked: boolean) => {
    if (!f.multiple) return f.onChange([value]);
    const next = new Set(f.value);
    if (checked) next.add(value);
    else next.delete(value);
    return f.onChange(f.options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return html`<div class="field ${f.error ? 'has-error' : ''}">
    <fieldset id=${f.id} aria-describedby=${ifDefined(describedBy(f))}>
      <legend>${f.label}</legend>
      ${hintAndError(f)}
      <div class="choices">
        ${f.options.map(
          (o, i) => html`<div class="choice">
            <input
              type=${type}
              id="${f.id}-${i}"
              name=${f.id}
              .value=${o.value}
              .checked=${live(f.value.includes(o.value))}
              aria-describedby=${ifDefined(o.hint ? `${f.id}-${i}-hint` : undefined)}
              @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)}
            />
            <label for="${f.id}-${i}">${o.label}</label>
            ${o.hint ? html`<p class="hint" id="${f.id}-${i}-hint">${o.hint}</p>` : nothing}
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}
