/**
 * Demodaten: the carriers (Träger) of counselling centres, the topics each plausibly offers, and how a
 * centre of that carrier is named ("Schuldner- und Insolvenzberatung der Caritas Dortmund").
 */
import type { Topic } from './centre-types.ts';

export interface Carrier {
  /** As shown in the result list. */
  name: string;
  /** Used in a centre's name, with article: "der Caritas", "des DRK". */
  genitive: string;
  /** Domain stem of the demo e-mail and web addresses (always under .example.org). */
  domain: string;
  topics: readonly Topic[];
  /** Relative frequency among all centres. */
  weight: number;
}

/** The municipality itself; its genitive depends on the town ("der Stadt Dortmund"). */
export const MUNICIPAL = 'kommunal';

export const CARRIERS: readonly Carrier[] = [
  { name: 'Caritas', genitive: 'der Caritas', domain: 'caritas', weight: 16, topics: ['schuldnerberatung', 'suchtberatung', 'sozialberatung', 'migrationsberatung', 'schwangerschaftsberatung', 'wohnungsnotfallhilfe', 'familienberatung'] },
  { name: 'Diakonie', genitive: 'der Diakonie', domain: 'diakonie', weight: 16, topics: ['schuldnerberatung', 'suchtberatung', 'sozialberatung', 'migrationsberatung', 'schwangerschaftsberatung', 'wohnungsnotfallhilfe', 'familienberatung'] },
  { name: 'AWO', genitive: 'der AWO', domain: 'awo', weight: 11, topics: ['schuldnerberatung', 'sozialberatung', 'migrationsberatung', 'schwangerschaftsberatung', 'familienberatung', 'suchtberatung'] },
  { name: 'DRK', genitive: 'des DRK', domain: 'drk', weight: 8, topics: ['sozialberatung', 'migrationsberatung', 'suchtberatung', 'wohnungsnotfallhilfe', 'familienberatung'] },
  { name: 'Der Paritätische', genitive: 'des Paritätischen', domain: 'paritaet', weight: 7, topics: ['suchtberatung', 'sozialberatung', 'wohnungsnotfallhilfe', 'familienberatung', 'migrationsberatung'] },
  { name: MUNICIPAL, genitive: '', domain: 'stadt', weight: 14, topics: ['schuldnerberatung', 'sozialberatung', 'wohnungsnotfallhilfe', 'familienberatung'] },
  { name: 'Verbraucherzentrale', genitive: 'der Verbraucherzentrale', domain: 'verbraucherzentrale', weight: 5, topics: ['schuldnerberatung'] },
  { name: 'pro familia', genitive: 'von pro familia', domain: 'profamilia', weight: 5, topics: ['schwangerschaftsberatung', 'familienberatung'] },
  { name: 'donum vitae', genitive: 'von donum vitae', domain: 'donumvitae', weight: 3, topics: ['schwangerschaftsberatung'] },
  { name: 'Sozialdienst katholischer Frauen (SkF)', genitive: 'des SkF', domain: 'skf', weight: 3, topics: ['schwangerschaftsberatung', 'wohnungsnotfallhilfe', 'familienberatung'] },
  { name: 'Blaues Kreuz', genitive: 'des Blauen Kreuzes', domain: 'blaues-kreuz', weight: 2, topics: ['suchtberatung'] },
];

/** The name of a centre by its main topic: "{offer} {carrier} {town}". */
const OFFER_NAMES: Record<Topic, readonly string[]> = {
  schuldnerberatung: ['Schuldner- und Insolvenzberatung', 'Schuldnerberatung', 'Fachstelle für Schuldner- und Insolvenzberatung'],
  suchtberatung: ['Suchtberatungsstelle', 'Fachstelle Sucht', 'Suchtberatung und Suchtprävention'],
  sozialberatung: ['Allgemeine Sozialberatung', 'Sozialberatung', 'Allgemeiner Sozialer Beratungsdienst'],
  migrationsberatung: ['Migrationsberatung für erwachsene Zugewanderte (MBE)', 'Jugendmigrationsdienst', 'Migrationsberatung'],
  schwangerschaftsberatung: ['Schwangerschafts- und Schwangerschaftskonfliktberatung', 'Beratungsstelle für Schwangerschaftsfragen', 'Schwangerschaftsberatung'],
  wohnungsnotfallhilfe: ['Fachberatungsstelle für Wohnungslose', 'Zentrale Fachstelle Wohnungsnotfälle', 'Beratungsstelle Wohnungsnotfallhilfe'],
  familienberatung: ['Erziehungs- und Familienberatungsstelle', 'Familienberatung', 'Beratungsstelle für Eltern, Kinder und Jugendliche'],
};

/** The city-states are Länder: their offices are not those of a "Stadt". */
const CITY_STATES: Record<string, string> = { Berlin: 'des Landes Berlin', Hamburg: 'der Freien und Hansestadt Hamburg' };

/** A centre's name; the Verbraucherzentrale, pro familia and donum vitae name their offices differently. */
export function centreName(offer: Topic, carrier: Carrier, town: string, townPopulation: number, variant: number): string {
  const offers = OFFER_NAMES[offer];
  const offerName = offers[variant % offers.length] as string;
  if (carrier.name === MUNICIPAL) return `${offerName} ${CITY_STATES[town] ?? `der ${townPopulation >= 5_000 ? 'Stadt' : 'Gemeinde'} ${town}`}`;
  if (carrier.name === 'pro familia' || carrier.name === 'donum vitae') return `${carrier.name} Beratungsstelle ${town}`;
  if (carrier.name === 'Verbraucherzentrale') return `${offerName} der Verbraucherzentrale in ${town}`;
  return `${offerName} ${carrier.genitive} ${town}`;
}
