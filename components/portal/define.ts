import { defineElement } from '../../src/internal/define.ts';
import { SozPortal } from './portal.component.ts';

defineElement('soz-portal', SozPortal);
