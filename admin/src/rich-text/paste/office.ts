/**
 * Word's and LibreOffice's HTML made plain: their lists rebuilt from `mso-list` paragraphs,
 * their footnotes as our footnote links, emphasis written as styles turned into elements,
 * and every style, class and empty paragraph dropped. Works on the inert copy of the paste
 * (`parseUntrustedHtml` keeping `OFFICE_STYLE` and `class`).
 */

/**
 * Where a pasted element's `style` is kept to be read. Under the console's CSP any style in
 * parsed markup, even in DOMPurify's inert document, is inline style the page reports as a
 * violation: before parsing, style elements go and style attributes are renamed to this.
 */
export const OFFICE_STYLE = 'data-office-style';

/** The paste without `<style>` elements, its `style` attributes renamed to `OFFICE_STYLE`. */
export const defuseStyles = (html: string): string =>
  html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    // A tag whose attribute values hide a ">" keeps its style: reported, and still never applied.
    .replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/\sstyle(\s*=)/i, ` ${OFFICE_STYLE}$1`));

const style = (element: Element, property: string): string | undefined =>
  element
    .getAttribute(OFFICE_STYLE)
    ?.split(';')
    .map((declaration) => declaration.split(':'))
    .find(([name]) => name?.trim().toLowerCase() === property)?.[1]
    ?.trim()
    .toLowerCase();

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

function wrap(element: Element, tag: string): void {
  const wrapper = element.ownerDocument.createElement(tag);
  element.replaceWith(wrapper);
  wrapper.append(element);
}

/** `<span style="font-weight:bold">` (Google Docs, web pages) as `<strong>`, and so on. */
function stylesToElements(root: Element): void {
  for (const element of [...root.querySelectorAll(`[${OFFICE_STYLE}]`)]) {
    const weight = style(element, 'font-weight');
    const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    // Google Docs wraps a whole paste in <b style="font-weight:normal">.
    if (
      (element.localName === 'b' || element.localName === 'strong') &&
      (weight === 'normal' || Number(weight) <= 400)
    ) {
      if (weight) unwrap(element);
      continue;
    }
    if (!['span', 'font'].includes(element.localName)) continue;
    const decoration = `${style(element, 'text-decoration') ?? ''} ${style(element, 'text-decoration-line') ?? ''}`;
    const align = style(element, 'vertical-align');
    if (bold) wrap(element, 'strong');
    if (style(element, 'font-style') === 'italic') wrap(element, 'em');
    if (decoration.includes('underline')) wrap(element, 'u');
    if (decoration.includes('line-through')) wrap(element, 's');
    if (align === 'super') wrap(element, 'sup');
    if (align === 'sub') wrap(element, 'sub');
  }
}

/** One footnote link: `<sup><a href="#fn-1" id="fnref-1">1</a></sup>` or the way back from the note. */
function footnoteLink(anchor: Element, number: string, toNote: boolean): void {
  const doc = anchor.ownerDocument;
  const sup = doc.createElement('sup');
  const link = sup.appendChild(doc.createElement('a'));
  link.setAttribute('href', toNote ? `#fn-${number}` : `#fnref-${number}`);
  link.setAttribute('id', toNote ? `fnref-${number}` : `fn-${number}`);
  link.textContent = number;
  anchor.replaceWith(sup);
}

/**
 * Word: `<a href="#_ftn1" name="_ftnref1">[1]</a>` in the text, `<a href="#_ftnref1"
 * name="_ftn1">` before the note. LibreOffice: `<a class="sdfootnoteanc" href="#sdfootnote1sym">`
 * and `<a class="sdfootnotesym" href="#sdfootnote1anc">`.
 */
