/**
 * The counselling map, loaded when the citizen asks for it: tiles of the tenant's tile source,
 * numbered markers (buttons, in the order of the list) on the centres, the search point, zoom and
 * pan buttons (WCAG 2.5.7: no dragging needed; a mouse may drag too) and the attribution.
 * Draws itself into its slot with lit's render(), so its own changes cost no render of the finder.
 */
import { html, noChange, nothing, render, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { CentreSummary } from '../../../src/contract/centres.ts';
import { numberFormat } from '../../../src/i18n/format.ts';
import { fitView, framePosition, panView, tileAddress, visibleTiles, zoomView, type MapView, type Pixel } from '../../../src/geo/web-mercator.ts';
import { formatDistance } from '../centre-view.ts';
import type { CentreMapView, MapInput } from './map-toggle.ts';
import { mapStyles } from './map.styles.ts';
import { spreadApart } from './spread.ts';

const MIN_ZOOM = 3;
const DEFAULT_MAX_ZOOM = 18;
/** A fitted map comes no closer than this: a single centre would otherwise fill the frame with one street. */
const FIT_MAX_ZOOM = 15;
/** Room kept around the outermost markers when fitting (they are drawn around their point). */
const FIT_PADDING = 40;
/** A pan button moves the map by this share of the frame. */
const PAN_SHARE = 1 / 3;
/** A marker's width in em (2.75, the target size of every control) plus its ring, in px. */
const MARKER_EM = 2.75;
const MARKER_RING_PX = 6;

interface Marker {
  centre: CentreSummary;
  number: string;
  label: string;
  at: Pixel;
}

/**
 * Positions through the CSSOM (style.setProperty), never through a `style` attribute: a host page's
 * CSP without 'unsafe-inline' blocks style attributes (lit's styleMap writes one on first render).
 */
class PlaceDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('place() belongs on an element');
  }
  render(_values: Record<string, string>) {
    return noChange;
  }
  override update(part: ElementPart, [values]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(values)) style.setProperty(name, value);
    return noChange;
  }
}
const place = directive(PlaceDirective);

const at = (p: Pixel) => place({ '--x': `${p.x}px`, '--y': `${p.y}px` });
const inFrame = (p: Pixel, view: MapView) => p.x >= 0 && p.y >= 0 && p.x <= view.width && p.y <= view.height;

