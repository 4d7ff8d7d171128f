/** Styles of <soz-municipal-onboarding>: guide, checklist, configurator steps, preview and outputs. */
import { css } from 'lit';

export const municipalOnboardingStyles = css`
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--soz-color-focus);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-s);
    margin-block: var(--soz-space-m);
  }
  .plain {
    list-style: none;
    padding-inline-start: 0;
  }
  .source {
    font-size: 0.875em;
    color: var(--soz-color-muted);
  }
  fieldset.office,
  fieldset.service,
  fieldset.checklist-group {
    border: 1px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
    padding: var(--soz-space-m);
    margin-block: 0 var(--soz-space-m);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--soz-space-s);
    margin-block: var(--soz-base-space-2);
  }
  .choice input {
    inline-size: 1.5em;
    block-size: 1.5em;
    flex: none;
  }
  .colour-row {
    display: flex;
    gap: var(--soz-space-s);
    align-items: stretch;
  }
  .colour-row input[type='color'] {
    inline-size: 2.75em;
    min-block-size: 2.75em;
    padding: 0;
  }
  .verdicts {
    padding-inline-start: 1.25em;
  }
  .verdicts .fail {
    color: var(--soz-color-error);
  }
  .preview-frame {
    inline-size: 100%;
    block-size: 40em;
    border: 2px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: var(--soz-color-surface);
    padding: var(--soz-space-m);
  }
  .issues dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--soz-base-space-1) var(--soz-space-m);
  }
  .issues dd {
    margin: 0;
  }
  .issues li {
    margin-block: 0 var(--soz-space-m);
  }
  textarea {
    font: inherit;
  }
  input[type='file'] {
    min-block-size: 2.75em;
  }
`;
