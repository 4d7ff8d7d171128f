/** Styles for fields, choices, error summary and step progress (used with field.ts and friends). */
import { css } from 'lit';
import { actionRowStyles } from './action-row-styles.ts';

export const formStyles = css`
  .field {
    margin-block: 0 var(--soz-space-l);
  }
  .field.has-error {
    border-inline-start: 5px solid var(--soz-color-error);
    padding-inline-start: var(--soz-space-m);
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-block-end: var(--soz-base-space-1);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    font-size: 1.125em;
    padding: 0;
  }
  .optional {
    font-weight: 400;
  }
  .hint {
    color: var(--soz-color-muted);
    margin-block: 0 var(--soz-base-space-2);
  }
  .error-message {
    color: var(--soz-color-error);
    font-weight: 600;
    margin-block: 0 var(--soz-base-space-2);
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='number'],
  input[type='date'],
  input[type='search'],
  input:not([type]),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    max-inline-size: 32em;
    min-block-size: 2.75em;
    padding: var(--soz-base-space-2);
    border: 2px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
    background: var(--soz-color-background);
    color: var(--soz-color-text);
    font: inherit;
  }
  input.width-5 { max-inline-size: 8em; }
  input.width-10 { max-inline-size: 14em; }
  [aria-invalid='true'] {
    border-color: var(--soz-color-error);
  }
  .choices {
    display: grid;
    gap: var(--soz-space-s);
  }
  .choice {
    display: grid;
    grid-template-columns: 1.75em 1fr;
    align-items: start;
    column-gap: var(--soz-space-s);
  }
  .choice input {
    /* Inputs do not inherit the font size; 1.5em of the text is at least 24 px (WCAG 2.5.8). */
    font-size: inherit;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--soz-color-primary);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
  }
  .choice .hint {
    grid-column: 2;
  }
  .error-summary {
    border: 4px solid var(--soz-color-error);
    padding: var(--soz-space-m);
    margin-block: 0 var(--soz-space-l);
  }
  .error-summary h2 {
    font-size: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--soz-color-error);
    font-weight: 600;
  }
  .step-progress {
    color: var(--soz-color-muted);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--soz-base-space-1);
  }
  .step-progress progress {
    flex-basis: 100%;
    inline-size: 100%;
    block-size: 0.5em;
    accent-color: var(--soz-color-primary);
  }
  ${actionRowStyles}
  @media (forced-colors: active) {
    .field.has-error,
    .error-summary {
      border-color: CanvasText;
    }
  }
`;
