/** The finder's own lists; the wording of ids is shared in components/ui/centre-labels.ts. */
export { isTopic, languageLabel, modeLabel, MODE_IDS, TOPIC_IDS, topicLabel } from '../ui/centre-labels.ts';

/** Languages a citizen can ask for; the seed offers these besides German. */
export const LANGUAGE_IDS = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'fa', 'pl'] as const;
