import { DOMParser, DOMSerializer, type Node as PMNode } from 'prosemirror-model';
import { parseUntrustedHtml } from '@pbgdpl/core/sanitize';
import { schema } from './schema.ts';

const base = DOMSerializer.fromSchema(schema);

/** Header rows first in `thead`, rows read from a `tfoot` last in one, the rest in `tbody`. */
function tableDom(table: PMNode, serializer: DOMSerializer): HTMLElement {
  const dom = document.createElement('table');
  for (const name of ['lang', 'dir', 'title'] as const) {
    const value = table.attrs[name] as string | null;
    if (value) dom.setAttribute(name, value);
  }
  const caption = table.attrs.caption as string | null;
  if (caption) dom.appendChild(document.createElement('caption')).textContent = caption;
  const rows: PMNode[] = [];
  table.forEach((row) => rows.push(row));
  let head = 0;
  const headerRow = (row: PMNode | undefined) => !!row && row.childCount > 0 && allHeaders(row);
  while (head < rows.length - 1 && headerRow(rows[head])) head += 1;
  let foot = rows.length;
  while (foot > head && rows[foot - 1]?.attrs.foot) foot -= 1;
  const section = (tag: string, part: PMNode[]) => {
    if (part.length === 0) return;
    const element = dom.appendChild(document.createElement(tag));
    for (const row of part) element.appendChild(serializer.serializeNode(row));
  };
  section('thead', rows.slice(0, head));
  // Header cells of the header rows head their columns.
  for (const cell of dom.querySelectorAll('thead th:not([scope])')) cell.setAttribute('scope', 'col');
  section('tbody', rows.slice(head, foot));
  section('tfoot', rows.slice(foot));
  return dom;
}

function allHeaders(row: PMNode): boolean {
  let headers = true;
  row.forEach((cell) => (headers &&= cell.type === schema.nodes.table_header));
  return headers;
}

const serializer: DOMSerializer = new DOMSerializer(
  {
    ...base.nodes,
    table: (node) => tableDom(node, serializer),
    // An empty caption is no caption.
    figure: (node) =>
      node.content.size > 0
        ? [
            'figure',
            ['img', { src: node.attrs.src as string, alt: node.attrs.alt as string }],
            ['figcaption', 0],
          ]
        : ['figure', ['img', { src: node.attrs.src as string, alt: node.attrs.alt as string }]],
  },
  base.marks,
);

/** The document as stored HTML; an empty document (one empty paragraph) is the empty string. */
export function toHtml(doc: PMNode): string {
  if (
    doc.childCount === 1 &&
    doc.firstChild?.type === schema.nodes.paragraph &&
    doc.firstChild.content.size === 0
  )
    return '';
  const holder = document.createElement('div');
  holder.appendChild(serializer.serializeFragment(doc.content));
  return holder.innerHTML;
}

const parser = DOMParser.fromSchema(schema);

/** Stored HTML as a document: parsed inert and sanitized first, then read by the schema. */
export function fromHtml(html: string): PMNode {
  return parser.parse(parseUntrustedHtml(html, []));
}

export { parser };
