import DOMPurify from 'dompurify';
import { SAFE_HTML_ATTRIBUTES, SAFE_HTML_TAGS } from '@pbgdpl/contract/html-policy';

const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/(?!\/))/i;

let purifier: ReturnType<typeof DOMPurify> | undefined;
/** The base of the sanitize call in progress (the hook has no arguments of its own). */
let linkBase: string | undefined;

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
    const absolute = linkBase && href.startsWith('/') ? new URL(href, linkBase).href : href;
    if (absolute !== href) node.setAttribute('href', absolute);
    if (/^https?:/i.test(absolute)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

/**
 * The one way HTML from the API reaches the page. The allowlist fits legal text (headings,
 * paragraphs, lists, tables, links, emphasis) and nothing that can run, style or submit.
 * Returns a plain string: Lit's `unsafeHTML` turns it into a template through Lit's own
 * Trusted Types policy, and DOMPurify parses through its `dompurify` policy. Links to the
 * web open in a new tab without handing it our window (`rel` and `target` are ours, never
 * the input's). With `base` (the API's URL), server paths like `/media/a.pdf` point at the
 * API's server rather than at the page that embeds the widget.
 */
export function sanitizeHtml(dirty: string, options: { base?: string } = {}): string {
  linkBase = options.base;
  try {
    return configured().sanitize(dirty, {
      ALLOWED_TAGS: [...SAFE_HTML_TAGS],
      ALLOWED_ATTR: [...SAFE_HTML_ATTRIBUTES],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      RETURN_TRUSTED_TYPE: false,
    });
  } finally {
    linkBase = undefined;
  }
}
