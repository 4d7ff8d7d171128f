/** Layout of the booking widget: lists of days and slots, the hold countdown, the manage page. */
import { css } from 'lit';

export const bookingStyles = css`
  h2:focus,
  h3:focus {
    outline-offset: 0.2em;
  }
  .days,
  .slots,
  .centres {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--soz-space-m);
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-s);
  }
  .days li,
  .centres li {
    flex: 1 1 16em;
  }
  .days .button,
  .centres .button {
    inline-size: 100%;
    text-align: start;
  }
  .slot {
    min-inline-size: 7em;
  }
  [aria-pressed='true'] {
    background: var(--soz-color-primary);
    color: var(--soz-color-on-primary);
  }
  .hold {
    border: 1px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
    padding: var(--soz-space-s) var(--soz-space-m);
    margin-block-end: var(--soz-space-m);
    background: var(--soz-color-surface);
  }
  .hold.warning {
    border-color: var(--soz-color-error);
    border-inline-start-width: 0.4em;
  }
  .summary dt {
    font-weight: bold;
  }
  .summary dd {
    margin-inline-start: 0;
    margin-block-end: var(--soz-space-s);
  }
  textarea {
    inline-size: 100%;
    max-inline-size: 40em;
    min-block-size: 5em;
    font: inherit;
    padding: 0.5em;
    border: 2px solid var(--soz-color-text);
    border-radius: var(--soz-radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-s);
    margin-block: var(--soz-space-m);
  }
  .status {
    font-weight: bold;
  }
  .range {
    display: block;
    font-size: 0.9em;
    font-weight: normal;
  }
  .paging {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-s);
    align-items: center;
  }
  dialog {
    max-inline-size: min(32em, calc(100vw - 2em));
    border: 2px solid var(--soz-color-text);
    border-radius: var(--soz-radius);
    background: var(--soz-color-background);
    color: var(--soz-color-text);
    padding: var(--soz-space-m);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
`;
