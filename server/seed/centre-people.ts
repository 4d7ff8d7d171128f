/** Demodaten: invented advisor display names and generic street names (no real persons or offices). */
import type { Random } from './centre-random.ts';

const SURNAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Koch', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hartmann',
  'Lange', 'Werner', 'Krause', 'Lehmann', 'Köhler', 'Jung', 'Vogel', 'Friedrich', 'Günther', 'Roth',
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Nowak', 'Kowalski', 'Popescu', 'Ivanova', 'Petrenko',
  'Haddad', 'Nasser', 'Karimi', 'Hosseini', 'Rossi', 'García', 'Nguyen', 'Osei', 'Begić', 'Berisha',
];

export function advisorName(random: Random): string {
  const surname = random.pick(SURNAMES);
  return random.chance(0.55) ? `Frau ${surname}` : `Herr ${surname}`;
}

const STREETS = [
  'Hauptstraße', 'Bahnhofstraße', 'Kirchstraße', 'Schulstraße', 'Gartenstraße', 'Lindenstraße', 'Marktplatz',
  'Poststraße', 'Bergstraße', 'Ringstraße', 'Friedhofstraße', 'Mühlenweg', 'Am Markt', 'Kirchplatz',
  'Wilhelmstraße', 'Goethestraße', 'Schillerstraße', 'Friedrichstraße', 'Rathausplatz', 'Burgstraße',
  'Parkstraße', 'Am Bahnhof', 'Brunnenstraße', 'Kaiserstraße',
];

export function streetAddress(random: Random): string {
  return `${random.pick(STREETS)} ${random.int(1, 120)}`;
}
