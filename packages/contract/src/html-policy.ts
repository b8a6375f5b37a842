/**
 * The HTML the API stores and the widgets render: legal text structure (headings, paragraphs,
 * lists, tables), links and emphasis, and nothing that can run, style, embed or submit. The
 * server sanitizes to it on save and the browser again on display, both from this one list;
 * plain text goes into HTML through `escapeHtml`.
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

/** Attributes kept on any allowed tag (no `style`, no `on*`, no `data-*`). */
export const SAFE_HTML_ATTRIBUTES: readonly string[] = [
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
