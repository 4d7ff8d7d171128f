/** Rules of the subsistence benefits: Bürgergeld (SGB II), Grundsicherung and Hilfe zum Lebensunterhalt (SGB XII). */
import { msg, str } from '@lit/localize';
import type { BenefitRule } from './rule.ts';
import { anyOf, condition, euro, isFalse, isTrue } from './rule.ts';

const needMet = isTrue(
  'hilfebeduerftig',
  () => msg('Ihr Einkommen reicht nicht für den Bedarf Ihres Haushalts (Regelbedarf und Wohnkosten)', { id: 'benefits.cond.hilfebeduerftig' }),
  '§ 9 SGB II, § 19 SGB XII',
);

const notJobSeekingEu = condition(
  'aufenthalt',
  'notIn',
  ['eu-arbeitsuchend'],
  () => msg('Sie halten sich nicht nur zur Arbeitssuche in Deutschland auf', { id: 'benefits.cond.nichtNurArbeitsuche' }),
  '§ 7 Abs. 1 S. 2 SGB II, § 23 Abs. 3 SGB XII',
);

const sgb12Assets = isTrue(
  'vermoegenSgb12',
  (p) => {
    const amount = euro(p.sgb12Schonvermoegen?.value.proErwachsenem);
    return msg(str`Ihr Erspartes liegt unter dem Schonbetrag (${amount} pro erwachsener Person)`, { id: 'benefits.cond.vermoegenSgb12' });
  },
  '§ 90 Abs. 2 Nr. 9 SGB XII',
);

export const BUERGERGELD: BenefitRule = {
  id: 'buergergeld',
  name: () => msg('Bürgergeld', { id: 'benefits.name.buergergeld' }),
  legalBasis: ['§§ 7, 7a, 8, 9, 12 SGB II'],
  parameters: ['regelbedarfe', 'mehrbedarfAlleinerziehende', 'erwerbstaetigenfreibetrag', 'altersgrenzen', 'sgb2Vermoegen', 'kindergeld'],
  requirements: [
    isTrue('alterImSgb2Bereich', () => msg('Sie sind mindestens 15 Jahre alt und haben die Altersgrenze noch nicht erreicht', { id: 'benefits.cond.alterSgb2' }), '§ 7a SGB II'),
    isTrue('erwerbsfaehig', () => msg('Sie können mindestens 3 Stunden am Tag arbeiten', { id: 'benefits.cond.erwerbsfaehig' }), '§ 8 SGB II'),
    isFalse('vorgezogeneAltersrente', () => msg('Sie beziehen keine Altersrente', { id: 'benefits.cond.keineAltersrente' }), '§ 7 Abs. 4 SGB II'),
    notJobSeekingEu,
    isFalse('ausbildungsfoerderungDemGrundeNach', () => msg('Sie studieren nicht (Studierende sind meist ausgeschlossen)', { id: 'benefits.cond.keinStudium' }), '§ 7 Abs. 5 SGB II'),
    needMet,
    isTrue(
      'vermoegenSgb2',
      (p) => {
        const v = p.sgb2Vermoegen?.value;
        const amount = euro(v?.kind === 'karenzzeit' ? v.karenzErstePerson : undefined);
        return v?.kind === 'karenzzeit'
          ? msg(str`Ihr Erspartes liegt unter dem Freibetrag (im ersten Jahr ${amount} für die erste Person, mehr für jede weitere)`, { id: 'benefits.cond.vermoegenSgb2' })
          : msg('Ihr Erspartes liegt unter dem Freibetrag, der nach Alter gestaffelt ist', { id: 'benefits.cond.vermoegenSgb2Reform' });
      },
      '§ 12 SGB II',
    ),
  ],
};

export const GRUNDSICHERUNG: BenefitRule = {
  id: 'grundsicherung-alter-erwerbsminderung',
  name: () => msg('Grundsicherung im Alter und bei Erwerbsminderung', { id: 'benefits.name.grundsicherung' }),
  legalBasis: ['§§ 41–43 SGB XII', '§ 90 SGB XII'],
  parameters: ['regelbedarfe', 'altersgrenzen', 'sgb12Schonvermoegen'],
  requirements: [
    anyOf(
      () => msg('Sie haben die Altersgrenze erreicht oder können als Erwachsene oder Erwachsener auf Dauer nicht arbeiten', { id: 'benefits.cond.grusiPersonenkreis' }),
      '§ 41 Abs. 2, 3 SGB XII',
      isTrue('altersgrenzeErreicht', () => msg('Sie haben die Altersgrenze für die Grundsicherung erreicht', { id: 'benefits.cond.altersgrenze' }), '§ 41 Abs. 2 SGB XII'),
      isTrue('dauerhaftVollErwerbsgemindert', () => msg('Die Rentenversicherung hat festgestellt, dass Sie auf Dauer nicht arbeiten können (oder Sie arbeiten in einer Werkstatt)', { id: 'benefits.cond.dauerhaftEM' }), '§ 41 Abs. 3, 3a SGB XII'),
    ),
    isTrue('volljaehrig', () => msg('Sie sind mindestens 18 Jahre alt', { id: 'benefits.cond.volljaehrig' }), '§ 41 Abs. 3 SGB XII'),
    notJobSeekingEu,
    needMet,
    sgb12Assets,
  ],
};

export const HILFE_ZUM_LEBENSUNTERHALT: BenefitRule = {
  id: 'hilfe-zum-lebensunterhalt',
  name: () => msg('Hilfe zum Lebensunterhalt', { id: 'benefits.name.hzl' }),
  legalBasis: ['§§ 19, 21, 27 ff. SGB XII', '§ 90 SGB XII'],
  parameters: ['regelbedarfe', 'mehrbedarfAlleinerziehende', 'altersgrenzen', 'sgb12Schonvermoegen'],
  requirements: [
    anyOf(
      () => msg('Sie können wegen Krankheit oder Behinderung für mehr als 6 Monate, aber voraussichtlich nur vorübergehend, weniger als 3 Stunden am Tag arbeiten, oder Sie beziehen schon vor der Altersgrenze eine Altersrente', { id: 'benefits.cond.hzlPersonenkreis' }),
      '§ 21 SGB XII, § 7 Abs. 4 SGB II',
      isTrue('befristetErwerbsgemindert', () => msg('Sie können wegen Krankheit oder Behinderung für mehr als 6 Monate, aber voraussichtlich nur vorübergehend, weniger als 3 Stunden am Tag arbeiten', { id: 'benefits.cond.befristetEM' }), '§ 8 SGB II, § 21 SGB XII'),
      isTrue('vorgezogeneAltersrente', () => msg('Sie beziehen eine Altersrente vor der Altersgrenze', { id: 'benefits.cond.vorgezogeneRente' }), '§ 7 Abs. 4 SGB II'),
    ),
    isTrue('ohneErwerbsfaehigenPartner', () => msg('Sie leben nicht mit einer Partnerin oder einem Partner zusammen, die oder der arbeiten kann (sonst ist das Jobcenter zuständig)', { id: 'benefits.cond.ohnePartner' }), '§ 7 Abs. 3 SGB II, § 21 SGB XII'),
    notJobSeekingEu,
    isFalse('ausbildungsfoerderungDemGrundeNach', () => msg('Sie sind nicht in einer Ausbildung, die mit BAföG gefördert werden kann', { id: 'benefits.cond.keinBafoeg' }), '§ 22 SGB XII'),
    needMet,
    sgb12Assets,
  ],
};
