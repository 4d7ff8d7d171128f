/**
 * Where the counselling finder's main-thread time goes on a filter change (issue #5 item 7): records
 * a Chromium trace (devtools.timeline) and a V8 CPU profile while a filter is changed by keyboard on
 * /demo/dortmund/ (server with 50,000 centres), the way bench/interaction.bench.ts does, and prints
 * per action its top-level tasks, the self time per trace event (script, style, layout, paint …)
 * and the hottest functions; totals also as thread CPU time, which stays comparable when other
 * processes load the machine. Not part of `npm run bench`: a tool for looking, not a record.
 *
 * Run: npm run build && node --import tsx bench/profile-counselling.ts
 * Readable function names: npx vite build --minify false --outDir /tmp/soz-dist --emptyOutDir,
 * then DIST_DIR=/tmp/soz-dist node --import tsx bench/profile-counselling.ts
 * Env: PROFILE_ACTION=radius (default; the radius select, arrow keys) | topic (the "Schulden"
 * checkbox toggled by Space, so that most result cards change) | keystroke (typing in the place
 * field); PROFILE_ACTIONS (default 10); PROFILE_CENTRES (default 50000); PROFILE_LIGHT=1 records only
 * the benchmark's trace categories (totals with its overhead, no breakdown); DIST_DIR (another build).
 */
import { chromium, type Page } from 'playwright-core';
import { launchOptions } from '../scripts/chromium.ts';
import { KEEP_NAMES_SHIM } from './support/page-probe.ts';
import { searchDortmund, sleep } from './support/counselling.ts';
import type { TraceEvent } from './support/main-thread.ts';
import { startServer } from './support/server.ts';
import { ms, percentile } from './support/stats.ts';


interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const CENTRES = Number(process.env.PROFILE_CENTRES ?? 50_000);
const ACTIONS = Number(process.env.PROFILE_ACTIONS ?? 10);
const ACTION = process.env.PROFILE_ACTION ?? 'radius';
/** PROFILE_LIGHT=1: only what the benchmark records (no timeline detail, no CPU profile), for totals with its overhead. */
const LIGHT = process.env.PROFILE_LIGHT === '1';
const CATEGORIES = LIGHT ? ['toplevel', 'blink.user_timing', '__metadata'] : [
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
  '__metadata',
];
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

async function prepare(page: Page, origin: string): Promise<() => Promise<void>> {
  await page.goto(`${origin}/demo/dortmund/`);
  const finder = page.locator('soz-counselling-finder');
  await finder.locator('.centres > li').first().waitFor();
  const place = finder.locator('#place');
  if (ACTION === 'keystroke') {
    const text = '44137';
    let i = 0;
    return async () => {
      if (i % text.length === 0) {
        await place.focus();
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.press('Backspace');
        await sleep(600);
      }
      await page.evaluate(() => void performance.mark('action:start'));
      await page.keyboard.type(text[i % text.length]!);
      i++;
    };
  }
  if (ACTION === 'topic') {
    await finder.locator('.filters summary').focus();
    await page.keyboard.press('Enter');
    const box = finder.locator('#topic-0');
    return async () => {
      await box.focus();
      await page.evaluate(() => void performance.mark('action:start'));
      await page.keyboard.press('Space');
    };
  }
  // As in the benchmark: the place typed and chosen from the suggestions by keyboard.
  await searchDortmund(page, place);
  const radius = finder.locator('#radius');
  let i = 0;
  return async () => {
    await radius.focus();
    await page.evaluate(() => void performance.mark('action:start'));
    await page.keyboard.press(i++ % 2 ? 'ArrowUp' : 'ArrowDown');
  };
}

