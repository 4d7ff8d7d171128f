/** What the citizen is told before starting: how long the check takes and what to have at hand. */
import { msg } from '@lit/localize';
import type { Answers } from '../answers.ts';
import { QUESTION_SHAPES } from './structure.ts';
import { visibleQuestions } from './reachability.ts';

/** A typical household: the path the estimate at the start is based on. */
const TYPICAL: Answers = { alter: 40, aufenthalt: 'deutsch', wohnen: 'miete', arbeitsfaehigkeit: 'ja' };

/** Minutes for the questions that apply to these answers (the typical path before any answer), rounded up. */
export function timeEstimateMinutes(answers: Answers = TYPICAL): number {
  const visible = new Set(visibleQuestions(answers));
  const seconds = QUESTION_SHAPES.filter((q) => visible.has(q.id)).reduce((sum, q) => sum + q.seconds, 0);
  return Math.max(1, Math.ceil(seconds / 60));
}

/** Things worth having at hand; nothing needs to be uploaded. */
export function haveAtHand(): string[] {
  return [
    msg('Ihr ungefähres Einkommen im Monat, nach Steuern (z. B. Lohnabrechnung oder Rentenbescheid)', { id: 'benefits.prep.einkommen' }),
    msg('Ihre Miete mit Nebenkosten und Heizung (z. B. Mietvertrag)', { id: 'benefits.prep.miete' }),
    msg('Das Alter Ihrer Kinder und ob sie zur Schule oder Kita gehen', { id: 'benefits.prep.kinder' }),
    msg('Ungefähr, wie viel Erspartes Ihr Haushalt hat', { id: 'benefits.prep.erspartes' }),
    msg('Bescheide über Leistungen, die Sie schon bekommen', { id: 'benefits.prep.bescheide' }),
  ];
}
