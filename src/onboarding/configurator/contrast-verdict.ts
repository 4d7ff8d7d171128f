/**
 * The live contrast verdict of the theme step: for each colour pair the widgets draw, its ratio
 * and — when it fails — the loader's own issue (src/tenant/rules.ts), so the wording is the same.
 */
import type { TenantIssue } from '../../tenant/issues.ts';
import { checkThemeContrast } from '../../tenant/rules.ts';
import { AA_NON_TEXT, AA_TEXT, contrastRatio } from '../../theme/contrast.ts';
import type { ThemeColour } from './draft.ts';

export interface PairVerdict {
  foreground: ThemeColour;
  background: ThemeColour;
  minimum: number;
  /** Undefined while one of the colours is not a #RRGGBB value. */
  ratio?: number;
  issue?: TenantIssue;
}

/** The pairs src/tenant/rules.ts checks, in its order (test/onboarding keeps both in step). */
export const CONTRAST_PAIRS: ReadonlyArray<[ThemeColour, ThemeColour, number]> = [
  ['text', 'background', AA_TEXT],
  ['onPrimary', 'primary', AA_TEXT],
  ['primary', 'background', AA_NON_TEXT],
  ['focus', 'background', AA_NON_TEXT],
];

const HEX = /^#[0-9a-f]{6}$/i;

export function contrastVerdicts(theme: Record<ThemeColour, string>): PairVerdict[] {
  const issues = checkThemeContrast(theme);
  return CONTRAST_PAIRS.map(([foreground, background, minimum]) => {
    const fg = theme[foreground];
    const bg = theme[background];
    const valid = HEX.test(fg) && HEX.test(bg);
    const issue = issues.find((i) => i.path === `theme.${foreground}`);
    return { foreground, background, minimum, ...(valid ? { ratio: contrastRatio(fg, bg) } : {}), ...(issue ? { issue } : {}) };
  });
}
