/**
 * The layout and preference checks of the sweep, each with the viewport, media or user style it
 * needs, and each putting things back when done.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { clippedText, controlBorders, focusIndicator, inheritedTextSpacing, motion, reflow, targetSize, TEXT_SPACING_CSS } from './checks.ts';
import { shadowRoots } from './dom.ts';
import type { Finding } from './findings.ts';
import { refocus, tabThrough } from './keyboard.ts';

export const DESKTOP = { width: 1024, height: 768 };
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const finding = (id: string, rule: string, nodes: string[]): Finding[] => (nodes.length ? [{ id, rule, nodes }] : []);

/** What the checks of one state share: the controls the Tab run reached. */
interface StateMemo {
  focusable?: HTMLElement[];
  /** How many controls the Tab run reached (for the summary). */
  tabStops?: number;
}

export interface LayoutCheck {
  name: string;
  run(widget: HTMLElement, memo: StateMemo): Promise<Finding[]>;
}

export const LAYOUT_CHECKS: LayoutCheck[] = [
  {
    name: 'focus visible with 3:1',
    async run(widget, memo) {
      const { visited, problems, candidates } = await tabThrough(widget, (e) => focusIndicator(e));
      memo.focusable = visited;
      memo.tabStops = visited.length;
      const unreachable = candidates > 0 && visited.length === 0 ? [`${candidates} controls on screen, none reached by Tab`] : [];
      return [...finding('focus-visible', 'focus indicator missing or below 3:1', problems), ...finding('keyboard', 'no control reachable by keyboard', unreachable)];
    },
  },
  {
    name: 'reflow at 320 px',
    async run(widget) {
      await setViewport({ width: 320, height: 640 });
      try {
        await frames();
        return reflow(widget);
      } finally {
        await setViewport(DESKTOP);
      }
    },
  },
  {
    name: '200 % text at 640 px',
    async run(widget) {
      document.documentElement.style.fontSize = '200%';
      await setViewport({ width: 640, height: 768 });
      try {
        await frames();
        return [...reflow(widget), ...clippedText(widget)];
      } finally {
        document.documentElement.style.fontSize = '';
        await setViewport(DESKTOP);
      }
    },
  },
  {
    name: 'text spacing',
    async run(widget) {
      const page = document.createElement('style');
      page.textContent = TEXT_SPACING_CSS;
      document.head.append(page);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(TEXT_SPACING_CSS);
      const roots = shadowRoots(widget);
      try {
        await frames();
        const inherited = inheritedTextSpacing(widget);
        // Then as if the user's style reached every shadow root: nothing may be cut off.
        for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        await frames();
        return [...inherited, ...clippedText(widget)];
      } finally {
        page.remove();
        for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    },
  },
  {
    name: 'forced colours',
    async run(widget, memo) {
      await emulateMedia({ forcedColors: 'active' });
      try {
        await frames();
        const borders = controlBorders(widget);
        const controls = memo.focusable ?? (await tabThrough(widget, () => undefined)).visited;
        const focus = refocus(controls, (e) => focusIndicator(e, true));
        return [...borders, ...finding('forced-colours-focus', 'focus not visible in forced colours', focus)];
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  },
  {
    name: 'reduced motion',
    async run(widget) {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        await frames();
        return motion(widget);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    },
  },
  { name: 'target size', run: async (widget) => targetSize(widget) },
];

/** Runs every check on one state; findings come back per check. */
export async function layoutFindings(
  widget: HTMLElement,
  time: (phase: string, ms: number) => void,
): Promise<{ tabStops: number; results: Array<{ check: string; findings: Finding[] }> }> {
  const memo: StateMemo = {};
  const results: Array<{ check: string; findings: Finding[] }> = [];
  for (const check of LAYOUT_CHECKS) {
    const t0 = performance.now();
    results.push({ check: check.name, findings: await check.run(widget, memo) });
    time(check.name, performance.now() - t0);
  }
  return { tabStops: memo.tabStops ?? 0, results };
}
