/** Rules of Wohngeld, Kinderzuschlag and Bildung und Teilhabe. */
import { msg, str } from '@lit/localize';
import type { BenefitRule } from './rule.ts';
import { anyOf, condition, euro, isFalse, isTrue, likely } from './rule.ts';

export const WOHNGELD: BenefitRule = {
  id: 'wohngeld',
  name: () => msg('Wohngeld', { id: 'benefits.name.wohngeld' }),
  legalBasis: ['§§ 3, 7, 19 WoGG', '§ 20 Abs. 2 WoGG'],
  parameters: ['regelbedarfe', 'wohngeldHoechstbetragVII', 'wohngeldVermoegen', 'kizHoechstbetrag'],
  requirements: [
    isTrue('mieterOderEigentuemer', () => msg('Sie wohnen zur Miete oder im eigenen Haus oder in der eigenen Wohnung', { id: 'benefits.cond.mieter' }), '§ 3 WoGG'),
    condition(
      'leistungen',
      'includesNone',
      ['buergergeld', 'grundsicherung', 'hilfe-zum-lebensunterhalt', 'asylbewerberleistungen'],
      () => msg('Sie bekommen keine Leistung, die Ihre Wohnkosten schon übernimmt (Bürgergeld, Sozialhilfe, Asylbewerberleistungen)', { id: 'benefits.cond.keinTransfer' }),
      '§ 7 Abs. 1 WoGG',
    ),
    isFalse('ausbildungsfoerderungDemGrundeNach', () => msg('Sie sind nicht in einer Ausbildung, die mit BAföG oder Berufsausbildungsbeihilfe gefördert werden kann', { id: 'benefits.cond.wohngeldKeinBafoeg' }), '§ 20 Abs. 2 WoGG'),
    isTrue('einkommenImWohngeldBereich', () => msg('Ihr Einkommen liegt in dem Bereich, in dem Wohngeld gezahlt wird: nicht so niedrig, dass Bürgergeld oder Sozialhilfe der Weg ist, und nicht deutlich darüber', { id: 'benefits.cond.wohngeldEinkommen' }), '§ 19 WoGG'),
    isTrue(
      'vermoegenWohngeld',
      (p) => {
        const amount = euro(p.wohngeldVermoegen?.value.erstePerson);
        return msg(str`Ihr Haushalt hat kein erhebliches Vermögen (als Grenze angegeben: unter ${amount} für die erste Person)`, { id: 'benefits.cond.vermoegenWohngeld' });
      },
      '§ 21 Nr. 3 WoGG',
    ),
  ],
  atMostPossible: () =>
    msg('Ob und wie viel Wohngeld Sie bekommen, hängt von der Mietenstufe Ihres Ortes und einer genauen Berechnung ab.', { id: 'benefits.cap.wohngeld' }),
};

export const KINDERZUSCHLAG: BenefitRule = {
  id: 'kinderzuschlag',
  name: () => msg('Kinderzuschlag', { id: 'benefits.name.kiz' }),
  legalBasis: ['§ 6a BKGG'],
  parameters: ['kizHoechstbetrag', 'kizMindesteinkommen', 'kizAnrechnung', 'kizVermoegen', 'regelbedarfe', 'kindergeld', 'wohngeldHoechstbetragVII'],
  requirements: [
    condition('kinder', 'gte', [1], () => msg('In Ihrem Haushalt lebt mindestens ein Kind unter 25 Jahren', { id: 'benefits.cond.kind' }), '§ 6a Abs. 1 Nr. 1 BKGG'),
    isTrue('kindergeldBerechtigt', () => msg('Sie können für Ihr Kind Kindergeld bekommen', { id: 'benefits.cond.kindergeld' }), '§ 6a Abs. 1 Nr. 1 BKGG, § 62 EStG'),
    isTrue(
      'kizMindesteinkommen',
      (p) => {
        const paar = euro(p.kizMindesteinkommen?.value.paar);
        const allein = euro(p.kizMindesteinkommen?.value.alleinerziehend);
        return msg(str`Sie verdienen mindestens ${paar} brutto im Monat als Elternpaar oder ${allein}, wenn Sie allein erziehen`, { id: 'benefits.cond.kizMindest' });
      },
      '§ 6a Abs. 1 Nr. 2 BKGG',
    ),
    isTrue('kizDecktBedarf', () => msg('Mit Kinderzuschlag (und Wohngeld) reicht das Geld für die ganze Familie', { id: 'benefits.cond.kizDeckt' }), '§ 6a Abs. 1 Nr. 3 BKGG'),
    isTrue('kizVerbleibt', () => msg('Ihr Einkommen ist nicht so hoch, dass der Kinderzuschlag ganz wegfällt', { id: 'benefits.cond.kizVerbleibt' }), '§ 6a Abs. 6 BKGG'),
    isTrue('vermoegenKiz', () => msg('Ihr Erspartes liegt unter dem Freibetrag', { id: 'benefits.cond.vermoegenKiz' }), '§ 6a Abs. 3 BKGG'),
  ],
};

