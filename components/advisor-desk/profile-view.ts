/**
 * The centre profile (everyone of the centre reads it, the centre admin changes it) and the audit
 * trail of changes (admin only). Errors come back per field from the server.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ProblemError } from '../../src/api/errors.ts';
import type { AuditEntry, CentreProfile, CentreProfileInput } from '../../src/contract/advisor.ts';
import type { Mode, Topic } from '../../src/contract/centres.ts';
import { errorSummary, focusErrorSummary, type FieldError } from '../ui/error-summary.ts';
import { textField } from '../ui/field.ts';
import type { DeskHost } from './desk-host.ts';
import { ALL_MODES, ALL_TOPICS, dateTimeLabel, fieldId, modeLabel, topicLabel, weekdayLabel } from './labels.ts';

type Draft = Required<CentreProfileInput>;

export class ProfileView {
  profile: CentreProfile | undefined;
  draft: Draft | undefined;
  errors: FieldError[] = [];
  saved = '';
  audit: AuditEntry[] | undefined;

  constructor(private readonly host: DeskHost) {}

  private get admin(): boolean {
    return this.host.session.account.role === 'centre-admin';
  }

  async load(): Promise<void> {
    try {
      this.apply(await this.host.api.centre());
      if (this.admin) this.audit = await this.host.api.audit();
      this.host.requestUpdate();
    } catch (error) {
      this.host.failed(error);
    }
  }

  private apply(p: CentreProfile): void {
    this.profile = p;
    this.draft = {
      name: p.name, carrier: p.carrier, street: p.street, postalCode: p.postalCode, city: p.city, phone: p.phone, email: p.email, web: p.web,
      topics: [...p.topics], languages: [...p.languages], barrierFree: p.barrierFree, accessibilityNote: p.accessibilityNote,
      openingHours: p.openingHours.map((o) => ({ ...o })), modes: [...p.modes], videoRoomUrl: p.videoRoomUrl, bookingEnabled: p.bookingEnabled,
    };
  }

  async save(): Promise<void> {
    if (!this.draft) return;
    try {
      this.apply(await this.host.api.saveCentre(this.draft));
      this.errors = [];
      this.saved = msg('Gespeichert. Der Beratungsstellenfinder zeigt die Änderung sofort.');
      this.audit = await this.host.api.audit();
      this.host.announce(this.saved);
      this.host.requestUpdate();
      await this.host.focusAfterRender('#profile-saved');
    } catch (error) {
      if (error instanceof ProblemError && error.status === 422) {
        this.errors = error.fieldErrors.map((e) => ({ fieldId: fieldId('pf', e.path.split('[')[0]!.split('.')[0]!), message: e.message }));
        this.saved = '';
        this.host.requestUpdate();
        await this.host.updateComplete;
        focusErrorSummary(this.host.shadowRoot);
      } else this.host.failed(error);
    }
  }

  private error(field: string): string | undefined {
    return this.errors.find((e) => e.fieldId === `pf-${field}`)?.message;
  }

  private text(field: keyof Draft & string, label: string, options: { type?: 'text' | 'email' | 'tel'; autocomplete?: string; maxlength?: number; required?: boolean } = {}): TemplateResult {
    const d = this.draft!;
    return textField({
      id: `pf-${field}`, label, value: String(d[field] ?? ''), type: options.type ?? 'text', ...(options.autocomplete ? { autocomplete: options.autocomplete } : {}),
      ...(options.maxlength ? { maxlength: options.maxlength } : {}), required: options.required ?? true, ...(this.error(field) ? { error: this.error(field)! } : {}),
      onInput: (v) => ((d as Record<string, unknown>)[field] = v),
    });
  }

  private checks<T extends string>(field: 'topics' | 'modes', legend: string, all: readonly T[], selected: T[], label: (v: T) => string): TemplateResult {
    const error = this.error(field);
    return html`<fieldset id="pf-${field}" class="${error ? 'has-error' : ''}">
      <legend>${legend}</legend>
      ${error ? html`<p class="error-message">${error}</p>` : nothing}
      ${all.map(
        (v) => html`<label class="check"><input type="checkbox" .checked=${selected.includes(v)}
          @change=${(e: Event) => {
            const list = selected as T[];
            const i = list.indexOf(v);
            if ((e.target as HTMLInputElement).checked && i < 0) list.push(v);
            if (!(e.target as HTMLInputElement).checked && i >= 0) list.splice(i, 1);
          }} /> ${label(v)}</label>`,
      )}
    </fieldset>`;
  }

  private hours(d: Draft): TemplateResult {
    const update = (change: () => void) => {
      change();
      this.host.requestUpdate();
    };
    return html`<fieldset id="pf-openingHours">
      <legend>${msg('Öffnungszeiten')}</legend>
      ${this.error('openingHours') ? html`<p class="error-message">${this.error('openingHours')}</p>` : nothing}
      ${d.openingHours.map(
        (o, i) => html`<div class="rule" role="group" aria-label=${msg(str`Öffnungszeit ${i + 1}`)}>
          <div class="field compact"><label for="pf-hours-${i}-day">${msg('Wochentag', { id: 'advisor.profile.hours.weekday' })}</label>
            <select id="pf-hours-${i}-day" @change=${(e: Event) => (o.day = Number((e.target as HTMLSelectElement).value))}>
              ${[1, 2, 3, 4, 5, 6, 7].map((day) => html`<option value=${day} ?selected=${o.day === day}>${weekdayLabel(day)}</option>`)}
            </select></div>
          <div class="field compact"><label for="pf-hours-${i}-opens">${msg('Öffnet um', { id: 'advisor.profile.hours.opens' })}</label>
            <input id="pf-hours-${i}-opens" type="time" .value=${o.opens} @input=${(e: Event) => (o.opens = (e.target as HTMLInputElement).value)} /></div>
          <div class="field compact"><label for="pf-hours-${i}-closes">${msg('Schließt um', { id: 'advisor.profile.hours.closes' })}</label>
            <input id="pf-hours-${i}-closes" type="time" .value=${o.closes} @input=${(e: Event) => (o.closes = (e.target as HTMLInputElement).value)} /></div>
          <button class="button link" type="button" @click=${() => update(() => d.openingHours.splice(i, 1))}>${msg(str`Öffnungszeit ${i + 1} entfernen`)}</button>
        </div>`,
      )}
      <button class="button secondary" type="button" @click=${() => update(() => d.openingHours.push({ day: 1, opens: '09:00', closes: '12:00' }))}>${msg('Öffnungszeit hinzufügen')}</button>
    </fieldset>`;
  }

  private renderReadOnly(p: CentreProfile): TemplateResult {
    return html`<dl class="facts">
      <dt>${msg('Name')}</dt><dd>${p.name}</dd>
      <dt>${msg('Träger')}</dt><dd>${p.carrier}</dd>
      <dt>${msg('Adresse')}</dt><dd>${p.street}, ${p.postalCode} ${p.city}</dd>
      <dt>${msg('Telefon')}</dt><dd>${p.phone || '–'}</dd>
      <dt>${msg('E-Mail')}</dt><dd>${p.email || '–'}</dd>
      <dt>${msg('Themen')}</dt><dd>${p.topics.map(topicLabel).join(', ')}</dd>
      <dt>${msg('Online-Terminbuchung')}</dt><dd>${p.onlineBooking ? msg('eingeschaltet', { id: 'advisor.profile.onlineBooking.on' }) : msg('ausgeschaltet', { id: 'advisor.profile.onlineBooking.off' })}</dd>
    </dl>
    <p class="hint">${msg('Änderungen am Profil nimmt die Leitung Ihrer Beratungsstelle vor.')}</p>`;
  }

  private renderAudit(): TemplateResult | typeof nothing {
    if (!this.audit) return nothing;
    const locale = this.host.deskLocale;
    const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
    return html`<section aria-labelledby="audit-heading">
      <h3 id="audit-heading">${msg('Änderungsprotokoll')}</h3>
      ${this.audit.length
        ? html`<ol class="audit">
            ${this.audit.map(
              (a) => html`<li>
                <strong>${dateTimeLabel(a.at, locale)}, ${a.actor}</strong> (${a.area === 'profile' ? msg('Profil') : msg('Verfügbarkeit')}):
                <ul>${a.changes.map((c) => html`<li>${c.field}: ${show(c.before)} → ${show(c.after)}</li>`)}</ul>
              </li>`,
            )}
          </ol>`
        : html`<p>${msg('Noch keine Änderungen.')}</p>`}
    </section>`;
  }

  render(): TemplateResult {
    const p = this.profile;
    const d = this.draft;
    const canBook = p ? p.avvSigned && p.landTakesPart : false;
    return html`<section aria-labelledby="view-heading">
      <h2 id="view-heading" tabindex="-1">${msg('Profil der Beratungsstelle')}</h2>
      ${this.saved ? html`<p id="profile-saved" class="notice success" tabindex="-1">${this.saved}</p>` : nothing}
      ${!p || !d
        ? html`<p>${msg('Profil wird geladen …')}</p>`
        : !this.admin
          ? this.renderReadOnly(p)
          : html`${errorSummary(this.errors, this.host)}
              <form novalidate @submit=${(e: Event) => {
                e.preventDefault();
                void this.save();
              }}>
                ${this.text('name', msg('Name der Beratungsstelle'), { autocomplete: 'organization', maxlength: 120 })}
                ${this.text('carrier', msg('Träger'), { maxlength: 80 })}
                ${this.text('street', msg('Straße und Hausnummer'), { autocomplete: 'street-address', maxlength: 100 })}
                ${this.text('postalCode', msg('Postleitzahl'), { autocomplete: 'postal-code', maxlength: 5 })}
                ${this.text('city', msg('Ort'), { autocomplete: 'address-level2', maxlength: 60 })}
                ${this.text('phone', msg('Telefon'), { type: 'tel', maxlength: 30, required: false })}
                ${this.text('email', msg('E-Mail'), { type: 'email', maxlength: 120, required: false })}
                ${this.text('web', msg('Website (https://…)'), { maxlength: 300, required: false })}
                ${this.checks<Topic>('topics', msg('Themen'), ALL_TOPICS, d.topics, topicLabel)}
                ${textField({
                  id: 'pf-languages', label: msg('Sprachen (Kürzel, durch Komma getrennt, z. B. de, tr, ar)'), value: d.languages.join(', '),
                  ...(this.error('languages') ? { error: this.error('languages')! } : {}),
                  onInput: (v) => (d.languages = v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)),
                })}
                <div class="field"><label class="check"><input id="pf-barrierFree" type="checkbox" .checked=${d.barrierFree}
                  @change=${(e: Event) => (d.barrierFree = (e.target as HTMLInputElement).checked)} /> ${msg('Barrierefrei zugänglich')}</label></div>
                ${this.text('accessibilityNote', msg('Hinweise zur Barrierefreiheit'), { maxlength: 300, required: false })}
                ${this.hours(d)}
                ${this.checks<Mode>('modes', msg('Beratungsformen'), ALL_MODES, d.modes, modeLabel)}
                ${this.text('videoRoomUrl', msg('Link zum Videoraum (https://…)'), { maxlength: 300, required: false })}
                <div class="field ${this.error('bookingEnabled') ? 'has-error' : ''}">
                  ${this.error('bookingEnabled') ? html`<p class="error-message" id="pf-bookingEnabled-error">${this.error('bookingEnabled')}</p>` : nothing}
                  <label class="check"><input id="pf-bookingEnabled" type="checkbox" .checked=${d.bookingEnabled} aria-describedby="pf-booking-hint"
                    @change=${(e: Event) => (d.bookingEnabled = (e.target as HTMLInputElement).checked)} /> ${msg('Online-Terminbuchung anbieten')}</label>
                  <p class="hint" id="pf-booking-hint">
                    ${canBook
                      ? msg('Möglich: Ihr Bundesland nimmt teil und der Auftragsverarbeitungsvertrag (AVV) liegt vor.')
                      : !p.landTakesPart
                        ? msg('Nicht möglich: Ihr Bundesland nimmt an der Online-Terminbuchung noch nicht teil.')
                        : msg('Nicht möglich: Der Auftragsverarbeitungsvertrag (AVV) liegt noch nicht vor.')}
                  </p>
                </div>
                <button class="button" type="submit">${msg('Profil speichern')}</button>
              </form>
              ${this.renderAudit()}`}
    </section>`;
  }
}
