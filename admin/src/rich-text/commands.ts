import { setBlockType, toggleMark, wrapIn, lift } from 'prosemirror-commands';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import type { Mark, MarkType, Node as PMNode, NodeType } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { SAFE_LINK } from '@pbgdpl/contract/html-policy';
import { schema } from './schema.ts';

const { nodes, marks } = schema;

export const isMarkActive = (state: EditorState, type: MarkType): boolean => {
  const { from, $from, to, empty } = state.selection;
  return empty ? !!type.isInSet(state.storedMarks ?? $from.marks()) : state.doc.rangeHasMark(from, to, type);
};

/** The textblock the selection starts in is of this type (and level). */
export const isBlockActive = (
  state: EditorState,
  type: NodeType,
  attrs: Record<string, unknown> = {},
): boolean => {
  const parent = state.selection.$from.parent;
  return parent.type === type && Object.entries(attrs).every(([name, value]) => parent.attrs[name] === value);
};

/** Inside a node of this type (a list, a quote), at any depth. */
export const isInside = (state: EditorState, type: NodeType): boolean => {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) if ($from.node(depth).type === type) return true;
  return false;
};

/** A list toggles: inside one of this type the item is lifted out, elsewhere the blocks are wrapped. */
export const toggleList =
  (type: NodeType): Command =>
  (state, dispatch) =>
    isInside(state, type)
      ? liftListItem(nodes.list_item)(state, dispatch)
      : wrapInList(type)(state, dispatch);

export const toggleBlockquote: Command = (state, dispatch) =>
  isInside(state, nodes.blockquote) ? lift(state, dispatch) : wrapIn(nodes.blockquote)(state, dispatch);

export const setHeading = (level: number): Command => setBlockType(nodes.heading, { level });
export const setParagraph: Command = setBlockType(nodes.paragraph);
export const mark = (type: MarkType): Command => toggleMark(type);

/** Emphasis, sizes and languages off the selection (links stay), headings back to paragraphs. */
export const clearFormatting: Command = (state, dispatch) => {
  const { from, to, empty } = state.selection;
  if (empty) {
    if (!state.storedMarks?.length && state.selection.$from.parent.type === nodes.paragraph) return false;
    if (dispatch) dispatch(state.tr.setStoredMarks([]).setBlockType(from, to, nodes.paragraph));
    return true;
  }
  if (dispatch) {
    const tr = state.tr;
    for (const type of Object.values(marks)) if (type !== marks.link) tr.removeMark(from, to, type);
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (node.type === nodes.heading) tr.setNodeMarkup(pos, nodes.paragraph, {});
      return !node.isTextblock;
    });
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/** The link around the cursor or in the selection: its address and extent. */
export function linkAt(state: EditorState): { href: string; from: number; to: number } | undefined {
  const type = marks.link;
  const { $from, from, to, empty } = state.selection;
  if (!empty) {
    let found: Mark | undefined;
    state.doc.nodesBetween(from, to, (node) => {
      found ??= node.isText ? type.isInSet(node.marks) : undefined;
    });
    const href = found?.attrs.href as string | null | undefined;
    return href ? { href, from, to } : undefined;
  }
  const found = type.isInSet($from.marks()) ?? ($from.nodeAfter && type.isInSet($from.nodeAfter.marks));
  if (!found?.attrs.href) return undefined;
  // The whole run of text carrying this link.
  const parent = $from.parent;
  let start = $from.index();
  let end = start;
  while (start > 0 && found.isInSet(parent.child(start - 1).marks)) start--;
  while (end < parent.childCount && found.isInSet(parent.child(end).marks)) end++;
  let pos = $from.start();
  for (let i = 0; i < start; i++) pos += parent.child(i).nodeSize;
  let endPos = pos;
  for (let i = start; i < end; i++) endPos += parent.child(i).nodeSize;
  return { href: found.attrs.href as string, from: pos, to: endPos };
}

/** Whether an address may be linked: the allowlist's schemes and server paths only. */
export const linkAllowed = (href: string): boolean => SAFE_LINK.test(href.trim());

/**
 * Links the selection (or the link around the cursor) to `href`; with nothing selected,
 * inserts `text` (the address when none) as the link.
 */
export const setLink =
  (href: string, text?: string): Command =>
  (state, dispatch) => {
    if (!linkAllowed(href)) return false;
    if (dispatch) {
      const type = marks.link;
      const existing = linkAt(state);
      const { from, to, empty } = state.selection;
      const tr = state.tr;
      if (empty && !existing) {
        const words = text?.trim() || href;
        tr.insert(from, schema.text(words, [type.create({ href })]));
        tr.setSelection(TextSelection.create(tr.doc, from + words.length));
        tr.removeStoredMark(type);
      } else {
        const range = empty && existing ? existing : { from, to };
        tr.removeMark(range.from, range.to, type).addMark(range.from, range.to, type.create({ href }));
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };

export const removeLink: Command = (state, dispatch) => {
  const link = linkAt(state);
  if (!link) return false;
  if (dispatch) dispatch(state.tr.removeMark(link.from, link.to, marks.link));
  return true;
};

/** A figure (image from the media library, its description, an optional caption) after the selection's block. */
export const insertFigure =
  (image: { src: string; alt: string; caption?: string }): Command =>
  (state, dispatch) => {
    const figure = nodes.figure.createChecked(
      { src: image.src, alt: image.alt },
      image.caption?.trim() ? schema.text(image.caption.trim()) : undefined,
    );
    if (dispatch) dispatch(state.tr.replaceSelectionWith(figure).scrollIntoView());
    return true;
  };

/** A table of `rows` × `columns` empty cells, the first row headers when asked. */
function createTable(rows: number, columns: number, headerRow: boolean): PMNode {
  const row = (header: boolean) =>
    nodes.table_row.create(
      null,
      Array.from({ length: columns }, () =>
        header
          ? nodes.table_header.create({ scope: 'col' }, nodes.paragraph.create())
          : nodes.table_cell.create(null, nodes.paragraph.create()),
      ),
    );
  return nodes.table.create(
    null,
    Array.from({ length: rows }, (_, index) => row(headerRow && index === 0)),
  );
}

export const insertTable =
  (rows = 3, columns = 3, headerRow = true): Command =>
  (state, dispatch) => {
    if (dispatch) {
      const tr = state.tr.replaceSelectionWith(createTable(rows, columns, headerRow));
      let table: number | undefined;
      tr.doc.nodesBetween(tr.mapping.map(state.selection.from, -1), tr.doc.content.size, (node, pos) => {
        if (table === undefined && node.type === nodes.table) table = pos;
        return table === undefined;
      });
      // The cursor into the first cell: typing starts the table. (table > row > cell > paragraph)
      if (table !== undefined) tr.setSelection(TextSelection.near(tr.doc.resolve(table + 3)));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };

/** The caption of the table around the selection. */
export const setTableCaption =
  (caption: string): Command =>
  (state, dispatch) => {
    const { $from } = state.selection;
    for (let depth = $from.depth; depth > 0; depth--) {
      if ($from.node(depth).type !== nodes.table) continue;
      if (dispatch)
        dispatch(state.tr.setNodeAttribute($from.before(depth), 'caption', caption.trim() || null));
      return true;
    }
    return false;
  };

export const tableCaption = (state: EditorState): string | undefined => {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--)
    if ($from.node(depth).type === nodes.table)
      return ($from.node(depth).attrs.caption as string | null) ?? '';
  return undefined;
};
