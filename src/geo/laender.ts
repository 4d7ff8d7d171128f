/** The 16 Länder by their two-digit key (first two digits of the Amtlicher Gemeindeschlüssel). */
export const LAENDER: Record<string, { name: string; short: string }> = {
  '01': { name: 'Schleswig-Holstein', short: 'SH' },
  '02': { name: 'Hamburg', short: 'HH' },
  '03': { name: 'Niedersachsen', short: 'NI' },
  '04': { name: 'Bremen', short: 'HB' },
  '05': { name: 'Nordrhein-Westfalen', short: 'NW' },
  '06': { name: 'Hessen', short: 'HE' },
  '07': { name: 'Rheinland-Pfalz', short: 'RP' },
  '08': { name: 'Baden-Württemberg', short: 'BW' },
  '09': { name: 'Bayern', short: 'BY' },
  '10': { name: 'Saarland', short: 'SL' },
  '11': { name: 'Berlin', short: 'BE' },
  '12': { name: 'Brandenburg', short: 'BB' },
  '13': { name: 'Mecklenburg-Vorpommern', short: 'MV' },
  '14': { name: 'Sachsen', short: 'SN' },
  '15': { name: 'Sachsen-Anhalt', short: 'ST' },
  '16': { name: 'Thüringen', short: 'TH' },
};

export const LAND_KEYS = Object.keys(LAENDER).sort();
