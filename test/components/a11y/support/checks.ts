/**
 * Layout and preference checks on a rendered widget (WCAG 2.2: 1.4.10 reflow, 1.4.4 resize text,
 * 1.4.12 text spacing, 1.4.11 / forced colours, 2.3.3 motion, 2.4.7 / 2.4.13 focus, 2.5.8 target
 * size). Each returns findings; the media and viewport changes are made by the caller (sweep.ts).
 */
import { contrast, hex, over, parseColour, type Rgba } from './colour.ts';
import { composedParent, describe, isInside, isRendered, isVisuallyHidden, shadowElements } from './dom.ts';
import type { Finding } from './findings.ts';

const finding = (id: string, rule: string, nodes: string[]): Finding[] => (nodes.length ? [{ id, rule, nodes }] : []);
const px = (value: string) => Number.parseFloat(value) || 0;
const FORM_CONTROLS = new Set(['input', 'textarea', 'select']);

/** The nearest composed ancestor (inside the widget) that scrolls horizontally, if any. */
function scrollContainer(element: Element, widget: Element): Element | undefined {
  for (let e = composedParent(element); e && e !== widget; e = composedParent(e)) {
    const overflow = getComputedStyle(e).overflowX;
    if (overflow === 'auto' || overflow === 'scroll') return e;
  }
  return undefined;
}

