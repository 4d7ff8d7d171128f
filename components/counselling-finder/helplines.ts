/**
 * National helplines shown with every search, per topic: dated facts with their official source.
 * A changed number is a data change here, reviewed like code. Numbers checked against the
 * operators' own websites (see `source`) as of `checkedOn`; re-check before each release.
 */
import { msg } from '@lit/localize';
import type { Topic } from '../../src/contract/centres.ts';

export interface Helpline {
  id: string;
  name: () => string;
  /** What the line is for, in one sentence. */
  purpose: () => string;
  /** Numbers as written for people, dialled digits derived from them. */
  numbers: readonly string[];
  /** Cost and hours in plain words. */
  terms: () => string;
  /** Topics it fits; empty = always relevant (crisis lines). */
  topics: readonly Topic[];
  source: string;
  checkedOn: string;
}

export const HELPLINES: readonly Helpline[] = [
  {
    // TelefonSeelsorge (ev./kath. Kirchen, Deutsche Telekom): https://www.telefonseelsorge.de/
    id: 'telefonseelsorge',
    name: () => msg('TelefonSeelsorge'),
    purpose: () => msg('Anonymes Gespräch in jeder Krise, auch nachts.'),
    numbers: ['0800 111 0 111', '0800 111 0 222', '116 123'],
    terms: () => msg('Kostenlos, rund um die Uhr.'),
    topics: [],
    source: 'https://www.telefonseelsorge.de/',
    checkedOn: '2026-11-24',
  },
  {
    // Hilfetelefon „Schwangere in Not“ (Bundesamt für Familie und zivilgesellschaftliche Aufgaben): https://www.geburt-vertraulich.de/
    id: 'schwangere-in-not',
    name: () => msg('Hilfetelefon „Schwangere in Not“'),
    purpose: () => msg('Beratung für Schwangere, auch anonym und zur vertraulichen Geburt, in vielen Sprachen.'),
    numbers: ['0800 40 40 020'],
    terms: () => msg('Kostenlos, rund um die Uhr.'),
    topics: ['schwangerschaftsberatung'],
    source: 'https://www.geburt-vertraulich.de/',
    checkedOn: '2026-11-24',
  },
  {
    // Sucht & Drogen Hotline (bundesweit, getragen von Drogennotrufeinrichtungen): https://www.sucht-und-drogen-hotline.de/
    id: 'sucht-drogen-hotline',
    name: () => msg('Sucht & Drogen Hotline'),
    purpose: () => msg('Rat bei Fragen zu Sucht und Drogen, für Betroffene und Angehörige.'),
    numbers: ['01806 313031'],
    terms: () => msg('0,20 € je Anruf aus dem Festnetz und Mobilfunk, rund um die Uhr.'),
    topics: ['suchtberatung'],
    source: 'https://www.sucht-und-drogen-hotline.de/',
    checkedOn: '2026-11-24',
  },
  {
    // Hilfetelefon „Gewalt gegen Frauen“ (Bundesamt für Familie und zivilgesellschaftliche Aufgaben): https://www.hilfetelefon.de/
    id: 'gewalt-gegen-frauen',
    name: () => msg('Hilfetelefon „Gewalt gegen Frauen“'),
    purpose: () => msg('Beratung für Frauen, die Gewalt erleben, und ihr Umfeld, in vielen Sprachen.'),
    numbers: ['116 016'],
    terms: () => msg('Kostenlos, anonym, rund um die Uhr.'),
    topics: ['familienberatung', 'schwangerschaftsberatung', 'migrationsberatung', 'wohnungsnotfallhilfe'],
    source: 'https://www.hilfetelefon.de/',
    checkedOn: '2026-11-24',
  },
  {
    // Nummer gegen Kummer e. V., Elterntelefon: https://www.nummergegenkummer.de/
    id: 'elterntelefon',
    name: () => msg('Elterntelefon der Nummer gegen Kummer'),
    purpose: () => msg('Rat für Eltern bei Sorgen in der Erziehung.'),
    numbers: ['0800 111 0 550'],
    terms: () => msg('Kostenlos und anonym, werktags zu festen Zeiten.'),
    topics: ['familienberatung'],
    source: 'https://www.nummergegenkummer.de/',
    checkedOn: '2026-11-24',
  },
  {
    // Nummer gegen Kummer e. V., Kinder- und Jugendtelefon: https://www.nummergegenkummer.de/
    id: 'kinder-jugendtelefon',
    name: () => msg('Kinder- und Jugendtelefon der Nummer gegen Kummer'),
    purpose: () => msg('Für Kinder und Jugendliche mit Sorgen, gleich welcher Art.'),
    numbers: ['116 111'],
    terms: () => msg('Kostenlos und anonym, montags bis samstags zu festen Zeiten.'),
    topics: ['familienberatung'],
    source: 'https://www.nummergegenkummer.de/',
    checkedOn: '2026-11-24',
  },
];

/** The helplines for the chosen topics (crisis lines always; all of them when no topic is chosen). */
export function helplinesFor(topics: readonly Topic[]): Helpline[] {
  if (topics.length === 0) return [...HELPLINES];
  return HELPLINES.filter((h) => h.topics.length === 0 || h.topics.some((t) => topics.includes(t)));
}

/** `tel:` target of a number as written. */
export const dialable = (number: string): string => number.replace(/[^+\d]/g, '');
