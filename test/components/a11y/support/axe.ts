/** axe-core with the WCAG 2.2 A/AA rule set (target-size included), run on one widget, findings in plain text. */
import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Finding } from './findings.ts';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const nodeText = (v: Result) =>
  v.nodes.map((n) => `${n.target.join(' ⟫ ')}  ${n.html.replace(/\s+/g, ' ').slice(0, 160)}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\s*\n\s*/g, ' / ')}` : ''}`);

/** The violations of `element` (its shadow trees included). */
export async function axeFindings(element: Element): Promise<Finding[]> {
  // iframes: the onboarding preview frames a demo page, which the e2e axe run checks on its own.
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'], iframes: false });
  return results.violations.map((v) => ({ rule: `${v.id} (${v.impact ?? 'n/a'}): ${v.help}`, id: v.id, nodes: nodeText(v) }));
}
