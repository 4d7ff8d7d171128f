/** Registers <soz-municipal-onboarding>. */
import { defineElement } from '../../src/internal/define.ts';
import { SozMunicipalOnboarding } from './municipal-onboarding.component.ts';

defineElement('soz-municipal-onboarding', SozMunicipalOnboarding);

declare global {
  interface HTMLElementTagNameMap {
    'soz-municipal-onboarding': SozMunicipalOnboarding;
  }
}
