/**
 * How drafts of older HzL versions become current ones.
 * 1.0 → 1.1: the single "Einkommen im Monat" amount became a list of income sources, and the
 * question "Wohnen weitere Personen …" was added in front of the household list.
 */
import type { Answers, GroupItem, Migration } from '../engine/types.ts';

export const migrations: Migration[] = [
  {
    from: '1.0',
    to: '1.1',
    migrate(old: Answers) {
      const { 'hzl.einkommen.betrag': amount, ...answers } = old;
      if (typeof amount === 'string' && amount.trim()) {
        answers['hzl.einkommen.vorhanden'] = 'ja';
        answers['hzl.einkommen.quellen'] = [{ person: 'ich', art: 'sonstige', beschreibung: 'Einkommen (aus älterem Entwurf übernommen)', betrag: amount }];
      }
      const people = answers['hzl.haushalt.personen'] as GroupItem[] | undefined;
      answers['hzl.haushalt.weitere'] = people?.length ? 'ja' : 'nein';
      return { ok: true, answers };
    },
  },
];
