/**
 * Examples as data (the GOV.UK Frontend habit): each widget's `<widget>.examples.ts` lists named
 * states, each reached from a freshly created element the way a citizen gets there — by keys, or
 * through the element's public attributes. The accessibility sweep (test/components/a11y) renders
 * every state in every language; demo pages and screenshots can reuse the same list. Nothing
 * shipped imports these modules (define.ts never does), so they stay out of the production bundle.
 */
import type { KommuneConfig } from '../../src/tenant/schema.ts';

/** The keyboard of whoever drives the examples (the sweep: real key presses through Playwright). */
export interface ExampleUser {
  /** Focuses `control`, selects its content and types `text` key by key. */
  type(control: HTMLElement, text: string): Promise<void>;
  /** Presses one key on whatever has focus: 'Enter', 'Space', 'Tab', 'Escape', 'ArrowDown' … */
  press(key: string): Promise<void>;
}

/** What an example may use besides the element itself. */
export interface ExampleContext {
  /** The container the element goes into; it carries the page language (`lang`, `dir`). */
  readonly host: HTMLElement;
  readonly user: ExampleUser;
  /** Puts a demo tenant (data/tenants) into the tenant store; `change` edits the Kommune file first. */
  tenant(ags: string, change?: (kommune: KommuneConfig) => void): Promise<void>;
  /**
   * Network conditions for loading and error states, on requests whose path ends with `path`
   * (e.g. '/api/centres'). They hold until the next example that starts from a fresh element.
   */
  readonly network: {
    /** Requests stay unanswered (loading state). */
    hang(path: string, method?: string): void;
    /** Requests fail as when the connection drops (error state). */
    fail(path: string, method?: string): void;
    /** Normal answers again. */
    restore(): void;
  };
}

/** A state reached from a fresh element. */
export interface StartExample {
  name: string;
  render(ctx: ExampleContext): Promise<HTMLElement>;
}

/** A state reached from the state named `from` (same list) by what the user does next. */
export interface NextExample {
  name: string;
  from: string;
  act(element: HTMLElement, ctx: ExampleContext): Promise<void>;
}

export type Example = StartExample | NextExample;

/** The examples that lead to `name`, first the one that starts from a fresh element. */
export function pathTo(examples: readonly Example[], name: string): Example[] {
  const path: Example[] = [];
  for (let current = examples.find((e) => e.name === name); current; ) {
    if (path.includes(current)) throw new Error(`Examples loop at "${current.name}"`);
    path.unshift(current);
    if (!('from' in current)) return path;
    const from = current.from;
    current = examples.find((e) => e.name === from);
    if (!current) throw new Error(`Example "${path[0]!.name}" continues from unknown "${from}"`);
  }
  throw new Error(`No example "${name}"`);
}

/** Brings a freshly created element into the state `name` (for demo pages and screenshots). */
export async function renderExample(examples: readonly Example[], name: string, ctx: ExampleContext): Promise<HTMLElement> {
  let element: HTMLElement | undefined;
  for (const step of pathTo(examples, name)) {
    if ('from' in step) await step.act(element!, ctx);
    else element = await step.render(ctx);
  }
  return element!;
}

// ---- helpers for writing examples ----------------------------------------------------------

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

/** Waits until `check` holds (polling), or fails naming `what`. */
export async function until<T>(check: () => T | null | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Lets a Lit element finish its render and the microtasks/timers that follow it. */
export async function settle(element: HTMLElement): Promise<void> {
  await (element as Updating).updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await (element as Updating).updateComplete;
}

/** Creates `<tag>` with these attributes in the context's host and waits for its first render. */
export async function mount(ctx: ExampleContext, tag: string, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  ctx.host.append(element);
  await customElements.whenDefined(tag);
  await settle(element);
  return element;
}

/** The element `selector` matches in the widget's shadow root; fails with the selector if none. */
export function part<T extends HTMLElement = HTMLElement>(element: HTMLElement, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${element.localName}> shows no ${selector}`);
  return found;
}

/** The element `selector` matches in the widget's shadow root, if any (for waiting on it). */
export const has = (element: HTMLElement, selector: string): Element | null => element.shadowRoot?.querySelector(selector) ?? null;

/** Every element `selector` matches in the widget's shadow root. */
export const parts = <T extends HTMLElement = HTMLElement>(element: HTMLElement, selector: string): T[] => [
  ...(element.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** Focuses a control and works it like a keyboard user: Space ticks a box, Enter does the rest. */
export async function activate(ctx: ExampleContext, element: HTMLElement, selector: string): Promise<void> {
  const control = part(element, selector);
  control.focus();
  const tick = control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
  await ctx.user.press(tick ? 'Space' : 'Enter');
  await settle(element);
}

/** Types into the field `selector` (replacing what is in it). */
export async function fill(ctx: ExampleContext, element: HTMLElement, selector: string, text: string): Promise<void> {
  await ctx.user.type(part(element, selector), text);
  await settle(element);
}

/** A state reached from `from` by working the control `press` and waiting until `shows` is on screen. */
export const afterPress = (name: string, from: string, press: string, shows: string, what: string): NextExample => ({
  name,
  from,
  async act(element, ctx) {
    await activate(ctx, element, press);
    await until(() => has(element, shows), what);
  },
});
