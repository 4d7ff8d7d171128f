import { css } from 'lit';

export const portalStyles = css`
  .root {
    max-inline-size: 70rem;
    margin-inline: auto;
    padding-inline: var(--soz-space-m);
  }
  /* Hidden until focused by clipping, not by moving it off-screen: -100vw made RTL pages scroll sideways. */
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .header {
    border-block-end: 4px solid var(--soz-color-primary);
    padding-block: var(--soz-space-m);
  }
  .brand {
    font-weight: 700;
    font-size: 1.25em;
    margin: 0 0 var(--soz-space-s);
  }
  nav ul,
  .footer ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-s) var(--soz-space-l);
    list-style: none;
    padding: 0;
    margin: 0;
  }
  nav a[aria-current='page'] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  main {
    padding-block: var(--soz-space-l);
  }
  main:focus {
    outline: none;
  }
  h1 {
    font-size: 1.75em;
    margin-block: 0 var(--soz-space-m);
  }
  .lead {
    font-size: 1.125em;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--soz-space-m);
    list-style: none;
    padding: 0;
  }
  .cards li {
    border: 1px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
    padding: var(--soz-space-m);
    display: grid;
    gap: var(--soz-space-s);
  }
  .cards a {
    font-weight: 700;
    font-size: 1.125em;
  }
  .easy-language {
    border: 2px solid var(--soz-color-primary);
    border-radius: var(--soz-radius);
    padding: var(--soz-space-m);
    margin-block: var(--soz-space-l);
    font-size: 1.125em;
  }
  .footer {
    border-block-start: 1px solid var(--soz-color-border);
    padding-block: var(--soz-space-m);
  }
  /* WCAG 2.5.8: links in a row need a 24 px target. */
  .footer a,
  nav a {
    display: inline-block;
    min-block-size: 24px;
    padding-block: var(--soz-base-space-1);
  }
`;
