/** Rules of the Asylbewerberleistungsgesetz: Grundleistungen/Analogleistungen and health care. */
import { msg, str } from '@lit/localize';
import type { BenefitRule } from './rule.ts';
import { euro, isFalse, isTrue, likely } from './rule.ts';

const berechtigt = isTrue(
  'asylblgBerechtigt',
  () => msg('Sie sind im Asylverfahren, geduldet oder aus einem anderen Grund nach dem Asylbewerberleistungsgesetz berechtigt', { id: 'benefits.cond.asylblg' }),
  '§ 1 AsylbLG',
);

export const ASYLBEWERBERLEISTUNGEN: BenefitRule = {
  id: 'asylbewerberleistungen',
  name: () => msg('Leistungen nach dem Asylbewerberleistungsgesetz', { id: 'benefits.name.asylblg' }),
  legalBasis: ['§§ 1, 2, 3, 3a, 7 AsylbLG'],
  parameters: ['asylblgBedarfssaetze', 'regelbedarfe', 'asylblgWartezeitMonate', 'asylblgVermoegenProPerson', 'rechtskreiswechselUkraine'],
  requirements: [
    berechtigt,
    isTrue('hilfebeduerftig', () => msg('Ihr Einkommen reicht nicht für den Bedarf Ihres Haushalts', { id: 'benefits.cond.asylBedarf' }), '§ 7 AsylbLG'),
    isTrue(
      'vermoegenAsylblg',
      (p) => {
        const amount = euro(p.asylblgVermoegenProPerson?.value);
        return msg(str`Sie haben kaum Erspartes (frei sind ${amount} pro Person)`, { id: 'benefits.cond.vermoegenAsyl' });
      },
      '§ 7 Abs. 5 AsylbLG',
    ),
  ],
  notes: [
    {
      when: isTrue('analogleistungen', () => '', '§ 2 AsylbLG'),
      label: () =>
        msg('Sie sind seit mindestens 36 Monaten in Deutschland: Sie bekommen in der Regel Leistungen in Höhe der Sozialhilfe (Analogleistungen), wenn Sie die Dauer Ihres Aufenthalts nicht selbst missbräuchlich verlängert haben.', { id: 'benefits.note.analog' }),
    },
    {
      when: isFalse('analogleistungen', () => '', '§ 3 AsylbLG'),
      label: () => msg('In den ersten 36 Monaten gibt es Grundleistungen; danach in der Regel höhere Leistungen in Höhe der Sozialhilfe.', { id: 'benefits.note.grundleistungen' }),
    },
  ],
};

export const ASYLBEWERBERLEISTUNGEN_GESUNDHEIT: BenefitRule = {
  id: 'asylbewerberleistungen-gesundheit',
  name: () => msg('Gesundheitsleistungen nach dem Asylbewerberleistungsgesetz', { id: 'benefits.name.asylblgGesundheit' }),
  legalBasis: ['§§ 4, 6 AsylbLG'],
  parameters: ['asylblgWartezeitMonate'],
  requirements: [
    likely('asylbewerberleistungen', () => msg('Sie bekommen wahrscheinlich Asylbewerberleistungen', { id: 'benefits.cond.asylGesundheitBezug' }), '§ 4 AsylbLG'),
    isFalse(
      'analogleistungen',
      () => msg('Sie sind noch keine 36 Monate in Deutschland; danach sind Sie in der Regel wie gesetzlich Versicherte über eine Krankenkasse versorgt', { id: 'benefits.cond.asylGesundheitGrund' }),
      '§§ 4, 6 AsylbLG; § 264 Abs. 2 SGB V',
    ),
  ],
};
