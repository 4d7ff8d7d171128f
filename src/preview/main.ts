/**
 * Script of the configurator's preview page (public/preview/): waits for the configuration from
 * the configurator that embeds this page — same origin and the parent window only — and then runs
 * the loader's own validation and start, so the real widgets render with that configuration.
 */
import { start } from '../boot/start.ts';
import type { ResolvedTenant } from '../tenant/schema.ts';

const READY = 'soz-preview-ready';
const CONFIG = 'soz-preview-config';
let started = false;

function fillPage(tenant: ResolvedTenant): void {
  document.getElementById('kommune-name')!.textContent = tenant.name;
  const office = tenant.offices.find((o) => o.id === tenant.generalOffice);
  if (office) document.querySelector('soz-counselling-finder')?.setAttribute('place', office.postalCode);
  const form = tenant.services.find((s) => s.onlineApplication);
  if (form) {
    const element = document.createElement('soz-application-form');
    element.setAttribute('service', form.service);
    document.getElementById('antrag')?.append(element);
  }
  const labels = { imprint: 'Impressum', privacy: 'Datenschutz', accessibility: 'Barrierefreiheit', feedback: 'Feedback' } as const;
  const list = document.getElementById('pflichtangaben')!;
  for (const key of Object.keys(labels) as Array<keyof typeof labels>) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = tenant.links[key];
    link.textContent = labels[key];
    item.append(link);
    list.append(item);
  }
}

function onMessage(event: MessageEvent): void {
  // Only the configurator that frames this page may configure it; opened on its own, nothing can.
  if (window.parent === window || event.origin !== location.origin || event.source !== window.parent || started) return;
  const data = event.data as { type?: unknown; tenant?: unknown } | null;
  if (data?.type !== CONFIG || !data.tenant || typeof data.tenant !== 'object') return;
  started = true;
  const tenant = data.tenant as ResolvedTenant;
  fillPage(tenant);
  document.getElementById('widgets')!.hidden = false;
  document.getElementById('preview-status')!.textContent = `Vorschau für ${tenant.name}.`;
  void start({
    tenantId: tenant.ags,
    apiBase: new URL('/api/', location.href).href,
    config: Promise.resolve({ ok: true, json: tenant }),
  });
}

window.addEventListener('message', onMessage);
if (window.parent === window) {
  document.getElementById('preview-status')!.textContent = 'Diese Seite zeigt die Vorschau des Konfigurators und funktioniert nur dort.';
} else {
  window.parent.postMessage({ type: READY }, location.origin);
}
