/** Layout of the counselling map; loaded with the map and adopted into the finder's shadow root then. */
import { css } from 'lit';

export const mapStyles = css`
  .map {
    margin-block: 0 var(--soz-space-l);
  }
  .map-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--soz-space-s);
    margin-block-end: var(--soz-space-s);
  }
  .map-head h4 {
    margin: 0;
  }
  /* Geography has no reading direction: positions inside are physical (left/top), dir="ltr". */
  .map-frame {
    position: relative;
    inline-size: 100%;
    block-size: clamp(12em, 60vw, 26em);
    background: var(--soz-color-surface);
    border: 1px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
    cursor: grab;
    user-select: none;
  }
  .map-frame.dragging {
    cursor: grabbing;
  }
  .tiles img {
    position: absolute;
    max-inline-size: none;
    /* A tile cut at the frame's edge shows only its part inside the frame (256-px tiles). */
    object-fit: none;
  }
  .markers {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .marker,
  .origin {
    position: absolute;
    /* Kept inside the frame also with larger text; a centre beyond the frame has no marker. */
    left: clamp(1.375em, var(--x), calc(100% - 1.375em));
    top: clamp(1.375em, var(--y), calc(100% - 1.375em));
    transform: translate(-50%, -50%);
  }
  .marker {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
    padding: 0 var(--soz-base-space-1);
    border: 2px solid var(--soz-color-on-primary);
    border-radius: 1.375em;
    background: var(--soz-color-primary);
    color: var(--soz-color-on-primary);
    box-shadow: 0 0 0 2px var(--soz-color-primary);
    font: inherit;
    font-weight: 700;
    line-height: 1;
    cursor: pointer;
  }
  .marker:hover,
  .marker:focus-visible,
  .marker.active {
    z-index: 2;
    background: var(--soz-color-on-primary);
    color: var(--soz-color-primary);
    border-color: var(--soz-color-primary);
  }
  .origin {
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.3em solid var(--soz-color-text);
    border-radius: 50%;
    background: var(--soz-color-background);
    pointer-events: none;
  }
  .map-caption {
    margin-block: var(--soz-space-s);
    min-block-size: 1.5em;
    font-weight: 600;
  }
  .map-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-m);
    align-items: center;
    margin-block-end: var(--soz-space-s);
  }
  .map-controls .zoom {
    display: flex;
    gap: var(--soz-space-s);
  }
  /* A compass: north above, west left, whatever the page's direction. */
  .map-controls .pan {
    display: grid;
    grid-template-columns: repeat(3, 2.75em);
    grid-template-areas: '. n .' 'w . e' '. s .';
    gap: var(--soz-base-space-1);
  }
  .map-controls .button {
    padding: 0;
    font-size: 1.25em;
    min-inline-size: 2.2em;
    min-block-size: 2.2em;
  }
  .map-controls .pan .button {
    font-size: 1em;
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
  }
  .map-controls [aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .pan .n { grid-area: n; }
  .pan .w { grid-area: w; }
  .pan .e { grid-area: e; }
  .pan .s { grid-area: s; }
  .map-attribution {
    font-size: 0.875em;
    color: var(--soz-color-muted);
  }
  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
      box-shadow: none;
    }
    .marker:hover,
    .marker:focus-visible,
    .marker.active {
      background: Highlight;
      color: HighlightText;
      border-color: HighlightText;
    }
    .origin {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .map-frame {
      border-color: CanvasText;
    }
  }
`;
