/** Rules of the help in emergencies and counselling: rent arrears, special social difficulties, debt and addiction counselling. */
import { msg } from '@lit/localize';
import type { BenefitRule } from './rule.ts';
import { isTrue, likely } from './rule.ts';

export const MIETRUECKSTAENDE: BenefitRule = {
  id: 'mietrueckstaende',
  name: () => msg('Übernahme von Mietrückständen', { id: 'benefits.name.mietschulden' }),
  legalBasis: ['§ 22 Abs. 8 SGB II', '§ 36 SGB XII', '§ 569 Abs. 3 Nr. 2 BGB'],
  parameters: [],
  requirements: [
    isTrue('mietschulden', () => msg('Sie haben Schulden bei Miete, Nebenkosten oder Energie', { id: 'benefits.cond.mietschulden' }), '§ 22 Abs. 8 SGB II, § 36 Abs. 1 SGB XII'),
    isTrue(
      'wohnungGefaehrdet',
      () => msg('Ihre Wohnung ist in Gefahr: Kündigung, Räumungsklage oder Sperre von Strom oder Gas', { id: 'benefits.cond.wohnungGefaehrdet' }),
      '§ 22 Abs. 8 S. 2 SGB II, § 36 Abs. 1 S. 2 SGB XII',
    ),
  ],
  notes: [
    {
      when: likely('buergergeld', () => '', '§ 22 Abs. 8 SGB II'),
      label: () => msg('Zuständig ist das Jobcenter, weil Ihr Haushalt wahrscheinlich Bürgergeld bekommt.', { id: 'benefits.note.mietschuldenJobcenter' }),
    },
    {
      when: isTrue('beziehtBuergergeld', () => '', '§ 22 Abs. 8 SGB II'),
      label: () => msg('Zuständig ist das Jobcenter, weil Sie Bürgergeld bekommen.', { id: 'benefits.note.mietschuldenJobcenterBezug' }),
    },
    {
      when: isTrue('wohnungGefaehrdet', () => '', '§ 569 Abs. 3 Nr. 2 BGB'),
      label: () =>
        msg('Gehen Sie schnell zum Amt: Ab dem Tag, an dem Ihnen die Räumungsklage zugestellt wurde, bleiben 2 Monate. Wird der ganze Rückstand in dieser Zeit bezahlt oder sagt das Amt die Zahlung zu, wird eine fristlose Kündigung wegen Mietschulden in der Regel unwirksam. Auch wer sonst keine Sozialleistungen bekommt, kann Hilfe vom Sozialamt bekommen.', { id: 'benefits.note.schonfrist' }),
    },
  ],
};

export const BESONDERE_SOZIALE_SCHWIERIGKEITEN: BenefitRule = {
  id: 'besondere-soziale-schwierigkeiten',
  name: () => msg('Hilfe zur Überwindung besonderer sozialer Schwierigkeiten', { id: 'benefits.name.besondere' }),
  legalBasis: ['§§ 67–69 SGB XII', '§ 1 DVO zu § 69 SGB XII'],
  parameters: [],
  requirements: [
    isTrue(
      'besondereLebensverhaeltnisse',
      () => msg('Sie sind in einer besonders schweren Lage: ohne Wohnung, bei Gewalt oder nach einer Haft', { id: 'benefits.cond.besondereLage' }),
      '§ 67 SGB XII, § 1 Abs. 2 DVO',
    ),
    isTrue(
      'sozialeSchwierigkeiten',
      () => msg('Sie kommen aus dieser Lage allein nicht heraus', { id: 'benefits.cond.sozialeSchwierigkeiten' }),
      '§ 67 SGB XII, § 1 Abs. 3 DVO',
    ),
  ],
  atMostPossible: () =>
    msg('Ob die Hilfe passt, klärt das Sozialamt oder eine Fachberatungsstelle im Gespräch mit Ihnen. Beratung und Unterstützung gibt es unabhängig von Einkommen und Vermögen.', { id: 'benefits.cap.besondere' }),
};

export const SCHULDNERBERATUNG: BenefitRule = {
  id: 'schuldnerberatung',
  name: () => msg('Schuldnerberatung', { id: 'benefits.name.schuldnerberatung' }),
  legalBasis: ['§ 16a Nr. 2 SGB II', '§ 11 Abs. 5 SGB XII'],
  parameters: [],
  requirements: [
    isTrue('schuldenberatungsbedarf', () => msg('Sie haben Schulden und möchten dazu beraten werden', { id: 'benefits.cond.schulden' }), '§ 16a Nr. 2 SGB II, § 11 Abs. 5 SGB XII'),
  ],
};

export const SUCHTBERATUNG: BenefitRule = {
  id: 'suchtberatung',
  name: () => msg('Suchtberatung', { id: 'benefits.name.suchtberatung' }),
  legalBasis: ['§ 16a Nr. 4 SGB II', '§ 11 Abs. 5 SGB XII'],
  parameters: [],
  requirements: [
    isTrue('suchtberatungsbedarf', () => msg('Sie möchten zu einer Sucht beraten werden, für sich oder eine Angehörige oder einen Angehörigen', { id: 'benefits.cond.sucht' }), '§ 16a Nr. 4 SGB II, § 11 Abs. 5 SGB XII'),
  ],
};
