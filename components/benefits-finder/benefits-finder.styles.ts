/** Styles of <soz-benefits-finder>: question pages, summary list, result cards and the print view. */
import { css } from 'lit';

export const benefitsFinderStyles = css`
  .intro-list,
  .result-list {
    padding-inline-start: 1.25em;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: 3px solid var(--soz-color-focus);
    outline-offset: 2px;
  }
  .answers {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
    margin-block: 0 var(--soz-space-l);
  }
  .answers > div {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 2fr) auto;
    gap: var(--soz-space-s) var(--soz-space-m);
    align-items: center;
    border-block-end: 1px solid var(--soz-color-border);
    padding-block: var(--soz-space-s);
  }
  .answers dt {
    font-weight: 600;
  }
  .answers dd {
    margin: 0;
  }
  @media (max-width: 36em) {
    .answers > div {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .group {
    margin-block: var(--soz-space-l);
  }
  .benefit {
    border: 1px solid var(--soz-color-border);
    border-inline-start: 6px solid var(--soz-color-primary);
    border-radius: var(--soz-radius);
    padding: var(--soz-space-m);
    margin-block: 0 var(--soz-space-m);
    background: var(--soz-color-background);
  }
  .benefit.possible {
    border-inline-start-color: var(--soz-color-muted);
  }
  /* Under the group's h3: the benefit is h4, its parts h5. */
  .benefit h4 {
    font-size: 1.2em;
    line-height: 1.25;
    margin-block: 0 var(--soz-space-s);
  }
  .benefit h5 {
    font-size: 1.05em;
    line-height: 1.25;
    margin-block: var(--soz-space-m) var(--soz-space-s);
  }
  .legal {
    color: var(--soz-color-muted);
    font-size: 0.9em;
  }
  .saved {
    border: 1px dashed var(--soz-color-border);
    padding: var(--soz-space-m);
    margin-block: var(--soz-space-l) 0;
  }
  /* Small host fonts must not shrink a target below 24 px (WCAG 2.5.8). */
  .choice input {
    inline-size: max(1.5em, 24px);
    block-size: max(1.5em, 24px);
  }
  .saved .choice {
    margin-block-end: var(--soz-space-m);
  }
  .status {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .benefit {
      border-color: CanvasText;
    }
  }
  @media print {
    /* Print the result only: the page around it, buttons and the save box stay off paper. */
    :host {
      color: #000;
    }
    .root {
      background: #fff;
      color: #000;
    }
    .benefit {
      break-inside: avoid;
      border-color: #000;
    }
    a {
      color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
    details {
      display: block;
    }
  }
`;
