import sanitize from 'sanitize-html';

/**
 * The allowlist of packages/core/src/sanitize.ts (the browser sanitizes again on display):
 * legal text structure, links and emphasis; nothing that can run, style, embed or submit.
 */
const ALLOWED_TAGS = [
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'blockquote',
  'pre',
  'code',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'mark',
  'small',
  'abbr',
  'span',
];
const ALLOWED_ATTRIBUTES = [
  'href',
  'title',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'lang',
  'dir',
  'start',
  'reversed',
  'type',
];
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

const options: sanitize.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { '*': ALLOWED_ATTRIBUTES },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  nonTextTags: DROPPED_WITH_CONTENT,
  disallowedTagsMode: 'discard',
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
