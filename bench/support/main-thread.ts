/**
 * Main-thread accounting from a Chromium trace: between two `performance.mark`s set around an
 * action, the sum (and the longest) of the renderer main thread's top-level tasks — input handling,
 * timers, fetch callbacks, script, style, layout, paint — i.e. what the action cost the citizen's
 * main thread, without Playwright's own calls (they run before the start and after the end mark).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: unlike `dur`, not stretched when other processes take the cores. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

export interface Cost {
  /** Sum of top-level task time, ms (wall clock: stretched when another process has the core). */
  total: number;
  /**
   * Sum of the same tasks' thread CPU time, ms: the work itself. On a shared 2-core machine a task's
   * wall time also counts the moments the thread waited for a core, which is not work the page did.
   */
  cpu: number;
  /** Longest single task, ms (what decides whether a frame is missed). */
  longest: number;
}

/** What Chromium calls a scheduler task in the trace (the name changed over versions). */
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];

export class MainThreadTrace {
  private events: TraceEvent[] = [];
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async start(page: Page): Promise<MainThreadTrace> {
    const cdp = await page.context().newCDPSession(page);
    const trace = new MainThreadTrace(page, cdp);
    // The protocol types trace events as string maps; they carry numbers for ts, dur, pid and tid.
    cdp.on('Tracing.dataCollected', (e) => void trace.events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    return trace;
  }

  /** Sets a user-timing mark in the page; its trace timestamp delimits the windows. */
  mark(name: string): Promise<void> {
    return this.page.evaluate((n) => void performance.mark(n), name);
  }

  /** Stops tracing and returns the cost of the window between each `<name>:start` and `<name>:end` mark. */
  async stop(): Promise<Map<string, Cost>> {
    const done = new Promise<void>((resolve) => this.cdp.once('Tracing.tracingComplete', () => resolve()));
    await this.cdp.send('Tracing.end');
    await done;
    await this.cdp.detach();
    const marks = this.events.filter((e) => e.cat.includes('blink.user_timing') && /:(start|end)$/.test(e.name));
    if (!marks.length) throw new Error('no user-timing marks in the trace');
    const { pid, tid } = marks[0]!;
    // Top-level tasks only: a task nested in another (same thread, inside its span) is not counted twice.
    const tasks: TraceEvent[] = [];
    for (const e of this.events.filter((t) => t.pid === pid && t.tid === tid && t.ph === 'X' && TASK_NAMES.has(t.name)).sort((a, b) => a.ts - b.ts)) {
      const last = tasks.at(-1);
      if (!last || e.ts >= last.ts + (last.dur ?? 0)) tasks.push(e);
    }
    const starts = new Map(marks.filter((m) => m.name.endsWith(':start')).map((m) => [m.name.slice(0, -6), m.ts]));
    const costs = new Map<string, Cost>();
    for (const end of marks.filter((m) => m.name.endsWith(':end'))) {
      const name = end.name.slice(0, -4);
      const from = starts.get(name);
      if (from === undefined) continue;
      const inside = tasks.filter((t) => t.ts >= from && t.ts + (t.dur ?? 0) <= end.ts);
      const wall = inside.map((t) => (t.dur ?? 0) / 1000);
      costs.set(name, {
        total: wall.reduce((a, b) => a + b, 0),
        cpu: inside.reduce((a, t) => a + (t.tdur ?? t.dur ?? 0) / 1000, 0),
        longest: Math.max(0, ...wall),
      });
    }
    return costs;
  }

  /** Names of the task events seen (to check the trace format of a new Chromium). */
  taskNames(): string[] {
    return [...new Set(this.events.filter((e) => e.ph === 'X' && e.cat.includes('toplevel')).map((e) => e.name))];
  }
}
