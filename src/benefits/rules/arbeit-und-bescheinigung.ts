/** Rules of the Jobcenter's work-related help and of the (UNVERIFIED) certificate for low earners. */
import { msg } from '@lit/localize';
import type { BenefitRule } from './rule.ts';
import { anyOf, condition, isTrue, likely } from './rule.ts';

const bezugOderAnspruch = anyOf(
  () => msg('Sie bekommen Bürgergeld oder haben wahrscheinlich Anspruch darauf', { id: 'benefits.cond.buergergeldBezugOderAnspruch' }),
  '§ 16 SGB II',
  isTrue('beziehtBuergergeld', () => msg('Sie bekommen Bürgergeld', { id: 'benefits.cond.beziehtBuergergeld' }), '§ 16 SGB II'),
  likely('buergergeld', () => msg('Sie haben wahrscheinlich Anspruch auf Bürgergeld', { id: 'benefits.cond.buergergeldWahrscheinlich' }), '§ 16 SGB II'),
);

const erwerbsfaehig = isTrue('erwerbsfaehig', () => msg('Sie können mindestens 3 Stunden am Tag arbeiten', { id: 'benefits.cond.erwerbsfaehig' }), '§ 8 SGB II');

export const AKTIVIERUNG_EINGLIEDERUNG: BenefitRule = {
  id: 'aktivierung-eingliederung',
  name: () => msg('Aktivierung und berufliche Eingliederung', { id: 'benefits.name.aktivierung' }),
  legalBasis: ['§ 16 Abs. 1 SGB II', '§§ 44, 45 SGB III'],
  parameters: [],
  requirements: [bezugOderAnspruch, erwerbsfaehig],
  notes: [
    {
      when: isTrue('erwerbsfaehig', () => '', '§ 16 SGB II'),
      label: () => msg('Über Kurse und Maßnahmen entscheidet das Jobcenter im Einzelfall; sprechen Sie Ihre Ansprechperson an.', { id: 'benefits.note.ermessen' }),
    },
  ],
};

export const FOERDERUNG_ERWERBSTAETIGKEIT: BenefitRule = {
  id: 'foerderung-erwerbstaetigkeit',
  name: () => msg('Förderung der Aufnahme einer Erwerbstätigkeit', { id: 'benefits.name.foerderung' }),
  legalBasis: ['§§ 16b, 16c, 16g SGB II'],
  parameters: [],
  requirements: [
    bezugOderAnspruch,
    erwerbsfaehig,
    isTrue('sucheOderAufnahmeArbeit', () => msg('Sie suchen Arbeit, arbeiten wenig oder machen sich selbstständig', { id: 'benefits.cond.arbeitAufnahme' }), '§ 16b SGB II'),
  ],
  atMostPossible: () =>
    msg('Einstiegsgeld und ähnliche Hilfen sind Ermessensleistungen; Dauer und Höhe sind nicht sicher belegt. Beantragen Sie sie, bevor Sie die Arbeit beginnen.', { id: 'benefits.cap.foerderung' }),
};

export const GERINGVERDIENER_BESCHEINIGUNG: BenefitRule = {
  id: 'geringverdiener-bescheinigung',
  name: () => msg('Bescheinigung für Geringverdiener', { id: 'benefits.name.geringverdiener' }),
  legalBasis: ['§ 4 Abs. 6 RBStV'],
  parameters: ['regelbedarfe', 'rundfunkbeitrag', 'erwerbstaetigenfreibetrag', 'kindergeld'],
  requirements: [
    isTrue('einkommenKnappUeberBedarf', () => msg('Ihr Einkommen liegt nur knapp über dem Bedarf für Sozialhilfe oder Bürgergeld', { id: 'benefits.cond.knappUeberBedarf' }), '§ 4 Abs. 6 RBStV'),
    condition(
      'leistungen',
      'includesNone',
      ['buergergeld', 'grundsicherung', 'hilfe-zum-lebensunterhalt', 'asylbewerberleistungen'],
      () => msg('Sie bekommen weder Bürgergeld noch Sozialhilfe (sonst sind Sie ohnehin vom Rundfunkbeitrag befreit)', { id: 'benefits.cond.keinBezugRundfunk' }),
      '§ 4 Abs. 1 RBStV',
    ),
  ],
  atMostPossible: () =>
    msg('Was genau diese Leistung umfasst, ist nicht amtlich bestätigt. Am wahrscheinlichsten ist eine Bescheinigung für die Befreiung vom Rundfunkbeitrag.', { id: 'benefits.cap.geringverdiener' }),
};
