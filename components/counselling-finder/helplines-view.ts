/** The national helplines block: shown with no results, with errors and below every list. */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Topic } from '../../src/contract/centres.ts';
import { listFormat } from '../../src/i18n/format.ts';
import { dialable, helplinesFor } from './helplines.ts';

/** "0800 111 0 111, 0800 111 0 222 oder 116 123" in the UI language, each number a link. */
function numberLinks(numbers: readonly string[], locale: string) {
  return listFormat(locale, { type: 'disjunction' })
    .formatToParts(numbers)
    .map((part) => (part.type === 'element' ? html`<a href="tel:${dialable(part.value)}">${part.value}</a>` : part.value));
}

export function renderHelplines(topics: readonly Topic[], locale: string, headingLevel: 3 | 4 = 3) {
  const lines = helplinesFor(topics);
  const heading = msg('Bundesweite Telefonberatung');
  return html`<section class="helplines" part="helplines" aria-labelledby="helplines-heading">
    ${headingLevel === 3 ? html`<h3 id="helplines-heading">${heading}</h3>` : html`<h4 id="helplines-heading">${heading}</h4>`}
    <ul>
      ${lines.map(
        (h) => html`<li>
          <strong>${h.name()}</strong>: ${h.purpose()} ${numberLinks(h.numbers, locale)}. ${h.terms()}
        </li>`,
      )}
    </ul>
  </section>`;
}
