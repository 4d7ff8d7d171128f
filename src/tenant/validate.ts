/**
 * Validation entry points: the same checks and the same messages in the loader, the configurator
 * and the API. Structural problems come from the schema, the rest from `rules.ts`.
 */
import type * as z from 'zod/mini';
import { describeValue, formatPath, type TenantIssue } from './issues.ts';
import { checkCascade, checkThemeContrast } from './rules.ts';
import {
  kommuneConfig,
  landConfig,
  resolvedTenant,
  type KommuneConfig,
  type LandConfig,
  type ResolvedTenant,
} from './schema.ts';

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: TenantIssue[] };

const FIX_BY_CODE: Record<string, string> = {
  invalid_type: 'Ergänzen oder korrigieren Sie den Wert.',
  invalid_value: 'Verwenden Sie einen der erlaubten Werte.',
  unrecognized_keys: 'Entfernen Sie das unbekannte Feld oder prüfen Sie die Schreibweise.',
  too_small: 'Der Wert ist zu kurz oder zu klein.',
  too_big: 'Der Wert ist zu lang oder zu groß.',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `einen Wert vom Typ ${issue.expected}`;
    case 'invalid_value':
      return `einen dieser Werte: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `nur bekannte Felder (unbekannt: ${issue.keys.join(', ')})`;
    case 'too_small':
      return `mindestens ${String(issue.minimum)} ${issue.origin === 'array' ? 'Einträge' : issue.origin === 'string' ? 'Zeichen' : ''}`.trim();
    case 'too_big':
      return `höchstens ${String(issue.maximum)} ${issue.origin === 'array' ? 'Einträge' : issue.origin === 'string' ? 'Zeichen' : ''}`.trim();
    default:
      return issue.message;
  }
}

/** Turns schema errors into issues that name path, expectation, finding and fix. */
function schemaIssues(error: z.core.$ZodError, input: unknown): TenantIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    expected: expectedOf(issue),
    found: describeValue(valueAt(input, issue.path)),
    fix: FIX_BY_CODE[issue.code] ?? 'Korrigieren Sie den Wert.',
  }));
}

function parse<T>(schema: z.ZodMiniType<T>, input: unknown): Validation<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  // Report contrast too when the structure is wrong elsewhere, so one round of fixes suffices.
  const theme = (input as { theme?: unknown } | null)?.theme;
  const contrast = theme && typeof theme === 'object' ? checkThemeContrast(theme as Record<string, string>) : [];
  return { ok: false, issues: [...schemaIssues(result.error, input), ...contrast] };
}

export function validateLand(input: unknown): Validation<LandConfig> {
  return parse(landConfig, input);
}

/** Checks a Kommune's own file against the schema and against its Land. */
export function validateKommune(input: unknown, land: LandConfig): Validation<KommuneConfig> {
  const parsed = parse(kommuneConfig, input);
  if (!parsed.ok) return parsed;
  const config = parsed.value;
  const issues = [
    ...(config.land === land.key
      ? []
      : [
          {
            path: 'land',
            expected: `den Schlüssel des Landes ${land.name} (${land.key})`,
            found: describeValue(config.land),
            fix: 'Die Konfiguration gehört zu einem anderen Land.',
          },
        ]),
    ...checkCascade({ ...config, land }),
    ...checkThemeContrast(config.theme ?? {}),
  ];
  return issues.length ? { ok: false, issues } : parsed;
}

/** What the loader runs on the configuration it fetched. */
export function validateResolved(input: unknown): Validation<ResolvedTenant> {
  const parsed = parse(resolvedTenant, input);
  if (!parsed.ok) return parsed;
  const issues = [...checkCascade(parsed.value), ...checkThemeContrast(parsed.value.theme)];
  return issues.length ? { ok: false, issues } : parsed;
}
