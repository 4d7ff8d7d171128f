import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Router, type Route, type RouterLocation } from '@vaadin/router';
import { SozElement } from '../ui/soz-element.ts';
import { languageChoice } from '../ui/widget-footer.ts';
import { defineWidget } from '../../src/boot/start.ts';
import { portalRoutes, type PortalPage } from '../../src/portal/routes.ts';
import { portalStyles } from './portal.styles.ts';
import { tenantName } from '../../src/tenant/texts.ts';

/**
 * Writes a widget's search into the page's URL query (only the names the page declares, so nothing
 * else a widget might send, such as a device position, can get in). replaceState: a search is no new
 * page in the history, and the router does not navigate.
 */
function keepInUrl(names: readonly string[], detail: unknown): void {
  if (typeof detail !== 'object' || detail === null) return;
  const values = detail as Record<string, unknown>;
  const url = new URL(window.location.href);
  url.search = '';
  for (const name of names) {
    const value = values[name];
    if (typeof value === 'string' && value) url.searchParams.set(name, value);
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

/**
 * @summary The standalone portal: the same widgets under one address, with deep links and a
 * working back button (@vaadin/router).
 *
 * @csspart root - The outer container.
 * @csspart nav - The main navigation.
 * @csspart main - The area that shows the current page.
 */
export class SozPortal extends SozElement {
  static override styles = [...SozElement.styles, portalStyles];

  /** Path under which the portal is served. */
  @property({ attribute: 'base-url' }) baseUrl = '/portal/';

  @state() private current?: PortalPage;
  @query('#outlet') private outlet!: HTMLElement;
  private router?: Router;
  private readonly onLocationChanged = (event: Event) =>
    this.afterNavigation((event as CustomEvent<{ location: RouterLocation }>).detail.location);

  private pages(): PortalPage[] {
    return portalRoutes(this.tenant);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('vaadin-router-location-changed', this.onLocationChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('vaadin-router-location-changed', this.onLocationChanged);
    this.router?.unsubscribe();
    this.router = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Routes depend on the tenant (which services are on), so the router starts once it is known.
    if (!this.router && this.tenant && this.outlet) {
      this.router = new Router(this.outlet, { baseUrl: this.baseUrl });
      void this.router.setRoutes(this.routes());
    }
  }

  private routes(): Route[] {
    const views: Route[] = this.pages().map((page) => ({
      path: page.path,
      action: async (context) => {
        if (page.widget) await defineWidget(page.widget.tag);
        return this.view(page, context.params, new URLSearchParams(context.search ?? ''));
      },
    }));
    return [...views, { path: '(.*)', action: () => this.view(undefined) }];
  }

  /** Builds a page: its heading (the focus target after navigation) and the widget or text. */
  private view(page: PortalPage | undefined, params: Record<string, unknown> = {}, query = new URLSearchParams()): HTMLElement {
    const section = document.createElement('section');
    section.className = 'page';
    const heading = document.createElement('h1');
    heading.tabIndex = -1;
    heading.textContent = page?.title() ?? msg('Seite nicht gefunden');
    section.append(heading);
    if (!page) {
      const p = document.createElement('p');
      p.textContent = msg('Diese Adresse gibt es nicht. Bitte wählen Sie oben einen Bereich.');
      section.append(p);
    } else if (page.widget) {
      const widget = document.createElement(page.widget.tag);
      for (const name of page.widget.params ?? []) {
        const value = params[name];
        if (typeof value === 'string') widget.setAttribute(name, value);
      }
      const kept = page.widget.query ?? [];
      for (const name of kept) {
        const value = query.get(name);
        if (value) widget.setAttribute(name, value);
      }
      if (kept.length) widget.addEventListener('soz-search-changed', (event) => keepInUrl(kept, (event as CustomEvent<unknown>).detail));
      section.append(widget);
    } else if (page.render) {
      section.append(page.render());
    }
    return section;
  }

  private afterNavigation(location: RouterLocation): void {
    this.current = this.pages().find((p) => p.path === location.route?.path);
    const title = this.current?.title() ?? msg('Seite nicht gefunden');
    // The portal owns its page (it is not embedded in a host's), so it may set the title.
    document.title = `${title} – ${this.tenant ? tenantName(this.tenant, this.locale) : 'Sozialplattform'}`;
    // Move focus to the new page's heading so screen readers announce it (not on first load).
    // The router swaps the old page out after this event, so wait for the next frame.
    if (location.redirectFrom !== undefined || this.hasNavigated) {
      requestAnimationFrame(() => this.outlet.querySelector<HTMLElement>('h1')?.focus());
    }
    this.hasNavigated = true;
  }

  private hasNavigated = false;

  override render() {
    const tenant = this.tenant;
    if (!tenant) return this.shell(html`<p role="status">${msg('Wird geladen …')}</p>`);
    const nav = this.pages().filter((p) => p.inNav);
    return this.shell(html`
      <a class="skip" href="#outlet" @click=${this.skipToMain}>${msg('Zum Inhalt springen')}</a>
      <header class="header">
        <p class="brand">${msg(str`Sozialplattform ${tenantName(tenant, this.locale)}`)}</p>
        <nav part="nav" aria-label=${msg('Hauptnavigation')}>
          <ul>
            ${nav.map(
              (page) => html`<li>
                <a href=${this.baseUrl + page.path} aria-current=${this.current?.path === page.path ? 'page' : nothing}>
                  ${page.title()}
                </a>
              </li>`,
            )}
          </ul>
        </nav>
      </header>
      <main id="outlet" part="main" tabindex="-1"></main>
      <footer class="footer">
        ${languageChoice(tenant, this.locale, (l) => this.chooseLanguage(l))}
        <ul>
          <li><a href=${tenant.links.imprint}>${msg('Impressum')}</a></li>
          <li><a href=${tenant.links.privacy}>${msg('Datenschutz')}</a></li>
          <li><a href=${tenant.links.accessibility}>${msg('Erklärung zur Barrierefreiheit')}</a></li>
          <li><a href=${tenant.links.feedback}>${msg('Barriere melden')}</a></li>
        </ul>
      </footer>
    `);
  }

  /** The portal's own footer carries the language choice and the legal links once for the page. */
  protected override get showsFooter(): boolean {
    return false;
  }

  private skipToMain(event: Event): void {
    event.preventDefault();
    this.outlet.focus();
  }
}
