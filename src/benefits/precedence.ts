/**
 * Priority rules (Vorrang/Nachrang) as data: which benefit gives way to which, under which facts,
 * with its §. Applied in this order after the benefits' own conditions (benefits-rules.md § 3).
 */
import { msg } from '@lit/localize';
import type { BenefitId } from './benefit-ids.ts';
import type { Condition } from './conditions.ts';
import { isFalse, isTrue } from './rules/rule.ts';

export interface PrecedenceRule {
  id: string;
  /** What the rule says, in plain German. */
  label: () => string;
  legalBasis: string;
  /** The benefits that give way. */
  yielding: readonly BenefitId[];
  /** Benefits that take precedence: the rule applies as far as one of them is likely (or possibly, if possible). */
  prevailing?: readonly BenefitId[];
  /** Facts that must hold as well. */
  when?: readonly Condition[];
  /**
   * `exclude`: the yielding benefit becomes unlikely when the rule surely applies, and at most
   * possible when it may apply. `cap`: it becomes at most possible.
   */
  effect: 'exclude' | 'cap';
}

const none = (): string => '';

export const PRECEDENCE_RULES: readonly PrecedenceRule[] = [
  {
    id: 'asylblg-schliesst-aus',
    label: () =>
      msg('Wer nach dem Asylbewerberleistungsgesetz berechtigt ist, bekommt kein Bürgergeld, keine Sozialhilfe, kein Wohngeld und in der Regel keinen Kinderzuschlag.', { id: 'benefits.prec.asylblg' }),
    legalBasis: '§ 7 Abs. 1 S. 2 Nr. 3 SGB II, § 23 Abs. 2 SGB XII, § 7 Abs. 1 WoGG',
    yielding: ['buergergeld', 'grundsicherung-alter-erwerbsminderung', 'hilfe-zum-lebensunterhalt', 'wohngeld', 'kinderzuschlag', 'aktivierung-eingliederung', 'foerderung-erwerbstaetigkeit'],
    when: [isTrue('asylblgBerechtigt', none, '§ 1 AsylbLG')],
    effect: 'exclude',
  },
  {
    id: 'grundsicherung-vor-hilfe-zum-lebensunterhalt',
    label: () => msg('Die Grundsicherung im Alter und bei Erwerbsminderung geht der Hilfe zum Lebensunterhalt vor.', { id: 'benefits.prec.grusiVorHzl' }),
    legalBasis: '§ 19 Abs. 2 SGB XII',
    yielding: ['hilfe-zum-lebensunterhalt'],
    prevailing: ['grundsicherung-alter-erwerbsminderung'],
    effect: 'exclude',
  },
  {
    id: 'buergergeld-vor-hilfe-zum-lebensunterhalt',
    label: () => msg('Wer Bürgergeld bekommen kann, bekommt keine Hilfe zum Lebensunterhalt.', { id: 'benefits.prec.sgb2VorHzl' }),
    legalBasis: '§ 21 SGB XII',
    yielding: ['hilfe-zum-lebensunterhalt'],
    prevailing: ['buergergeld'],
    effect: 'exclude',
  },
  {
    id: 'kinderzuschlag-wohngeld-vor-buergergeld',
    label: () =>
      msg('Kinderzuschlag und Wohngeld gehen dem Bürgergeld vor, wenn sie den Bedarf der ganzen Familie für mindestens 3 Monate decken. Ob das so ist, rechnet das Jobcenter nach.', { id: 'benefits.prec.kizWohngeldVorSgb2' }),
    legalBasis: '§ 12a S. 2 Nr. 2 SGB II',
    yielding: ['buergergeld'],
    prevailing: ['kinderzuschlag', 'wohngeld'],
    when: [isFalse('beziehtBuergergeld', none, '§ 12a SGB II'), isTrue('vorrangigeLeistungenKoennenBedarfBeenden', none, '§ 12a S. 2 Nr. 2 SGB II')],
    effect: 'exclude',
  },
  {
    id: 'wohngeld-vor-sozialhilfe',
    label: () => msg('Wohngeld geht der Sozialhilfe vor, wenn es den Bedarf deckt.', { id: 'benefits.prec.wohngeldVorSgb12' }),
    legalBasis: '§ 7 Abs. 1 S. 3 Nr. 2 WoGG, § 2 SGB XII',
    yielding: ['grundsicherung-alter-erwerbsminderung', 'hilfe-zum-lebensunterhalt'],
    prevailing: ['wohngeld'],
    when: [isTrue('wohngeldKannBedarfBeenden', none, '§ 7 Abs. 1 S. 3 Nr. 2 WoGG')],
    effect: 'exclude',
  },
];
