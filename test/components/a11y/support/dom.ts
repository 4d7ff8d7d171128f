/** Walking a widget like the browser composes it: into (nested) open shadow roots and back out to hosts. */

/** Every element of `root`'s shadow tree and of the shadow trees nested in it (not `root` itself). */
export function shadowElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** Every open shadow root in `root` (its own included). */
export function shadowRoots(root: Element): ShadowRoot[] {
  return [root, ...shadowElements(root)].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []));
}

/** The parent in the composed tree: the parent element, or the host when leaving a shadow root. */
export function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function isInside(element: Element, container: Element): boolean {
  for (let e: Element | null = element; e; e = composedParent(e)) if (e === container) return true;
  return false;
}

/** The element that really has focus, inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Shown on screen at all (has a box, not hidden by display, visibility or a closed <details>). */
export function isRendered(element: Element): boolean {
  // checkVisibility also rules out the content of a closed <details> (content-visibility: hidden),
  // whose boxes getBoundingClientRect would still report.
  if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })) return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}

/** The visually-hidden pattern (1 px clipped box): text for screen readers only, never "clipped" by mistake. */
export function isVisuallyHidden(element: Element): boolean {
  for (let e: Element | null = element; e; e = composedParent(e)) {
    const style = getComputedStyle(e);
    if (style.clipPath.startsWith('inset(50%') || (style.clip !== 'auto' && style.position === 'absolute')) return true;
    const rect = e.getBoundingClientRect();
    if (rect.width <= 1 && rect.height <= 1 && style.overflow === 'hidden') return true;
  }
  return false;
}

/** A short, recognisable description of an element for failure messages. */
export function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList].map((c) => `.${c}`).join('');
  const attrs = ['type', 'name', 'data-step-heading', 'data-appointment']
    .filter((a) => element.hasAttribute(a))
    .map((a) => `[${a}${element.getAttribute(a) ? `=${element.getAttribute(a)}` : ''}]`)
    .join('');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const label = element.getAttribute('aria-label');
  const words = label ?? text;
  const host = (element.getRootNode() as ShadowRoot).host?.localName;
  return `${host ? `${host} ` : ''}<${element.localName}${id}${classes}${attrs}>${words ? ` “${words.length > 50 ? `${words.slice(0, 50)}…` : words}”` : ''}`;
}
