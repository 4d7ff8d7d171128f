/** Registers <soz-advisor-desk>; the loader imports this file on first sight of the tag. */
import { defineElement } from '../../src/internal/define.ts';
import { SozAdvisorDesk } from './advisor-desk.component.ts';

defineElement('soz-advisor-desk', SozAdvisorDesk);

declare global {
  interface HTMLElementTagNameMap {
    'soz-advisor-desk': SozAdvisorDesk;
  }
}
