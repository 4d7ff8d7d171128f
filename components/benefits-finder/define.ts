/** Registers <soz-benefits-finder>; the loader imports this when the tenant has the Leistungsfinder on. */
import { defineElement } from '../../src/internal/define.ts';
import { SozBenefitsFinder } from './benefits-finder.component.ts';

defineElement('soz-benefits-finder', SozBenefitsFinder);
