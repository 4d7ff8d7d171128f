/** Loading an existing configuration file: every problem the loader would report, with its fix. */
import type { TenantIssue } from '../../tenant/issues.ts';
import { describeValue, formatIssue } from '../../tenant/issues.ts';
import type { LandConfig, PlatformConfig } from '../../tenant/schema.ts';
import { resolveTenant } from '../../tenant/resolve.ts';
import { validateKommune } from '../../tenant/validate.ts';
import { draftFromFile, emptyDraft, type KommuneDraft } from './draft.ts';
import { allIssues } from './steps.ts';

export interface ImportResult {
  fileName: string;
  /** The Land of the file, when it names one we have a configuration for. */
  landKey?: string;
  draft?: KommuneDraft;
  issues: TenantIssue[];
}

export function importFile(
  fileName: string,
  text: string,
  laender: Readonly<Record<string, LandConfig>>,
  platform: PlatformConfig,
): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      fileName,
      issues: [
        {
          path: '',
          expected: 'eine JSON-Datei mit der Konfiguration einer Kommune',
          found: error instanceof Error ? error.message : 'keine lesbare JSON-Datei',
          fix: 'Wählen Sie die Datei, die der Konfigurator oder Ihr Betreiber erstellt hat (Endung .json).',
        },
      ],
    };
  }
  const file = (json && typeof json === 'object' ? json : {}) as { land?: unknown; ags?: unknown };
  const key = typeof file.land === 'string' ? file.land : typeof file.ags === 'string' ? file.ags.slice(0, 2) : '';
  const land = laender[key];
  if (!land) {
    // Without the Land's file the cascade cannot be checked; the structure still can.
    const anyLand = Object.values(laender)[0]!;
    const structural = validateKommune(json, { ...anyLand, key, services: [] });
    const issues = structural.ok ? [] : structural.issues.filter((i) => !i.path.startsWith('services') && i.path !== 'land');
    return {
      fileName,
      issues: [
        {
          path: 'land',
          expected: `ein Land mit Konfiguration für die Sozialplattform (${Object.keys(laender).join(', ')})`,
          found: describeValue(file.land),
          fix: 'Für dieses Land gibt es noch keine Konfiguration. Wenden Sie sich an die Ansprechstelle Ihres Landes.',
        },
        ...issues,
      ],
    };
  }
  const draft = draftFromFile(json, emptyDraft(land, platform));
  // Resolving runs the loader's checks on the file as written (unknown fields included); the
  // step-wise check adds the rules the loader reaches only once the structure is right.
  const resolved = resolveTenant(platform, land, json);
  if (resolved.ok) return { fileName, landKey: land.key, draft, issues: [] };
  const issues = new Map(resolved.issues.map((i) => [formatIssue(i), i]));
  for (const issue of allIssues(draft, land, platform)) issues.set(formatIssue(issue), issue);
  return { fileName, landKey: land.key, draft, issues: [...issues.values()] };
}
