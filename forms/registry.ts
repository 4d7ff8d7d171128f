/**
 * The services that have an online form, each loaded on demand so every definition is its own
 * chunk and the widget stays small.
 */
import type { ServiceId } from '../src/catalogue/service-ids.ts';
import type { FormDefinition } from './engine/types.ts';

type Loader = () => Promise<{ definition: () => FormDefinition }>;

export const FORMS: Partial<Record<ServiceId, Loader>> = {
  'hilfe-zum-lebensunterhalt': () => import('./hilfe-zum-lebensunterhalt/definition.ts'),
  'bildung-und-teilhabe': () => import('./bildung-und-teilhabe/definition.ts'),
  mietrueckstaende: () => import('./mietrueckstaende/definition.ts'),
};

export const hasOnlineForm = (service: string): service is ServiceId => service in FORMS;
