import { property } from 'lit/decorators.js';
import { SozElement } from '../ui/soz-element.ts';
import { serviceFallbackView } from './service-fallback-view.ts';

/**
 * @summary What a citizen sees where a service is not switched on here: what the service is, who
 * is responsible in this municipality, and how to apply without us. Never a blank box.
 *
 * @csspart root - The outer container.
 * @csspart office - The responsible office's address block.
 */
export class SozServiceFallback extends SozElement {
  /** The module or service this element stands in for. */
  @property({ reflect: true }) service?: string;

  override render() {
    return this.shell(serviceFallbackView(this.tenant, this.service));
  }
}
