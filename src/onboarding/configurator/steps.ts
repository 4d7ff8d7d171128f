/**
 * The configurator's steps and which part of the configuration each one edits, and the check of a
 * step: the loader's own validation (src/tenant) on the draft, with the parts of later steps
 * filled with neutral stand-ins, so that a step reports only what the user can fix on it.
 */
import { formatIssue, type TenantIssue } from '../../tenant/issues.ts';
import { resolveTenant } from '../../tenant/resolve.ts';
import type { LandConfig, PlatformConfig, ResolvedTenant } from '../../tenant/schema.ts';
import { emptyOffice, noMap, toKommuneInput, type KommuneDraft } from './draft.ts';

export const FORM_STEPS = ['services', 'offices', 'theme', 'settings'] as const;
export type FormStep = (typeof FORM_STEPS)[number];

/** The step on which the field at `path` (as src/tenant reports it) is edited. */
export function stepOf(path: string): FormStep {
  if (/^services\[\d+\]\.(office|onlineApplication|applicationKey)/.test(path) || /^(offices|generalOffice)/.test(path)) return 'offices';
  if (path.startsWith('theme')) return 'theme';
  if (/^(locales|defaultLocale|origins|links|counsellingRegion|counsellingMap|\$schema)/.test(path)) return 'settings';
  return 'services';
}

/** Valid stand-ins for the parts edited on the `replace` steps. */
function withStandIns(draft: KommuneDraft, replace: ReadonlySet<FormStep>, platform: PlatformConfig): KommuneDraft {
  let d = draft;
  if (replace.has('offices') || replace.has('settings')) {
    // Texts per language name offices and languages: against stand-ins they would only report phantom problems.
    const { texts: _texts, ...kept } = d.kept;
    d = { ...d, kept };
  }
  if (replace.has('offices')) {
    const standIn = { ...emptyOffice('stelle'), name: 'Stelle', street: 'Straße 1', postalCode: '00000', city: 'Ort' };
    d = { ...d, offices: [standIn], generalOffice: 'stelle', services: d.services.map((s) => ({ ...s, office: '', onlineApplication: false, applicationKey: '' })) };
  }
  if (replace.has('theme')) {
    const t = platform.theme;
    d = { ...d, theme: { primary: t.primary, onPrimary: t.onPrimary, background: t.background, text: t.text, focus: t.focus } };
  }
  if (replace.has('settings')) {
    const page = 'https://www.kommune.example/';
    d = {
      ...d,
      locales: ['de'],
      defaultLocale: 'de',
      origins: '',
      links: { imprint: page, privacy: page, accessibility: page, feedback: page },
      region: { lat: '51', lon: '10', radiusKm: '10' },
      // A broken map setting would otherwise stop the checks of the earlier steps.
      map: noMap(),
    };
  }
  return d;
}

export type Checked = { ok: true; tenant: ResolvedTenant } | { ok: false; issues: TenantIssue[] };

/** The whole draft through the cascade, as the API would resolve it and the loader check it. */
export function checkDraft(draft: KommuneDraft, land: LandConfig, platform: PlatformConfig): Checked {
  const result = resolveTenant(platform, land, toKommuneInput(draft));
  return result.ok ? { ok: true, tenant: result.value } : { ok: false, issues: result.issues };
}

/** Problems the user must fix before leaving `step`: those of this step and of the ones before. */
export function stepIssues(step: FormStep, draft: KommuneDraft, land: LandConfig, platform: PlatformConfig): TenantIssue[] {
  const reached = FORM_STEPS.indexOf(step);
  const checked = checkDraft(withStandIns(draft, new Set(FORM_STEPS.slice(reached + 1)), platform), land, platform);
  if (checked.ok) return [];
  return checked.issues.filter((issue) => FORM_STEPS.indexOf(stepOf(issue.path)) <= reached);
}

/**
 * Every problem of the draft at once. The loader stops at the first structural error and never
 * reaches its cross-field rules; checking each step with stand-ins for the others reaches them.
 */
export function allIssues(draft: KommuneDraft, land: LandConfig, platform: PlatformConfig): TenantIssue[] {
  const found = new Map<string, TenantIssue>();
  for (const step of FORM_STEPS) {
    const others = new Set(FORM_STEPS.filter((s) => s !== step && s !== 'services'));
    const checked = checkDraft(withStandIns(draft, others, platform), land, platform);
    if (checked.ok) continue;
    for (const issue of checked.issues) if (stepOf(issue.path) === step) found.set(formatIssue(issue), issue);
  }
  return [...found.values()];
}

/** The id of the form control that edits `path`, for the error summary's links. */
export const fieldId = (path: string) => `f-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
