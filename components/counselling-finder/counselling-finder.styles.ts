/** Layout of the counselling finder: search form, suggestion list, result cards, detail view. */
import { css } from 'lit';

export const finderStyles = css`
  .finder > h2 {
    margin-block-end: var(--soz-space-m);
  }
  form {
    margin-block-end: var(--soz-space-l);
  }
  .combobox {
    position: relative;
    max-inline-size: 32em;
  }
  .suggestions {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    z-index: 1;
    margin: 0;
    padding: 0;
    list-style: none;
    background: var(--soz-color-background);
    border: 2px solid var(--soz-color-border);
    border-block-start: 0;
    border-radius: 0 0 var(--soz-radius) var(--soz-radius);
    max-block-size: 20em;
    overflow-y: auto;
  }
  .suggestions[hidden] {
    display: none;
  }
  .suggestions li {
    padding-block: var(--soz-base-space-2);
    padding-inline: var(--soz-base-space-2);
    min-block-size: 2.75em;
    cursor: pointer;
  }
  .suggestions li:hover,
  .suggestions li.active {
    background: var(--soz-color-primary);
    color: var(--soz-color-on-primary);
  }
  .filters {
    margin-block: 0 var(--soz-space-m);
  }
  .filters summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 2.75em;
    display: list-item;
    padding-block: var(--soz-base-space-2);
    color: var(--soz-color-primary);
  }
  .filter-grid {
    display: grid;
    gap: 0 var(--soz-space-l);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    padding-block-start: var(--soz-space-s);
  }
  .radius select,
  .filters select {
    max-inline-size: 16em;
  }
  ul.plain,
  ol.centres {
    list-style: none;
    margin: 0 0 var(--soz-space-m);
    padding: 0;
  }
  ul.plain {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-s);
  }
  .centre {
    border: 1px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
    padding: var(--soz-space-m);
    margin-block-end: var(--soz-space-m);
    /* Perf: cards outside the viewport skip layout and paint (still in the accessibility tree and
       found by find-in-page); their last rendered height is remembered. */
    content-visibility: auto;
    contain-intrinsic-size: auto 25em;
  }
  .centre h4 {
    margin: 0;
  }
  .button.title {
    padding-inline: 0;
    text-align: start;
    font-size: inherit;
    justify-content: flex-start;
  }
  .carrier,
  .address,
  .today {
    margin-block-end: var(--soz-base-space-1);
  }
  .status {
    font-weight: 600;
    margin-block-end: var(--soz-base-space-1);
  }
  .status.open {
    color: var(--soz-color-success);
  }
  .responsible {
    display: inline-block;
    font-weight: 600;
    border: 2px solid var(--soz-color-primary);
    border-radius: var(--soz-radius);
    padding-inline: var(--soz-base-space-2);
  }
  .facts {
    display: grid;
    gap: var(--soz-base-space-1);
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--soz-space-s);
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
  }
  .contact {
    padding-inline-start: 0;
    list-style: none;
  }
  .actions:empty {
    display: none;
  }
  .week {
    border-collapse: collapse;
    margin-block-end: var(--soz-space-s);
  }
  .week th,
  .week td {
    text-align: start;
    padding-block: var(--soz-base-space-1);
    padding-inline: 0 var(--soz-space-l);
    border-block-end: 1px solid var(--soz-color-border);
  }
  .notice.error {
    border-inline-start-color: var(--soz-color-error);
  }
  .loading {
    display: flex;
    align-items: center;
    gap: var(--soz-space-s);
  }
  .spinner {
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 3px solid var(--soz-color-border);
    border-block-start-color: var(--soz-color-primary);
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .helplines {
    margin-block-start: var(--soz-space-l);
  }
  .attribution {
    margin-block-start: var(--soz-space-l);
    font-size: 0.875em;
    color: var(--soz-color-muted);
  }
  @media (forced-colors: active) {
    .suggestions li.active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
