/** The configurator's form steps: services, offices, theme, and languages/sites/links. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { SERVICE_CATALOGUE } from '../../src/catalogue/services.ts';
import { LOCALE_NAMES, LOCALES } from '../../src/i18n/locales.ts';
import { contrastVerdicts } from '../../src/onboarding/configurator/contrast-verdict.ts';
import {
  emptyOffice,
  LINK_KEYS,
  THEME_COLOURS,
  type KommuneDraft,
  type LinkKey,
  type MapDraft,
  type OfficeDraft,
  type ThemeColour,
} from '../../src/onboarding/configurator/draft.ts';
import { fieldId } from '../../src/onboarding/configurator/steps.ts';
import type { TenantIssue } from '../../src/tenant/issues.ts';
import type { LandConfig } from '../../src/tenant/schema.ts';
import { choiceField, textField } from '../ui/field.ts';
import { errorAt } from './issue-fields.ts';

export interface StepOptions {
  draft: KommuneDraft;
  land: LandConfig;
  issues: readonly TenantIssue[];
  edit: (patch: Partial<KommuneDraft>) => void;
}

const serviceName = (id: string) => SERVICE_CATALOGUE.find((s) => s.id === id)?.name ?? id;

function textArea(o: { id: string; label: string; hint?: string; error?: string; value: string; rows?: number; onInput: (v: string) => void }) {
  const described = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="error-message" id="${o.id}-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${o.error}</p>` : nothing}
    <textarea
      id=${o.id}
      rows=${o.rows ?? 3}
      .value=${live(o.value)}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(described || undefined)}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

function selectField(o: { id: string; label: string; error?: string; value: string; options: Array<{ value: string; label: string }>; onChange: (v: string) => void }) {
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${o.id}>${o.label}</label>
    ${o.error ? html`<p class="error-message" id="${o.id}-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${o.error}</p>` : nothing}
    <select
      id=${o.id}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(o.error ? `${o.id}-error` : undefined)}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      ${o.options.map((opt) => html`<option value=${opt.value} ?selected=${opt.value === o.value}>${opt.label}</option>`)}
    </select>
  </div>`;
}

export function servicesStep({ draft, land, issues, edit }: StepOptions): TemplateResult {
  const chosen = draft.services.map((s) => s.service);
  const setServices = (ids: string[]) =>
    edit({
      services: land.services
        .filter((s) => ids.includes(s.service))
        .map((s) => draft.services.find((d) => d.service === s.service) ?? { service: s.service, office: '', onlineApplication: false, applicationKey: '' }),
    });
  return html`
    ${textField({ id: fieldId('name'), label: msg('Name der Kommune'), hint: msg('So sehen ihn Bürgerinnen und Bürger, z. B. „Stadt Musterstadt“.'), value: draft.name, error: errorAt(issues, 'name'), onInput: (name) => edit({ name }) })}
    ${textField({
      id: fieldId('ags'),
      label: msg('Amtlicher Gemeindeschlüssel (AGS)'),
      hint: msg(str`8 Ziffern; in ${land.name} beginnt er mit ${land.key}.`),
      value: draft.ags,
      inputmode: 'numeric',
      width: 10,
      error: errorAt(issues, 'ags', 'land'),
      onInput: (ags) => edit({ ags }),
    })}
    ${choiceField({
      id: fieldId('services'),
      label: msg('Welche Leistungen möchten Sie anbieten?'),
      hint: msg(str`Angeboten werden nur Leistungen, die ${land.name} übernommen hat. Für jede brauchen Sie einen Einzelabruf.`),
      multiple: true,
      value: chosen,
      error: errorAt(issues, 'services', ...draft.services.map((_, i) => `services[${i}].service`)),
      options: land.services.map((s) => ({ value: s.service, label: serviceName(s.service), hint: s.provider })),
      onChange: setServices,
    })}
  `;
}

function officeFields(office: OfficeDraft, index: number, o: StepOptions): TemplateResult {
  const p = `offices[${index}]`;
  const set = (patch: Partial<OfficeDraft>) => o.edit({ offices: o.draft.offices.map((x, i) => (i === index ? { ...x, ...patch } : x)) });
  const f = (key: keyof OfficeDraft, label: string, extra: { hint?: string; type?: 'email' | 'tel'; width?: number; path?: string } = {}) =>
    textField({
      id: fieldId(extra.path ?? `${p}.${key}`),
      label,
      value: office[key],
      error: errorAt(o.issues, extra.path ?? `${p}.${key}`),
      onInput: (v) => set({ [key]: v }),
      ...(extra.hint ? { hint: extra.hint } : {}),
      ...(extra.type ? { type: extra.type } : {}),
      ...(extra.width ? { width: extra.width } : {}),
    });
  return html`<fieldset class="office">
    <legend>${office.name || msg(str`Stelle ${index + 1}`)}</legend>
    ${f('id', msg('Kennung'), { hint: msg('Kleinbuchstaben, Ziffern und -, z. B. „sozialamt“.'), width: 20 })}
    ${f('name', msg('Name der Stelle'))} ${f('street', msg('Straße und Hausnummer'))}
    ${f('postalCode', msg('Postleitzahl'), { width: 5 })} ${f('city', msg('Ort'))}
    ${textArea({ id: fieldId(`${p}.openingHours`), label: msg('Öffnungszeiten (eine Zeile je Angabe)'), value: office.openingHours, error: errorAt(o.issues, `${p}.openingHours`), onInput: (v) => set({ openingHours: v }) })}
    ${f('phone', msg('Telefon'), { type: 'tel', path: `${p}.contact.phone` })}
    ${f('email', msg('E-Mail'), { type: 'email', path: `${p}.contact.email` })}
    ${f('web', msg('Webseite'), { path: `${p}.contact.web` })}
    ${o.draft.offices.length > 1
      ? html`<button type="button" class="button link" @click=${() => o.edit({ offices: o.draft.offices.filter((_, i) => i !== index) })}>
          ${msg(str`Stelle „${office.name || index + 1}“ entfernen`)}
        </button>`
      : nothing}
  </fieldset>`;
}

export function officesStep(o: StepOptions): TemplateResult {
  const { draft, issues, edit } = o;
  const officeOptions = draft.offices.map((x) => ({ value: x.id, label: x.name || x.id || msg('(ohne Namen)') }));
  const setService = (index: number, patch: Partial<KommuneDraft['services'][number]>) =>
    edit({ services: draft.services.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
  return html`
    ${draft.offices.map((office, i) => officeFields(office, i, o))}
    <div class="actions">
      <button type="button" class="button secondary" @click=${() => edit({ offices: [...draft.offices, emptyOffice()] })}>${msg('Weitere Stelle hinzufügen')}</button>
    </div>
    ${selectField({
      id: fieldId('generalOffice'),
      label: msg('Allgemeine Anlaufstelle (meist das Sozialamt)'),
      value: draft.generalOffice,
      error: errorAt(issues, 'generalOffice'),
      options: [{ value: '', label: msg('Bitte wählen') }, ...officeOptions],
      onChange: (generalOffice) => edit({ generalOffice }),
    })}
    <h3>${msg('Zuständige Stelle je Leistung')}</h3>
    ${draft.services.map(
      (s, i) => html`<fieldset class="service">
        <legend>${serviceName(s.service)}</legend>
        ${selectField({
          id: fieldId(`services[${i}].office`),
          label: msg('Zuständige Stelle'),
          value: s.office,
          error: errorAt(issues, `services[${i}].office`),
          options: [{ value: '', label: msg('Keine eigene Stelle (allgemeine Anlaufstelle)') }, ...officeOptions],
          onChange: (office) => setService(i, { office }),
        })}
        <div class="choice">
          <input type="checkbox" id=${fieldId(`services[${i}].onlineApplication`)} .checked=${live(s.onlineApplication)} @change=${(e: Event) => setService(i, { onlineApplication: (e.target as HTMLInputElement).checked })} />
          <label for=${fieldId(`services[${i}].onlineApplication`)}>${msg('Online-Antrag anbieten')}</label>
        </div>
        ${s.onlineApplication
          ? textArea({
              id: fieldId(`services[${i}].applicationKey`),
              label: msg('Öffentlicher Schlüssel der Stelle (JWK)'),
              hint: msg('Anträge werden mit diesem Schlüssel verschlüsselt. Ihr Fachverfahren oder Ihr IT-Dienstleister stellt ihn bereit.'),
              value: s.applicationKey,
              rows: 4,
              error: errorAt(issues, `services[${i}].applicationKey`),
              onInput: (applicationKey) => setService(i, { applicationKey }),
            })
          : nothing}
      </fieldset>`,
    )}
  `;
}

const COLOUR_LABELS: Record<ThemeColour, () => string> = {
  primary: () => msg('Hauptfarbe (Schaltflächen, Links)'),
  onPrimary: () => msg('Schrift auf Schaltflächen'),
  background: () => msg('Hintergrund'),
  text: () => msg('Text'),
  focus: () => msg('Fokusrahmen'),
};

export function themeStep({ draft, issues, edit }: StepOptions): TemplateResult {
  const verdicts = contrastVerdicts(draft.theme);
  const failing = verdicts.filter((v) => v.issue).length;
  const set = (key: ThemeColour, value: string) => edit({ theme: { ...draft.theme, [key]: value } });
  return html`
    <p>${msg('Wählen Sie Ihre Farben. Jede Farbpaarung wird sofort nach WCAG 2.2 AA geprüft, wie es die BITV verlangt.')}</p>
    ${THEME_COLOURS.map((key) => {
      const id = fieldId(`theme.${key}`);
      const error = errorAt(issues, `theme.${key}`);
      return html`<div class="field colour ${error ? 'has-error' : ''}">
        <label for=${id}>${COLOUR_LABELS[key]()}</label>
        <p class="hint" id="${id}-hint">${msg('Format #RRGGBB')}</p>
        ${error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Fehler:')}</span> ${error}</p>` : nothing}
        <div class="colour-row">
          <input
            id=${id}
            type="text"
            class="width-10"
            .value=${live(draft.theme[key])}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
            @input=${(e: Event) => set(key, (e.target as HTMLInputElement).value)}
          />
          <input
            type="color"
            aria-label=${msg(str`${COLOUR_LABELS[key]()}: Farbwähler`)}
            .value=${live(/^#[0-9a-f]{6}$/i.test(draft.theme[key]) ? draft.theme[key].toLowerCase() : '#000000')}
            @input=${(e: Event) => set(key, (e.target as HTMLInputElement).value)}
          />
        </div>
      </div>`;
    })}
    <h3>${msg('Kontrast')}</h3>
    <p role="status" class="verdict-summary">
      ${failing ? msg(str`${failing} Farbpaarungen sind zu kontrastarm.`) : msg('Alle Farbpaarungen erfüllen WCAG 2.2 AA.')}
    </p>
    <ul class="verdicts">
      ${verdicts.map(
        (v) => html`<li class=${v.issue ? 'fail' : 'pass'}>
          <strong>${v.issue ? msg('Nicht ausreichend') : msg('Ausreichend')}:</strong>
          ${msg(str`${COLOUR_LABELS[v.foreground]()} auf ${COLOUR_LABELS[v.background]()}`, { id: 'onboarding.contrast.pair' })} –
          ${v.ratio === undefined ? msg('noch keine gültige Farbe') : `${v.ratio.toFixed(2)}:1`} (${msg(str`mindestens ${v.minimum}:1`)})
          ${v.issue ? html`<br />${v.issue.fix}` : nothing}
        </li>`,
      )}
    </ul>
  `;
}

const LINK_LABELS: Record<LinkKey, () => string> = {
  imprint: () => msg('Impressum'),
  privacy: () => msg('Datenschutzerklärung'),
  accessibility: () => msg('Erklärung zur Barrierefreiheit'),
  feedback: () => msg('Feedback-Möglichkeit (Barrierefreiheit)'),
};

export function settingsStep({ draft, issues, edit }: StepOptions): TemplateResult {
  const region = draft.region;
  return html`
    ${choiceField({
      id: fieldId('locales'),
      label: msg('Sprachen der Widgets'),
      multiple: true,
      value: draft.locales,
      error: errorAt(issues, 'locales'),
      options: LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })),
      onChange: (locales) => edit({ locales }),
    })}
    ${selectField({
      id: fieldId('defaultLocale'),
      label: msg('Standardsprache'),
      value: draft.defaultLocale,
      error: errorAt(issues, 'defaultLocale'),
      options: LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })),
      onChange: (defaultLocale) => edit({ defaultLocale }),
    })}
    ${textArea({
      id: fieldId('origins'),
      label: msg('Ihre Websites (eine Herkunft je Zeile)'),
      hint: msg('Nur Adressen, auf denen die Widgets eingebunden werden, z. B. https://www.musterstadt.de – ohne Pfad.'),
      value: draft.origins,
      error: errorAt(issues, 'origins', ...draft.origins.split('\n').map((_, i) => `origins[${i}]`)),
      onInput: (origins) => edit({ origins }),
    })}
    <h3>${msg('Pflichtangaben Ihrer Website')}</h3>
    ${LINK_KEYS.map((key) =>
      textField({
        id: fieldId(`links.${key}`),
        label: LINK_LABELS[key](),
        hint: key === 'feedback' ? msg('Adresse mit https:// oder mailto:') : msg('Adresse mit https://'),
        value: draft.links[key],
        error: errorAt(issues, `links.${key}`),
        onInput: (value) => edit({ links: { ...draft.links, [key]: value } }),
      }),
    )}
    <h3>${msg('Region für die Beratungsstellensuche')}</h3>
    ${textField({ id: fieldId('counsellingRegion.centre.lat'), label: msg('Mittelpunkt: Breitengrad'), hint: msg('z. B. 51.5136'), inputmode: 'decimal', width: 10, value: region.lat, error: errorAt(issues, 'counsellingRegion.centre.lat'), onInput: (lat) => edit({ region: { ...region, lat } }) })}
    ${textField({ id: fieldId('counsellingRegion.centre.lon'), label: msg('Mittelpunkt: Längengrad'), hint: msg('z. B. 7.4653'), inputmode: 'decimal', width: 10, value: region.lon, error: errorAt(issues, 'counsellingRegion.centre.lon'), onInput: (lon) => edit({ region: { ...region, lon } }) })}
    ${textField({ id: fieldId('counsellingRegion.radiusKm'), label: msg('Umkreis in Kilometern'), inputmode: 'numeric', width: 5, value: region.radiusKm, error: errorAt(issues, 'counsellingRegion.radiusKm'), onInput: (radiusKm) => edit({ region: { ...region, radiusKm } }) })}
    ${mapFields(draft.map, issues, (map) => edit({ map }))}
  `;
}

/** The optional map of the counselling finder (tenant setting `counsellingMap`). */
function mapFields(map: MapDraft, issues: readonly TenantIssue[], change: (map: MapDraft) => void): TemplateResult {
  return html`<h3>${msg('Karte in der Beratungsstellensuche (freiwillig)')}</h3>
    <p class="hint">
      ${msg('Ohne Kachel-Adresse gibt es keine Karte. Mit ihr können Bürgerinnen und Bürger über der Trefferliste eine Karte einblenden. Erst dann lädt ihr Browser Kartenbilder von diesem Server, der dabei ihre IP-Adresse erfährt. Erlauben Sie den Server in der Content-Security-Policy Ihrer Website (img-src).')}
    </p>
    ${textField({ id: fieldId('counsellingMap.tiles'), label: msg('Adresse der Kartenkacheln'), hint: msg('Mit {z}, {x} und {y}, z. B. https://kacheln.musterstadt.de/{z}/{x}/{y}.png'), value: map.tiles, error: errorAt(issues, 'counsellingMap.tiles', 'counsellingMap'), onInput: (tiles) => change({ ...map, tiles }) })}
    ${textField({ id: fieldId('counsellingMap.attribution'), label: msg('Quellenangabe der Karte'), hint: msg('Wie es die Lizenz der Kacheln verlangt, z. B. © OpenStreetMap-Mitwirkende'), value: map.attribution, error: errorAt(issues, 'counsellingMap.attribution'), onInput: (attribution) => change({ ...map, attribution }) })}
    ${textField({ id: fieldId('counsellingMap.attributionUrl'), label: msg('Link der Quellenangabe (freiwillig)'), hint: msg('z. B. https://www.openstreetmap.org/copyright'), value: map.attributionUrl, error: errorAt(issues, 'counsellingMap.attributionUrl'), onInput: (attributionUrl) => change({ ...map, attributionUrl }) })}
    ${textField({ id: fieldId('counsellingMap.maxZoom'), label: msg('Größte Zoomstufe des Kachel-Servers (freiwillig)'), hint: msg('Ohne Angabe 18'), inputmode: 'numeric', width: 5, value: map.maxZoom, error: errorAt(issues, 'counsellingMap.maxZoom'), onInput: (maxZoom) => change({ ...map, maxZoom }) })}`;
}