/** 1.4.10: the page does not scroll sideways and nothing in the widget is wider than the viewport. */
export function reflow(widget: Element): Finding[] {
  const root = document.scrollingElement ?? document.documentElement;
  const width = document.documentElement.clientWidth;
  const page = root.scrollWidth > root.clientWidth ? [`document scrollWidth ${root.scrollWidth} px > clientWidth ${root.clientWidth} px`] : [];
  const wide: string[] = [];
  const reported: Element[] = [];
  for (const element of shadowElements(widget)) {
    if (!isRendered(element) || isVisuallyHidden(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.right <= width + 0.5 && rect.left >= -0.5) continue;
    // Content that needs two dimensions may scroll inside a box that itself fits (1.4.10 exception).
    const box = scrollContainer(element, widget);
    if (box) {
      const outer = box.getBoundingClientRect();
      if (outer.right <= width + 0.5 && outer.left >= -0.5) continue;
    }
    // Report the outermost offender only, not every descendant of it.
    if (reported.some((r) => isInside(element, r))) continue;
    reported.push(element);
    wide.push(`${describe(element)} spans ${Math.round(rect.left)}…${Math.round(rect.right)} px of ${width} px`);
  }
  if (page.length && !wide.length) page.push(...overflowCulprits(widget, root));
  return [
    ...finding('horizontal-scroll', 'the page scrolls horizontally', page),
    ...finding('wider-than-viewport', 'element wider than the viewport', wide),
  ];
}

/**
 * When the page scrolls but no box sticks out (list markers, text runs), the deepest elements
 * whose removal ends the scrolling are to blame. Hides each for a moment to find them.
 */
function overflowCulprits(widget: Element, root: Element): string[] {
  const culprits: Element[] = [];
  for (const element of shadowElements(widget) as HTMLElement[]) {
    if (!(element instanceof HTMLElement)) continue;
    const display = element.style.display;
    element.style.display = 'none';
    const fixed = root.scrollWidth <= root.clientWidth;
    element.style.display = display;
    if (fixed) culprits.push(element);
  }
  const deepest = culprits.filter((c) => !culprits.some((d) => d !== c && isInside(d, c)));
  return deepest.map((e) => `caused by ${describe(e)}`);
}

/** Text cut off: a box that hides overflow holds more than it shows. */
export function clippedText(widget: Element): Finding[] {
  const clipped: string[] = [];
  for (const element of shadowElements(widget)) {
    if (FORM_CONTROLS.has(element.localName) || !isRendered(element) || isVisuallyHidden(element)) continue;
    const style = getComputedStyle(element);
    const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    const ellipsis = style.textOverflow === 'ellipsis';
    if (!hidesX && !hidesY && !ellipsis) continue;
    const e = element as HTMLElement;
    const overX = (hidesX || ellipsis) && e.scrollWidth > e.clientWidth + 1;
    const overY = hidesY && e.scrollHeight > e.clientHeight + 1;
    if (overX || overY) clipped.push(`${describe(element)} shows ${e.clientWidth}×${e.clientHeight} of ${e.scrollWidth}×${e.scrollHeight} px`);
  }
  return finding('clipped-text', 'text clipped by a box that hides overflow', clipped);
}

/** The WCAG 1.4.12 values as a user style sheet. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

const TEXT_TAGS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'label', 'legend', 'button', 'a', 'summary', 'h1', 'h2', 'h3', 'h4', 'span', 'strong', 'input', 'textarea', 'select', 'caption']);

/**
 * With the spacing set on the host page only (a bookmarklet cannot reach into shadow roots),
 * letter and word spacing must still arrive at the widget's text by inheritance.
 */
export function inheritedTextSpacing(widget: Element): Finding[] {
  const size = px(getComputedStyle(widget).fontSize);
  const letter = 0.12 * size - 0.05;
  const word = 0.16 * size - 0.05;
  const lost: string[] = [];
  for (const element of shadowElements(widget)) {
    if (!TEXT_TAGS.has(element.localName) || !isRendered(element) || isVisuallyHidden(element)) continue;
    if (!(element.textContent ?? '').trim() && !FORM_CONTROLS.has(element.localName)) continue;
    if ((element as HTMLInputElement).type === 'checkbox' || (element as HTMLInputElement).type === 'radio') continue;
    const style = getComputedStyle(element);
    if (px(style.letterSpacing) < letter || px(style.wordSpacing) < word) {
      lost.push(`${describe(element)}: letter-spacing ${style.letterSpacing}, word-spacing ${style.wordSpacing} (page: ${(0.12 * size).toFixed(2)}px, ${(0.16 * size).toFixed(2)}px)`);
    }
  }
  return finding('text-spacing-not-inherited', 'letter/word spacing of the page does not reach this text', lost);
}

/** Forced colours: every control keeps a visible border (links and native check marks excepted). */
export function controlBorders(widget: Element): Finding[] {
  const missing: string[] = [];
  for (const element of shadowElements(widget)) {
    const tag = element.localName;
    const input = element as HTMLInputElement;
    const control =
      tag === 'button' || tag === 'select' || tag === 'textarea' || (tag === 'input' && !['checkbox', 'radio', 'hidden', 'file', 'range', 'color'].includes(input.type));
    if (!control || !isRendered(element) || isVisuallyHidden(element)) continue;
    const style = getComputedStyle(element);
    const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
    const bare = sides.filter((s) => {
      const k = s as 'Top';
      return style[`border${k}Style`] === 'none' || px(style[`border${k}Width`]) < 1 || parseColour(style[`border${k}Color`]).a === 0;
    });
    if (bare.length) missing.push(`${describe(element)}: no border ${bare.join('/').toLowerCase()}`);
  }
  return finding('forced-colours-border', 'control without a visible border in forced colours', missing);
}

/** 2.3.3: with prefers-reduced-motion, nothing moves. */
export function motion(widget: Element): Finding[] {
  const moving: string[] = [];
  const roots = [widget, ...shadowElements(widget)].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []));
  for (const root of roots) {
    for (const animation of root.getAnimations()) {
      if (animation.playState !== 'running') continue;
      const target = (animation.effect as KeyframeEffect | null)?.target;
      moving.push(`${target ? describe(target) : 'unknown target'}: ${(animation as CSSAnimation).animationName ?? animation.constructor.name} running`);
    }
  }
  for (const element of shadowElements(widget)) {
    const style = getComputedStyle(element);
    const durations = (value: string) => value.split(',').map((v) => px(v.trim()));
    const transition = durations(style.transitionDuration).some((d) => d > 0) && style.transitionProperty !== 'none';
    const animation = style.animationName !== 'none' && durations(style.animationDuration).some((d) => d > 0);
    if (transition) moving.push(`${describe(element)}: transition-duration ${style.transitionDuration}`);
    if (animation) moving.push(`${describe(element)}: animation ${style.animationName} ${style.animationDuration}`);
  }
  return finding('motion', 'animation or transition despite prefers-reduced-motion: reduce', moving);
}

