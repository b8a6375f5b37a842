/**
 * Printing only the document on a host page we do not control. A constructable stylesheet
 * (allowed under a strict `style-src`, unlike a `<style>` element) is adopted by the
 * document and by every shadow root between it and the element; for `@media print` it hides
 * everything that is not on the path to the element. The path is marked with a data
 * attribute for the time of printing, and everything is removed on `afterprint`.
 */
const MARK = 'data-pbgdpl-print';

interface Adopted {
  root: Document | ShadowRoot;
  sheet: CSSStyleSheet;
}

/** Each root from the element's own up to the document, with the elements on the path in each. */
function pathOf(element: Element): Array<{ root: Document | ShadowRoot; path: Element[] }> {
  const roots: Array<{ root: Document | ShadowRoot; path: Element[] }> = [];
  let node: Element | null = element;
  while (node) {
    const root = node.getRootNode() as Document | ShadowRoot;
    const path: Element[] = [];
    let current: Element | null = node;
    while (current) {
      path.push(current);
      current = current.parentElement;
    }
    roots.push({ root, path });
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return roots;
}

function printSheet(token: string, inDocument: boolean): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  const scope = inDocument ? 'body ' : '';
  sheet.replaceSync(`@media print {
    ${scope}*:not([${MARK}~="${token}"]) { display: none !important; }
    [${MARK}~="${token}"] {
      position: static !important; overflow: visible !important; max-height: none !important;
      height: auto !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
      box-shadow: none !important; transform: none !important; visibility: visible !important;
    }
    [${MARK}~="${token}"]::backdrop { display: none !important; }
  }`);
  return sheet;
}

let counter = 0;

/** Prepares the page to print only `element`; returns the function that undoes it. */
export function isolateForPrint(element: Element): () => void {
  const token = `p${++counter}`;
  const adopted: Adopted[] = [];
  const marked: Element[] = [];
  for (const { root, path } of pathOf(element)) {
    for (const node of path) {
      const current = node.getAttribute(MARK);
      node.setAttribute(MARK, current ? `${current} ${token}` : token);
      marked.push(node);
    }
    const sheet = printSheet(token, root instanceof Document);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    adopted.push({ root, sheet });
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const { root, sheet } of adopted)
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    for (const node of marked) {
      const rest = (node.getAttribute(MARK) ?? '').split(' ').filter((t) => t && t !== token);
      if (rest.length) node.setAttribute(MARK, rest.join(' '));
      else node.removeAttribute(MARK);
    }
  };
}

/** Prints the element alone: isolate, `window.print()`, undo on `afterprint`. */
export function printOnly(element: Element): () => void {
  const undo = isolateForPrint(element);
  addEventListener('afterprint', undo, { once: true });
  try {
    window.print();
  } catch {
    undo();
  }
  return undo;
}