class CentreMap implements CentreMapView {
  private slot?: HTMLElement;
  private input?: MapInput;
  private size?: { width: number; height: number };
  /** The frame's font size in px: markers are sized in em and grow with the text. */
  private em = 16;
  private view?: MapView;
  /** The citizen zoomed or moved the map: a new frame size keeps their view instead of fitting again. */
  private moved = false;
  /** The marker under the pointer or with focus; the caption names its centre. */
  private active?: string;
  private drag?: { pointer: number; x: number; y: number };
  private frame?: HTMLElement;
  private readonly observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    const width = Math.round(entry.contentRect.width);
    const height = Math.round(entry.contentRect.height);
    if (width === this.size?.width && height === this.size.height) return;
    this.size = { width, height };
    this.em = Number.parseFloat(getComputedStyle(entry.target).fontSize) || 16;
    this.view = this.view && this.moved ? { ...this.view, width, height } : undefined;
    this.paint();
  });

  show(slot: HTMLElement, input: MapInput): void {
    const before = this.input;
    this.input = input;
    const newResults = input.centres !== before?.centres || input.point !== before.point;
    if (newResults) {
      // A new search: the map shows its results, whatever the citizen did with the last one.
      this.view = undefined;
      this.moved = false;
      this.active = undefined;
    }
    if (newResults || slot !== this.slot || input.locale !== before?.locale || input.config !== before.config) {
      this.slot = slot;
      this.paint();
    }
  }

  stop(): void {
    this.observer.disconnect();
    this.slot = undefined;
    this.frame = undefined;
  }

  private get maxZoom(): number {
    return this.input?.config.maxZoom ?? DEFAULT_MAX_ZOOM;
  }

  private currentView(): MapView | undefined {
    if (!this.view && this.size && this.input) {
      const points = [this.input.point, ...this.input.centres];
      this.view = fitView(points, { ...this.size, padding: FIT_PADDING, minZoom: MIN_ZOOM, maxZoom: Math.min(FIT_MAX_ZOOM, this.maxZoom) });
    }
    return this.view;
  }

  private paint(): void {
    const slot = this.slot;
    if (!slot || !this.input) return;
    const root = slot.getRootNode();
    const sheet = mapStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    render(this.template(this.input), slot);
    const frame = slot.querySelector<HTMLElement>('.map-frame') ?? undefined;
    if (frame !== this.frame) {
      this.observer.disconnect();
      if (frame) this.observer.observe(frame);
      this.frame = frame;
    }
  }

  private change(view: MapView): void {
    this.view = view;
    this.moved = true;
    this.paint();
  }

  private zoomBy(step: number): void {
    const view = this.currentView();
    if (view) this.change(zoomView(view, view.zoom + step, MIN_ZOOM, this.maxZoom));
  }

  private panBy(east: number, south: number): void {
    const view = this.currentView();
    if (view) this.change(panView(view, east * view.width * PAN_SHARE, south * view.height * PAN_SHARE));
  }

  private setActive(id: string | undefined): void {
    if (id === this.active) return;
    this.active = id;
    this.paint();
  }

  // Dragging with a mouse; touch keeps scrolling the page (the buttons pan on a phone).
  private readonly pointerDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'mouse' || e.button !== 0 || (e.target as Element).closest('button')) return;
    this.drag = { pointer: e.pointerId, x: e.clientX, y: e.clientY };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    (e.currentTarget as HTMLElement).classList.add('dragging');
  };

  private readonly pointerMove = (e: PointerEvent): void => {
    const view = this.currentView();
    if (!this.drag || e.pointerId !== this.drag.pointer || !view) return;
    const dx = e.clientX - this.drag.x;
    const dy = e.clientY - this.drag.y;
    this.drag = { ...this.drag, x: e.clientX, y: e.clientY };
    this.change(panView(view, -dx, -dy));
  };

  private readonly pointerUp = (e: PointerEvent): void => {
    if (e.pointerId !== this.drag?.pointer) return;
    this.drag = undefined;
    (e.currentTarget as HTMLElement).classList.remove('dragging');
  };

  /** The markers of the centres in the frame and the search point, spread so that none hides another. */
  private markers(input: MapInput, view: MapView): { markers: Marker[]; origin?: Pixel } {
    const count = numberFormat(input.locale);
    const markers: Marker[] = [];
    input.centres.forEach((centre, index) => {
      const position = framePosition(centre, view);
      if (!inFrame(position, view)) return;
      const number = count.format(index + 1);
      // Results of a search always carry their distance; the name alone is the fallback.
      const label =
        centre.distanceKm === undefined
          ? `${number}: ${centre.name}`
          : msg(str`${number}: ${centre.name}, ${formatDistance(centre.distanceKm, input.locale)}`);
      markers.push({ centre, number, label, at: position });
    });
    const point = framePosition(input.point, view);
    const origin = inFrame(point, view) ? point : undefined;
    // Centres close together: their markers side by side rather than one hiding the other.
    const spread = spreadApart(
      [...markers.map((m) => m.at), ...(origin ? [origin] : [])],
      MARKER_EM * this.em + MARKER_RING_PX,
    );
    return { markers: markers.map((m, i) => ({ ...m, at: spread[i]! })), ...(origin ? { origin: spread[markers.length]! } : {}) };
  }

  private template(input: MapInput): TemplateResult {
    const view = this.currentView();
    const { markers, origin } = view ? this.markers(input, view) : { markers: [], origin: undefined };
    const caption = markers.find((m) => m.centre.id === this.active)?.label ?? this.countText(markers.length, input.centres.length, input.locale);
    const { attribution, attributionUrl } = input.config;
    const atMost = view !== undefined && view.zoom >= this.maxZoom;
    const atLeast = view !== undefined && view.zoom <= MIN_ZOOM;
    return html`<section class="map" aria-labelledby="map-heading">
      <div class="map-head">
        <h4 id="map-heading" tabindex="-1">${msg('Karte')}</h4>
        <button type="button" class="button secondary" id="map-hide" @click=${input.onHide}>${msg('Karte ausblenden')}</button>
      </div>
      <p class="hint">
        ${msg('Die Nummern stehen für die Beratungsstellen in der Reihenfolge der Liste. Der Kreis zeigt den Ausgangspunkt Ihrer Suche.')}
      </p>
      <div
        class="map-frame"
        dir="ltr"
        @pointerdown=${this.pointerDown}
        @pointermove=${this.pointerMove}
        @pointerup=${this.pointerUp}
        @pointercancel=${this.pointerUp}
      >
        <div class="tiles" aria-hidden="true">
          ${view
            ? repeat(
                visibleTiles(view),
                (t) => `${t.z}/${t.x}/${t.y}`,
                (t) =>
                  html`<img
                    alt=""
                    src=${tileAddress(input.config.tiles, t)}
                    referrerpolicy="no-referrer"
                    decoding="async"
                    draggable="false"
                    ${place({
                      left: `${t.left}px`,
                      top: `${t.top}px`,
                      width: `${t.width}px`,
                      height: `${t.height}px`,
                      'object-position': `${-t.offsetX}px ${-t.offsetY}px`,
                    })}
                  />`,
              )
            : nothing}
        </div>
        ${origin ? html`<span class="origin" aria-hidden="true" ${at(origin)}></span>` : nothing}
        <ol class="markers">
          ${repeat(
            markers,
            (m) => m.centre.id,
            (m) =>
              html`<li>
                <button
                  type="button"
                  class="marker ${m.centre.id === this.active ? 'active' : ''}"
                  data-centre=${m.centre.id}
                  aria-label=${m.label}
                  ${at(m.at)}
                  @click=${() => input.onDetails(m.centre)}
                  @focus=${() => this.setActive(m.centre.id)}
                  @blur=${() => this.setActive(undefined)}
                  @pointerenter=${() => this.setActive(m.centre.id)}
                  @pointerleave=${() => this.setActive(undefined)}
                >
                  ${m.number}
                </button>
              </li>`,
          )}
        </ol>
      </div>
      <p class="map-caption">${caption}</p>
      <div class="map-controls">
        <div class="zoom">
          ${this.control('+', msg('Vergrößern'), '', atMost, () => this.zoomBy(1))}
          ${this.control('−', msg('Verkleinern'), '', atLeast, () => this.zoomBy(-1))}
        </div>
        <div class="pan" dir="ltr">
          ${this.control('↑', msg('Nach Norden verschieben'), 'n', false, () => this.panBy(0, -1))}
          ${this.control('←', msg('Nach Westen verschieben'), 'w', false, () => this.panBy(-1, 0))}
          ${this.control('→', msg('Nach Osten verschieben'), 'e', false, () => this.panBy(1, 0))}
          ${this.control('↓', msg('Nach Süden verschieben'), 's', false, () => this.panBy(0, 1))}
        </div>
      </div>
      <p class="map-attribution">
        ${msg('Kartenbilder:')}
        ${attributionUrl ? html`<a href=${attributionUrl} rel="noopener noreferrer">${attribution}</a>` : attribution}
      </p>
    </section>`;
  }

  /** A map button. At a limit it stays focusable (aria-disabled), so that focus is not lost on the last press. */
  private control(symbol: string, label: string, area: string, limit: boolean, act: () => void): TemplateResult {
    return html`<button
      type="button"
      class="button secondary ${area}"
      aria-label=${label}
      aria-disabled=${limit ? 'true' : 'false'}
      @click=${() => (limit ? undefined : act())}
    >
      <span aria-hidden="true">${symbol}</span>
    </button>`;
  }

  private countText(shown: number, total: number, locale: string): string {
    const n = numberFormat(locale);
    return msg(str`Auf diesem Kartenausschnitt: ${n.format(shown)} von ${n.format(total)} Beratungsstellen der Liste.`);
  }
}

export function createCentreMap(): CentreMapView {
  return new CentreMap();
}
