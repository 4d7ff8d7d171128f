/**
 * Styles every widget's shadow root starts from: box model, inherited text (so zoom and the WCAG
 * text-spacing override work), visible focus, forced colours and reduced motion.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    color: var(--soz-color-text);
    font-family: var(--soz-font-family);
    /* Hostile pages set line-height, box-sizing or text-align on everything; restate ours. */
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    line-height: 1.5;
    background: var(--soz-color-background);
    color: var(--soz-color-text);
    font-family: var(--soz-font-family);
    font-size: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1, h2, h3, h4 {
    line-height: 1.25;
    margin-block: 0 var(--soz-space-s);
  }
  h2 { font-size: 1.5em; }
  h3 { font-size: 1.25em; }
  h4 { font-size: 1.1em; }
  p, ul, ol, dl {
    margin-block: 0 var(--soz-space-m);
  }
  a {
    color: var(--soz-color-primary);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--soz-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--soz-space-s);
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding-block: var(--soz-base-space-2);
    padding-inline: var(--soz-base-space-4);
    border: 2px solid var(--soz-color-primary);
    border-radius: var(--soz-radius);
    background: var(--soz-color-primary);
    color: var(--soz-color-on-primary);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: var(--soz-color-background);
    color: var(--soz-color-primary);
  }
  .button.link {
    border-color: transparent;
    background: none;
    color: var(--soz-color-primary);
    text-decoration: underline;
    padding-inline: var(--soz-base-space-1);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  /* "Warum fragen wir das?" and other disclosures: a target large enough to hit (WCAG 2.5.8). */
  details {
    margin-block: 0 var(--soz-space-m);
    border-inline-start: 4px solid var(--soz-color-border);
    padding-inline-start: var(--soz-space-m);
  }
  summary {
    cursor: pointer;
    color: var(--soz-color-primary);
    text-decoration: underline;
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
  }
  .notice {
    border-inline-start: 6px solid var(--soz-color-primary);
    background: var(--soz-color-surface);
    padding: var(--soz-space-m);
    margin-block: 0 var(--soz-space-m);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .notice {
      border-inline-start-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    .no-print {
      display: none !important;
    }
  }
`;
