/**
 * The steps ahead of a municipality that wants to offer the Sozialplattform, as a checklist in the
 * dimensions of the seed „Erste Schritte zur Anbindung von Kommunen“. That seed addresses the
 * Länder; the items below say what the municipality itself does or clarifies at each point.
 */
import { sourceRef, type SourceRef } from './sources.ts';

export type ChecklistGroupId = 'organisation' | 'finanziell' | 'rechtlich' | 'organisatorisch' | 'technisch' | 'pilot' | 'go-live';

export interface ChecklistItem {
  /** Stable id: progress saved on a device refers to it. */
  id: string;
  text: string;
  /** Where the step comes from; `platform` means our own embedding documentation. */
  source: SourceRef | 'platform';
}

export interface ChecklistGroup {
  id: ChecklistGroupId;
  title: string;
  items: ChecklistItem[];
}

const CHECK = (section: string) => sourceRef('checkliste-anbindung', section);
const NRW = (section: string) => sourceRef('nachnutzungsmodell-nrw', section);

export const CHECKLIST: readonly ChecklistGroup[] = [
  {
    id: 'organisation',
    title: 'Organisation',
    items: [
      { id: 'vollzug', text: 'Klären, wer die Leistungen bei Ihnen ausführt (Stadt, Gemeinde oder Kreis) und wer sie braucht.', source: CHECK('1. Landesspezifische Organisationsstrukturen') },
      { id: 'ansprechperson', text: 'Eine Ansprechperson für die Anbindung benennen und Kontakt zur Ansprechstelle Ihres Landes aufnehmen.', source: CHECK('1. Landesspezifische Organisationsstrukturen') },
      { id: 'team', text: 'Ein kleines Team bilden (Fachamt, IT, Datenschutz, Webredaktion), damit die Anbindung zügig geht.', source: CHECK('1. Landesspezifische Organisationsstrukturen') },
      { id: 'fachverfahren', text: 'Feststellen, mit welchen Fachverfahren Ihre Ämter die Anträge bearbeiten.', source: CHECK('1. Landesspezifische Organisationsstrukturen') },
    ],
  },
  {
    id: 'finanziell',
    title: 'Finanzielle Dimension',
    items: [
      { id: 'kosten', text: 'Mit der koordinierenden Stelle des Landes klären, welche Kosten auf Ihre Kommune zukommen und wer sie dauerhaft trägt.', source: CHECK('2. Finanzielle Dimension') },
    ],
  },
  {
    id: 'rechtlich',
    title: 'Rechtliche Dimension',
    items: [
      { id: 'modell', text: 'Erfragen, über welches Nachnutzungsmodell Ihr Land die Leistungen weitergibt (Kommunalvertreter oder FIT-Store).', source: CHECK('2. Rechtliche Dimension') },
      { id: 'rahmenvereinbarung', text: 'Die Rahmenvereinbarung mit Rahmen-AVV mit dem Kommunalvertreter abschließen (einmal für alle Dienste).', source: NRW('In vier Schritten zur vergaberechtlichen Nachnutzung') },
      { id: 'einzelabruf', text: 'Für jede Leistung den Einzelabruf mit Einzel-AVV unterschreiben (die Liste erstellt der Konfigurator).', source: NRW('In vier Schritten zur vergaberechtlichen Nachnutzung') },
    ],
  },
  {
    id: 'organisatorisch',
    title: 'Organisatorische Dimension',
    items: [
      { id: 'betrieb', text: 'Festlegen, wer im laufenden Betrieb für die Online-Dienste verantwortlich ist.', source: CHECK('2. Organisatorische Dimension') },
      { id: 'anforderungen', text: 'Einen Weg festlegen, auf dem Ihre Ämter fachliche und technische Wünsche an den Dienst melden.', source: CHECK('2. Organisatorische Dimension') },
    ],
  },
  {
    id: 'technisch',
    title: 'Technische Dimension',
    items: [
      { id: 'hersteller', text: 'Die Hersteller Ihrer Fachverfahren einbinden.', source: CHECK('2. Technische Dimension') },
      { id: 'systeme', text: 'Mit den Herstellern prüfen, wie die vorhandenen Systeme die Anträge annehmen.', source: CHECK('2. Technische Dimension') },
      { id: 'konfiguration', text: 'Die Konfiguration Ihrer Kommune mit dem Konfigurator erstellen und prüfen.', source: 'platform' },
    ],
  },
  {
    id: 'pilot',
    title: 'Pilotbetrieb',
    items: [
      { id: 'pilotkommune', text: 'Mit dem Land klären, ob Ihre Kommune als Pilotkommune beginnt.', source: CHECK('1. Identifikation und Ansprache von Pilotkommunen') },
      { id: 'austausch', text: 'Schulungen und Erfahrungen anderer Kommunen nutzen, zum Beispiel bei Informationsveranstaltungen des Landes.', source: CHECK('3. Ansprache der Kommunen') },
    ],
  },
  {
    id: 'go-live',
    title: 'Start (Go-Live)',
    items: [
      { id: 'portalverbund', text: 'Die Leistungen in den Portalverbund eintragen lassen.', source: NRW('Technische Voraussetzung: 1. Eintrag in den Portalverbund') },
      { id: 'dvdv', text: 'Die Empfangsstelle ins Deutsche Verwaltungsdiensteverzeichnis (DVDV) eintragen lassen.', source: NRW('Technische Voraussetzung: 2. Eintrag ins DVDV') },
      { id: 'parametrisierung', text: 'Die Dienste für Ihre Kommune einstellen (Parametrisierung: zuständige Stellen, Darstellung, Sprachen).', source: NRW('Voraussetzung: Parametrisierung') },
      { id: 'einbinden', text: 'Das Einbettungs-Snippet auf Ihren Seiten einbauen und Impressum, Datenschutz und Erklärung zur Barrierefreiheit verlinken.', source: 'platform' },
    ],
  },
];

export const CHECKLIST_ITEM_IDS: readonly string[] = CHECKLIST.flatMap((g) => g.items.map((i) => `${g.id}/${i.id}`));
