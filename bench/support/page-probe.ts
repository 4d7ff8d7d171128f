/**
 * In-page instrumentation, installed with `page.addInitScript` before any page script runs: paint,
 * LCP, layout-shift and long-task observers, and a wrapper around `customElements.define` that
 * records, for every `soz-*` element, when it was defined and when its shadow root first held a
 * focusable control (the moment a citizen can start using it). All times are `performance.now()`,
 * i.e. ms since navigation start.
 */

export interface WidgetTiming {
  tag: string;
  defined: number;
  /** First focusable control in the shadow root (undefined: never, within the run). */
  interactive?: number;
  /** First animation frame after `interactive`, i.e. when it can be on screen. */
  painted?: number;
}

export interface ProbeResult {
  fcp?: number;
  lcp?: number;
  cls: number;
  longTasks: { start: number; duration: number }[];
  widgets: WidgetTiming[];
  load?: number;
}

declare global {
  interface Window {
    __sozBench?: ProbeResult;
  }
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(…)`; functions
 * Playwright serialises into the page then need that helper there. Install this first.
 */
export const KEEP_NAMES_SHIM = { content: 'globalThis.__name ??= (fn) => fn;' };

/** The function Playwright serialises into the page; it must not refer to anything outside itself. */
export function installProbe(): void {
  const result: ProbeResult = { cls: 0, longTasks: [], widgets: [] };
  window.__sozBench = result;
  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      // entry type not supported
    }
  };
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') result.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => {
    result.lcp = e.startTime;
  });
  // CLS as web-vitals defines it: the largest session window of shifts without recent input.
  let session = 0;
  let sessionStart = 0;
  let last = 0;
  observe('layout-shift', (e) => {
    const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
    if (shift.hadRecentInput) return;
    if (session && e.startTime - last < 1000 && e.startTime - sessionStart < 5000) session += shift.value;
    else {
      session = shift.value;
      sessionStart = e.startTime;
    }
    last = e.startTime;
    result.cls = Math.max(result.cls, session);
  });
  observe('longtask', (e) => result.longTasks.push({ start: e.startTime, duration: e.duration }));
  addEventListener('load', () => (result.load = performance.now()));

  const focusable = 'button:not([disabled]), input:not([disabled]), select, textarea, a[href], [tabindex]:not([tabindex="-1"])';
  const hasControl = (root: ShadowRoot): boolean =>
    !!root.querySelector(focusable) ||
    [...root.querySelectorAll('*')].some((el) => el.shadowRoot !== null && hasControl(el.shadowRoot));
  const watch = (timing: WidgetTiming, element: Element) => {
    const check = () => {
      if (timing.interactive !== undefined || !element.shadowRoot || !hasControl(element.shadowRoot)) return false;
      timing.interactive = performance.now();
      requestAnimationFrame(() => (timing.painted = performance.now()));
      return true;
    };
    if (check()) return;
    const root = element.shadowRoot;
    if (!root) return;
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  };
  const define = customElements.define.bind(customElements);
  customElements.define = (name: string, constructor: CustomElementConstructor, options?: ElementDefinitionOptions) => {
    const defined = performance.now();
    define(name, constructor, options);
    if (!name.startsWith('soz-')) return;
    for (const element of document.querySelectorAll(name)) {
      const timing: WidgetTiming = { tag: name, defined };
      result.widgets.push(timing);
      watch(timing, element);
    }
  };
}
