/** An answer in words for the summary page, using the option labels and units of the real questions. */
import { msg, str } from '@lit/localize';
import type { Answers, QuestionId } from '../../src/benefits/answers.ts';
import { questionFor } from '../../src/benefits/questionnaire/questions.ts';

export function answerText(id: QuestionId, answers: Answers, locale: string): string {
  const q = questionFor(id);
  const value = answers[id];
  const options = q.options?.() ?? [];
  const label = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  if (value === undefined) return msg('keine Angabe');
  if (id === 'haushalt' && answers.haushalt) {
    const h = answers.haushalt;
    const ages = (h.kinder ?? []).map((k) => msg(str`${k.alter} J.`)).join(', ');
    const kids = !h.kinder?.length ? msg('keine Kinder') : h.kinder.length === 1 ? msg(str`1 Kind (${ages})`) : msg(str`${h.kinder.length} Kinder (${ages})`);
    return `${h.partner ? msg('mit Partnerin oder Partner') : msg('ohne Partnerin oder Partner')}, ${kids}`;
  }
  if (id === 'einkommen' && answers.einkommen) {
    const e = answers.einkommen;
    return e.partner ? msg(str`Sie: ${label(e.eigenes)}; Partnerin oder Partner: ${label(e.partner)}`) : label(e.eigenes);
  }
  if (typeof value === 'number') {
    const unit = q.bounds?.unit();
    const n = new Intl.NumberFormat(locale).format(value);
    return unit ? `${n} ${unit}` : n;
  }
  if (Array.isArray(value)) return value.map((v) => label(String(v))).join(', ');
  return label(String(value));
}
