/** The filters of the search: topics, offer modes, language, barrier-free access, open now, radius. */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { choiceField } from '../ui/field.ts';
import type { Mode, Topic } from '../../src/contract/centres.ts';
import { LANGUAGE_IDS, MODE_IDS, TOPIC_IDS, languageLabel, modeLabel, topicLabel } from './labels.ts';
import { RADIUS_OPTIONS, activeFilterCount, type Filters } from './search-state.ts';
import { numberFormat } from '../../src/i18n/format.ts';

export interface FiltersViewOptions {
  filters: Filters;
  radiusKm: number;
  locale: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  onFilters: (next: Filters) => void;
  onRadius: (km: number) => void;
}

export function renderRadius(o: Pick<FiltersViewOptions, 'radiusKm' | 'onRadius' | 'locale'>) {
  const options: number[] = RADIUS_OPTIONS.includes(o.radiusKm as (typeof RADIUS_OPTIONS)[number])
    ? [...RADIUS_OPTIONS]
    : [...RADIUS_OPTIONS, o.radiusKm].sort((a, b) => a - b);
  const km = numberFormat(o.locale);
  return html`<div class="field radius">
    <label for="radius">${msg('Umkreis')}</label>
    <select id="radius" @change=${(e: Event) => o.onRadius(Number((e.target as HTMLSelectElement).value))}>
      ${options.map((r) => html`<option value=${r} ?selected=${r === o.radiusKm}>${msg(str`${km.format(r)} km`)}</option>`)}
    </select>
  </div>`;
}

export function renderFilters(o: FiltersViewOptions) {
  const f = o.filters;
  const count = activeFilterCount(f);
  const update = (patch: Partial<Filters>) => o.onFilters({ ...f, ...patch });
  return html`<details class="filters" ?open=${o.open} @toggle=${(e: Event) => o.onToggle((e.target as HTMLDetailsElement).open)}>
    <summary>${count ? msg(str`Suche eingrenzen (${count} gewählt)`) : msg('Suche eingrenzen')}</summary>
    <div class="filter-grid">
      ${choiceField({
        id: 'topic',
        label: msg('Thema'),
        hint: msg('Sie können mehrere wählen.'),
        multiple: true,
        options: TOPIC_IDS.map((t) => ({ value: t, label: topicLabel(t) })),
        value: f.topics,
        onChange: (v) => update({ topics: v as Topic[] }),
      })}
      ${choiceField({
        id: 'mode',
        label: msg('Art der Beratung'),
        multiple: true,
        options: MODE_IDS.map((m) => ({ value: m, label: modeLabel(m) })),
        value: f.modes,
        onChange: (v) => update({ modes: v as Mode[] }),
      })}
      <div class="field">
        <label for="language">${msg('Beratung in der Sprache')}</label>
        <select
          id="language"
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            update({ languages: v ? [v] : [] });
          }}
        >
          <option value="" ?selected=${!f.languages.length}>${msg('egal')}</option>
          ${LANGUAGE_IDS.map((l) => html`<option value=${l} ?selected=${f.languages.includes(l)}>${languageLabel(l, o.locale)}</option>`)}
        </select>
      </div>
      ${choiceField({
        id: 'more',
        label: msg('Weitere Wünsche'),
        multiple: true,
        options: [
          { value: 'barrierFree', label: msg('barrierefrei zugänglich') },
          { value: 'openNow', label: msg('jetzt geöffnet') },
        ],
        value: [f.barrierFree ? 'barrierFree' : '', f.openNow ? 'openNow' : ''].filter(Boolean),
        onChange: (v) => update({ barrierFree: v.includes('barrierFree'), openNow: v.includes('openNow') }),
      })}
    </div>
  </details>`;
}