const parentBenefit = (id: Parameters<typeof likely>[0], label: () => string) => likely(id, label, '§ 28 SGB II, § 34 SGB XII, § 6b BKGG');

export const BILDUNG_UND_TEILHABE: BenefitRule = {
  id: 'bildung-und-teilhabe',
  name: () => msg('Bildung und Teilhabe', { id: 'benefits.name.but' }),
  legalBasis: ['§ 28 SGB II', '§§ 34, 34a SGB XII', '§ 6b BKGG', '§§ 2, 3 AsylbLG'],
  parameters: [],
  requirements: [
    condition('schulkinder', 'gte', [1], () => msg('Ein Kind unter 25 Jahren geht zur Schule oder in die Kita', { id: 'benefits.cond.schulkind' }), '§ 28 Abs. 1 SGB II'),
    anyOf(
      () => msg('Ihr Haushalt bekommt Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld, oder das Geld reicht nicht für den Bedarf', { id: 'benefits.cond.butGrundleistung' }),
      '§ 28 SGB II, § 34 SGB XII, § 6b BKGG',
      condition(
        'leistungen',
        'includesAny',
        ['buergergeld', 'grundsicherung', 'hilfe-zum-lebensunterhalt', 'asylbewerberleistungen', 'kinderzuschlag', 'wohngeld'],
        () => msg('Ihr Haushalt bekommt schon Bürgergeld, Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld', { id: 'benefits.cond.butBezug' }),
        '§ 28 SGB II, § 6b BKGG',
      ),
      isTrue('hilfebeduerftig', () => msg('Das Geld Ihres Haushalts reicht nicht für den Bedarf', { id: 'benefits.cond.butBedarf' }), '§ 28 SGB II, § 34 SGB XII'),
      parentBenefit('buergergeld', () => msg('Bürgergeld kommt wahrscheinlich in Frage', { id: 'benefits.cond.butBuergergeld' })),
      parentBenefit('grundsicherung-alter-erwerbsminderung', () => msg('Grundsicherung kommt wahrscheinlich in Frage', { id: 'benefits.cond.butGrusi' })),
      parentBenefit('hilfe-zum-lebensunterhalt', () => msg('Hilfe zum Lebensunterhalt kommt wahrscheinlich in Frage', { id: 'benefits.cond.butHzl' })),
      parentBenefit('asylbewerberleistungen', () => msg('Asylbewerberleistungen kommen wahrscheinlich in Frage', { id: 'benefits.cond.butAsyl' })),
      parentBenefit('kinderzuschlag', () => msg('Kinderzuschlag kommt wahrscheinlich in Frage', { id: 'benefits.cond.butKiz' })),
      parentBenefit('wohngeld', () => msg('Wohngeld kommt wahrscheinlich in Frage', { id: 'benefits.cond.butWohngeld' })),
    ),
  ],
};
