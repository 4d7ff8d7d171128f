/**
 * One question page: progress, the question as heading, "Warum fragen wir das?", the input for its
 * kind (number with unit, single or multiple choice, household, income bands) and back/next.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FieldError as AnswerError, Question } from '../../src/benefits/index.ts';
import { choiceField, textField } from '../ui/field.ts';
import { errorSummary, type FieldError } from '../ui/error-summary.ts';
import { resizeChildren, type Draft, type HouseholdDraft, type IncomeDraft } from './drafts.ts';

export interface QuestionViewOptions {
  question: Question;
  position: number;
  /** Roughly how many questions the path will have; it changes with the answers. */
  total: number;
  draft: Draft;
  errors: readonly FieldError[];
  /** For the income question: whether there is a partner in the household. */
  hasPartner: boolean;
  host: { shadowRoot: ShadowRoot | null };
  onDraft: (draft: Draft) => void;
  onNext: () => void;
  onBack: () => void;
}

/** Field ids as the error summary links them. */
export const fieldId = (questionId: string, part?: string) => (part ? `q-${questionId}-${part}` : `q-${questionId}`);

/** The element a validation message belongs to: "kinder.1.alter" of the household is the age field of child 2. */
export function errorFieldId(e: AnswerError): string {
  const f = e.field;
  if (!f) return fieldId(e.questionId);
  const child = /^kinder\.(\d+)\.(alter|schuleOderKita)$/.exec(f);
  if (child) return fieldId(e.questionId, `kind-${child[1]}-${child[2] === 'alter' ? 'alter' : 'schule'}`);
  if (f === 'kinder') return fieldId(e.questionId, 'anzahl');
  return fieldId(e.questionId, f);
}

export const toFieldErrors = (errors: readonly AnswerError[]): FieldError[] => errors.map((e) => ({ fieldId: errorFieldId(e), message: e.message }));

const errorFor = (errors: readonly FieldError[], id: string) => errors.find((e) => e.fieldId === id)?.message;

function householdInputs(o: QuestionViewOptions, d: HouseholdDraft): TemplateResult {
  const id = o.question.id;
  const set = (next: HouseholdDraft) => o.onDraft(next);
  const hint = o.question.hint?.();
  return html`${hint ? html`<p class="hint">${hint}</p>` : nothing}
    ${choiceField({
      id: fieldId(id, 'partner'),
      label: msg('Leben Sie mit einer Partnerin oder einem Partner zusammen?'),
      hint: msg('Gemeint sind Ehe, eingetragene Lebenspartnerschaft oder eine Beziehung, in der Sie füreinander einstehen.'),
      options: [
        { value: 'ja', label: msg('Ja') },
        { value: 'nein', label: msg('Nein, ich lebe ohne Partnerin oder Partner') },
      ],
      value: d.partner,
      error: errorFor(o.errors, fieldId(id, 'partner')),
      onChange: (partner) => set({ ...d, partner }),
    })}
    ${textField({
      id: fieldId(id, 'anzahl'),
      label: msg('Wie viele Kinder unter 25 Jahren leben bei Ihnen?'),
      hint: msg('Nur Kinder, die nicht verheiratet sind. Schreiben Sie 0, wenn keine Kinder bei Ihnen leben.'),
      value: d.count,
      inputmode: 'numeric',
      width: 5,
      error: errorFor(o.errors, fieldId(id, 'anzahl')),
      onInput: (count) => set(resizeChildren(d, count)),
    })}
    ${d.kinder.map(
      (kind, i) => html`<fieldset class="field child">
        <legend>${msg(str`Kind ${i + 1}`)}</legend>
        ${textField({
          id: fieldId(id, `kind-${i}-alter`),
          label: msg(str`Alter von Kind ${i + 1} in Jahren`),
          value: kind.alter,
          inputmode: 'numeric',
          width: 5,
          error: errorFor(o.errors, fieldId(id, `kind-${i}-alter`)),
          onInput: (alter) => set({ ...d, kinder: d.kinder.map((k, j) => (j === i ? { ...k, alter } : k)) }),
        })}
        ${choiceField({
          id: fieldId(id, `kind-${i}-schule`),
          label: msg(str`Geht Kind ${i + 1} zur Schule oder in die Kita?`),
          multiple: true,
          options: [{ value: 'ja', label: msg('Ja, Schule oder Kita') }],
          value: kind.schuleOderKita ? ['ja'] : [],
          onChange: (v) => set({ ...d, kinder: d.kinder.map((k, j) => (j === i ? { ...k, schuleOderKita: v.includes('ja') } : k)) }),
        })}
      </fieldset>`,
    )}`;
}

