// An init script (Playwright adds it before any page script) that measures a widget's layout
// as a reader on a small screen meets it: what sticks out of the widget's box, which controls
// are too small to touch, and whether wide tables scroll inside a region of their own. It walks
// the flat tree: open shadow roots (nested widgets too), slotted light DOM and open dialogs.
// Plain JavaScript: it runs as is, and its functions return text a test can print.
(() => {
  /** Every element under `root`, through open shadow roots. */
  function elements(root, out = []) {
    for (const element of root.querySelectorAll('*')) {
      out.push(element);
      if (element.shadowRoot) elements(element.shadowRoot, out);
    }
    return out;
  }

  /** The element that lays `element` out: its slot, its parent, or the host of its shadow root. */
  function flatParent(element) {
    if (element.assignedSlot) return element.assignedSlot;
    if (element.parentElement) return element.parentElement;
    const root = element.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  }

  function ancestors(element, stop) {
    const out = [];
    for (let node = flatParent(element); node && node !== stop; node = flatParent(node)) out.push(node);
    return out;
  }

  function describe(element) {
    const name = (node) => {
      const classes = typeof node.className === 'string' ? node.className.trim().split(/\s+/) : [];
      return (
        node.localName +
        classes
          .filter(Boolean)
          .map((c) => `.${c}`)
          .join('')
      );
    };
    return [...ancestors(element).slice(0, 3).reverse(), element].map(name).join(' > ');
  }

  const clipsX = (element) => getComputedStyle(element).overflowX !== 'visible';

  /** The part of `element` one can see sideways: its box cut by every ancestor that clips it. */
  function visibleX(element, stop) {
    const box = element.getBoundingClientRect();
    let left = box.left;
    let right = box.right;
    for (const node of ancestors(element, stop)) {
      if (!clipsX(node)) continue;
      const clip = node.getBoundingClientRect();
      left = Math.max(left, clip.left);
      right = Math.min(right, clip.right);
    }
    return { left, right };
  }

  /** The box an element must stay inside: an open dialog's (the dialog: the viewport's), else the widget's. */
  function boundOf(element, host) {
    if (element.localName === 'dialog')
      return { stop: element, left: 0, right: document.documentElement.clientWidth };
    const dialog = ancestors(element, host).find((node) => node.localName === 'dialog');
    const box = (dialog ?? host).getBoundingClientRect();
    return { stop: dialog ?? host, left: box.left, right: box.right };
  }

  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 || box.height > 0;
  };

  /** The widget's own elements and the light DOM it shows (a banner's fallback link). */
  const inside = (host) => [...elements(host.shadowRoot ?? host), ...elements(host)].filter(shown);

  /** Elements whose visible part reaches outside the widget's box (in a dialog: the dialog's). */
  function overflow(host) {
    const out = [];
    const reported = new Set();
    for (const element of inside(host)) {
      const bound = boundOf(element, host);
      const { left, right } = visibleX(element, bound.stop);
      // Clipped away, or a visually hidden text of 1 px.
      if (right - left <= 1) continue;
      if (left >= bound.left - 0.5 && right <= bound.right + 0.5) continue;
      reported.add(element);
      // The outermost element that sticks out says it: its content goes with it.
      if (ancestors(element, host).some((node) => reported.has(node))) continue;
      out.push(
        `${describe(element)}: ${Math.round(left)}…${Math.round(right)} px, box ${Math.round(bound.left)}…${Math.round(bound.right)}`,
      );
    }
    return out;
  }

  const INTERACTIVE = [
    'a[href]',
    'button',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    'summary',
    'video[controls]',
    'iframe',
    '[tabindex]:not([tabindex="-1"])',
  ].join(',');

  /**
   * A link inside a sentence (WCAG 2.5.8's inline exception): shown inline, beside text of its
   * own parent, or in text an author wrote (a document's body, an answer).
   */
  function inSentence(element) {
    if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
    if (element.closest('.prose, .rich')) return true;
    const parent = flatParent(element);
    return [...(parent?.childNodes ?? [])].some(
      (node) => node !== element && node.nodeType === Node.TEXT_NODE && node.textContent.trim(),
    );
  }

  /** Controls a finger can reach that are smaller than 24 × 24 CSS px (WCAG 2.2, 2.5.8). */
  function smallTargets(host) {
    const out = [];
    for (const element of inside(host)) {
      if (!element.matches(INTERACTIVE) || inSentence(element)) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      const box = element.getBoundingClientRect();
      const { left, right } = visibleX(element, boundOf(element, host).stop);
      // Out of the tab order and of sight (a spam trap), or scrolled away in a carousel.
      if (right - left <= 1 || box.width <= 1) continue;
      if (box.width < 23.99 || box.height < 23.99)
        out.push(`${describe(element)}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
    }
    return out;
  }

  /** Tables wider than the box around them must scroll inside a focusable, named region. */
  function looseTables(host) {
    const out = [];
    for (const table of inside(host).filter((element) => element.localName === 'table')) {
      const bound = boundOf(table, host);
      const box = table.getBoundingClientRect();
      if (box.left >= bound.left - 0.5 && box.right <= bound.right + 0.5) continue;
      const scroller = ancestors(table, bound.stop).find(clipsX);
      const named = scroller?.getAttribute('aria-label') || scroller?.getAttribute('aria-labelledby');
      if (!scroller || scroller.getAttribute('role') !== 'region' || scroller.tabIndex !== 0 || !named)
        out.push(`${describe(table)}: ${Math.round(box.width)} px wide, not in a focusable named region`);
    }
    return out;
  }

  /** Named regions whose content is wider than they are: they scroll sideways. */
  function scrollingRegions(host) {
    return inside(host)
      .filter((element) => element.getAttribute('role') === 'region')
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.getAttribute('aria-label') ?? element.id);
  }

  window.__pbgdplLayout = {
    overflow,
    smallTargets,
    looseTables,
    scrollingRegions,
    /**
     * The page's width in CSS px. (A phone widens its layout viewport to fit a page that is too
     * wide, so compare with the screen's width, not with innerWidth.)
     */
    pageWidth: () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
  };
})();
