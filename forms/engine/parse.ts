/** Reads typed answers the way people write them in Germany ("1.234,50 €", "17.03.1985"). */

/** "1.234,50" / "1234.5" / "80 €" → number; "" → undefined; anything else → NaN. */
export function parseAmount(raw: string): number | undefined {
  const text = raw.trim().replace(/\s|€|EUR/gi, '');
  if (!text) return undefined;
  let normal: string;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d{1,2})?$/.test(text)) normal = text.replace(',', '.');
  else if (/^\d+(\.\d{1,2})?$/.test(text)) normal = text;
  else return Number.NaN;
  return Math.round(Number(normal) * 100) / 100;
}

export function parseInteger(raw: string): number | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  return /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
}

/** "17.03.1985", "17.3.1985" or "1985-03-17" → "1985-03-17"; invalid → null; empty → undefined. */
export function parseDate(raw: string): string | null | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = german ? [german[3], german[2], german[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The IBAN without spaces, upper case. */
export const normalizeIban = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function ibanChecksumValid(iban: string): boolean {
  const text = normalizeIban(iban);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(text)) return false;
  const rearranged = text.slice(4) + text.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** The steuerliche Identifikationsnummer: 11 digits, check digit per ISO 7064 MOD 11,10. */
export function taxIdValid(raw: string): boolean {
  const text = raw.replace(/\s+/g, '');
  if (!/^[1-9]\d{10}$/.test(text)) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(text[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(text[10]);
}
