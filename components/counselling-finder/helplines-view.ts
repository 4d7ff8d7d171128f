/** The national helplines block: shown with no results, with errors and below every list. */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Topic } from '../../src/contract/centres.ts';
import { dialable, helplinesFor } from './helplines.ts';

export function renderHelplines(topics: readonly Topic[], headingLevel: 3 | 4 = 3) {
  const lines = helplinesFor(topics);
  const heading = msg('Bundesweite Telefonberatung');
  return html`<section class="helplines" part="helplines" aria-labelledby="helplines-heading">
    ${headingLevel === 3 ? html`<h3 id="helplines-heading">${heading}</h3>` : html`<h4 id="helplines-heading">${heading}</h4>`}
    <ul>
      ${lines.map(
        (h) => html`<li>
          <strong>${h.name()}</strong>: ${h.purpose()}
          ${h.numbers.map((n, i) => html`${i ? msg(' oder ') : ' '}<a href="tel:${dialable(n)}">${n}</a>`)}. ${h.terms()}
        </li>`,
      )}
    </ul>
  </section>`;
}
