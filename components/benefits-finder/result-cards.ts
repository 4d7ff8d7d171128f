/**
 * Turns the evaluator's results into what the result page shows: catalogue facts per benefit, the
 * conditions in plain words with their §, and where to apply in this municipality (online form if
 * live here, else the responsible office and the official route), plus counselling topics.
 */
import type { Answers, ConditionResult, EligibilityResult } from '../../src/benefits/index.ts';
import { SERVICE_CATALOGUE } from '../../src/catalogue/services.ts';
import { getLocale } from '../../src/i18n/localize.ts';
import type { ResolvedTenant } from '../../src/tenant/schema.ts';
import { localOffice } from '../../src/tenant/texts.ts';
import type { Topic } from '../../src/contract/centres.ts';
import type { ApplyRoute, BenefitCard, CounsellingSuggestion, Reason } from './result-view.ts';

function applyRoute(service: string, tenant: ResolvedTenant | undefined, offlineRoute: string): ApplyRoute {
  const activation = tenant?.services.find((s) => s.service === service);
  if (activation?.onlineApplication) return { kind: 'online', service };
  // Wohngeld and Kinderzuschlag are not run by the Sozialamt: show only the official route for them.
  const officeId = activation?.office ?? (SERVICE_CATALOGUE.find((s) => s.id === service)?.kind === 'leistung' ? tenant?.generalOffice : undefined);
  const office = tenant ? localOffice(tenant, officeId, getLocale()) : undefined;
  return office ? { kind: 'offline', office, route: offlineRoute } : { kind: 'offline', route: offlineRoute };
}

const reason = (c: ConditionResult): Reason => ({ label: c.label, legalBasis: c.legalBasis });

export function benefitCards(results: readonly EligibilityResult[], tenant: ResolvedTenant | undefined): BenefitCard[] {
  return results.flatMap((r): BenefitCard[] => {
    if (r.status === 'unlikely') return [];
    const info = SERVICE_CATALOGUE.find((s) => s.id === r.benefit);
    return [
      {
        service: r.benefit,
        name: info?.name ?? r.name,
        summary: info?.summary ?? '',
        status: r.status,
        met: r.met.map(reason),
        obstacles: [...r.notMet, ...r.unknown].map(reason),
        precedence: r.precedence.map((p) => ({ label: p.label, legalBasis: p.legalBasis })),
        cautions: [...r.cautions, ...r.notes],
        legalBasis: r.legalBasis,
        documents: info?.documents ?? [],
        apply: applyRoute(r.benefit, tenant, info?.offlineRoute ?? ''),
      },
    ];
  });
}

const TOPIC_OF_NEED: Record<string, { topic: Topic; label: string }> = {
  schulden: { topic: 'schuldnerberatung', label: 'Schuldnerberatung' },
  sucht: { topic: 'suchtberatung', label: 'Suchtberatung' },
  wohnungsnot: { topic: 'wohnungsnotfallhilfe', label: 'Hilfe bei Wohnungsnot' },
  gewalt: { topic: 'familienberatung', label: 'Beratung bei Gewalt und in Familienkrisen' },
  haftentlassung: { topic: 'sozialberatung', label: 'Sozialberatung' },
  'andere-schwierigkeiten': { topic: 'sozialberatung', label: 'Sozialberatung' },
};

export function counsellingSuggestions(a: Answers): CounsellingSuggestion[] {
  const needs = new Set<string>(a.beratung ?? []);
  // Arrears with a notice or an eviction suit are a housing emergency even if not ticked as a need.
  if (a.wohnprobleme?.some((p) => p === 'kuendigung' || p === 'raeumungsklage')) needs.add('wohnungsnot');
  const seen = new Set<string>();
  return [...needs].flatMap((need) => {
    const s = TOPIC_OF_NEED[need];
    if (!s || seen.has(s.topic)) return [];
    seen.add(s.topic);
    return [s];
  });
}
