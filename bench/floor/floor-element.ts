/**
 * The floor of the size benchmark: the smallest useful Lit element (LitElement, html, css and one
 * reactive property, defined once). Every Lit widget pays at least this; never shipped.
 */
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';

export class SozFloorElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** Who is greeted. */
  @property() name = 'Welt';

  override render() {
    return html`<p>Hallo ${this.name}</p>`;
  }
}

customElements.define('soz-floor-element', SozFloorElement);
