/**
 * The place field: an ARIA 1.2 combobox (input + listbox in the same shadow root, so
 * aria-activedescendant resolves) with debounced, abortable suggestions and an announced count.
 * A controller keeps the state; `renderPlaceCombobox` draws it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { PlaceCandidate } from '../../src/contract/places.ts';

export type SuggestPlaces = (query: string, signal: AbortSignal) => Promise<PlaceCandidate[]>;

/** Long enough to skip the keystrokes of a fast typist, short enough to feel immediate. */
export const SUGGEST_DEBOUNCE_MS = 200;
const CACHE_SIZE = 30;

export class PlaceComboboxController implements ReactiveController {
  text = '';
  suggestions: PlaceCandidate[] = [];
  expanded = false;
  active = -1;
  /** What the live region says about the suggestions. */
  announcement = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;
  private readonly cache = new Map<string, PlaceCandidate[]>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly suggest: SuggestPlaces,
    private readonly onChoose: (candidate: PlaceCandidate) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Per keystroke: only remember the text and restart the timer; the work happens once typing pauses. */
  input(text: string): void {
    this.text = text;
    this.active = -1;
    clearTimeout(this.timer);
    const query = text.trim();
    if (query.length < 2) {
      this.cancel();
      this.close();
      return;
    }
    this.timer = setTimeout(() => void this.load(query), SUGGEST_DEBOUNCE_MS);
  }

  setText(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }

  private async load(query: string): Promise<void> {
    const cached = this.cache.get(query);
    if (cached) return this.show(cached);
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    try {
      const items = await this.suggest(query, controller.signal);
      if (controller.signal.aborted) return;
      this.cache.set(query, items);
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
      this.show(items);
    } catch {
      if (controller.signal.aborted) return;
      this.suggestions = [];
      this.expanded = false;
      this.announcement = msg('Vorschläge können gerade nicht geladen werden. Sie können trotzdem suchen.');
      this.host.requestUpdate();
    }
  }

  private show(items: PlaceCandidate[]): void {
    this.suggestions = items;
    this.expanded = items.length > 0;
    this.active = -1;
    const n = items.length;
    this.announcement =
      n === 0
        ? msg('Keine passenden Orte gefunden.')
        : n === 1
          ? msg('1 Vorschlag. Mit Pfeil nach unten auswählen.')
          : msg(str`${n} Vorschläge. Mit Pfeil nach unten auswählen.`);
    this.host.requestUpdate();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.inflight?.abort();
    this.inflight = undefined;
  }

  /** Closes the list and drops a pending lookup, so no list pops up after the citizen moved on. */
  close(): void {
    this.cancel();
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  choose(index: number): void {
    const candidate = this.suggestions[index];
    if (!candidate) return;
    this.cancel();
    this.text = candidate.label;
    this.close();
    this.announcement = '';
    this.onChoose(candidate);
  }

  /** Returns true when the key was used by the combobox (so a form does not also act on it). */
  keydown(event: KeyboardEvent): boolean {
    const n = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (n === 0) return false;
        event.preventDefault();
        this.expanded = true;
        this.active = (this.active + 1) % n;
        break;
      case 'ArrowUp':
        if (n === 0) return false;
        event.preventDefault();
        this.expanded = true;
        this.active = this.active <= 0 ? n - 1 : this.active - 1;
        break;
      case 'Enter':
        if (!this.expanded || this.active < 0) return false;
        event.preventDefault();
        this.choose(this.active);
        return true;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.close();
        } else if (this.text) {
          // Second Escape clears the field, as the ARIA pattern suggests.
          event.preventDefault();
          this.cancel();
          this.text = '';
          this.suggestions = [];
        } else return false;
        break;
      default:
        return false;
    }
    this.host.requestUpdate();
    return true;
  }
}

export interface ComboboxIds {
  input: string;
  listbox: string;
  hint: string;
}

export function renderPlaceCombobox(c: PlaceComboboxController, ids: ComboboxIds, error?: string) {
  const optionId = (i: number) => `${ids.listbox}-${i}`;
  return html`<div class="combobox">
    <label for=${ids.input}>${msg('Postleitzahl oder Ort')}</label>
    <p class="hint" id=${ids.hint}>${msg('Zum Beispiel 44137 oder Dortmund. Vorschläge erscheinen beim Tippen.')}</p>
    ${error ? html`<p class="error-message" id="${ids.input}-error">${error}</p>` : nothing}
    <input
      id=${ids.input}
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-expanded=${c.expanded ? 'true' : 'false'}
      aria-controls=${ids.listbox}
      aria-activedescendant=${ifDefined(c.expanded && c.active >= 0 ? optionId(c.active) : undefined)}
      aria-describedby="${ids.hint}${error ? ` ${ids.input}-error` : ''}"
      aria-invalid=${error ? 'true' : 'false'}
      .value=${live(c.text)}
      @input=${(e: Event) => c.input((e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => c.keydown(e)}
      @blur=${(e: FocusEvent) => {
        const input = e.target as HTMLInputElement;
        // Not if focus came back meanwhile (Shift+Tab and back): the list the citizen is typing into stays.
        setTimeout(() => input.matches(':focus') || c.close(), 150);
      }}
    />
    <ul id=${ids.listbox} role="listbox" aria-label=${msg('Vorschläge')} class="suggestions" ?hidden=${!c.expanded}>
      ${c.suggestions.map(
        (s, i) => html`<li
          id=${optionId(i)}
          role="option"
          aria-selected=${i === c.active ? 'true' : 'false'}
          class=${i === c.active ? 'active' : ''}
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${() => c.choose(i)}
        >
          ${s.label}
        </li>`,
      )}
    </ul>
  </div>`;
}
