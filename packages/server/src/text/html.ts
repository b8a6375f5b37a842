import {
  FOOTNOTE_ID,
  IMAGE_SRC,
  SAFE_HTML_ATTRIBUTES,
  SAFE_HTML_TAG_ATTRIBUTES,
  SAFE_HTML_TAGS,
  SAFE_LINK,
} from '@pbgdpl/contract/html-policy';
import sanitize from 'sanitize-html';

/** Dropped with their content: their text is code or markup, never part of the document. */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'xmp',
  'title',
  'head',
];

/** Keeps an attribute only when the policy's pattern for it matches (the others keep their order). */
const keepIf = (attribs: sanitize.Attributes, name: string, pattern: RegExp): sanitize.Attributes =>
  Object.fromEntries(
    Object.entries(attribs).flatMap(([key, value]) =>
      key !== name ? [[key, value]] : pattern.test(value.trim()) ? [[key, value.trim()]] : [],
    ),
  );

const options: sanitize.IOptions = {
  // The browser sanitizes again on display, to the same list.
  allowedTags: [...SAFE_HTML_TAGS],
  allowedAttributes: { '*': [...SAFE_HTML_ATTRIBUTES], ...SAFE_HTML_TAG_ATTRIBUTES },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  nonTextTags: DROPPED_WITH_CONTENT,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: keepIf(keepIf(attribs, 'id', FOOTNOTE_ID), 'href', SAFE_LINK),
    }),
    img: (tagName, attribs) => ({ tagName, attribs: keepIf(attribs, 'src', IMAGE_SRC) }),
  },
  // An image from anywhere but the media library is not kept at all.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/** HTML as we store it: only the allowlist survives. */
export const sanitizeHtml = (dirty: string): string => sanitize(dirty, options);

const BLOCK_START = /<\/?(?:p|br|hr|h[1-6]|li|dt|dd|tr|td|th|caption|blockquote|pre|table|ul|ol|dl)\b/gi;
const ESCAPED: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The words of sanitized HTML as plain text: blocks separated by spaces, entities decoded. */
export function htmlToText(html: string): string {
  const spaced = html.replace(BLOCK_START, ' $&');
  const escaped = sanitize(spaced, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: DROPPED_WITH_CONTENT,
  });
  return escaped
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ESCAPED[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}
