/**
 * The reuse models in plain German, from the seeds: the Kommunalvertreter model with its four
 * agreements, the FIT-Store, costs, and the NRW model's worked examples.
 */
import { sourceRef, type SourceRef } from './sources.ts';

export interface Agreement {
  /** Short name and its usual abbreviation. */
  name: string;
  between: string;
  /** How often it is signed. */
  how: 'einmal je Land' | 'einmal je Leistung' | 'einmal je Kommune' | 'je Leistung und Kommune';
  /** What it settles, plainly. */
  what: string;
}

export interface ReuseModel {
  id: 'kommunalvertreter' | 'fit-store';
  name: string;
  summary: string;
  agreements?: Agreement[];
  notes: string[];
  sources: SourceRef[];
}

export const KOMMUNALVERTRETER_MODEL: ReuseModel = {
  id: 'kommunalvertreter',
  name: 'Kommunalvertreter-Modell (Nachnutzungsmodell NRW)',
  summary:
    'Jedes Land hat einen Kommunalvertreter: eine landesweite Stelle, die Online-Dienste für alle Kommunen des Landes bezieht und ihnen weitergibt – ohne eigenes Vergabeverfahren der Kommune. Das Modell ist verfügbar und ermöglicht schon jetzt die kommunale Nachnutzung.',
  agreements: [
    {
      name: 'Interöffentliche Vereinbarung (iöV)',
      between: 'Bund, Länder und die Kommunalvertreter der Länder',
      how: 'einmal je Land',
      what: 'Der Kommunalvertreter des Landes tritt ihr einmal bei (formlose Beitrittserklärung). Sie ist die Grundlage, Dienste über Landesgrenzen hinweg zu beziehen.',
    },
    {
      name: 'Einzelkooperationsvereinbarung (EKV) mit Auftragsverarbeitungsvereinbarung (AVV)',
      between: 'Kommunalvertreter des Landes und der Anbieter des Dienstes (bzw. dessen Kommunalvertreter)',
      how: 'einmal je Leistung',
      what: 'Regelt den Bezug einer konkreten Leistung, zum Beispiel „Hilfe zum Lebensunterhalt“, einschließlich Datenschutz und Finanzierung.',
    },
    {
      name: 'Rahmenvereinbarung (RV) mit Rahmen-AVV',
      between: 'Kommunalvertreter und Kommune (oder Kreis)',
      how: 'einmal je Kommune',
      what: 'Die Kommune schließt sie einmal ab; danach kann sie jede Leistung abrufen, die der Kommunalvertreter anbietet.',
    },
    {
      name: 'Einzelabruf (EA) mit Einzel-AVV',
      between: 'Kommune (oder Kreis) und Kommunalvertreter',
      how: 'je Leistung und Kommune',
      what: 'Mit dem Einzelabruf ruft die Kommune eine Leistung ab. Erst dann steht die Leistung bei ihr zur Nachnutzung bereit. Die Finanzierung steht in der Einzelvereinbarung.',
    },
  ],
  notes: [
    'Schritte 1 und 3 sind einmalig, nur Schritte 2 und 4 sind je Dienst nötig. Alle Vereinbarungen enthalten eine AVV zum Datenschutz.',
    'Die Kommune ist Auftraggeberin des Dienstes und verantwortlich für die Datenverarbeitung im Fachverfahren.',
    'Das Modell bestimmt nicht, wer zahlt: Das Finanzierungsmodell vereinbart das umsetzende Land. Kosten können in EKV und Einzelabruf eingetragen werden.',
    'Das Modell kann neben dem FIT-Store genutzt werden; die Mustervorlagen enthalten geprüfte Datenschutzvereinbarungen.',
  ],
  sources: [
    sourceRef('sozialplattform-nachnutzung', 'Das Kommunalvertreter-Modell'),
    sourceRef('nachnutzungsmodell-nrw', 'In vier Schritten zur vergaberechtlichen Nachnutzung; Beschaffungsweg am Beispiel HzL'),
  ],
};

