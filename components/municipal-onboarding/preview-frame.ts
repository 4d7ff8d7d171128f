/**
 * The live preview: an iframe with the preview page (public/preview/), which has its own tenant
 * store. The page says when it is ready; we answer with the resolved configuration. Messages go
 * to and come from our own origin and that frame only.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ResolvedTenant } from '../../src/tenant/schema.ts';

export const PREVIEW_READY = 'soz-preview-ready';
export const PREVIEW_CONFIG = 'soz-preview-config';

export class PreviewController implements ReactiveController {
  private frame?: HTMLIFrameElement;
  private tenant?: ResolvedTenant;
  private readonly onMessage = (event: MessageEvent) => {
    if (event.origin !== location.origin || !this.frame || event.source !== this.frame.contentWindow) return;
    if ((event.data as { type?: unknown } | null)?.type === PREVIEW_READY) this.send();
  };

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
  }

  /** Call after each render with the current frame (or none) and configuration. */
  attach(frame: HTMLIFrameElement | null, tenant: ResolvedTenant | undefined): void {
    this.frame = frame ?? undefined;
    this.tenant = tenant;
  }

  private send(): void {
    if (!this.tenant) return;
    this.frame?.contentWindow?.postMessage({ type: PREVIEW_CONFIG, tenant: this.tenant }, location.origin);
  }
}
