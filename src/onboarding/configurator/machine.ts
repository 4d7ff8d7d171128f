/**
 * The onboarding and configurator flow as an XState machine: choose a Land → its reuse routes and
 * checklist → (if the Land has a configuration for the Sozialplattform) services → offices →
 * theme → languages, sites and links → live preview → outputs. Loading an existing file leads to
 * its problems and from there into the same steps. Guards only call the loader's validation.
 *
 * A Land without a configuration file gets no configurator: a Kommune can only switch on what its
 * Land has taken on, and the API could not resolve the file anyway. It gets its contact instead.
 */
import { assign } from 'xstate';
import { setup } from '../../flows/setup.ts';
import type { TenantIssue } from '../../tenant/issues.ts';
import type { LandConfig, PlatformConfig } from '../../tenant/schema.ts';
import { emptyDraft, type KommuneDraft } from './draft.ts';
import { importFile } from './import-file.ts';
import { stepIssues, type FormStep } from './steps.ts';

export interface ConfiguratorInput {
  laender: Readonly<Record<string, LandConfig>>;
  platform: PlatformConfig;
}

export interface ConfiguratorContext extends ConfiguratorInput {
  landKey?: string;
  draft?: KommuneDraft;
  /** Problems found when the user last tried to leave the step (shown until the next try). */
  issues: TenantIssue[];
  imported?: { fileName: string; issues: TenantIssue[] };
}

export type ConfiguratorEvent =
  | { type: 'SELECT_LAND'; key: string }
  | { type: 'CHANGE_LAND' }
  | { type: 'CONFIGURE' }
  | { type: 'EDIT'; patch: Partial<KommuneDraft> }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'IMPORT'; fileName: string; text: string }
  | { type: 'EDIT_IMPORTED' }
  | { type: 'RESTART' };

const landOf = (c: ConfiguratorContext) => (c.landKey ? c.laender[c.landKey] : undefined);

function issuesOf(context: ConfiguratorContext, step: FormStep): TenantIssue[] {
  const land = landOf(context);
  if (!land || !context.draft) return [];
  return stepIssues(step, context.draft, land, context.platform);
}

function formStep(step: FormStep, back: string, next: string) {
  return {
    on: {
      NEXT: [
        { guard: { type: 'stepValid' as const, params: { step } }, target: next, actions: 'clearIssues' as const },
        { actions: { type: 'showIssues' as const, params: { step } } },
      ],
      BACK: { target: back, actions: 'clearIssues' as const },
      EDIT: { actions: 'edit' as const },
    },
  };
}

export const configuratorMachine = setup({
  types: {
    context: {} as ConfiguratorContext,
    events: {} as ConfiguratorEvent,
    input: {} as ConfiguratorInput,
  },
  guards: {
    landConfigured: ({ context }) => landOf(context) !== undefined,
    stepValid: ({ context }, params: { step: FormStep }) => issuesOf(context, params.step).length === 0,
    importUsable: ({ context }) => context.landKey !== undefined && context.draft !== undefined && landOf(context) !== undefined,
  },
  actions: {
    selectLand: assign(({ context, event }) => {
      if (event.type !== 'SELECT_LAND') return {};
      if (event.key === context.landKey) return {};
      const land = context.laender[event.key];
      return { landKey: event.key, draft: land ? emptyDraft(land, context.platform) : undefined, issues: [] };
    }),
    edit: assign(({ context, event }) =>
      event.type === 'EDIT' && context.draft ? { draft: { ...context.draft, ...event.patch } } : {},
    ),
    clearIssues: assign({ issues: () => [] }),
    showIssues: assign(({ context }, params: { step: FormStep }) => ({ issues: issuesOf(context, params.step) })),
    importFile: assign(({ context, event }) => {
      if (event.type !== 'IMPORT') return {};
      const result = importFile(event.fileName, event.text, context.laender, context.platform);
      return {
        imported: { fileName: result.fileName, issues: result.issues },
        ...(result.landKey && result.draft ? { landKey: result.landKey, draft: result.draft } : {}),
        issues: [],
      };
    }),
    restart: assign(({ context }) => ({ landKey: undefined, draft: undefined, issues: [], imported: undefined, laender: context.laender })),
  },
}).createMachine({
  id: 'configurator',
  context: ({ input }) => ({ ...input, issues: [] }),
  initial: 'land',
  on: {
    IMPORT: { target: '.imported', actions: 'importFile' },
    RESTART: { target: '.land', actions: 'restart' },
  },
  states: {
    land: {
      on: { SELECT_LAND: { target: 'guide', actions: 'selectLand' } },
    },
    guide: {
      on: {
        CHANGE_LAND: 'land',
        CONFIGURE: [{ guard: 'landConfigured', target: 'services' }, { target: 'noLandConfig' }],
      },
    },
    noLandConfig: {
      on: { BACK: 'guide' },
    },
    imported: {
      on: {
        EDIT_IMPORTED: { guard: 'importUsable', target: 'services' },
        BACK: 'land',
      },
    },
    services: formStep('services', 'guide', 'offices'),
    offices: formStep('offices', 'services', 'theme'),
    theme: formStep('theme', 'offices', 'settings'),
    settings: formStep('settings', 'theme', 'preview'),
    preview: {
      on: { NEXT: 'outputs', BACK: 'settings' },
    },
    outputs: {
      on: { BACK: 'preview' },
    },
  },
});

export type ConfiguratorState = 'land' | 'guide' | 'noLandConfig' | 'imported' | FormStep | 'preview' | 'outputs';
