/**
 * A guarded, version-aware `customElements.define`: a second copy of our script (or a host that
 * already registered the tag) must never throw.
 */
export const VERSION = '0.1.0';

export function defineElement(tag: string, constructor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || existing.version === constructor.version) return;
  console.warn(
    `[Sozialplattform] <${tag}> ist bereits in Version ${existing.version ?? 'unbekannt'} registriert; ` +
      `Version ${constructor.version ?? 'unbekannt'} wird nicht geladen. Binden Sie loader.js nur einmal ein.`,
  );
}
