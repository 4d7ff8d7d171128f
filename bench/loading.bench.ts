/**
 * Loading benchmark (issue #11 item 3), printed as a Markdown section for BENCHMARKS.md: every demo
 * municipal page in Chromium with CPU 4× slowdown and a slow-4G profile, cold cache, measured with
 * our loader and — in the same run, alternating — without it (the host page's own cost): FCP, LCP,
 * CLS, total blocking time and the time until each widget shows its first focusable control.
 * Loopback only; bounded to well under 4 minutes.
 * Run: npm run build && node --import tsx bench/loading.bench.ts
 */
import { chromium, type Browser } from 'playwright-core';
import { launchOptions } from '../scripts/chromium.ts';
import { installProbe, KEEP_NAMES_SHIM, type ProbeResult } from './support/page-probe.ts';
import { startServer } from './support/server.ts';
import { median, ms, progress } from './support/stats.ts';

const PAGES = ['/demo/dortmund/', '/demo/bielefeld/', '/demo/wuerzburg/'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CPU_SLOWDOWN = 4;
/** Slow 4G as Lighthouse/DevTools define it: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8 };
/** A load is over when nothing blocked the main thread for this long after everything rendered. */
const QUIET_MS = 2_000;
const MAX_LOAD_MS = 25_000;
const LOADER = /<script\b[^>]*\bsrc="[^"]*loader\.js"[^>]*><\/script>\s*/g;

interface Run {
  probe: ProbeResult;
  tbt: number;
  widgetTags: string[];
  /** Each widget's height once settled, px at 412 px width: the room a host page can reserve. */
  heights: Record<string, number>;
}

async function measure(browser: Browser, url: string, withScript: boolean): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.addInitScript(installProbe);
  // Both variants take the HTML through the same interception; only the loader tag differs.
  const path = new URL(url).pathname;
  await page.route(
    (u) => u.pathname === path,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const body = withScript ? html : html.replace(LOADER, '');
      if (!withScript && body === html) throw new Error(`no loader tag found in ${path}`);
      await route.fulfill({ response, body });
    },
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await page.goto(url, { waitUntil: 'load', timeout: MAX_LOAD_MS });
  const started = Date.now();
  let probe: ProbeResult;
  let widgetTags: string[];
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    ({ probe, widgetTags } = await page.evaluate(() => ({
      probe: window.__sozBench!,
      widgetTags: [...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('soz-')),
    })));
    const now = await page.evaluate(() => performance.now());
    const rendered = !withScript || (probe.widgets.length >= widgetTags.length && probe.widgets.every((w) => w.painted !== undefined));
    const lastBusy = Math.max(probe.load ?? now, ...probe.widgets.map((w) => w.painted ?? now), ...probe.longTasks.map((t) => t.start + t.duration));
    if ((rendered && now - lastBusy >= QUIET_MS) || Date.now() - started > MAX_LOAD_MS) break;
  }
  const heights = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('soz-')).map((e) => [e.localName, e.getBoundingClientRect().height])),
  );
  await context.close();
  const fcp = probe.fcp ?? 0;
  const tbt = probe.longTasks.filter((t) => t.start + t.duration > fcp).reduce((sum, t) => sum + Math.max(0, t.start + t.duration - Math.max(t.start, fcp) - 50), 0);
  return { probe, tbt, widgetTags, heights };
}

const server = await startServer();
const browser = await chromium.launch(launchOptions);
const sections: string[] = [];
try {
  for (const path of PAGES) {
    const url = `${server.origin}${path}`;
    const host: Run[] = [];
    const ours: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      host.push(await measure(browser, url, false));
      ours.push(await measure(browser, url, true));
      progress(`${path} run ${i + 1}/${RUNS}: FCP ${ms(host.at(-1)!.probe.fcp)} → ${ms(ours.at(-1)!.probe.fcp)} ms, TBT ${ms(host.at(-1)!.tbt)} → ${ms(ours.at(-1)!.tbt)} ms`);
    }
    const row = (name: string, pick: (r: Run) => number | undefined, digits = 1) => {
      const a = median(host.map((r) => pick(r) ?? Number.NaN));
      const b = median(ours.map((r) => pick(r) ?? Number.NaN));
      const fmt = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(digits));
      const diff = Number.isNaN(a) || Number.isNaN(b) ? '–' : `${b - a < 0 ? '−' : '+'}${Math.abs(b - a).toFixed(digits)}`;
      return `| ${name} | ${fmt(a)} | ${fmt(b)} | ${diff} |`;
    };
    const tags = [...new Set(ours.flatMap((r) => r.widgetTags))];
    const widgetRows = tags.map((tag) => {
      const pick = (key: 'defined' | 'interactive' | 'painted') => median(ours.map((r) => r.probe.widgets.find((w) => w.tag === tag)?.[key] ?? Number.NaN));
      const missing = ours.filter((r) => r.probe.widgets.find((w) => w.tag === tag)?.interactive === undefined).length;
      const height = median(ours.map((r) => r.heights[tag] ?? Number.NaN));
      return `| \`<${tag}>\` | ${ms(pick('defined'))} | ${ms(pick('interactive'))} | ${ms(pick('painted'))} | ${Number.isNaN(height) ? '–' : Math.round(height)} |${missing ? ` not interactive in ${missing} of ${RUNS} runs` : ''}`;
    });
    sections.push(`### ${path}

| Metric (median of ${RUNS}) | without our script | with our widgets | difference |
| --- | ---: | ---: | ---: |
${row('First contentful paint, ms', (r) => r.probe.fcp)}
${row('Largest contentful paint, ms', (r) => r.probe.lcp)}
${row('Cumulative layout shift', (r) => r.probe.cls, 3)}
${row('Total blocking time, ms', (r) => r.tbt)}
${row('Load event, ms', (r) => r.probe.load)}
${row('Long tasks (count)', (r) => r.probe.longTasks.length, 0)}
${row('All widgets interactive, ms', (r) => (r.probe.widgets.length ? Math.max(...r.probe.widgets.map((w) => w.interactive ?? Number.NaN)) : undefined))}

| Widget (median of ${RUNS}) | defined at, ms | interactive at, ms | first frame with it, ms | settled height, px |
| --- | ---: | ---: | ---: | ---: |
${widgetRows.join('\n')}
`);
  }
} finally {
  await browser.close();
  await server.stop();
}

console.log(`## Loading on a slow phone (issue #11 item 3)

Chromium (headless, Playwright) with CPU ${CPU_SLOWDOWN}× slowdown (\`Emulation.setCPUThrottlingRate\`) and slow 4G
(\`Network.emulateNetworkConditions\`: ${NETWORK.latency} ms RTT, 1.6 Mbit/s down, 750 kbit/s up, ×0.9 as DevTools),
412×823 viewport, a fresh context (cold cache) per load. Each demo page is loaded ${RUNS} times **with** our loader
and ${RUNS} times **without** it, alternating, in the same run: the HTML of both variants passes through the same
\`page.route\` interception (not throttled), which strips the \`loader.js\` tag for the "without" variant; everything
else comes from the real server (PGlite, 2,000 demo centres) over the throttled network. Times are ms from
navigation start. TBT sums the part over 50 ms of every long task after FCP until the page has been quiet for
${QUIET_MS / 1000} s after the last widget rendered; CLS is the largest session window (as web-vitals). "Interactive"
is the moment the widget's shadow root first holds a focusable control (from a \`customElements.define\` wrapper
and a MutationObserver on the shadow root); "first frame" is the next animation frame after that.

${sections.join('\n')}`);
