import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { SozElement } from '../ui/soz-element.ts';
import { formStyles } from '../ui/form-styles.ts';
import { errorSummary, focusErrorSummary } from '../ui/error-summary.ts';
import type { CentreDetail, CentreSummary } from '../../src/contract/centres.ts';
import type { PlaceCandidate } from '../../src/contract/places.ts';
import { GEODATA_SOURCES } from '../../src/geo/attribution.ts';
import { roundPosition } from '../../src/geo/round.ts';
import { finderStyles } from './counselling-finder.styles.ts';
import { renderCentreCard, renderCentreDetail, type CentreViewContext } from './centre-view.ts';
import { createFinderApi, type FinderApi } from './finder-api.ts';
import { renderFilters, renderRadius } from './filters-view.ts';
import { renderHelplines } from './helplines-view.ts';
import { modeLabel, topicLabel, languageLabel } from './labels.ts';
import { PlaceComboboxController, renderPlaceCombobox } from './place-combobox.ts';
import { reuseUnchanged } from './stable-results.ts';
import { CentreMapController } from './map/map-toggle.ts';
import { numberFormat } from '../../src/i18n/format.ts';
import {
  PAGE_SIZE,
  activeFilterCount,
  emptyFilters,
  isPostalCode,
  parseRadius,
  parseTopics,
  toQuery,
  widerRadius,
  type Filters,
  type FinderSearch,
  type SearchPoint,
} from './search-state.ts';

type Ready = { status: 'ready'; search: FinderSearch; items: CentreSummary[]; total: number; remote?: CentreSummary[] };

/**
 * While a new search runs, the list found before stays on screen, marked busy (`previous`): tearing
 * it down and building it again cost more than a frame, and the nearest centres mostly stay the same
 * when the radius or a filter changes. Without a list on screen, the loading view shows at once.
 */
type Results =
  | { status: 'idle' }
  | { status: 'loading'; previous?: Ready }
  | Ready
  | { status: 'error'; search: FinderSearch };

type Detail = { status: 'loading'; id: string } | { status: 'ready'; id: string; centre: CentreDetail } | { status: 'error'; id: string };

type Locating = 'idle' | 'explain' | 'locating' | 'failed';

/** Filter changes run the search again once the citizen pauses, not on every click. */
const FILTER_DEBOUNCE_MS = 250;
/**
 * With results on screen, a new search shows "searching" in the list's heading only when it takes
 * this long: an answer within a few dozen ms would make the heading flicker and cost two layouts.
 * The live region says "searching" at once, as always.
 */
const SLOW_SEARCH_MS = 500;

export interface CentreSelectedDetail {
  centreId: string;
}

export interface SearchChangedDetail {
  place?: string;
  topic: string;
  radius: string;
}

/**
 * @summary Finds counselling centres (Beratungsstellen) near a place, by topic and need, with
 * contact data, opening hours and, where offered, online booking.
 *
 * @attr topic - Preselected topics, e.g. `schuldnerberatung` or `schuldnerberatung suchtberatung`.
 * @attr place - Preselected PLZ or place name; the search runs at once.
 * @attr radius - Preselected radius in km (default 25).
 *
 * @fires soz-centre-selected - A centre's details were opened. `detail: { centreId }`.
 * @fires soz-search-changed - A search ran. `detail: { place?, topic, radius }` in the form of the
 *   attributes, so a portal can put it into its URL (bookmarkable). A browser position is never included.
 * @fires soz-book-appointment - "Termin buchen" was chosen. `detail: { centreId }`; the link also
 *   points to `#termin?centre=<id>`.
 *
 * @csspart root - The outer container.
 * @csspart result - One centre in the result list.
 * @csspart detail - The detail view of a centre.
 * @csspart helplines - The national helplines.
 *
 * @cssprop --soz-color-primary - Buttons and links.
 * @cssprop --soz-color-success - The "jetzt geöffnet" mark.
 * @cssprop --soz-color-surface - Background of notices and the suggestion list.
 */
export class SozCounsellingFinder extends SozElement {
  static override styles = [...SozElement.styles, formStyles, finderStyles];

  @property() topic?: string;
  @property() place?: string;
  @property() radius?: string;

