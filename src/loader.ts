/**
 * The one script a host page includes:
 *   <script type="module" src="…/loader.js" data-tenant="05913000"></script>
 * It fetches the tenant's configuration and, in a lazily loaded chunk, validates it and defines
 * the widgets the tenant has switched on as their tags appear. Loading it twice is harmless.
 */
import { VERSION } from './internal/define.ts';
import { fetchConfig } from './boot/fetch-config.ts';

interface SozialplattformGlobal {
  readonly version: string;
  /** Settles when the configuration is handled and the page's widgets are being defined. */
  readonly ready: Promise<void>;
}

declare global {
  interface Window {
    Sozialplattform?: SozialplattformGlobal;
  }
}

if (!window.Sozialplattform) {
  // Our own tag; in dev Vite serves /loader.js from source under another URL, hence the fallback.
  const script =
    Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]')).find((s) => s.src === import.meta.url) ??
    document.querySelector<HTMLScriptElement>('script[data-tenant]') ??
    undefined;
  const tenantId = script?.dataset.tenant ?? document.querySelector('[tenant]')?.getAttribute('tenant') ?? '';
  const apiBase = new URL(script?.dataset.api ?? '/api/', import.meta.url).href;
  const config = /^\d{8}$/.test(tenantId)
    ? fetchConfig(new URL(`tenants/${tenantId}/config`, apiBase).href)
    : undefined;
  const ready = import('./boot/start.ts').then((boot) => boot.start({ tenantId, apiBase, config }));
  window.Sozialplattform = Object.freeze({ version: VERSION, ready });
}
