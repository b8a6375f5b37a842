import { Schema, type Attrs, type DOMOutputSpec, type MarkSpec, type NodeSpec } from 'prosemirror-model';
import { FOOTNOTE_ID, IMAGE_SRC, SAFE_LINK } from '@pbgdpl/contract/html-policy';

/**
 * The editor's document model: exactly the legal-text allowlist of
 * `@pbgdpl/contract/html-policy`, so whatever an editor types or pastes is something the
 * widgets display, and a stored text loads without losing an element the server keeps.
 * `b`/`strong` and `i`/`em` are one mark each (written `strong`, `em`); a table's rows and
 * sections are rows whose first header rows are written as `thead`; a bare `img` becomes a
 * figure without caption.
 */

const attr = (dom: HTMLElement, name: string): string | null => dom.getAttribute(name)?.trim() || null;

/** `lang`, `dir` and `title`: the attributes any allowed element may carry. */
const GLOBAL = { lang: { default: null }, dir: { default: null }, title: { default: null } };
const globalAttrs = (dom: HTMLElement) => ({
  lang: attr(dom, 'lang'),
  dir: ['ltr', 'rtl', 'auto'].includes(attr(dom, 'dir') ?? '') ? attr(dom, 'dir') : null,
  title: attr(dom, 'title'),
});
/** Attributes written as they are, empty ones left out. */
const written = (attrs: Attrs): Record<string, string> =>
  Object.fromEntries(
    Object.entries(attrs).flatMap(([name, value]) =>
      value === null || value === false || value === undefined ? [] : [[name, String(value)]],
    ),
  );

const block = (tag: string, content: string, extra: Partial<NodeSpec> = {}): NodeSpec => ({
  content,
  group: 'block',
  attrs: GLOBAL,
  parseDOM: [{ tag, getAttrs: globalAttrs }],
  toDOM: (node): DOMOutputSpec => [tag, written(node.attrs), 0],
  ...extra,
});

type NodeName =
  | 'doc'
  | 'paragraph'
  | 'heading'
  | 'blockquote'
  | 'code_block'
  | 'horizontal_rule'
  | 'bullet_list'
  | 'ordered_list'
  | 'list_item'
  | 'description_list'
  | 'description_term'
  | 'description_details'
  | 'table'
  | 'table_row'
  | 'table_cell'
  | 'table_header'
  | 'figure'
  | 'text'
  | 'hard_break';
type MarkName =
  | 'link'
  | 'strong'
  | 'em'
  | 'underline'
  | 'strike'
  | 'subscript'
  | 'superscript'
  | 'code'
  | 'highlight'
  | 'small'
  | 'abbr'
  | 'language';

const cellAttrs = {
  colspan: { default: 1 },
  rowspan: { default: 1 },
  // prosemirror-tables keeps column widths here; they are never written out.
  colwidth: { default: null },
};
const span = (dom: HTMLElement, name: string) => {
  const value = Number.parseInt(dom.getAttribute(name) ?? '', 10);
  return Number.isInteger(value) && value > 1 && value <= 1000 ? value : 1;
};
const cell = (tag: 'td' | 'th'): NodeSpec => ({
  content: 'block+',
  attrs: tag === 'th' ? { ...cellAttrs, scope: { default: null } } : cellAttrs,
  tableRole: tag === 'th' ? 'header_cell' : 'cell',
  isolating: true,
  parseDOM: [
    {
      tag,
      getAttrs: (dom: HTMLElement) => ({
        colspan: span(dom, 'colspan'),
        rowspan: span(dom, 'rowspan'),
        ...(tag === 'th' && {
          scope: ['col', 'row'].includes(attr(dom, 'scope') ?? '') ? attr(dom, 'scope') : null,
        }),
      }),
    },
  ],
  toDOM: (node): DOMOutputSpec => {
    const { colspan, rowspan, scope } = node.attrs as {
      colspan: number;
      rowspan: number;
      scope?: string | null;
    };
    return [
      tag,
      written({ colspan: colspan > 1 ? colspan : null, rowspan: rowspan > 1 ? rowspan : null, scope }),
      0,
    ];
  },
});

