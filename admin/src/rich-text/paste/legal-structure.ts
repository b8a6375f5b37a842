import { textNodes } from './office.ts';

/**
 * Lines of a legal text turned into structure where nothing else can be meant:
 * "Chương I" and "Mục 1" (with the upper-case title line after them) and "Điều 5. Title"
 * become headings, nested in that order; a run of at least two paragraphs numbered 1., 2., 3.
 * (khoản) becomes a numbered list keeping its first number, with the "a)", "b)" points and
 * "-" lines between them inside their clause; two or more "•" lines become a bulleted list.
 * Numbering that a list cannot show as written ("a)", "đ)", "-") stays text. An article line
 * that reads as a sentence ("Điều 1. Ban hành kèm theo Quyết định này …") stays a paragraph.
 */

const CHAPTER = /^(?:Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d{1,3})\b[^\p{Ll}]{0,200}$/u;
const SECTION = /^(?:Mục|MỤC)\s+(?:\d{1,3}|[IVXLC]+)\b[^\p{Ll}]{0,200}$/u;
const ARTICLE = /^Điều\s+\d{1,4}[a-zđ]?\s*\.\s*(.*)$/s;
const CLAUSE = /^(\d{1,3})\.\s+\S/;
const POINT = /^[a-zđ]\)\s+\S/;
const DASH = /^[-–—+]\s+\S/;
const BULLET = /^[•●▪◦·]\s*(?=\S)/;

export type HeadingKind = 'chapter' | 'section' | 'article';
const ORDER: HeadingKind[] = ['chapter', 'section', 'article'];

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const isUpperTitle = (value: string) =>
  value.length > 0 && value.length <= 200 && /\p{L}/u.test(value) && value === value.toLocaleUpperCase('vi');

/** What a top-level paragraph is, by its words. */
export function headingKind(value: string): HeadingKind | undefined {
  if (CHAPTER.test(value)) return 'chapter';
  if (SECTION.test(value)) return 'section';
  const article = ARTICLE.exec(value);
  // A title, not a sentence: short, and not ending as sentences and lists do.
  if (article && article[1]!.length <= 200 && !/[.;:,]$/.test(article[1]!)) return 'article';
  return undefined;
}

/** Removes the first `count` characters of an element's words (a list number it now shows itself). */
function dropLeading(element: Element, count: number): void {
  let left = count;
  for (const node of textNodes(element)) {
    node.data = node.data.replace(/^\s+/, '');
    const cut = Math.min(left, node.data.length);
    node.data = node.data.slice(cut);
    left -= cut;
    if (left > 0) continue;
    node.data = node.data.replace(/^\s+/, '');
    if (node.data) return;
  }
}

function retag(element: Element, tag: string): HTMLElement {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}

function headings(blocks: Element[], alreadyUsed: readonly HeadingKind[]): void {
  const kinds = new Set<HeadingKind>(alreadyUsed);
  for (const block of blocks) {
    const kind = block.localName === 'p' ? headingKind(text(block)) : undefined;
    if (kind) kinds.add(kind);
  }
  const levels = new Map(ORDER.filter((kind) => kinds.has(kind)).map((kind, index) => [kind, index + 2]));
  for (const [index, block] of blocks.entries()) {
    if (!block.parentNode || block.localName !== 'p') continue;
    const kind = headingKind(text(block));
    if (!kind) continue;
    const heading = retag(block, `h${levels.get(kind)!}`);
    // Headings are bold already.
    for (const bold of [...heading.querySelectorAll('b, strong')]) bold.replaceWith(...bold.childNodes);
    // "Chương I" / "QUY ĐỊNH CHUNG": the title line belongs to the heading.
    const next = blocks[index + 1];
    if (
      kind !== 'article' &&
      next?.localName === 'p' &&
      !headingKind(text(next)) &&
      isUpperTitle(text(next))
    ) {
      heading.replaceChildren(text(heading), heading.ownerDocument.createElement('br'), text(next));
      next.remove();
    }
  }
}

function lists(root: Element): void {
  const doc = root.ownerDocument;
  const blocks = [...root.children];
  let index = 0;
  while (index < blocks.length) {
    const first = blocks[index]!;
    const number = first.localName === 'p' ? CLAUSE.exec(text(first)) : null;
    const bullet = first.localName === 'p' && BULLET.test(text(first));
    if (!number && !bullet) {
      index += 1;
      continue;
    }
    const items: Array<{ head: Element; rest: Element[] }> = [{ head: first, rest: [] }];
    let expected = number ? Number(number[1]) + 1 : 0;
    let next = index + 1;
    for (; next < blocks.length; next += 1) {
      const block = blocks[next]!;
      const words = block.localName === 'p' ? text(block) : '';
      if (number && CLAUSE.exec(words)?.[1] === String(expected)) {
        items.push({ head: block, rest: [] });
        expected += 1;
      } else if (bullet && BULLET.test(words)) items.push({ head: block, rest: [] });
      else if (number && (POINT.test(words) || DASH.test(words))) items.at(-1)!.rest.push(block);
      else break;
    }
    if (items.length >= 2) {
      const list = doc.createElement(number ? 'ol' : 'ul');
      if (number && number[1] !== '1') list.setAttribute('start', number[1]!);
      first.before(list);
      for (const { head, rest } of items) {
        dropLeading(head, number ? CLAUSE.exec(text(head))![1]!.length + 1 : 1);
        list.appendChild(doc.createElement('li')).append(head, ...rest);
      }
    }
    index = items.length >= 2 ? next : index + 1;
  }
}

/** Structure from the words of the top-level paragraphs of `root` (in place). */
export function legalStructure(root: Element, headingsInUse: readonly HeadingKind[] = []): void {
  headings([...root.children], headingsInUse);
  lists(root);
}
