/**
 * Design tokens in two tiers (after KERN UX): fixed base values, and the semantic tokens that
 * components read. Tenants set semantic tokens only; host pages may override any of them on the
 * element (`soz-benefits-finder { --soz-color-primary: … }`), which beats our `:host` rules.
 */
import { css } from 'lit';
import type { Theme } from '../tenant/schema.ts';

/** Semantic tokens a tenant theme sets, with the CSS custom property each becomes. */
export const THEME_TOKENS: Record<Exclude<keyof Theme, 'logoUrl'>, string> = {
  primary: '--soz-color-primary',
  onPrimary: '--soz-color-on-primary',
  background: '--soz-color-background',
  text: '--soz-color-text',
  focus: '--soz-color-focus',
  fontFamily: '--soz-font-family',
  radius: '--soz-radius',
};

/**
 * Base tier and the defaults of the semantic tier. Sizes are in em/rem so that browser zoom and
 * the host's font size carry into the shadow roots.
 */
export const tokenDefaults = css`
  :host {
    --soz-base-space-1: 0.25em;
    --soz-base-space-2: 0.5em;
    --soz-base-space-3: 0.75em;
    --soz-base-space-4: 1em;
    --soz-base-space-6: 1.5em;
    --soz-base-space-8: 2em;
    --soz-base-red-700: #b00020;
    --soz-base-green-700: #1e6b33;
    --soz-base-grey-600: #5c5c5c;
    --soz-base-grey-200: #d9d9d9;
    --soz-base-grey-50: #f5f5f5;

    --soz-color-primary: #0b5cad;
    --soz-color-on-primary: #ffffff;
    --soz-color-background: #ffffff;
    --soz-color-text: #1b1b1b;
    --soz-color-focus: #0b0c0c;
    --soz-color-error: var(--soz-base-red-700);
    --soz-color-success: var(--soz-base-green-700);
    --soz-color-muted: var(--soz-base-grey-600);
    --soz-color-border: #767676;
    --soz-color-surface: var(--soz-base-grey-50);
    --soz-font-family: inherit;
    --soz-radius: 4px;
    --soz-space-s: var(--soz-base-space-2);
    --soz-space-m: var(--soz-base-space-4);
    --soz-space-l: var(--soz-base-space-6);
  }
`;

/** The tenant's theme as `:host` declarations; empty values keep the defaults. */
export function themeDeclarations(theme: Partial<Theme>): string {
  const lines: string[] = [];
  for (const [key, property] of Object.entries(THEME_TOKENS) as Array<[keyof typeof THEME_TOKENS, string]>) {
    const value = theme[key];
    if (value === undefined) continue;
    const cssValue = key === 'radius' ? `${Number(value)}px` : String(value);
    // Values are schema-validated (hex colours, bounded font stacks); strip anything that could
    // end the declaration all the same, as a second line of defence.
    lines.push(`${property}: ${cssValue.replace(/[;{}<>\\]/g, '')};`);
  }
  return `:host { ${lines.join(' ')} }`;
}

const sheets = new Map<string, CSSStyleSheet>();

/** One constructed stylesheet per distinct theme, shared by all widgets (CSP-safe: no <style>). */
export function themeSheet(theme: Partial<Theme>): CSSStyleSheet {
  const text = themeDeclarations(theme);
  let sheet = sheets.get(text);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    sheets.set(text, sheet);
  }
  return sheet;
}

