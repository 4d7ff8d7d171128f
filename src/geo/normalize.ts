/** Normalises place names and queries so that "St. Ingbert", "sankt-ingbert" and "Sankt Ingbert" meet. */

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** "St." (or "St" before a space) at the start of a word means "Sankt"; "St" alone may be Stuttgart. */
function expandSankt(lower: string): string {
  return lower.replace(/(^|[\s\-(/])st(?:\.\s*|\s+)(?=\S)/g, '$1sankt ').replace(/(^|[\s\-(/])st\.$/, '$1sankt');
}

function fold(lower: string, umlauts: 'ae' | 'plain'): string {
  const withUmlauts = umlauts === 'ae' ? lower.replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c) : lower.replace(/ß/g, 'ss');
  // NFD splits accents (é, ô, and plain ä/ö/ü in the 'plain' variant) from their letter.
  return withUmlauts.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * The search keys of a name, written together without spaces or punctuation: with umlauts as ae/oe/ue
 * and, when different, with umlauts dropped ("wurzburg"), because people type both.
 */
export function nameKeys(name: string): string[] {
  const lower = expandSankt(name.toLowerCase());
  const keys = [fold(lower, 'ae'), fold(lower, 'plain')].map((k) => k.replace(/[^a-z0-9]/g, ''));
  return keys[0] === keys[1] ? [keys[0] as string] : keys;
}

/** The key of a query: umlauts as ae/oe/ue (which also matches "wurzburg" via the plain key of the name). */
export function queryKey(query: string): string {
  return fold(expandSankt(query.trim().toLowerCase()), 'ae').replace(/[^a-z0-9]/g, '');
}

const LINKING_WORDS = new Set(['der', 'die', 'das', 'dem', 'den', 'bei', 'und', 'vor', 'ob', 'sankt']);

/** The keys of each word of a name after the first, so "Weinstraße" finds "Neustadt an der Weinstraße". */
export function wordKeys(name: string): string[] {
  const words = expandSankt(name.toLowerCase())
    .split(/[\s\-/().]+/)
    .filter((w) => w.length > 2 && !LINKING_WORDS.has(w));
  return words.slice(1).flatMap((w) => nameKeys(w));
}