  @state() private filters: Filters = emptyFilters();
  @state() private radiusKm = 25;
  @state() private point?: SearchPoint;
  @state() private results: Results = { status: 'idle' };
  @state() private detail?: Detail;
  @state() private choice?: PlaceCandidate[];
  @state() private placeError?: string;
  @state() private locating: Locating = 'idle';
  @state() private filtersOpen = false;
  @state() private announcement = '';
  @state() private loadingMore = false;
  /** A search with results on screen has been running longer than SLOW_SEARCH_MS. */
  @state() private slowSearch = false;

  /** Replaceable in one place for a deployment with its own API base; requests go through src/api. */
  private api: FinderApi = createFinderApi();
  /** The optional map (tenant setting `counsellingMap`): offered above the list, loaded on the click. */
  private readonly map = new CentreMapController(this);
  private readonly combobox = new PlaceComboboxController(
    this,
    (q, signal) => this.api.suggestPlaces(q, signal),
    (candidate) => void this.choosePlace(candidate),
  );
  private searchAbort?: AbortController;
  private detailAbort?: AbortController;
  private filterTimer?: ReturnType<typeof setTimeout>;
  private slowTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searchAbort?.abort();
    this.detailAbort?.abort();
    clearTimeout(this.filterTimer);
    clearTimeout(this.slowTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic')) this.filters = { ...this.filters, topics: parseTopics(this.topic) };
    if (changed.has('radius')) this.radiusKm = parseRadius(this.radius);
    if (!this.hasUpdated && this.place?.trim()) this.combobox.text = this.place.trim();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A host (the portal's router) may change the place later; the first value is handled in firstUpdated.
    if (changed.has('place') && changed.get('place') !== undefined && this.place?.trim()) {
      this.combobox.setText(this.place.trim());
      void this.resolveTypedPlace(this.place.trim(), false);
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.place?.trim()) void this.resolveTypedPlace(this.place.trim(), false);
  }

  // ---- place ---------------------------------------------------------------------------------

  private async choosePlace(candidate: PlaceCandidate, moveFocus = true): Promise<void> {
    this.choice = undefined;
    this.placeError = undefined;
    this.point = {
      label: candidate.label,
      lat: candidate.place.lat,
      lon: candidate.place.lon,
      postalCode: candidate.postalCode,
      query: candidate.postalCode ?? candidate.place.name,
    };
    this.combobox.setText(candidate.label);
    await this.runSearch(moveFocus);
  }

  /** Submit without choosing a suggestion: a PLZ, or a name typed out in full. */
  private async resolveTypedPlace(text: string, moveFocus = true): Promise<void> {
    const controller = new AbortController();
    let candidates: PlaceCandidate[];
    try {
      candidates = isPostalCode(text)
        ? await this.api.placesByPostalCode(text.trim(), controller.signal)
        : await this.api.suggestPlaces(text, controller.signal);
    } catch {
      this.results = { status: 'error', search: this.pendingSearch() };
      this.announcement = msg('Die Suche hat nicht geklappt.');
      if (moveFocus) await this.focusSelector('#results-heading');
      return;
    }
    const normalized = text.trim().toLocaleLowerCase('de');
    const exact = candidates.filter((c) => c.place.name.toLocaleLowerCase('de') === normalized || c.postalCode === text.trim());
    const pick = isPostalCode(text) ? candidates : exact.length ? exact : candidates.slice(0, 1);
    if (pick.length === 0) {
      this.placeError = isPostalCode(text)
        ? msg(str`Die Postleitzahl ${text.trim()} kennen wir nicht. Bitte prüfen Sie die Eingabe.`)
        : msg('Diesen Ort kennen wir nicht. Prüfen Sie die Schreibweise oder geben Sie die Postleitzahl ein.');
      await this.updateComplete;
      if (moveFocus) focusErrorSummary(this.shadowRoot);
      return;
    }
    if (pick.length > 1) {
      // One PLZ can cover several places: the citizen says which one, we do not guess.
      this.choice = pick;
      this.announcement = msg(str`Die Postleitzahl gehört zu ${pick.length} Orten. Bitte wählen Sie Ihren Ort.`);
      if (moveFocus) await this.focusSelector('#choice-heading');
      return;
    }
    await this.choosePlace(pick[0] as PlaceCandidate, moveFocus);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const text = this.combobox.text.trim();
    this.combobox.close();
    if (this.point && text === this.point.label) return this.runSearch(true);
    if (!text) {
      this.placeError = msg('Geben Sie eine Postleitzahl oder einen Ort ein.');
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
      return;
    }
    this.point = undefined;
    await this.resolveTypedPlace(text);
  }

  private async useLocation(): Promise<void> {
    if (!('geolocation' in navigator)) {
      this.locating = 'failed';
      return;
    }
    this.locating = 'locating';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = 'idle';
        // Coarsened on the device before anything else sees it.
        const { lat, lon } = roundPosition({ lat: position.coords.latitude, lon: position.coords.longitude });
        this.point = { label: msg('Ihr Standort (auf etwa 1 km gerundet)'), lat, lon, fromDevice: true };
        this.combobox.setText(this.point.label);
        void this.runSearch(true);
      },
      () => {
        this.locating = 'failed';
        void this.focusSelector('#locate-failed');
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }

  // ---- search ----------------------------------------------------------------------------------

  private pendingSearch(): FinderSearch {
    return { point: this.point ?? { label: '', lat: 0, lon: 0 }, radiusKm: this.radiusKm, filters: this.filters };
  }

  private async runSearch(moveFocus: boolean): Promise<void> {
    if (!this.point) return;
    clearTimeout(this.filterTimer);
    this.searchAbort?.abort();
    const controller = new AbortController();
    this.searchAbort = controller;
    const search: FinderSearch = { point: this.point, radiusKm: this.radiusKm, filters: this.filters };
    // After a filter change the list already says so (scheduleSearch); no second render before the answer.
    if (this.results.status !== 'loading') this.showSearching();
    const shown = this.shownList();
    try {
      const page = await this.api.searchCentres(toQuery(search, 0), controller.signal);
      let remote: CentreSummary[] | undefined;
      if (page.total === 0) remote = await this.remoteOffers(search, controller.signal);
      if (controller.signal.aborted) return;
      const items = reuseUnchanged(shown?.items, page.items);
      clearTimeout(this.slowTimer);
      this.slowSearch = false;
      this.results = { status: 'ready', search, items, total: page.total, remote };
      this.announcement = this.countText(page.items.length, page.total);
      this.announceSearch(search);
    } catch {
      if (controller.signal.aborted) return;
      clearTimeout(this.slowTimer);
      this.slowSearch = false;
      this.results = { status: 'error', search };
      this.announcement = msg('Die Suche hat nicht geklappt.');
    }
    if (moveFocus) await this.focusSelector('#results-heading');
  }

  /** Marks the results as being searched: the list on screen stays (busy), the live region says it at once. */
  private showSearching(): void {
    const shown = this.shownList();
    this.results = { status: 'loading', previous: shown };
    this.announcement = msg('Beratungsstellen werden gesucht …');
    clearTimeout(this.slowTimer);
    this.slowSearch = false;
    if (shown) this.slowTimer = setTimeout(() => (this.slowSearch = true), SLOW_SEARCH_MS);
  }

  /** The result list on screen now (also while a newer search loads), if there is one. */
  private shownList(): Ready | undefined {
    const r = this.results;
    if (r.status === 'loading') return r.previous;
    return r.status === 'ready' && r.total > 0 ? r : undefined;
  }

  private announceSearch(search: FinderSearch): void {
    const detail: SearchChangedDetail = {
      // A position from the browser stays out: the host may write this into a URL.
      ...(search.point.fromDevice ? {} : { place: search.point.query ?? search.point.label }),
      topic: search.filters.topics.join(' '),
      radius: String(search.radiusKm),
    };
    this.dispatchEvent(new CustomEvent<SearchChangedDetail>('soz-search-changed', { detail, bubbles: true, composed: true }));
  }

  /** With nothing nearby: centres that counsel by phone, video or chat, from anywhere. */
  private async remoteOffers(search: FinderSearch, signal: AbortSignal): Promise<CentreSummary[]> {
    const remote: FinderSearch = {
      ...search,
      radiusKm: 300,
      filters: { ...emptyFilters(), topics: search.filters.topics, modes: ['telefon', 'video', 'chat'] },
    };
    try {
      return (await this.api.searchCentres(toQuery(remote, 0, 5), signal)).items;
    } catch {
      return [];
    }
  }

  private async loadMore(): Promise<void> {
    const r = this.results;
    if (r.status !== 'ready' || this.loadingMore) return;
    this.loadingMore = true;
    const controller = new AbortController();
    this.searchAbort = controller;
    const firstNew = r.items.length;
    try {
      const page = await this.api.searchCentres(toQuery(r.search, firstNew), controller.signal);
      const items = [...r.items, ...page.items];
      this.results = { ...r, items, total: page.total };
      this.announcement = this.countText(items.length, page.total);
      this.loadingMore = false;
      await this.updateComplete;
      this.shadowRoot?.querySelectorAll<HTMLElement>('.results .title')[firstNew]?.focus();
    } catch {
      this.loadingMore = false;
      if (!controller.signal.aborted) this.announcement = msg('Weitere Ergebnisse konnten nicht geladen werden. Bitte versuchen Sie es erneut.');
    }
  }

  private countText(shown: number, total: number): string {
    if (total === 0) return msg('Keine Beratungsstelle gefunden.');
    if (total === 1) return msg('1 Beratungsstelle gefunden.');
    if (shown >= total) return msg(str`${total} Beratungsstellen gefunden.`);
    return msg(str`${total} Beratungsstellen gefunden, ${shown} werden angezeigt.`);
  }

  private changeFilters(next: Filters): void {
    this.filters = next;
    this.scheduleSearch();
  }

  private changeRadius(km: number): void {
    this.radiusKm = km;
    this.scheduleSearch();
  }

  /**
   * The search runs when the citizen pauses; the list is marked busy at once, in the render the
   * change itself causes, so that the search costs no extra render until its answer.
   */
  private scheduleSearch(): void {
    if (!this.point) return;
    if (this.results.status !== 'loading') this.showSearching();
    clearTimeout(this.filterTimer);
    this.filterTimer = setTimeout(() => void this.runSearch(false), FILTER_DEBOUNCE_MS);
  }

  /** Suggestions in the no-results view: run at once and move focus to the new results. */
  private async widen(km: number): Promise<void> {
    this.radiusKm = km;
    await this.runSearch(true);
  }

  private async removeFilter(patch: Partial<Filters>): Promise<void> {
    this.filters = { ...this.filters, ...patch };
    await this.runSearch(true);
  }

  // ---- detail ----------------------------------------------------------------------------------

  private async openDetail(id: string): Promise<void> {
    this.detailAbort?.abort();
    const controller = new AbortController();
    this.detailAbort = controller;
    this.detail = { status: 'loading', id };
    this.dispatchEvent(
      new CustomEvent<CentreSelectedDetail>('soz-centre-selected', { detail: { centreId: id }, bubbles: true, composed: true }),
    );
    try {
      const full = await this.api.centre(id, controller.signal);
      if (controller.signal.aborted) return;
      this.detail = { status: 'ready', id, centre: full };
    } catch {
      if (controller.signal.aborted) return;
      this.detail = { status: 'error', id };
    }
    await this.focusSelector('#detail-heading');
  }

  private async closeDetail(): Promise<void> {
    const id = this.detail?.id;
    this.detailAbort?.abort();
    this.detail = undefined;
    await this.updateComplete;
    const back = [...(this.shadowRoot?.querySelectorAll<HTMLElement>('.results .title') ?? [])].find((b) => b.dataset.centre === id);
    back?.focus();
  }

  private book(centre: CentreSummary): void {
    this.dispatchEvent(
      new CustomEvent<CentreSelectedDetail>('soz-book-appointment', { detail: { centreId: centre.id }, bubbles: true, composed: true }),
    );
  }

  private async focusSelector(selector: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- render ----------------------------------------------------------------------------------

  private viewContext(): CentreViewContext {
    return {
      locale: this.locale,
      now: new Date(),
      postalCode: this.point?.postalCode,
      onDetails: (c) => void this.openDetail(c.id),
      onBook: (c) => this.book(c),
    };
  }

  override render() {
    return this.shell(html`<section class="finder" aria-labelledby="finder-heading">
      <h2 id="finder-heading">${msg('Beratungsstelle finden')}</h2>
      ${this.detail ? this.renderDetail(this.detail) : html`${this.renderSearch()} ${this.renderResults()}`}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.combobox.announcement} ${this.announcement}</div>
      <footer class="attribution">
        <p>
          ${msg('Ortsdaten:')}
          ${GEODATA_SOURCES.map((s, i) => html`${i ? ', ' : ''}<a href=${s.href} rel="noopener noreferrer">${s.label}</a>`)}
        </p>
      </footer>
    </section>`);
  }

  private renderSearch() {
    const errors = this.placeError ? [{ fieldId: 'place', message: this.placeError }] : [];
    return html`<form role="search" aria-label=${msg('Beratungsstellen suchen')} novalidate @submit=${(e: Event) => void this.onSubmit(e)}>
      ${errorSummary(errors, this)}
      <div class="field ${this.placeError ? 'has-error' : ''}">
        ${renderPlaceCombobox(this.combobox, { input: 'place', listbox: 'place-suggestions', hint: 'place-hint' }, this.placeError)}
      </div>
      ${this.renderChoice()} ${this.renderLocate()}
      ${this.renderFilterControls()}
      <div class="actions">
        <button class="button" type="submit">${msg('Beratungsstellen suchen')}</button>
      </div>
    </form>`;
  }

  /** Radius and filters: each built again only when it changed (every search renders the element twice). */
  private renderFilterControls() {
    const open = this.filtersOpen || activeFilterCount(this.filters) > 0;
    return html`${guard([this.radiusKm, this.locale], () =>
      renderRadius({ radiusKm: this.radiusKm, locale: this.locale, onRadius: (km) => this.changeRadius(km) }),
    )}
    ${guard([this.filters, open, this.locale], () =>
      renderFilters({
        filters: this.filters,
        radiusKm: this.radiusKm,
        locale: this.locale,
        open,
        onToggle: (isOpen) => (this.filtersOpen = isOpen),
        onFilters: (f) => this.changeFilters(f),
        onRadius: (km) => this.changeRadius(km),
      }),
    )}`;
  }

  private renderChoice() {
    if (!this.choice) return nothing;
    return html`<div class="notice choice-box">
      <h3 id="choice-heading" tabindex="-1">${msg('Welcher Ort ist gemeint?')}</h3>
      <ul class="plain">
        ${this.choice.map(
          (c) => html`<li>
            <button type="button" class="button secondary" @click=${() => void this.choosePlace(c)}>
              ${c.place.name}${c.place.context ? ` (${c.place.context})` : ''}
            </button>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderLocate() {
    switch (this.locating) {
      case 'idle':
        return html`<p>
          <button type="button" class="button link" @click=${() => void this.explainLocation()}>
            ${msg('Meinen Standort verwenden')}
          </button>
        </p>`;
      case 'explain':
        return html`<div class="notice" id="locate-explain">
          <h3 id="locate-heading" tabindex="-1">${msg('Ihren Standort verwenden?')}</h3>
          <p>
            ${msg(
              'Ihr Browser fragt Sie gleich, ob diese Seite Ihren Standort erfahren darf. Wenn Sie zustimmen, runden wir ihn auf etwa 1 Kilometer und suchen damit Beratungsstellen in der Nähe. Der genaue Standort verlässt Ihr Gerät nicht und wird nicht gespeichert.',
            )}
          </p>
          <div class="actions">
            <button type="button" class="button" @click=${() => void this.useLocation()}>${msg('Standort freigeben')}</button>
            <button type="button" class="button secondary" @click=${() => void this.cancelLocation()}>${msg('Abbrechen')}</button>
          </div>
        </div>`;
      case 'locating':
        return html`<p class="notice">${msg('Standort wird ermittelt …')}</p>`;
      case 'failed':
        return html`<p class="notice" id="locate-failed" tabindex="-1">
          ${msg('Ihr Standort ist nicht verfügbar. Bitte geben Sie Ihre Postleitzahl oder Ihren Ort ein.')}
        </p>`;
    }
  }

  private async explainLocation(): Promise<void> {
    this.locating = 'explain';
    await this.focusSelector('#locate-heading');
  }

  private async cancelLocation(): Promise<void> {
    this.locating = 'idle';
    await this.focusSelector('#place');
  }

  private renderResults() {
    const r = this.results;
    if (r.status === 'idle') {
      return html`<section class="results" aria-labelledby="results-heading">
        <h3 id="results-heading" tabindex="-1" class="visually-hidden">${msg('Ergebnisse')}</h3>
        <p class="hint">${msg('Geben Sie Ihre Postleitzahl oder Ihren Ort ein, um Beratungsstellen in Ihrer Nähe zu sehen.')}</p>
        ${renderHelplines(this.filters.topics, this.locale)}
      </section>`;
    }
    if (r.status === 'loading' && r.previous) return this.renderList(r.previous, { busy: true, slow: this.slowSearch });
    if (r.status === 'loading') {
      return html`<section class="results" aria-labelledby="results-heading" aria-busy="true">
        <h3 id="results-heading" tabindex="-1">${msg('Ergebnisse')}</h3>
        <p class="loading"><span class="spinner" aria-hidden="true"></span> ${msg('Beratungsstellen werden gesucht …')}</p>
      </section>`;
    }
    if (r.status === 'error') {
      return html`<section class="results" aria-labelledby="results-heading">
        <h3 id="results-heading" tabindex="-1">${msg('Die Suche hat gerade nicht geklappt')}</h3>
        <div class="notice error">
          <p>${msg('Die Verbindung zum Server ist gestört. Ihre Eingaben bleiben erhalten. Bitte versuchen Sie es gleich noch einmal.')}</p>
          <button type="button" class="button" @click=${() => void this.retry()}>${msg('Erneut versuchen')}</button>
        </div>
        ${renderHelplines(r.search.filters.topics, this.locale)}
      </section>`;
    }
    return r.total === 0 ? this.renderNoResults(r) : this.renderList(r);
  }

  private async retry(): Promise<void> {
    if (this.point) return this.runSearch(true);
    const text = this.combobox.text.trim();
    if (text) return this.resolveTypedPlace(text);
  }

  /** Cards keyed by centre: a centre found again keeps its DOM (and focus inside it), an unchanged one costs nothing. */
  private renderCards(items: readonly CentreSummary[], ctx: CentreViewContext) {
    const minute = Math.floor(ctx.now.getTime() / 60_000);
    return repeat(
      items,
      (c) => c.id,
      (c) => guard([c, ctx.locale, ctx.postalCode, minute], () => renderCentreCard(c, ctx)),
    );
  }

  /** `busy`: a newer search is running; the list stays until its answer arrives. `slow`: say so in the heading. */
  private renderList(r: Ready, { busy = false, slow = false } = {}) {
    const ctx = this.viewContext();
    const wider = widerRadius(r.search.radiusKm);
    const km = numberFormat(this.locale);
    return html`<section class="results" aria-labelledby="results-heading" aria-busy=${busy ? 'true' : 'false'}>
      <h3 id="results-heading" tabindex="-1">
        ${slow
          ? html`<span class="searching">${msg('Beratungsstellen werden gesucht …')}</span>`
          : r.total === 1
            ? msg(str`1 Beratungsstelle im Umkreis von ${km.format(r.search.radiusKm)} km`)
            : msg(str`${r.total} Beratungsstellen im Umkreis von ${km.format(r.search.radiusKm)} km`)}
      </h3>
      <p class="hint">${msg(str`Ausgangspunkt: ${r.search.point.label}. Sortiert nach Entfernung, die nächste zuerst.`)}</p>
      ${this.map.render(this.tenant?.counsellingMap, r.items, r.search.point, ctx)}
      <ol class="centres">
        ${this.renderCards(r.items, ctx)}
      </ol>
      <p class="count">${msg(str`${r.items.length} von ${r.total} angezeigt`)}</p>
      ${r.items.length < r.total
        ? html`<button type="button" class="button secondary" ?disabled=${this.loadingMore} @click=${() => void this.loadMore()}>
            ${this.loadingMore ? msg('Wird geladen …') : msg(str`Weitere Ergebnisse laden (${Math.min(PAGE_SIZE, r.total - r.items.length)})`)}
          </button>`
        : nothing}
      ${wider && r.total < 3
        ? html`<p class="widen">
            ${msg('Nur wenige Treffer.')}
            <button type="button" class="button link" @click=${() => void this.widen(wider)}>
              ${msg(str`Im Umkreis von ${km.format(wider)} km suchen`)}
            </button>
          </p>`
        : nothing}
      ${guard([r.search.filters.topics, this.locale], () => renderHelplines(r.search.filters.topics, this.locale))}
    </section>`;
  }

  private renderNoResults(r: Ready) {
    const wider = widerRadius(r.search.radiusKm);
    const km = numberFormat(this.locale);
    const f = r.search.filters;
    const removals: Array<{ label: string; patch: Partial<Filters> }> = [
      ...f.topics.map((t) => ({ label: topicLabel(t), patch: { topics: f.topics.filter((x) => x !== t) } })),
      ...f.modes.map((m) => ({ label: modeLabel(m), patch: { modes: f.modes.filter((x) => x !== m) } })),
      ...f.languages.map((l) => ({ label: languageLabel(l, this.locale), patch: { languages: [] } })),
      ...(f.barrierFree ? [{ label: msg('barrierefrei zugänglich'), patch: { barrierFree: false } }] : []),
      ...(f.openNow ? [{ label: msg('jetzt geöffnet'), patch: { openNow: false } }] : []),
    ];
    const ctx = this.viewContext();
    return html`<section class="results" aria-labelledby="results-heading">
      <h3 id="results-heading" tabindex="-1">
        ${msg(str`Keine Beratungsstelle im Umkreis von ${km.format(r.search.radiusKm)} km`)}
      </h3>
      <p class="hint">${msg(str`Ausgangspunkt: ${r.search.point.label}.`)}</p>
      <p>${msg('So finden Sie doch noch Hilfe:')}</p>
      <ul class="plain suggestions-list">
        ${wider
          ? html`<li>
              <button type="button" class="button secondary" @click=${() => void this.widen(wider)}>
                ${msg(str`Im Umkreis von ${km.format(wider)} km suchen`)}
              </button>
            </li>`
          : nothing}
        ${removals.map(
          (x) => html`<li>
            <button type="button" class="button secondary" @click=${() => void this.removeFilter(x.patch)}>
              ${msg(str`Filter „${x.label}“ entfernen`)}
            </button>
          </li>`,
        )}
      </ul>
      ${r.remote?.length
        ? html`<h4>${msg('Beratung per Telefon, Video oder Chat')}</h4>
            <ol class="centres">
              ${this.renderCards(r.remote, ctx)}
            </ol>`
        : nothing}
      ${renderHelplines(f.topics, this.locale)}
    </section>`;
  }

  private renderDetail(d: Detail) {
    const back = html`<button type="button" class="button link back" @click=${() => void this.closeDetail()}>
      ${msg('Zurück zur Trefferliste')}
    </button>`;
    if (d.status === 'loading') {
      return html`${back}
        <div aria-busy="true">
          <h3 id="detail-heading" tabindex="-1">${msg('Beratungsstelle wird geladen …')}</h3>
        </div>`;
    }
    if (d.status === 'error') {
      return html`${back}
        <h3 id="detail-heading" tabindex="-1">${msg('Die Angaben konnten nicht geladen werden')}</h3>
        <div class="notice error">
          <p>${msg('Die Verbindung zum Server ist gestört. Bitte versuchen Sie es gleich noch einmal.')}</p>
          <button type="button" class="button" @click=${() => void this.openDetail(d.id)}>
            ${msg('Erneut versuchen')}
          </button>
        </div>`;
    }
    return html`${back} ${renderCentreDetail(d.centre, this.viewContext(), 'detail-heading')}
      ${renderHelplines(d.centre.topics, this.locale, 4)}`;
  }
}
