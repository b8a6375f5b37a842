import { Fragment, Slice } from 'prosemirror-model';
import { parseUntrustedHtml } from '@pbgdpl/core/sanitize';
import { parser } from '../serialize.ts';
import { schema } from '../schema.ts';
import { cleanText } from './clean-text.ts';
import { legalStructure, type HeadingKind } from './legal-structure.ts';
import { OFFICE_STYLE, cleanPasted, defuseStyles, textNodes } from './office.ts';
import { appendParagraphs, textParagraphs } from './plain-text.ts';

export interface Pasted {
  slice: Slice;
  /** Images were in the paste and left out: they come from the media library only. */
  droppedImages: boolean;
}

const IMAGES = /<img\b|<v:imagedata\b/gi;

/**
 * What a paste or a drop puts into the document: HTML (Word, LibreOffice, web pages) parsed
 * inert and sanitized, office markup made plain, then legal structure read from the words;
 * plain text (PDF) joined into paragraphs first. One line of text is inserted as it is.
 */
export function pastedContent(
  data: { html: string; text: string },
  headingsInUse: readonly HeadingKind[],
): Pasted | undefined {
  if (data.html.trim()) {
    // h1 is read as the text's top heading (h2); the schema maps it.
    const root = parseUntrustedHtml(defuseStyles(data.html), [OFFICE_STYLE, 'class'], ['h1']);
    const droppedImages = (data.html.match(IMAGES)?.length ?? 0) > root.querySelectorAll('img').length;
    cleanPasted(root);
    for (const node of textNodes(root)) node.data = cleanText(node.data);
    if (root.children.length >= 2) legalStructure(root, headingsInUse);
    return { slice: parser.parseSlice(root), droppedImages };
  }
  const paragraphs = textParagraphs(cleanText(data.text));
  if (paragraphs.length === 0) return undefined;
  const [only] = paragraphs;
  if (paragraphs.length === 1 && only)
    return { slice: new Slice(Fragment.from(schema.text(only)), 0, 0), droppedImages: false };
  const root = document.implementation.createHTMLDocument('').body;
  appendParagraphs(root, paragraphs);
  legalStructure(root, headingsInUse);
  return { slice: parser.parseSlice(root), droppedImages: false };
}
