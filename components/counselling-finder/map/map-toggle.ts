/**
 * The finder's optional map, as far as it is part of the widget's first load: the offer to show it
 * (only where the tenant configured a tile source) with what showing it means, and the switch.
 * The map itself (map-part.ts) is loaded on the click and draws into a slot of its own, so that
 * panning or hovering over a marker never renders the finder again.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CentreSummary } from '../../../src/contract/centres.ts';
import type { LatLon } from '../../../src/geo/web-mercator.ts';
import type { CounsellingMap } from '../../../src/tenant/schema.ts';
import type { CentreViewContext } from '../centre-view.ts';

/** What the map shows and does; the map part reads it on every render of the finder. */
export interface MapInput {
  config: CounsellingMap;
  /** The centres of the list, in its order (marker 1 is the first card). */
  centres: readonly CentreSummary[];
  /** Where the search started. */
  point: LatLon;
  locale: string;
  onDetails: (centre: CentreSummary) => void;
  onHide: () => void;
}

/** The map as the part draws it; one per opening of the map. */
export interface CentreMapView {
  /** Draws into `slot` (again, if anything changed). */
  show(slot: HTMLElement, input: MapInput): void;
  stop(): void;
}

/** Never prefetched: the map's code, like its tiles, loads only when the citizen asks for the map. */
const loadMapPart = () => import('./map-part.ts');

/** The host the tiles come from, as the citizen should read it ("tiles.example.de"). */
function tileHost(template: string): string {
  try {
    return new URL(template.replace(/\{[xyz]\}/g, '0'), document.baseURI).host;
  } catch {
    return template;
  }
}

export class CentreMapController implements ReactiveController {
  private phase: 'closed' | 'loading' | 'failed' | 'open' = 'closed';
  private view?: CentreMapView;
  private input?: MapInput;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.phase !== 'open' || !this.input) return;
    const slot = this.host.shadowRoot?.querySelector<HTMLElement>('.map-slot');
    if (slot) this.view?.show(slot, this.input);
  }

  hostDisconnected(): void {
    this.view?.stop();
  }

  /** The offer, or the slot the open map draws into; nothing without a tile source. */
  render(config: CounsellingMap | undefined, centres: readonly CentreSummary[], point: LatLon, ctx: CentreViewContext): TemplateResult | typeof nothing {
    if (!config) return nothing;
    if (this.phase === 'open') {
      this.input = { config, centres, point, locale: ctx.locale, onDetails: ctx.onDetails, onHide: () => void this.hide() };
      return html`<div class="map-slot"></div>`;
    }
    return html`<div class="map-offer">
      ${this.phase === 'failed'
        ? html`<p class="notice error" role="alert">${msg('Die Karte konnte nicht geladen werden. Bitte versuchen Sie es noch einmal.')}</p>`
        : nothing}
      <button type="button" class="button secondary" id="map-show" aria-describedby="map-note" @click=${() => void this.show()}>
        ${msg('Karte anzeigen')}
      </button>
      <p class="hint" id="map-note">
        ${msg(str`Die Karte lädt Kartenbilder von ${tileHost(config.tiles)}. Dieser Server erfährt dabei Ihre IP-Adresse. Alle Angaben stehen auch in der Liste.`)}
      </p>
    </div>`;
  }

  private async show(): Promise<void> {
    if (this.phase === 'loading') return;
    this.phase = 'loading';
    try {
      const part = await loadMapPart();
      this.view = part.createCentreMap();
      this.phase = 'open';
    } catch {
      this.phase = 'failed';
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(this.phase === 'open' ? '#map-heading' : '#map-show')?.focus();
  }

  private async hide(): Promise<void> {
    this.view?.stop();
    this.view = undefined;
    this.input = undefined;
    this.phase = 'closed';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('#map-show')?.focus();
  }
}
