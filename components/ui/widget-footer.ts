/**
 * The footer every top-level widget ends with: the language choice (each language in its own
 * name) and the tenant's accessibility statement and feedback channel (BITV 2.0 § 7: the way to
 * report a barrier must be reachable from every offer).
 */
import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { LOCALE_NAMES, type Locale } from '../../src/i18n/locales.ts';
import type { ResolvedTenant } from '../../src/tenant/schema.ts';

/** Buttons rather than a select: switching on change would surprise (WCAG 3.2.2), a second "apply" button costs a step. */
export function languageChoice(tenant: ResolvedTenant, current: Locale, choose: (locale: Locale) => void) {
  if (tenant.locales.length < 2) return nothing;
  return html`<div class="languages" role="group" aria-labelledby="soz-language-label">
    <span id="soz-language-label" class="languages-label">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8" />
        <path d="M3 12h18M12 3c3 3.2 3 14.8 0 18M12 3c-3 3.2-3 14.8 0 18" fill="none" stroke="currentColor" stroke-width="1.8" />
      </svg>
      ${msg('Sprache')}
    </span>
    <ul>
      ${tenant.locales.map(
        (locale) => html`<li>
          <button type="button" class="language" lang=${locale === 'de-x-ls' ? 'de' : locale} aria-current=${locale === current ? 'true' : nothing}
            @click=${() => choose(locale)}>${LOCALE_NAMES[locale]}</button>
        </li>`,
      )}
    </ul>
  </div>`;
}

export function widgetFooter(tenant: ResolvedTenant, current: Locale, choose: (locale: Locale) => void) {
  return html`<div class="widget-footer" part="footer">
    ${languageChoice(tenant, current, choose)}
    <ul class="footer-links">
      <li><a href=${tenant.links.accessibility}>${msg('Erklärung zur Barrierefreiheit')}</a></li>
      <li><a href=${tenant.links.feedback}>${msg('Barriere melden')}</a></li>
    </ul>
  </div>`;
}

export const widgetFooterStyles = css`
  .widget-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--soz-space-s) var(--soz-space-m);
    margin-block-start: var(--soz-space-l);
    padding-block-start: var(--soz-space-s);
    border-block-start: 1px solid var(--soz-color-border);
    font-size: 0.9375em;
  }
  .widget-footer ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--soz-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--soz-space-s);
  }
  .languages-label {
    display: inline-flex;
    align-items: center;
    gap: var(--soz-base-space-1);
  }
  .language {
    min-block-size: 2.75em;
    padding-inline: var(--soz-base-space-2);
    border: 1px solid var(--soz-color-border);
    border-radius: var(--soz-radius);
    background: var(--soz-color-background);
    color: var(--soz-color-text);
    font: inherit;
    cursor: pointer;
  }
  .language[aria-current='true'] {
    border: 2px solid var(--soz-color-primary);
    font-weight: 700;
  }
  .footer-links a {
    display: inline-block;
    padding-block: var(--soz-base-space-2);
  }
  @media (forced-colors: active) {
    .language[aria-current='true'] {
      border-color: Highlight;
    }
  }
`;
