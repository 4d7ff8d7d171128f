/**
 * Availability of an advisor: weekly rules, single extra slots, absences and the bookable window,
 * a preview of the resulting slots, and the appointments the rules no longer cover (conflicts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ProblemError } from '../../src/api/errors.ts';
import type { AdvisorListItem, Availability, AvailabilityInput, AvailabilityPreview, Conflict } from '../../src/contract/advisor.ts';
import type { BookingMode } from '../../src/contract/bookings.ts';
import { errorSummary, focusErrorSummary, type FieldError } from '../ui/error-summary.ts';
import type { DeskHost } from './desk-host.ts';
import { dateTimeLabel, dayLabel, fieldId, modeLabel, timeLabel, weekdayLabel } from './labels.ts';

type Draft = Required<Pick<AvailabilityInput, 'rules' | 'extraSlots' | 'absences'>> & Pick<AvailabilityInput, 'minNoticeHours' | 'maxDaysAhead'>;
const MODES: BookingMode[] = ['vor-ort', 'telefon', 'video'];

export class AvailabilityView {
  advisors: AdvisorListItem[] = [];
  advisorId = '';
  draft: Draft | undefined;
  conflicts: Conflict[] = [];
  preview: AvailabilityPreview | undefined;
  errors: FieldError[] = [];
  saved = '';

  constructor(private readonly host: DeskHost) {}

  async load(advisorId?: string): Promise<void> {
    try {
      const me = this.host.session.account;
      if (me.role === 'centre-admin' && !this.advisors.length) this.advisors = await this.host.api.advisors();
      this.advisorId = advisorId ?? (this.advisorId || me.advisorId || this.advisors[0]?.id || '');
      if (!this.advisorId) return this.host.requestUpdate();
      this.apply(await this.host.api.availability(this.advisorId));
      this.preview = undefined;
      this.errors = [];
      this.saved = '';
      this.host.requestUpdate();
    } catch (error) {
      this.host.failed(error);
    }
  }

  private apply(a: Availability): void {
    this.draft = {
      rules: a.rules.map((r) => ({ ...r, modes: [...r.modes], topics: [...r.topics] })),
      extraSlots: a.extraSlots.map((e) => ({ ...e, modes: [...e.modes] })),
      absences: a.absences.map((x) => ({ from: x.from, to: x.to, ...(x.reason ? { reason: x.reason } : {}) })),
      minNoticeHours: a.minNoticeHours,
      maxDaysAhead: a.maxDaysAhead,
    };
    this.conflicts = a.conflicts;
  }

  private errorFor(path: string): string | undefined {
    return this.errors.find((e) => e.fieldId === fieldId('av', path))?.message;
  }

  private async fail(error: unknown): Promise<void> {
    if (error instanceof ProblemError && error.status === 422) {
      this.errors = error.fieldErrors.map((e) => ({ fieldId: fieldId('av', e.path), message: e.message }));
      if (!this.errors.length) this.errors = [{ fieldId: 'av-rules', message: error.message }];
      this.host.requestUpdate();
      await this.host.updateComplete;
      focusErrorSummary(this.host.shadowRoot);
    } else this.host.failed(error);
  }

  async showPreview(): Promise<void> {
    if (!this.draft) return;
    try {
      this.preview = await this.host.api.previewAvailability(this.advisorId, this.draft);
      this.conflicts = this.preview.conflicts;
      this.errors = [];
      const count = this.preview.days.reduce((n, d) => n + d.slots.length, 0);
      this.host.announce(msg(str`Vorschau: ${count} buchbare Termine in 14 Tagen.`));
      this.host.requestUpdate();
      await this.host.focusAfterRender('#preview-heading');
    } catch (error) {
      await this.fail(error);
    }
  }

  async save(): Promise<void> {
    if (!this.draft) return;
    try {
      this.apply(await this.host.api.saveAvailability(this.advisorId, this.draft));
      this.errors = [];
      this.saved = this.conflicts.length
        ? msg(str`Gespeichert. ${this.conflicts.length} bestehende Termine passen nicht mehr zu den Zeiten – bitte unten entscheiden.`)
        : msg('Gespeichert. Die neuen Zeiten gelten sofort.');
      this.host.announce(this.saved);
      this.host.requestUpdate();
      await this.host.focusAfterRender('#availability-saved');
    } catch (error) {
      await this.fail(error);
    }
  }

  private update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  private input(id: string, label: string, value: string | number, type: string, onInput: (v: string) => void, extra: { min?: number; max?: number } = {}): TemplateResult {
    const error = this.errorFor(id.replace(/^av-/, '').replace(/-(\d+)-/g, '[$1].'));
    return html`<div class="field compact ${error ? 'has-error' : ''}">
      <label for=${id}>${label}</label>
      ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${error}</p>` : nothing}
      <input id=${id} type=${type} .value=${String(value)} min=${extra.min ?? nothing} max=${extra.max ?? nothing}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
    </div>`;
  }

  private modes(id: string, legend: string, selected: readonly BookingMode[], onChange: (modes: BookingMode[]) => void): TemplateResult {
    const error = this.errorFor(id.replace(/^av-/, '').replace(/-(\d+)-/g, '[$1].'));
    return html`<fieldset class="modes ${error ? 'has-error' : ''}" id=${id}>
      <legend>${legend}</legend>
      ${error ? html`<p class="error-message">${error}</p>` : nothing}
      ${MODES.map(
        (m) => html`<label class="check"><input type="checkbox" .checked=${selected.includes(m)}
          @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked ? [...selected, m] : selected.filter((x) => x !== m))} /> ${modeLabel(m)}</label>`,
      )}
    </fieldset>`;
  }

  private renderRules(d: Draft): TemplateResult {
    return html`<fieldset id="av-rules">
      <legend>${msg('Wöchentliche Zeiten')}</legend>
      ${d.rules.map((r, i) => {
        const name = msg(str`Regel ${i + 1}`);
        return html`<div class="rule" role="group" aria-label=${name}>
          <div class="field compact">
            <label for="av-rules-${i}-weekday">${msg('Wochentag')}</label>
            <select id="av-rules-${i}-weekday" @change=${(e: Event) => this.update(() => (r.weekday = Number((e.target as HTMLSelectElement).value)))}>
              ${[1, 2, 3, 4, 5, 6, 7].map((day) => html`<option value=${day} ?selected=${r.weekday === day}>${weekdayLabel(day)}</option>`)}
            </select>
          </div>
          ${this.input(`av-rules-${i}-starts`, msg('Beginn', { id: 'advisor.availability.rule.starts' }), r.starts, 'time', (v) => (r.starts = v))}
          ${this.input(`av-rules-${i}-ends`, msg('Ende', { id: 'advisor.availability.rule.ends' }), r.ends, 'time', (v) => (r.ends = v))}
          ${this.input(`av-rules-${i}-slotMinutes`, msg('Termindauer (Min.)'), r.slotMinutes, 'number', (v) => (r.slotMinutes = Number(v)), { min: 10, max: 240 })}
          ${this.input(`av-rules-${i}-bufferMinutes`, msg('Puffer (Min.)'), r.bufferMinutes ?? 0, 'number', (v) => (r.bufferMinutes = Number(v)), { min: 0, max: 120 })}
          ${this.modes(`av-rules-${i}-modes`, msg('Formen'), r.modes, (m) => this.update(() => (r.modes = m)))}
          <button class="button link" type="button" @click=${() => this.update(() => d.rules.splice(i, 1))}>${msg(str`${name} entfernen`)}</button>
        </div>`;
      })}
      <button class="button secondary" type="button" @click=${() => this.update(() => d.rules.push({ weekday: 1, starts: '09:00', ends: '12:00', slotMinutes: 45, bufferMinutes: 15, modes: ['vor-ort'], topics: [] }))}>
        ${msg('Zeit hinzufügen')}
      </button>
    </fieldset>`;
  }

  private renderExtras(d: Draft): TemplateResult {
    return html`<fieldset id="av-extraSlots">
      <legend>${msg('Einzelne zusätzliche Termine')}</legend>
      ${d.extraSlots.map(
        (x, i) => html`<div class="rule" role="group" aria-label=${msg(str`Zusatztermin ${i + 1}`)}>
          ${this.input(`av-extraSlots-${i}-date`, msg('Datum', { id: 'advisor.availability.extra.date' }), x.date, 'date', (v) => (x.date = v))}
          ${this.input(`av-extraSlots-${i}-starts`, msg('Beginn', { id: 'advisor.availability.extra.starts' }), x.starts, 'time', (v) => (x.starts = v))}
          ${this.input(`av-extraSlots-${i}-ends`, msg('Ende', { id: 'advisor.availability.extra.ends' }), x.ends, 'time', (v) => (x.ends = v))}
          ${this.modes(`av-extraSlots-${i}-modes`, msg('Formen'), x.modes, (m) => this.update(() => (x.modes = m)))}
          <button class="button link" type="button" @click=${() => this.update(() => d.extraSlots.splice(i, 1))}>${msg(str`Zusatztermin ${i + 1} entfernen`)}</button>
        </div>`,
      )}
      <button class="button secondary" type="button" @click=${() => this.update(() => d.extraSlots.push({ date: '', starts: '10:00', ends: '11:00', modes: ['vor-ort'] }))}>
        ${msg('Zusatztermin hinzufügen')}
      </button>
    </fieldset>`;
  }

  private renderAbsences(d: Draft): TemplateResult {
    return html`<fieldset id="av-absences">
      <legend>${msg('Abwesenheiten (Urlaub, Fortbildung, Krankheit)')}</legend>
      <p class="hint">${msg('An den gesetzlichen Feiertagen Ihres Bundeslandes ist die Beratungsstelle immer geschlossen.', { id: 'advisor.availability.holidaysClosed' })}</p>
      ${d.absences.map(
        (a, i) => html`<div class="rule" role="group" aria-label=${msg(str`Abwesenheit ${i + 1}`)}>
          ${this.input(`av-absences-${i}-from`, msg('Beginn', { id: 'advisor.availability.absence.from' }), a.from, 'date', (v) => (a.from = v))}
          ${this.input(`av-absences-${i}-to`, msg('Ende', { id: 'advisor.availability.absence.to' }), a.to, 'date', (v) => (a.to = v))}
          ${this.input(`av-absences-${i}-reason`, msg('Grund (freiwillig)'), a.reason ?? '', 'text', (v) => (a.reason = v || undefined))}
          <button class="button link" type="button" @click=${() => this.update(() => d.absences.splice(i, 1))}>${msg(str`Abwesenheit ${i + 1} entfernen`)}</button>
        </div>`,
      )}
      <button class="button secondary" type="button" @click=${() => this.update(() => d.absences.push({ from: '', to: '' }))}>${msg('Abwesenheit hinzufügen')}</button>
    </fieldset>`;
  }

  private renderPreview(): TemplateResult | typeof nothing {
    const p = this.preview;
    if (!p) return nothing;
    const locale = this.host.deskLocale;
    return html`<section aria-labelledby="preview-heading" class="preview">
      <h3 id="preview-heading" tabindex="-1">${msg('Vorschau der nächsten 14 Tage (noch nicht gespeichert)')}</h3>
      <ul>
        ${p.days.map(
          (day) => html`<li>
            <strong>${dayLabel(day.date, locale)}:</strong>
            ${day.holiday
              ? msg(str`Feiertag (${day.holiday}), geschlossen`)
              : day.absent
                ? msg('abwesend')
                : day.slots.length
                  ? day.slots.map((s) => `${timeLabel(s.startsAt, locale)}${s.booked ? ` (${msg('gebucht')})` : ''}`).join(', ')
                  : msg('keine Termine')}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderConflicts(): TemplateResult | typeof nothing {
    if (!this.conflicts.length) return nothing;
    const locale = this.host.deskLocale;
    return html`<section aria-labelledby="conflicts-heading" class="conflicts notice">
      <h3 id="conflicts-heading">${msg('Termine, die nicht mehr zu den Zeiten passen')}</h3>
      <p>${msg('Diese Termine bleiben gebucht. Bitte sagen Sie sie unter „Termine“ mit einer Nachricht ab oder passen Sie die Zeiten an.')}</p>
      <ul>
        ${this.conflicts.map((c) => html`<li>${dateTimeLabel(c.startsAt, locale)} (${c.reference}): ${c.reason}</li>`)}
      </ul>
    </section>`;
  }

  render(): TemplateResult {
    const d = this.draft;
    const me = this.host.session.account;
    return html`<section aria-labelledby="view-heading">
      <h2 id="view-heading" tabindex="-1">${msg('Verfügbarkeit')}</h2>
      ${me.role === 'centre-admin' && this.advisors.length
        ? html`<div class="field compact">
            <label for="av-advisor">${msg('Beraterin oder Berater')}</label>
            <select id="av-advisor" @change=${(e: Event) => void this.load((e.target as HTMLSelectElement).value)}>
              ${this.advisors.map((a) => html`<option value=${a.id} ?selected=${a.id === this.advisorId}>${a.displayName}</option>`)}
            </select>
          </div>`
        : nothing}
      ${!this.advisorId ? html`<p>${msg('Ihrem Konto ist keine Beraterin und kein Berater zugeordnet.')}</p>` : nothing}
      ${this.saved ? html`<p id="availability-saved" class="notice success" tabindex="-1">${this.saved}</p>` : nothing}
      ${this.renderConflicts()}
      ${d
        ? html`${errorSummary(this.errors, this.host)}
            <form novalidate @submit=${(e: Event) => {
              e.preventDefault();
              void this.save();
            }}>
              ${this.renderRules(d)}
              <fieldset id="av-window">
                <legend>${msg('Buchbarer Zeitraum')}</legend>
                ${this.input('av-minNoticeHours', msg('Vorlauf in Stunden'), d.minNoticeHours, 'number', (v) => (d.minNoticeHours = Number(v)), { min: 0, max: 720 })}
                ${this.input('av-maxDaysAhead', msg('Höchstens Tage im Voraus'), d.maxDaysAhead, 'number', (v) => (d.maxDaysAhead = Number(v)), { min: 1, max: 365 })}
              </fieldset>
              ${this.renderExtras(d)} ${this.renderAbsences(d)}
              <div class="actions">
                <button class="button secondary" type="button" @click=${() => void this.showPreview()}>${msg('Vorschau anzeigen')}</button>
                <button class="button" type="submit">${msg('Zeiten speichern')}</button>
              </div>
            </form>
            ${this.renderPreview()}`
        : nothing}
    </section>`;
  }
}
