/**
 * The HTML the API stores and the widgets render: legal text structure (headings, paragraphs,
 * lists, tables with header and merged cells, figures, footnote references), links and
 * emphasis, and nothing that can run, style, embed or submit. The server sanitizes to it on
 * save, the browser again on display, and the console's editor can produce nothing else: all
 * three from this one list. Plain text goes into HTML through `escapeHtml`.
 * No schema code here: browser bundles import it at run time.
 */
export const SAFE_HTML_TAGS: readonly string[] = [
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
  'figure',
  'figcaption',
  'img',
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

/** Attributes kept on any allowed tag (no `style`, no `class`, no `on*`, no `data-*`). */
export const SAFE_HTML_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir'];

/** Attributes kept only on the tags they mean something on. */
export const SAFE_HTML_TAG_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'id'],
  ol: ['start', 'reversed', 'type'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  img: ['src', 'alt'],
};

/** Whether `attribute` may stay on `tag` (both lower case). */
export const allowedAttribute = (tag: string, attribute: string): boolean =>
  SAFE_HTML_ATTRIBUTES.includes(attribute) || (SAFE_HTML_TAG_ATTRIBUTES[tag]?.includes(attribute) ?? false);

/** Where a link may point: the web, mail, phone, a place in the same text, or a path on the API's server. */
export const SAFE_LINK = /^(?:https?:\/\/[^\s/]|mailto:|tel:|#|\/(?!\/))/i;

/**
 * The only ids: a footnote reference (`fnref-1`) and its note (`fn-1`), linked to each other
 * with `href="#fn-1"` / `href="#fnref-1"`; any other id is dropped.
 */
export const FOOTNOTE_ID = /^fn(?:ref)?-[1-9][0-9]{0,3}$/;

/**
 * Images come from the media library only (`/media/…` on the API's server): no hot-linked or
 * tracking images, no `data:` URLs. An image whose source is anything else is dropped.
 */
export const IMAGE_SRC = /^\/media\/(?!.*\.\.)[^\s?#\\]+$/;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML and XML content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
