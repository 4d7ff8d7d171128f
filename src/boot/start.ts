/**
 * The loader's second stage: validates the fetched configuration, fills the tenant store and
 * defines each widget on first sight of its tag — the real widget where the tenant has its
 * service switched on, a useful fallback where not, a polite notice when nothing can be shown.
 */
import { formatIssue } from '../tenant/issues.ts';
import type { ResolvedTenant } from '../tenant/schema.ts';
import { setTenantState, tenantState } from '../tenant/store.ts';
import { validateResolved } from '../tenant/validate.ts';
import { WIDGETS, widgetFor, type WidgetEntry } from '../widgets.ts';
import type { ConfigResponse } from './fetch-config.ts';

interface StartOptions {
  tenantId: string;
  apiBase: string;
  config: Promise<ConfigResponse> | undefined;
}

const PREFIX = '[Sozialplattform]';

/** Fallback and notice elements are loaded only on pages that need them. */
const standIns = () => import('../../components/fallback/define.ts');
const handled = new Map<string, Promise<void>>();

function isSwitchedOn(entry: WidgetEntry, tenant: ResolvedTenant): boolean {
  if (!entry.requires) return true;
  if (entry.requires === 'online-application') return tenant.services.some((s) => s.onlineApplication);
  return tenant.services.some((s) => s.service === entry.requires);
}

/**
 * Defines `tag` once: the widget, its fallback, or the notice. Also used by elements that render
 * widgets inside their own shadow roots (the portal), which a document observer cannot see.
 */
export function defineWidget(tag: string): Promise<void> {
  const entry = widgetFor(tag);
  if (!entry) return Promise.resolve();
  let pending = handled.get(tag);
  if (!pending) {
    pending = defineEntry(entry).catch((error: unknown) => {
      console.error(`${PREFIX} <${tag}> konnte nicht geladen werden.`, error);
      return standIns().then((s) => s.defineUnavailable(tag, 'network'));
    });
    handled.set(tag, pending);
  }
  return pending;
}

async function defineEntry(entry: WidgetEntry): Promise<void> {
  const state = tenantState();
  if (state.status === 'failed') {
    (await standIns()).defineUnavailable(entry.tag, state.reason);
    return;
  }
  if (!entry.load || (state.status === 'ready' && !isSwitchedOn(entry, state.tenant))) {
    (await standIns()).defineFallback(entry.tag, entry.requires === 'online-application' ? undefined : entry.requires);
    return;
  }
  await entry.load();
}

function scan(root: ParentNode): void {
  for (const { tag } of WIDGETS) {
    if (root.querySelector(tag) || (root instanceof Element && root.localName === tag)) void defineWidget(tag);
  }
}

function watchDocument(): void {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.localName.startsWith('soz-') || node.childElementCount > 0)) scan(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

async function settle(options: StartOptions): Promise<void> {
  if (!options.config) {
    console.error(
      `${PREFIX} Kein Mandant angegeben: erwartet data-tenant="<Amtlicher Gemeindeschlüssel, 8 Ziffern>" am Script-Tag von loader.js, gefunden ${JSON.stringify(options.tenantId)}.`,
    );
    setTenantState({ status: 'failed', reason: 'no-tenant' });
    return;
  }
  const response = await options.config;
  if (!response.ok) {
    console.error(
      response.reason === 'unknown-tenant'
        ? `${PREFIX} Mandant ${options.tenantId} ist unbekannt (${response.detail}). Prüfen Sie data-tenant am Script-Tag.`
        : `${PREFIX} Konfiguration für ${options.tenantId} nicht erreichbar (${response.detail}), auch nach mehreren Versuchen.`,
    );
    setTenantState({ status: 'failed', reason: response.reason });
    return;
  }
  const checked = validateResolved(response.json);
  if (!checked.ok) {
    console.error(
      `${PREFIX} Konfiguration für ${options.tenantId} ist ungültig (${checked.issues.length} Problem(e)):\n` +
        checked.issues.map((issue) => `- ${formatIssue(issue)}`).join('\n'),
    );
    setTenantState({ status: 'failed', reason: 'invalid-config', issues: checked.issues });
    return;
  }
  setTenantState({ status: 'ready', tenant: checked.value, apiBase: options.apiBase });
}

export async function start(options: StartOptions): Promise<void> {
  await settle(options);
  watchDocument();
}