// ---- focus ---------------------------------------------------------------------------------------

/** What is painted behind `element`: background colours of it and its ancestors, composited. */
export function backgroundBehind(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let e = element; e; e = composedParent(e)) {
    const colour = parseColour(getComputedStyle(e).backgroundColor);
    if (colour.a > 0) layers.push(colour);
    if (colour.a >= 1) break;
  }
  let result: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** The first colour in a computed box-shadow that draws something. */
function shadowColour(boxShadow: string): Rgba | undefined {
  if (boxShadow === 'none') return undefined;
  for (const shadow of boxShadow.split(/,(?![^(]*\))/)) {
    const colour = /(rgba?\([^)]*\)|#[0-9a-f]+|[a-z]+\([^)]*\))/i.exec(shadow)?.[1];
    const lengths = shadow.replace(colour ?? '', '').trim().split(/\s+/).map(px);
    if (colour && lengths.some((l) => l > 0)) return parseColour(colour);
  }
  return undefined;
}

/**
 * 2.4.7 with the 3:1 of 2.4.13/1.4.11: the focused element shows an outline (or box-shadow)
 * of at least 3:1 against what it is drawn on. `forced`: only an outline counts (shadows vanish).
 */
export function focusIndicator(element: Element, forced = false): string | undefined {
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && px(style.outlineWidth) > 0 ? parseColour(style.outlineColor) : undefined;
  const shadow = forced ? undefined : shadowColour(style.boxShadow);
  const indicator = outline && outline.a > 0 ? outline : shadow;
  if (!indicator) return `${describe(element)}: no focus indicator (outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}${forced ? '' : `, box-shadow ${style.boxShadow}`})`;
  if (forced) return undefined;
  // An outline outside the box is drawn on the parent's background; an inset one on the element's.
  const behind = backgroundBehind(px(style.outlineOffset) < 0 ? element : composedParent(element));
  const ratio = contrast(over(indicator, behind), behind);
  return ratio < 3 ? `${describe(element)}: focus indicator ${hex(indicator)} on ${hex(behind)} is ${ratio.toFixed(2)}:1` : undefined;
}

// ---- target size -----------------------------------------------------------------------------

const INTERACTIVE = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role=button], [role=link], [role=option], [role=checkbox], [role=radio], [role=tab]';

/** A link or link-like control inside running text (2.5.8 "inline" exception). */
function isInline(element: Element): boolean {
  if (getComputedStyle(element).display !== 'inline') return false;
  const block = element.parentElement;
  const own = (element.textContent ?? '').trim().length;
  return !!block && (block.textContent ?? '').replace(/\s+/g, ' ').trim().length > own + 2;
}

/** 2.5.8: each target is 24×24 CSS px, or a 24 px circle around it touches no other target (nor its circle). */
export function targetSize(widget: Element): Finding[] {
  const targets = shadowElements(widget).filter(
    (e) => e.matches(INTERACTIVE) && !(e as HTMLButtonElement).disabled && isRendered(e) && !isVisuallyHidden(e) && !isInline(e),
  );
  const boxes = targets.map((e) => ({ e, r: e.getBoundingClientRect() }));
  const small = boxes.filter(({ r }) => r.width < 23.5 || r.height < 23.5);
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const distanceToRect = (p: { x: number; y: number }, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
  const failing: string[] = [];
  for (const s of small) {
    const c = centre(s.r);
    const crowded = boxes.some((o) => {
      if (o === s || o.e.contains(s.e) || s.e.contains(o.e)) return false;
      const isSmall = small.includes(o);
      return isSmall ? Math.hypot(centre(o.r).x - c.x, centre(o.r).y - c.y) < 24 : distanceToRect(c, o.r) < 12;
    });
    if (crowded) failing.push(`${describe(s.e)}: ${s.r.width.toFixed(1)}×${s.r.height.toFixed(1)} px, too close to another target`);
  }
  return finding('target-size-24', 'target smaller than 24×24 px without enough spacing', failing);
}
