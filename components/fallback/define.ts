/**
 * Registers the stand-ins for widgets that cannot be shown: the fallback where the tenant has not
 * switched the service on, and the notice where nothing could be loaded. The tag keeps its name,
 * so host pages need no change when the service goes live.
 */
import { defineElement } from '../../src/internal/define.ts';
import { SozServiceFallback } from './service-fallback.component.ts';
import { SozUnavailable } from './unavailable.component.ts';

export function defineFallback(tag: string, service: string | undefined): void {
  defineElement(
    tag,
    class extends SozServiceFallback {
      override connectedCallback(): void {
        // soz-application-form names its service itself; the others stand for one module.
        this.service ??= service ?? this.getAttribute('service') ?? undefined;
        super.connectedCallback();
      }
    },
  );
}

export function defineUnavailable(tag: string, reason: string): void {
  defineElement(
    tag,
    class extends SozUnavailable {
      override connectedCallback(): void {
        this.reason = reason;
        super.connectedCallback();
      }
    },
  );
}
