/**
 * Base class of every Sozialplattform element: tenant context, language, theme and the root
 * wrapper that carries `lang`/`dir` inside the shadow root (the host page's attributes are never
 * touched).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { VERSION } from '../../src/internal/define.ts';
import { ensureLocale, getLocale } from '../../src/i18n/localize.ts';
import { RTL_LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { chooseLocale, resolveLocale } from '../../src/i18n/resolve-locale.ts';
import { subscribeTenant, type TenantState } from '../../src/tenant/store.ts';
import type { ResolvedTenant } from '../../src/tenant/schema.ts';
import { themeSheet, tokenDefaults } from '../../src/theme/tokens.ts';
import { baseStyles } from './base-styles.ts';
import { widgetFooter, widgetFooterStyles } from './widget-footer.ts';

/** Elements to tell when any `lang` in the document changes; one observer serves them all. */
const languageListeners = new Set<SozElement>();
let languageObserver: MutationObserver | undefined;

function watchLanguage(element: SozElement): void {
  languageListeners.add(element);
  if (languageObserver) return;
  languageObserver = new MutationObserver(() => languageListeners.forEach((e) => e.languageChanged()));
  languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export class SozElement extends LitElement {
  static version = VERSION;
  static override styles = [tokenDefaults, baseStyles, widgetFooterStyles];

  /** The tenant context as the loader filled it. */
  protected tenantState: TenantState = { status: 'loading' };
  private unsubscribeTenant?: () => void;
  private adoptedTheme?: CSSStyleSheet;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected get tenant(): ResolvedTenant | undefined {
    return this.tenantState.status === 'ready' ? this.tenantState.tenant : undefined;
  }

  /** The language this element renders in (the page-wide @lit/localize locale). */
  protected get locale(): Locale {
    return getLocale() as Locale;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribeTenant = subscribeTenant((state) => {
      this.tenantState = state;
      this.applyTheme();
      this.syncLocale();
      this.requestUpdate();
    });
    // Follow later changes of our own or an ancestor's `lang` (read only).
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeTenant?.();
    languageListeners.delete(this);
  }

  /** @internal Called when a `lang` attribute in the document changed. */
  languageChanged(): void {
    this.syncLocale();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.applyTheme();
  }

  private syncLocale(): void {
    void ensureLocale(resolveLocale(this, this.tenant));
  }

  private applyTheme(): void {
    const root = this.shadowRoot;
    const tenant = this.tenant;
    if (!root || !tenant) return;
    const sheet = themeSheet(tenant.theme);
    if (sheet === this.adoptedTheme) return;
    const others = root.adoptedStyleSheets.filter((s) => s !== this.adoptedTheme);
    root.adoptedStyleSheets = [...others, sheet];
    this.adoptedTheme = sheet;
  }

  /**
   * Whether this element ends with the language choice and the accessibility links. Not inside
   * another widget (the portal has them once for the page) and not where a subclass has its own.
   */
  protected get showsFooter(): boolean {
    const root = this.getRootNode();
    return !(root instanceof ShadowRoot && root.host instanceof SozElement);
  }

  /** The citizen picked a language: every widget on the page follows (one runtime locale per page). */
  protected chooseLanguage(locale: Locale): void {
    chooseLocale(locale);
    void ensureLocale(locale);
  }

  /** Wraps a view in the root container that carries language, direction and the `root` part. */
  protected shell(content: unknown): TemplateResult {
    const locale = this.locale;
    const tenant = this.tenant;
    return html`<div class="root" part="root" lang=${locale} dir=${RTL_LOCALES.has(locale) ? 'rtl' : 'ltr'}>
      ${content} ${tenant && this.showsFooter ? widgetFooter(tenant, locale, (l) => this.chooseLanguage(l)) : nothing}
    </div>`;
  }
}