/** Complete events of one thread as a tree walk: self time (own duration minus children) per event name. */
function selfTimes(events: TraceEvent[], from: number, to: number): Map<string, number> {
  const inside = events.filter((e) => e.ph === 'X' && e.ts >= from && e.ts + (e.dur ?? 0) <= to).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: Array<{ e: TraceEvent; child: number }> = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.e.ts + (stack.at(-1)!.e.dur ?? 0) <= until) {
      const { e, child } = stack.pop()!;
      const key = label(e);
      self.set(key, (self.get(key) ?? 0) + ((e.dur ?? 0) - child) / 1000);
      if (stack.length) stack.at(-1)!.child += e.dur ?? 0;
    }
  };
  for (const e of inside) {
    close(e.ts);
    stack.push({ e, child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return self;
}

function label(e: TraceEvent): string {
  const type = e.args?.data?.type;
  return e.name === 'EventDispatch' && type ? `EventDispatch(${type})` : e.name;
}

function addInto(total: Map<string, number>, part: Map<string, number>): void {
  for (const [k, v] of part) total.set(k, (total.get(k) ?? 0) + v);
}

function printTable(title: string, totals: Map<string, number>, windows: number, limit = 25): void {
  console.log(`\n${title} (mean ms per action over ${windows})`);
  const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, limit);
  for (const [k, v] of rows) console.log(`  ${(v / windows).toFixed(2).padStart(7)}  ${k}`);
}

const server = await startServer({ seedCentres: CENTRES, timeoutMs: 180_000 });
const browser = await chromium.launch(launchOptions);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES_SHIM);
  const act = await prepare(page, server.origin);
  // One warm-up action outside the recording (first-use compilation).
  await act();
  await sleep(900);

  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  if (!LIGHT) await cdp.send('Profiler.start');
  for (let i = 0; i < ACTIONS; i++) {
    await act();
    await sleep(ACTION === 'keystroke' ? 600 : 900);
    await page.evaluate(() => void performance.mark('action:end'));
    await sleep(50);
  }
  const profile = LIGHT ? undefined : ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;

  const marks = events.filter((e) => e.cat.includes('blink.user_timing') && /^action:(start|end)$/.test(e.name)).sort((a, b) => a.ts - b.ts);
  const { pid, tid } = marks[0]!;
  const main = events.filter((e) => e.pid === pid && e.tid === tid);
  const windows: Array<[number, number]> = [];
  for (let i = 0; i + 1 < marks.length; i++) if (marks[i]!.name === 'action:start' && marks[i + 1]!.name === 'action:end') windows.push([marks[i]!.ts, marks[i + 1]!.ts]);

  // Top-level tasks only (Chromium nests a RunTask in a ThreadControllerImpl::RunTask of the same span).
  const tasks: TraceEvent[] = [];
  for (const e of main.filter((t) => t.ph === 'X' && TASK_NAMES.has(t.name)).sort((a, b) => a.ts - b.ts)) {
    const last = tasks.at(-1);
    if (!last || e.ts >= last.ts + (last.dur ?? 0)) tasks.push(e);
  }
  const totals: number[] = [];
  const cpuTotals: number[] = [];
  const selfTotal = new Map<string, number>();
  for (const [n, [from, to]] of windows.entries()) {
    const inside = tasks.filter((t) => t.ts >= from && t.ts + (t.dur ?? 0) <= to);
    const total = inside.reduce((a, t) => a + (t.dur ?? 0) / 1000, 0);
    totals.push(total);
    cpuTotals.push(inside.reduce((a, t) => a + (t.tdur ?? t.dur ?? 0) / 1000, 0));
    addInto(selfTotal, selfTimes(main, from, to));
    // The sequence of the action's tasks, with what each spent most on.
    const big = inside.filter((t) => (t.dur ?? 0) >= Number(process.env.PROFILE_MIN_TASK_US ?? 500));
    console.log(`action ${n}: ${ms(total)} ms (cpu ${ms(cpuTotals.at(-1))}) in ${inside.length} tasks; ≥ 0.5 ms: ${big
      .map((t) => {
        const top = [...selfTimes(main, t.ts, t.ts + (t.dur ?? 0))].filter(([k]) => !TASK_NAMES.has(k)).sort((a, b) => b[1] - a[1]).slice(0, 3);
        return `+${((t.ts - from) / 1000).toFixed(0)}ms ${ms((t.dur ?? 0) / 1000)} (cpu ${ms((t.tdur ?? 0) / 1000)}) [${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}]`;
      })
      .join(' | ')}`);
  }
  console.log(`\ntotal per action (wall): p50 ${ms(percentile(totals, 50))} ms, p95 ${ms(percentile(totals, 95))} ms`);
  console.log(`total per action (thread CPU time): p50 ${ms(percentile(cpuTotals, 50))} ms, p95 ${ms(percentile(cpuTotals, 95))} ms`);
  if (!LIGHT) printTable('Self time per trace event', selfTotal, windows.length);
  if (profile) printCpuProfile(profile, windows);
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}

function printCpuProfile(profile: CpuProfile, windows: Array<[number, number]>): void {
  // CPU profile: self time per function for samples inside the windows (profile and trace share one clock).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fnSelf = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    const next = profile.timeDeltas[i + 1] ?? 0;
    if (!windows.some(([from, to]) => t >= from && t <= to)) continue;
    const f = byId.get(profile.samples[i]!)!.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const where = f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`;
    fnSelf.set(key, (fnSelf.get(key) ?? 0) + next / 1000);
  }
  printTable('JS self time per function (CPU profile, 100 µs sampling)', fnSelf, windows.length, 30);
}