function footnotes(root: Element): void {
  for (const anchor of [...root.querySelectorAll('a[href]')]) {
    const href = anchor.getAttribute('href') ?? '';
    const word = /^#_ftn(ref)?(\d{1,4})$/.exec(href);
    const libre = /^#sdfootnote(\d{1,4})(anc|sym)$/.exec(href);
    if (word) footnoteLink(anchor, String(Number(word[2])), !word[1]);
    else if (libre) footnoteLink(anchor, String(Number(libre[1])), libre[2] === 'sym');
    else if (/^#(_edn|sdendnote)/.test(href)) anchor.removeAttribute('href');
  }
}

type Marker = { kind: 'ordered'; start: number } | { kind: 'bullet' } | { kind: 'literal'; text: string };

const BULLETS = /^[·•◦▪■□●○o§\u2013\u2014\u2022\u00b7\uf0a7\uf0b7\uf0d8\uf076-]$/u;

function classify(marker: string): Marker {
  const text = marker.replace(/\s+/g, '');
  const number = /^(\d{1,4})\.$/.exec(text);
  if (number) return { kind: 'ordered', start: Number(number[1]) };
  if (BULLETS.test(text) || text === '') return { kind: 'bullet' };
  return { kind: 'literal', text };
}

/** The item's level (1…) and marker, from `mso-list:l0 level2 lfo1` and its `mso-list:Ignore` span. */
function wordListItem(paragraph: Element): { level: number; marker: Marker } | undefined {
  const list = style(paragraph, 'mso-list');
  const level = list && /level(\d)/.exec(list);
  if (!level) return undefined;
  const ignored = [...paragraph.querySelectorAll(`[${OFFICE_STYLE}]`)].find(
    (span) => style(span, 'mso-list') === 'ignore',
  );
  const marker = classify(ignored?.textContent?.replace(/\u00a0/g, ' ').trim() ?? '');
  ignored?.remove();
  return { level: Number(level[1]), marker };
}

/**
 * Word writes a list as paragraphs (`MsoListParagraphCxSpFirst`…) whose style names the list
 * and level; the marker is text. "1." lists become `<ol start>`, bullets `<ul>`, and any other
 * marker ("a)", "I.") stays written in a paragraph, inside the item it belongs to.
 */
function wordLists(root: Element): void {
  const doc = root.ownerDocument;
  let stack: Array<{ list: HTMLElement; item: HTMLElement | null; level: number }> = [];
  for (const paragraph of [...root.children]) {
    const found = paragraph.localName === 'p' ? wordListItem(paragraph) : undefined;
    if (!found) {
      stack = [];
      continue;
    }
    const { level, marker } = found;
    while ((stack.at(-1)?.level ?? 0) > level) stack.pop();
    let top = stack.at(-1);
    if (marker.kind === 'literal') {
      paragraph.prepend(`${marker.text} `);
      const parent = [...stack].reverse().find((entry) => entry.level < level && entry.item);
      if (parent?.item) parent.item.append(paragraph);
      continue;
    }
    const tag = marker.kind === 'ordered' ? 'ol' : 'ul';
    if (!top || top.level < level || top.list.localName !== tag) {
      if (top && top.level === level) stack.pop();
      const list = doc.createElement(tag);
      if (marker.kind === 'ordered' && marker.start !== 1) list.setAttribute('start', String(marker.start));
      const parent = stack.at(-1)?.item;
      if (parent) parent.append(list);
      else paragraph.before(list);
      top = { list, item: null, level };
      stack.push(top);
    }
    const item = doc.createElement('li');
    top.list.append(item);
    item.append(paragraph);
    top.item = item;
  }
}

const isBlank = (element: Element) =>
  !element.textContent?.replace(/[\s\u00a0]+/g, '') && !element.querySelector('img, hr');

/** Drops what carries no words: empty paragraphs, trailing line breaks, office attributes. */
function tidy(root: Element): void {
  for (const paragraph of [...root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li')])
    if (isBlank(paragraph) && !paragraph.closest('td, th')) paragraph.remove();
  // A break that ends a block or stands between blocks (Word's "supportLineBreakNewLine") breaks nothing.
  for (const br of [...root.querySelectorAll('br')])
    if (!br.nextSibling || br.parentElement === root) br.remove();
  // Line breaks of the markup between rows, cells and items are not text.
  for (const text of textNodes(root))
    if (!text.data.trim() && text.parentElement?.matches('table, thead, tbody, tfoot, tr, ul, ol, dl'))
      text.remove();
  // Headings are bold already.
  for (const bold of [...root.querySelectorAll(':is(h1, h2, h3, h4, h5, h6) :is(b, strong)')]) unwrap(bold);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of [OFFICE_STYLE, 'class', 'lang', 'dir', 'title']) element.removeAttribute(name);
    if (element.hasAttribute('id') && !/^fn(ref)?-\d+$/.test(element.getAttribute('id') ?? ''))
      element.removeAttribute('id');
  }
}

/** Header rows: cells in a `thead`, or every cell of Word's repeated header row. */
function tableHeaders(root: Element): void {
  for (const cell of [...root.querySelectorAll('thead td')]) {
    const header = cell.ownerDocument.createElement('th');
    header.setAttribute('scope', 'col');
    for (const name of ['colspan', 'rowspan']) {
      const value = cell.getAttribute(name);
      if (value) header.setAttribute(name, value);
    }
    header.append(...cell.childNodes);
    cell.replaceWith(header);
  }
}

/** A paste (Word, LibreOffice, a web page) made plain in place. */
export function cleanPasted(root: HTMLElement): void {
  for (const paragraph of [...root.querySelectorAll('p')]) {
    const name = paragraph.getAttribute('class') ?? '';
    if (/^MsoTitle$/i.test(name)) {
      const heading = paragraph.ownerDocument.createElement('h2');
      heading.append(...paragraph.childNodes);
      paragraph.replaceWith(heading);
    }
  }
  stylesToElements(root);
  footnotes(root);
  wordLists(root);
  tableHeaders(root);
  for (const text of textNodes(root)) text.data = text.data.replace(/\u00a0/g, ' ');
  tidy(root);
}

export function textNodes(root: Node): Text[] {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  while (walker.nextNode()) found.push(walker.currentNode as Text);
  return found;
}
