import DOMPurify from 'dompurify';

/**
 * The one way HTML from the API reaches the page. The allowlist fits legal text (headings,
 * paragraphs, lists, tables, links, emphasis) and nothing that can run, style or submit.
 * Returns a plain string: Lit's `unsafeHTML` turns it into a template through Lit's own
 * Trusted Types policy, and DOMPurify parses through its `dompurify` policy. Links to the
 * web open in a new tab without handing it our window (`rel` and `target` are ours, never
 * the input's).
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
const ALLOWED_ATTR = [
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
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/(?!\/))/i;

let purifier: ReturnType<typeof DOMPurify> | undefined;

function configured(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // A private instance: the host page may use DOMPurify with hooks of its own.
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href')?.trim() ?? '';
    if (!SAFE_URL.test(href)) {
      node.removeAttribute('href');
      return;
    }
    if (/^https?:/i.test(href)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

export function sanitizeHtml(dirty: string): string {
  return configured().sanitize(dirty, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_TRUSTED_TYPE: false,
  });
}
