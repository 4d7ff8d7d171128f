/**
 * Tabbing through a widget with real key presses. The presses go out as one burst (the test
 * runner keeps their order) and every focus change is judged when it happens, through focusin
 * listeners on the document and each shadow root: one round trip per burst instead of one per key.
 */
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, isInside, isRendered, shadowElements, shadowRoots } from './dom.ts';

const TABBABLE = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"])';

export interface TabRun {
  /** The controls focus reached, in order. */
  visited: HTMLElement[];
  /** What `visit` said about them. */
  problems: string[];
  /** Controls that look tabbable (rendered, not disabled); 0 visited of many means no keyboard access. */
  candidates: number;
}

/** Tabs from just before the widget through all its controls; `visit` judges each focused element. */
export async function tabThrough(widget: HTMLElement, visit: (focused: HTMLElement) => string | undefined): Promise<TabRun> {
  const before = deepActiveElement() as HTMLElement | null;
  const candidates = shadowElements(widget).filter((e) => e.matches(TABBABLE) && isRendered(e)).length;
  const visited: HTMLElement[] = [];
  const problems: string[] = [];
  let done = false;
  // One focus change reaches several listeners (each shadow root it crosses): judge it once.
  const handled = new WeakSet<Event>();
  const onFocus = (event: Event) => {
    if (handled.has(event)) return;
    handled.add(event);
    const target = event.composedPath()[0] as HTMLElement;
    if (done || visited.includes(target)) {
      done ||= visited.length > 0;
      return;
    }
    if (!isInside(target, widget)) {
      done ||= visited.length > 0;
      return;
    }
    // An iframe (the onboarding preview) is a document of its own; focus passes through it.
    if (target.localName === 'iframe') return;
    visited.push(target);
    const problem = visit(target);
    if (problem) problems.push(problem);
  };
  const targets: Array<Document | ShadowRoot> = [document, ...shadowRoots(widget)];
  for (const t of targets) t.addEventListener('focusin', onFocus, true);
  const start = document.createElement('span');
  start.tabIndex = -1;
  widget.before(start);
  start.focus();
  try {
    // More presses than controls: the surplus leaves the widget, which ends the run.
    for (let burst = 0; burst < 5 && !done; burst++) {
      await Promise.all(Array.from({ length: candidates + 4 }, () => sendKeys({ press: 'Tab' })));
      const active = deepActiveElement();
      if (!active || !isInside(active, widget)) done = true;
    }
  } finally {
    for (const t of targets) t.removeEventListener('focusin', onFocus, true);
    start.remove();
    before?.focus?.();
  }
  return { visited, problems, candidates };
}

/**
 * Focuses each control again without keys (after a Tab run, so :focus-visible still applies):
 * for the checks in forced colours, much faster than a second Tab run.
 */
export function refocus(controls: readonly HTMLElement[], visit: (focused: HTMLElement) => string | undefined): string[] {
  const before = deepActiveElement() as HTMLElement | null;
  const problems: string[] = [];
  for (const control of controls) {
    if (!control.isConnected) continue;
    control.focus();
    if (deepActiveElement() !== control) continue;
    const problem = control.matches(':focus-visible') ? visit(control) : `${control.localName}: :focus-visible does not apply`;
    if (problem) problems.push(problem);
  }
  before?.focus?.();
  return problems;
}
