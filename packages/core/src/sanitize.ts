import DOMPurify from 'dompurify';
import {
  FOOTNOTE_ID,
  IMAGE_SRC,
  SAFE_HTML_ATTRIBUTES,
  SAFE_HTML_TAG_ATTRIBUTES,
  SAFE_HTML_TAGS,
  SAFE_LINK,
  allowedAttribute,
} from '@pbgdpl/contract/html-policy';

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | undefined;
/** The base of the sanitize call in progress (the hooks have no arguments of their own). */
let linkBase: string | undefined;
/** Attributes a reading program asked to keep on any tag (`parseUntrustedHtml`). */
let readerAttributes: readonly string[] = [];

const ALL_ATTRIBUTES = [
  ...new Set([...SAFE_HTML_ATTRIBUTES, ...Object.values(SAFE_HTML_TAG_ATTRIBUTES).flat()]),
];

/** A server path (`/media/a.pdf`) made absolute against the API's address, when one is given. */
const absolute = (url: string) => (linkBase && url.startsWith('/') ? new URL(url, linkBase).href : url);

function checkLink(node: Element): void {
  const href = node.getAttribute('href')?.trim() ?? '';
  if (!SAFE_LINK.test(href)) {
    node.removeAttribute('href');
    return;
  }
  if (absolute(href) !== href) node.setAttribute('href', absolute(href));
  if (/^https?:/i.test(absolute(href))) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

function configured(): Purifier {
  if (purifier) return purifier;
  // A private instance: the host page may use DOMPurify with hooks of its own.
  purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    const tag = node.nodeName.toLowerCase();
    if (readerAttributes.includes(data.attrName)) data.forceKeepAttr = true;
    else if (!allowedAttribute(tag, data.attrName)) data.keepAttr = false;
    else if (data.attrName === 'id' && !FOOTNOTE_ID.test(data.attrValue)) data.keepAttr = false;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') checkLink(node);
    if (node.nodeName !== 'IMG') return;
    const src = node.getAttribute('src')?.trim() ?? '';
    // An image from anywhere but the media library is not kept at all.
    if (IMAGE_SRC.test(src)) node.setAttribute('src', absolute(src));
    else node.remove();
  });
  return purifier;
}

/**
 * The one way HTML from the API reaches the page. The allowlist fits legal text (headings,
 * paragraphs, lists, tables, figures, footnote references, links, emphasis) and nothing that
 * can run, style or submit. Returns a plain string: Lit's `unsafeHTML` turns it into a template
 * through Lit's own Trusted Types policy, and DOMPurify parses through its `dompurify` policy.
 * Links to the web open in a new tab without handing it our window (`rel` and `target` are
 * ours, never the input's). With `base` (the API's URL), server paths like `/media/a.pdf`
 * point at the API's server rather than at the page that embeds the widget.
 */
export function sanitizeHtml(dirty: string, options: { base?: string } = {}): string {
  linkBase = options.base;
  try {
    return configured().sanitize(dirty, {
      ALLOWED_TAGS: [...SAFE_HTML_TAGS],
      ALLOWED_ATTR: ALL_ATTRIBUTES,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      RETURN_TRUSTED_TYPE: false,
    });
  } finally {
    linkBase = undefined;
  }
}

/**
 * Untrusted HTML (a paste) parsed for a program to read, in DOMPurify's inert document and
 * through its policy: the allowlist's tags and `tags` (others unwrapped, their words kept),
 * their attributes, and `keep` on any tag, e.g. `style` to read the list levels Word writes
 * there. Nothing in it runs or loads; the reader takes what it needs and never attaches it.
 */
export function parseUntrustedHtml(
  dirty: string,
  keep: readonly string[],
  tags: readonly string[] = [],
): HTMLElement {
  readerAttributes = keep;
  try {
    // RETURN_DOM gives the body of DOMPurify's own inert document.
    return configured().sanitize(dirty, {
      ALLOWED_TAGS: [...SAFE_HTML_TAGS, ...tags],
      ALLOWED_ATTR: [...ALL_ATTRIBUTES, ...keep],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      RETURN_DOM: true,
    }) as HTMLElement;
  } finally {
    readerAttributes = [];
  }
}
