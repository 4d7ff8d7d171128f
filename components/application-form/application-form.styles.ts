/** Styles of <soz-application-form>: review sections, groups, uploads, the receipt. */
import { css } from 'lit';

export const applicationFormStyles = css`
  h2 {
    font-size: 1.5em;
    margin-block: 0 var(--soz-space-m);
  }
  h3 {
    font-size: 1.15em;
    margin-block: var(--soz-space-l) var(--soz-space-s);
  }
  textarea,
  input[type='file'] {
    font: inherit;
    display: block;
    inline-size: 100%;
    max-inline-size: 40em;
    box-sizing: border-box;
  }
  textarea {
    padding: 0.5em;
    border: 2px solid var(--soz-color-text);
    border-radius: var(--soz-radius);
  }
  .group-item {
    border: 1px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
    padding: var(--soz-space-m);
    margin-block: var(--soz-space-m);
  }
  .group-item legend {
    font-weight: bold;
    padding-inline: var(--soz-space-s);
  }
  .documents {
    list-style: none;
    padding: 0;
  }
  .documents li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-m);
    align-items: center;
  }
  .review-section {
    border-block-start: 1px solid var(--soz-color-border);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--soz-space-m);
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(10em, 1fr) 2fr;
    gap: var(--soz-space-m);
    padding-block: var(--soz-space-s);
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  @media (max-width: 36em) {
    dl > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  .receipt {
    border: 2px solid var(--soz-color-success);
    border-radius: var(--soz-radius);
    padding: var(--soz-space-m);
  }
  .reference {
    font-size: 1.5em;
    /* Spaced for reading the code aloud; 0.12em is also what a text-spacing override asks for (WCAG 1.4.12). */
    letter-spacing: 0.12em;
  }
  .draft-note {
    margin-block-start: var(--soz-space-l);
    color: var(--soz-color-muted);
  }
`;