export const FIT_STORE_MODEL: ReuseModel = {
  id: 'fit-store',
  name: 'FIT-Store der FITKO',
  summary:
    'Die FITKO (Föderale IT-Kooperation) kauft betriebsbereite Leistungen zu einheitlichen Vertragsbedingungen ein und gibt sie an Länder weiter, die sie nachnutzen wollen. Die Verträge laufen zentral und standardisiert, das spart Aufwand.',
  notes: [
    'Für die Sozialplattform ist die Nachnutzung über den FIT-Store laut Quelle derzeit in Pilotierung.',
    'Der FIT-Store vertreibt an Länder; wie eine Leistung an die Kommunen weitergegeben wird, regelt das Land.',
    'Er eignet sich besonders, wenn das Ministerium die Kosten des Dienstes übernimmt.',
    'Der IT-Planungsrat hat die govdigital eG 2021 beauftragt, einen Marktplatz für EfA-Leistungen aufzubauen; die Leistungen des FIT-Store sollen dort angeboten werden.',
  ],
  sources: [
    sourceRef('sozialplattform-nachnutzung', 'Der FIT-Store'),
    sourceRef('nachnutzungsmodell-nrw', 'Wie verhält sich das Nachnutzungsmodell NRW zu anderen Modellen; Was ist im ersten Schritt zu tun?'),
    sourceRef('govdigital-marktplatz', 'OZG-Leistungsaustausch bis in die Kommunen'),
  ],
};

export const REUSE_MODELS: readonly ReuseModel[] = [KOMMUNALVERTRETER_MODEL, FIT_STORE_MODEL];

export const COSTS = {
  text:
    'Der Preis für ein nachnutzendes Land hängt vom gewählten Paket ab (Zahl der EfA-Leistungen und Beratungsdienste). ' +
    'Wie Kosten für Kommunen und Beratungsstellen behandelt werden, regelt jedes Land selbst – fragen Sie die koordinierende Stelle Ihres Landes.',
  source: sourceRef('sozialplattform-nachnutzung', 'Kosten'),
};

export interface WorkedExample {
  title: string;
  steps: [string, string, string, string];
  source: SourceRef;
}

/** The NRW presentation's two examples, one step per agreement. */
export const NRW_EXAMPLES: readonly WorkedExample[] = [
  {
    title: 'Beispiel 1: Dortmund nutzt „Wohngeld“ aus Schleswig-Holstein',
    steps: [
      'iöV zwischen d-NRW (Kommunalvertreter NRW) und dem Anbieter Dataport – einmal für alle Dienste.',
      'EKV mit AVV zwischen d-NRW und Dataport für „Wohngeld“ – einmal je Dienst.',
      'Rahmenvereinbarung zwischen d-NRW und der Stadt Dortmund – einmal für alle Dienste.',
      'Einzelabruf mit AVV der Stadt Dortmund über d-NRW für „Wohngeld“ – danach steht der Dienst in Dortmund bereit.',
    ],
    source: sourceRef('nachnutzungsmodell-nrw', 'Beispiel 1: Dortmund bezieht EfA-Dienst „Wohngeld“ aus Schleswig-Holstein'),
  },
  {
    title: 'Beispiel 2 (fiktiv): Würzburg nutzt „Hilfe zum Lebensunterhalt“ aus NRW',
    steps: [
      'Die AKDB (Kommunalvertreter Bayern) tritt der iöV bei – einmal für alle Dienste.',
      'EKV mit AVV zwischen d-NRW und AKDB für „HzL“ – einmal je Dienst.',
      'Rahmenvereinbarung zwischen AKDB und der Stadt Würzburg – einmal für alle Dienste.',
      'Einzelabruf mit AVV der Stadt Würzburg bei der AKDB für „HzL“ – danach steht der Dienst in Würzburg bereit.',
    ],
    source: sourceRef('nachnutzungsmodell-nrw', 'Fiktives Beispiel 2: Würzburg bezieht EfA-Dienst „Hilfe zum Lebensunterhalt“ aus Nordrhein-Westfalen'),
  },
];
