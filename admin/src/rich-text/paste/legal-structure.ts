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
  const title = article?.[1];
  if (title !== undefined && title.length <= 200 && !/[.;:,]$/.test(title)) return 'article';
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
    const heading = retag(block, `h${levels.get(kind) ?? 2}`);
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

/** A top-level paragraph's list role: a numbered clause, a bullet, a point or dash line inside a clause. */
function lineKind(block: Element): { clause?: number; bullet?: boolean; inside?: boolean } {
  if (block.localName !== 'p') return {};
  const words = text(block);
  const clause = CLAUSE.exec(words)?.[1];
  if (clause) return { clause: Number(clause) };
  if (BULLET.test(words)) return { bullet: true };
  return { inside: POINT.test(words) || DASH.test(words) };
}

type Run = { start: number; bullet: boolean; items: Array<{ head: Element; rest: Element[] }>; next: number };

/** The run of clauses (or bullets) starting at `index`, with the lines inside them. */
function runAt(blocks: Element[], index: number): Run | undefined {
  const first = blocks[index];
  const kind = first && lineKind(first);
  if (!first || !kind || (kind.clause === undefined && !kind.bullet)) return undefined;
  const run: Run = {
    start: kind.clause ?? 1,
    bullet: !!kind.bullet,
    items: [{ head: first, rest: [] }],
    next: index + 1,
  };
  for (const block of blocks.slice(index + 1)) {
    const line = lineKind(block);
    const last = run.items[run.items.length - 1];
    if (run.bullet ? line.bullet : line.clause === run.start + run.items.length)
      run.items.push({ head: block, rest: [] });
    else if (!run.bullet && line.inside && last) last.rest.push(block);
    else break;
    run.next += 1;
  }
  return run;
}

function lists(root: Element): void {
  const doc = root.ownerDocument;
  const blocks = [...root.children];
  let index = 0;
  while (index < blocks.length) {
    const run = runAt(blocks, index);
    if (!run || run.items.length < 2) {
      index += 1;
      continue;
    }
    const list = doc.createElement(run.bullet ? 'ul' : 'ol');
    if (!run.bullet && run.start !== 1) list.setAttribute('start', String(run.start));
    blocks[index]?.before(list);
    for (const [offset, { head, rest }] of run.items.entries()) {
      // The number the list now shows ("12.") or the bullet.
      dropLeading(head, run.bullet ? 1 : String(run.start + offset).length + 1);
      list.appendChild(doc.createElement('li')).append(head, ...rest);
    }
    index = run.next;
  }
}

/** Structure from the words of the top-level paragraphs of `root` (in place). */
export function legalStructure(root: Element, headingsInUse: readonly HeadingKind[] = []): void {
  headings([...root.children], headingsInUse);
  lists(root);
}