function incomeInputs(o: QuestionViewOptions, d: IncomeDraft): TemplateResult {
  const id = o.question.id;
  return html`${choiceField({
      id: fieldId(id, 'eigenes'),
      label: msg('Ihr eigenes Einkommen im Monat (netto)'),
      hint: o.question.hint?.(),
      options: o.question.options?.() ?? [],
      value: d.eigenes,
      error: errorFor(o.errors, fieldId(id, 'eigenes')),
      onChange: (eigenes) => o.onDraft({ ...d, eigenes }),
    })}
    ${o.hasPartner
      ? choiceField({
          id: fieldId(id, 'partner'),
          label: msg('Einkommen Ihrer Partnerin oder Ihres Partners im Monat (netto)'),
          options: o.question.options?.() ?? [],
          value: d.partner,
          error: errorFor(o.errors, fieldId(id, 'partner')),
          onChange: (partner) => o.onDraft({ ...d, partner }),
        })
      : nothing}`;
}

function inputs(o: QuestionViewOptions): TemplateResult {
  const q = o.question;
  const id = fieldId(q.id);
  const error = errorFor(o.errors, id);
  switch (q.kind) {
    case 'number': {
      const unit = q.bounds?.unit();
      return textField({
        id,
        label: unit ? msg(str`Ihre Antwort (${unit})`) : msg('Ihre Antwort'),
        hint: q.hint?.(),
        value: o.draft as string,
        inputmode: q.bounds?.integer === false ? 'decimal' : 'numeric',
        width: 10,
        error,
        onInput: (v) => o.onDraft(v),
      });
    }
    case 'single':
    case 'multiple':
      return choiceField({
        id,
        label: q.kind === 'multiple' ? msg('Wählen Sie alles aus, was zutrifft.') : msg('Wählen Sie eine Antwort.'),
        hint: q.hint?.(),
        multiple: q.kind === 'multiple',
        options: q.options?.() ?? [],
        value: o.draft as string[],
        error,
        onChange: (v) => o.onDraft(v),
      });
    case 'household':
      return householdInputs(o, o.draft as HouseholdDraft);
    case 'income-band':
      return incomeInputs(o, o.draft as IncomeDraft);
  }
}

export function questionView(o: QuestionViewOptions): TemplateResult {
  const q = o.question;
  const submit = (event: Event) => {
    event.preventDefault();
    o.onNext();
  };
  return html`<section aria-labelledby="view-heading">
    <p class="step-progress" part="progress">
      ${msg(str`Frage ${o.position} von etwa ${o.total}`)}
      <progress max=${o.total} value=${o.position} aria-hidden="true"></progress>
    </p>
    ${errorSummary(o.errors, o.host)}
    <form novalidate @submit=${submit}>
      <h2 id="view-heading" tabindex="-1">${q.text()}</h2>
      <details>
        <summary>${msg('Warum fragen wir das?')}</summary>
        <p>${q.help()}</p>
      </details>
      ${inputs(o)}
      <div class="actions">
        <button type="submit" class="button" data-next>${msg('Weiter')}</button>
        <button type="button" class="button secondary" data-back @click=${o.onBack}>${msg('Zurück')}</button>
      </div>
    </form>
  </section>`;
}