const nodes: Record<NodeName, NodeSpec> = {
  doc: { content: 'block+' },
  paragraph: block('p', 'inline*', { parseDOM: [{ tag: 'p', getAttrs: globalAttrs }] }),
  heading: {
    content: 'inline*',
    group: 'block',
    defining: true,
    attrs: { level: { default: 2 }, ...GLOBAL },
    // h1 is the page's own title: a pasted h1 becomes the text's top heading, h2.
    parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({
      tag: `h${level}`,
      getAttrs: (dom: HTMLElement) => ({ level: Math.max(2, level), ...globalAttrs(dom) }),
    })),
    toDOM: (node): DOMOutputSpec => {
      const { level, ...rest } = node.attrs;
      return [`h${level as number}`, written(rest), 0];
    },
  },
  blockquote: block('blockquote', 'block+', { defining: true }),
  code_block: {
    content: 'text*',
    group: 'block',
    code: true,
    marks: '',
    defining: true,
    parseDOM: [{ tag: 'pre', preserveWhitespace: 'full' }],
    toDOM: (): DOMOutputSpec => ['pre', 0],
  },
  horizontal_rule: { group: 'block', parseDOM: [{ tag: 'hr' }], toDOM: () => ['hr'] },
  bullet_list: block('ul', 'list_item+'),
  ordered_list: {
    content: 'list_item+',
    group: 'block',
    attrs: { start: { default: 1 }, type: { default: null }, reversed: { default: false }, ...GLOBAL },
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom: HTMLElement) => {
          const start = Number.parseInt(dom.getAttribute('start') ?? '', 10);
          const type = attr(dom, 'type');
          return {
            start: Number.isInteger(start) && start >= 0 && start < 100_000 ? start : 1,
            type: type && ['1', 'a', 'A', 'i', 'I'].includes(type) ? type : null,
            reversed: dom.hasAttribute('reversed'),
            ...globalAttrs(dom),
          };
        },
      },
    ],
    toDOM: (node): DOMOutputSpec => {
      const { start, reversed, ...rest } = node.attrs as { start: number; reversed: boolean };
      return [
        'ol',
        written({ ...rest, start: start === 1 ? null : start, reversed: reversed ? '' : null }),
        0,
      ];
    },
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    attrs: GLOBAL,
    parseDOM: [{ tag: 'li', getAttrs: globalAttrs }],
    toDOM: (node): DOMOutputSpec => ['li', written(node.attrs), 0],
  },
  description_list: block('dl', '(description_term | description_details)+'),
  description_term: {
    content: 'inline*',
    defining: true,
    parseDOM: [{ tag: 'dt' }],
    toDOM: () => ['dt', 0],
  },
  description_details: {
    content: 'inline*',
    defining: true,
    parseDOM: [{ tag: 'dd' }],
    toDOM: () => ['dd', 0],
  },
  table: {
    content: 'table_row+',
    group: 'block',
    tableRole: 'table',
    isolating: true,
    attrs: { caption: { default: null }, ...GLOBAL },
    parseDOM: [
      {
        tag: 'table',
        getAttrs: (dom: HTMLElement) => ({
          caption: dom.querySelector(':scope > caption')?.textContent?.trim() || null,
          ...globalAttrs(dom),
        }),
      },
      // Read into the attribute above: its words stay out of the cells.
      { tag: 'caption', ignore: true },
    ],
    // The caption is edited from the table tools, not typed in place.
    toDOM: (node): DOMOutputSpec => {
      const { caption, ...rest } = node.attrs as { caption: string | null };
      return caption
        ? ['table', written(rest), ['caption', { contenteditable: 'false' }, caption], ['tbody', 0]]
        : ['table', written(rest), ['tbody', 0]];
    },
  },
  table_row: {
    content: '(table_cell | table_header)*',
    tableRole: 'row',
    attrs: { foot: { default: false } },
    parseDOM: [
      { tag: 'tr', getAttrs: (dom: HTMLElement) => ({ foot: dom.parentElement?.localName === 'tfoot' }) },
    ],
    toDOM: () => ['tr', 0],
  },
  table_cell: cell('td'),
  table_header: cell('th'),
  figure: {
    content: 'inline*',
    group: 'block',
    defining: true,
    attrs: { src: {}, alt: { default: '' } },
    parseDOM: [
      {
        tag: 'figure',
        getAttrs: (dom: HTMLElement) => {
          const img = dom.querySelector('img');
          const src = img?.getAttribute('src') ?? '';
          return IMAGE_SRC.test(src) ? { src, alt: img?.getAttribute('alt') ?? '' } : false;
        },
        contentElement: (dom: Node) =>
          (dom as HTMLElement).querySelector('figcaption') ??
          (dom.ownerDocument ?? document).createElement('figcaption'),
      },
      {
        tag: 'img',
        getAttrs: (dom: HTMLElement) => {
          const src = dom.getAttribute('src') ?? '';
          return IMAGE_SRC.test(src) ? { src, alt: dom.getAttribute('alt') ?? '' } : false;
        },
      },
    ],
    toDOM: (node): DOMOutputSpec => [
      'figure',
      ['img', { src: node.attrs.src as string, alt: node.attrs.alt as string }],
      ['figcaption', 0],
    ],
  },
  text: { group: 'inline' },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
};

const simple = (tag: string, also: string[] = []): MarkSpec => ({
  parseDOM: [tag, ...also].map((name) => ({ tag: name })),
  toDOM: () => [tag, 0],
});

const marks: Record<MarkName, MarkSpec> = {
  link: {
    attrs: { href: { default: null }, id: { default: null }, title: { default: null } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a',
        getAttrs: (dom: HTMLElement) => {
          const href = attr(dom, 'href');
          const id = attr(dom, 'id');
          const safeId = id && FOOTNOTE_ID.test(id) ? id : null;
          // An anchor with neither a safe address nor a footnote id is only its words.
          if (!(href && SAFE_LINK.test(href)) && !safeId) return false;
          return { href: href && SAFE_LINK.test(href) ? href : null, id: safeId, title: attr(dom, 'title') };
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => ['a', written(mark.attrs), 0],
  },
  strong: simple('strong', ['b']),
  em: simple('em', ['i']),
  underline: simple('u'),
  strike: simple('s'),
  subscript: { ...simple('sub'), excludes: 'superscript' },
  superscript: { ...simple('sup'), excludes: 'subscript' },
  code: simple('code'),
  highlight: simple('mark'),
  small: simple('small'),
  abbr: {
    attrs: { title: { default: null } },
    parseDOM: [{ tag: 'abbr', getAttrs: (dom: HTMLElement) => ({ title: attr(dom, 'title') }) }],
    toDOM: (mark): DOMOutputSpec => ['abbr', written(mark.attrs), 0],
  },
  // A span means something only with a language, a direction or a title; others are dropped.
  language: {
    attrs: GLOBAL,
    parseDOM: [
      {
        tag: 'span',
        getAttrs: (dom: HTMLElement) => {
          const attrs = globalAttrs(dom);
          return attrs.lang || attrs.dir || attrs.title ? attrs : false;
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => ['span', written(mark.attrs), 0],
  },
};

export const schema = new Schema<NodeName, MarkName>({ nodes, marks });
