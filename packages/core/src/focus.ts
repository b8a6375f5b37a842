/** What Tab can reach. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, video[controls], audio[controls], [tabindex]:not([tabindex="-1"])';

/**
 * The elements Tab reaches inside `root`, in document order, looking into the open shadow roots
 * of elements inside it (a `<pbgdpl-legal-doc>` in a dialog keeps its links in its own root).
 */
export function focusableWithin(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      if (child instanceof HTMLElement && child.matches(FOCUSABLE) && child.getClientRects().length > 0)
        found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The focused element, looking through shadow roots to the innermost one. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
