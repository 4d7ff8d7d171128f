/** Styles of the desk: a dense, calm work surface; the day list prints without navigation or buttons. */
import { css } from 'lit';

export const deskStyles = css`
  :host {
    display: block;
  }
  header.desk {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-m);
    align-items: center;
    justify-content: space-between;
    border-block-end: 1px solid var(--soz-color-border);
    padding-block-end: var(--soz-space-s);
    margin-block-end: var(--soz-space-m);
  }
  header.desk h1 {
    font-size: 1.25rem;
    margin: 0;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-s);
    list-style: none;
    margin: 0 0 var(--soz-space-m);
    padding: 0;
  }
  nav .button[aria-current='page'] {
    background: var(--soz-color-primary);
    color: var(--soz-color-on-primary);
  }
  .toolbar,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-s);
    align-items: end;
    margin-block: var(--soz-space-m);
  }
  .button.small {
    min-block-size: 2.75em;
    padding-block: 0.25em;
  }
  table.appointments {
    border-collapse: collapse;
    inline-size: 100%;
  }
  table.appointments th,
  table.appointments td {
    text-align: start;
    padding: 0.4em 0.5em;
    border-block-end: 1px solid var(--soz-color-border);
    vertical-align: middle;
  }
  .status {
    font-weight: 600;
  }
  tr.status-cancelled td,
  tr.status-expired td {
    text-decoration: line-through;
    color: var(--soz-color-muted);
  }
  tr.status-cancelled td:last-child,
  tr.status-expired td:last-child {
    text-decoration: none;
  }
  dialog {
    max-inline-size: min(40rem, 95vw);
    border: 2px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
    background: var(--soz-color-background);
    color: var(--soz-color-text);
    padding: var(--soz-space-l);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em var(--soz-space-m);
  }
  dl.facts dt {
    font-weight: 600;
  }
  dl.facts dd {
    margin: 0;
  }
  input[type='time'],
  input[type='date'],
  input[type='number'],
  select {
    font: inherit;
    min-block-size: 2.75em;
    padding-inline: 0.5em;
    border: 2px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
    box-sizing: border-box;
  }
  textarea {
    display: block;
    inline-size: 100%;
    box-sizing: border-box;
    font: inherit;
    margin-block-end: var(--soz-space-s);
  }
  .rule {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-s) var(--soz-space-m);
    align-items: end;
    border-block-end: 1px solid var(--soz-color-border);
    padding-block: var(--soz-space-s);
  }
  .field.compact {
    margin: 0;
  }
  fieldset {
    margin-block: var(--soz-space-m);
  }
  fieldset.modes {
    margin: 0;
  }
  label.check {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    font-weight: 400;
    margin-inline-end: var(--soz-space-m);
    min-block-size: 2.75em;
  }
  label.inline {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
  }
  .notice.success {
    border-inline-start: 5px solid var(--soz-color-success);
  }
  .notice.error {
    border-inline-start: 5px solid var(--soz-color-error);
  }
  ol.audit li {
    margin-block-end: var(--soz-space-s);
  }
  @media print {
    nav,
    .no-print,
    header.desk button,
    dialog {
      display: none !important;
    }
    table.appointments th,
    table.appointments td {
      border-block-end: 1px solid #000;
      color: #000;
    }
  }
`;
