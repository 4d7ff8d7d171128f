/**
 * The rules no schema can express: the cascade (a Kommune narrows its Land), references between
 * parts of the file, and accessibility of the theme. Each rule names the fix.
 */
import { AA_NON_TEXT, AA_TEXT, contrastRatio } from '../theme/contrast.ts';
import type { TenantIssue } from './issues.ts';
import { describeValue } from './issues.ts';
import type { LandService, Office, ServiceActivation, TenantTexts, Theme } from './schema.ts';

interface CascadeInput {
  ags: string;
  land: { key: string; name: string; services: readonly LandService[] };
  services: readonly ServiceActivation[];
  offices: readonly Office[];
  generalOffice: string;
  locales?: readonly string[] | undefined;
  defaultLocale?: string | undefined;
  texts?: TenantTexts | undefined;
}

export function checkCascade(config: CascadeInput): TenantIssue[] {
  const issues: TenantIssue[] = [];
  const takenOn = new Set(config.land.services.map((s) => s.service));
  const officeIds = new Set(config.offices.map((o) => o.id));
  const seen = new Set<string>();

  if (!config.ags.startsWith(config.land.key)) {
    issues.push({
      path: 'land',
      expected: `den Länderschlüssel, mit dem der AGS ${config.ags} beginnt (${config.ags.slice(0, 2)})`,
      found: describeValue(config.land.key),
      fix: 'Tragen Sie das Land ein, zu dem die Kommune gehört.',
    });
  }

  config.services.forEach((activation, index) => {
    const path = `services[${index}]`;
    if (seen.has(activation.service)) {
      issues.push({
        path: `${path}.service`,
        expected: 'jede Leistung nur einmal',
        found: describeValue(activation.service),
        fix: `Entfernen Sie den doppelten Eintrag für „${activation.service}“.`,
      });
    }
    seen.add(activation.service);
    if (!takenOn.has(activation.service)) {
      issues.push({
        path: `${path}.service`,
        expected: `eine Leistung, die das Land ${config.land.name} (${config.land.key}) nachgenutzt hat`,
        found: describeValue(activation.service),
        fix: `Das Land ${config.land.name} hat „${activation.service}“ nicht übernommen. Entfernen Sie den Eintrag oder wenden Sie sich an die Koordinierungsstelle des Landes, damit es die Leistung nachnutzt.`,
      });
    }
    if (activation.office === undefined) {
      if (activation.onlineApplication) {
        issues.push({
          path: `${path}.office`,
          expected: 'die zuständige Stelle für einen Online-Antrag',
          found: 'nichts',
          fix: `Tragen Sie bei „${activation.service}“ die Kennung einer Stelle aus „offices“ ein, die die Anträge bearbeitet.`,
        });
      }
    } else if (!officeIds.has(activation.office)) {
      issues.push({
        path: `${path}.office`,
        expected: `eine Kennung aus „offices“ (${[...officeIds].join(', ')})`,
        found: describeValue(activation.office),
        fix: 'Legen Sie die Stelle unter „offices“ an oder korrigieren Sie die Kennung.',
      });
    }
    if (activation.onlineApplication && activation.applicationKey === undefined) {
      issues.push({
        path: `${path}.applicationKey`,
        expected: 'den öffentlichen Schlüssel (JWK) der zuständigen Stelle',
        found: 'nichts',
        fix: 'Ohne Schlüssel können Anträge nicht verschlüsselt übermittelt werden. Hinterlegen Sie ihn oder schalten Sie „onlineApplication“ aus.',
      });
    }
  });

  if (!officeIds.has(config.generalOffice)) {
    issues.push({
      path: 'generalOffice',
      expected: `eine Kennung aus „offices“ (${[...officeIds].join(', ')})`,
      found: describeValue(config.generalOffice),
      fix: 'Nennen Sie die Stelle, an die sich Bürgerinnen und Bürger allgemein wenden (meist das Sozialamt).',
    });
  }

  if (config.defaultLocale && config.locales && !config.locales.includes(config.defaultLocale)) {
    issues.push({
      path: 'defaultLocale',
      expected: `eine der angebotenen Sprachen (${config.locales.join(', ')})`,
      found: describeValue(config.defaultLocale),
      fix: 'Nehmen Sie die Standardsprache in „locales“ auf.',
    });
  }
  issues.push(...checkTexts(config, officeIds));
  return issues;
}

/** Texts per language must belong to an offered language and name offices that exist. */
function checkTexts(config: CascadeInput, officeIds: ReadonlySet<string>): TenantIssue[] {
  const issues: TenantIssue[] = [];
  for (const [locale, texts] of Object.entries(config.texts ?? {})) {
    if (config.locales && !config.locales.includes(locale)) {
      issues.push({
        path: `texts.${locale}`,
        expected: `Texte nur für angebotene Sprachen (${config.locales.join(', ')})`,
        found: describeValue(locale),
        fix: `Nehmen Sie „${locale}“ in „locales“ auf oder entfernen Sie die Texte für diese Sprache.`,
      });
    }
    for (const id of Object.keys(texts?.offices ?? {})) {
      if (!officeIds.has(id)) {
        issues.push({
          path: `texts.${locale}.offices.${id}`,
          expected: `eine Kennung aus „offices“ (${[...officeIds].join(', ')})`,
          found: describeValue(id),
          fix: 'Übersetzen Sie nur Stellen, die unter „offices“ angelegt sind, oder korrigieren Sie die Kennung.',
        });
      }
    }
  }
  return issues;
}

const PAIRS: ReadonlyArray<[keyof Theme, keyof Theme, number, string]> = [
  ['text', 'background', AA_TEXT, 'Text auf Hintergrund'],
  ['onPrimary', 'primary', AA_TEXT, 'Schrift auf Schaltflächen (onPrimary auf primary)'],
  ['primary', 'background', AA_NON_TEXT, 'Schaltflächen und Links auf Hintergrund (primary)'],
  ['focus', 'background', AA_NON_TEXT, 'Fokusrahmen auf Hintergrund'],
];

const HEX = /^#[0-9a-f]{6}$/i;

/** WCAG 2.2 AA contrast of the colour pairs the widgets actually draw. */
export function checkThemeContrast(theme: Partial<Theme>, pathPrefix = 'theme'): TenantIssue[] {
  const issues: TenantIssue[] = [];
  for (const [fg, bg, minimum, what] of PAIRS) {
    const a = theme[fg];
    const b = theme[bg];
    if (typeof a !== 'string' || typeof b !== 'string' || !HEX.test(a) || !HEX.test(b)) continue;
    const ratio = contrastRatio(a, b);
    if (ratio < minimum) {
      issues.push({
        path: `${pathPrefix}.${fg}`,
        expected: `mindestens ${minimum}:1 Kontrast für ${what} (WCAG 2.2 AA)`,
        found: `${ratio.toFixed(2)}:1 (${a} auf ${b})`,
        fix: `Wählen Sie für „${fg}“ oder „${bg}“ eine dunklere bzw. hellere Farbe.`,
      });
    }
  }
  return issues;
}
