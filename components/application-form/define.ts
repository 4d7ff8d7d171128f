/** Registers <soz-application-form>. */
import { defineElement } from '../../src/internal/define.ts';
import { SozApplicationForm } from './application-form.component.ts';

defineElement('soz-application-form', SozApplicationForm);
