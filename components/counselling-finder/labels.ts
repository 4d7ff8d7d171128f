/** The finder's own lists; the wording of ids is shared in components/ui/centre-labels.ts. */
import { languageLabel as displayName } from '../ui/centre-labels.ts';

export { isTopic, modeLabel, MODE_IDS, TOPIC_IDS, topicLabel } from '../ui/centre-labels.ts';

/** Languages a citizen can ask for; the seed offers these besides German. */
export const LANGUAGE_IDS = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa', 'pl'] as const;

const languageNames = new Map<string, string>();

/** The name of a language in the UI language; remembered, since every result card names several. */
export function languageLabel(code: string, locale: string): string {
  const key = `${locale}|${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    name = displayName(code, locale);
    languageNames.set(key, name);
  }
  return name;
}
