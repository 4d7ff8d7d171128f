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
  /* Browsers reset spacing on form controls; let the page's (WCAG 1.4.12) spacing reach them too. */
  button,
  input,
  select,
  textarea {
    letter-spacing: inherit;
    word-spacing: inherit;
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
  /* Room for two-digit numbers at 200 % text; the browser's 40px would let them stick out (RTL: scroll). */
  ol {
    padding-inline-start: 2.5em;
  }
  a {
    color: var(--soz-color-primary);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  /* Phone numbers, e-mail addresses and postcodes read left to right also in Arabic: digit groups
     separated by spaces would otherwise be reordered (0231 123456 → 123456 0231). */
  a[href^='tel:'],
  a[href^='mailto:'],
  .ltr {
    direction: ltr;
    unicode-bidi: isolate;
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
  /* Nothing moves for those who asked for it; no code waits for transitionend, so 0 s is safe. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    .no-print {
      display: none !important;
    }
  }
`;
