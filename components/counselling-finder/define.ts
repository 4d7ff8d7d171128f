/** Registers <soz-counselling-finder>; the loader imports this file on first sight of the tag. */
import { defineElement } from '../../src/internal/define.ts';
import { SozCounsellingFinder } from './counselling-finder.component.ts';

defineElement('soz-counselling-finder', SozCounsellingFinder);

declare global {
  interface HTMLElementTagNameMap {
    'soz-counselling-finder': SozCounsellingFinder;
  }
}
