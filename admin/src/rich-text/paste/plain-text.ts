import { headingKind } from './legal-structure.ts';

/**
 * Text copied from a PDF or a plain editor as paragraphs: a PDF breaks every visual line, so a
 * line joins the one before it unless that one ended a sentence, was a heading (then only a
 * line starting in lower case continues it), or the new line starts a structure ("Điều",
 * "1.", "a)", "-", "•"). A blank line always ends a paragraph.
 */
const STARTS_STRUCTURE =
  /^(?:Chương\s|CHƯƠNG\s|Mục\s+\d|MỤC\s|Điều\s+\d|\d{1,3}\.\s|[a-zđ]\)\s|[-–—+•●▪◦·]\s?)/;
const ENDS_SENTENCE = /[.:;!?…"”)]$/;
const STARTS_LOWER = /^\p{Ll}/u;
const isHeadingLike = (line: string) =>
  headingKind(line) !== undefined || (/\p{L}/u.test(line) && line === line.toLocaleUpperCase('vi'));

export function textParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[\t ]+/g, ' ').trim();
    if (!line) {
      if (current) paragraphs.push(current);
      current = undefined;
      continue;
    }
    const joins =
      current !== undefined &&
      !STARTS_STRUCTURE.test(line) &&
      !ENDS_SENTENCE.test(current) &&
      (isHeadingLike(current) ? STARTS_LOWER.test(line) : true);
    if (joins) current = `${current} ${line}`;
    else {
      if (current) paragraphs.push(current);
      current = line;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** The paragraphs as `<p>` elements of `root` (an inert element: nothing loads or runs). */
export function appendParagraphs(root: Element, paragraphs: string[]): void {
  for (const paragraph of paragraphs)
    root.appendChild(root.ownerDocument.createElement('p')).textContent = paragraph;
}
