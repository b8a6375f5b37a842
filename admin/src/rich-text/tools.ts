import { chainCommands, exitCode } from 'prosemirror-commands';
import { closeHistory, redo, undo } from 'prosemirror-history';
import { sinkListItem, liftListItem, splitListItem } from 'prosemirror-schema-list';
import type { Command, EditorState } from 'prosemirror-state';
import {
  addColumnAfter,
  addColumnBefore,
  addRowAfter,
  addRowBefore,
  deleteColumn,
  deleteRow,
  deleteTable,
  goToNextCell,
  isInTable,
  mergeCells,
  splitCell,
  toggleHeader,
} from 'prosemirror-tables';
import {
  clearFormatting,
  isBlockActive,
  isInside,
  isMarkActive,
  linkAt,
  mark,
  setHeading,
  setParagraph,
  toggleBlockquote,
  toggleList,
  insertTable,
} from './commands.ts';
import { schema } from './schema.ts';

/** What a tool asks the element for: a dialog, full screen, or focus on the toolbar. */
export type ToolRequest = 'link' | 'document' | 'figure' | 'caption' | 'fullscreen';

export interface Tool {
  /** Message key under `richText.tool.` and the button's id. */
  id: string;
  /** The short visible face of the button. */
  face: string;
  /** ProseMirror key name (`Mod-b`), shown in the tooltip and announced as `aria-keyshortcuts`. */
  keys?: string;
  run: Command | ToolRequest;
  active?: (state: EditorState) => boolean;
  /** Shown only while the cursor is in a table. */
  table?: boolean;
}

const { nodes, marks } = schema;

/** The toolbar, in order; separators between groups. Every tool has a shortcut. */
export const TOOL_GROUPS: Tool[][] = [
  [
    { id: 'undo', face: '↶', keys: 'Mod-z', run: undo },
    { id: 'redo', face: '↷', keys: 'Mod-y', run: redo },
  ],
  [
    {
      id: 'paragraph',
      face: '¶',
      keys: 'Mod-Alt-0',
      run: setParagraph,
      active: (s) => isBlockActive(s, nodes.paragraph),
    },
    ...[2, 3, 4].map(
      (level): Tool => ({
        id: `heading${level}`,
        face: `H${level}`,
        keys: `Mod-Alt-${level}`,
        run: setHeading(level),
        active: (s) => isBlockActive(s, nodes.heading, { level }),
      }),
    ),
  ],
  [
    {
      id: 'bold',
      face: 'B',
      keys: 'Mod-b',
      run: mark(marks.strong),
      active: (s) => isMarkActive(s, marks.strong),
    },
    {
      id: 'italic',
      face: 'I',
      keys: 'Mod-i',
      run: mark(marks.em),
      active: (s) => isMarkActive(s, marks.em),
    },
    {
      id: 'underline',
      face: 'U',
      keys: 'Mod-u',
      run: mark(marks.underline),
      active: (s) => isMarkActive(s, marks.underline),
    },
    {
      id: 'superscript',
      face: 'x²',
      keys: 'Mod-.',
      run: mark(marks.superscript),
      active: (s) => isMarkActive(s, marks.superscript),
    },
    {
      id: 'subscript',
      face: 'x₂',
      keys: 'Mod-,',
      run: mark(marks.subscript),
      active: (s) => isMarkActive(s, marks.subscript),
    },
    { id: 'clear', face: 'T̸', keys: 'Mod-\\', run: clearFormatting },
  ],
  [
    {
      id: 'orderedList',
      face: '1.',
      keys: 'Mod-Shift-7',
      run: toggleList(nodes.ordered_list),
      active: (s) => isInside(s, nodes.ordered_list),
    },
    {
      id: 'bulletList',
      face: '•',
      keys: 'Mod-Shift-8',
      run: toggleList(nodes.bullet_list),
      active: (s) => isInside(s, nodes.bullet_list),
    },
    {
      id: 'blockquote',
      face: '❝',
      keys: 'Mod-Shift-9',
      run: toggleBlockquote,
      active: (s) => isInside(s, nodes.blockquote),
    },
  ],
  [
    { id: 'link', face: '🔗', keys: 'Mod-k', run: 'link', active: (s) => linkAt(s) !== undefined },
    { id: 'document', face: '§', keys: 'Mod-Shift-k', run: 'document' },
    { id: 'figure', face: '▣', keys: 'Mod-Alt-i', run: 'figure' },
    { id: 'table', face: '▦', keys: 'Mod-Alt-t', run: insertTable() },
  ],
  [
    { id: 'rowAbove', face: '⤒', keys: 'Mod-Alt-ArrowUp', run: addRowBefore, table: true },
    { id: 'rowBelow', face: '⤓', keys: 'Mod-Alt-ArrowDown', run: addRowAfter, table: true },
    { id: 'columnLeft', face: '⇤', keys: 'Mod-Alt-ArrowLeft', run: addColumnBefore, table: true },
    { id: 'columnRight', face: '⇥', keys: 'Mod-Alt-ArrowRight', run: addColumnAfter, table: true },
    { id: 'deleteRow', face: '−R', keys: 'Mod-Alt-Backspace', run: deleteRow, table: true },
    { id: 'deleteColumn', face: '−C', keys: 'Mod-Alt-Shift-Backspace', run: deleteColumn, table: true },
    { id: 'headerRow', face: 'TH', keys: 'Mod-Alt-h', run: toggleHeader('row'), table: true },
    { id: 'mergeCells', face: '⊞', keys: 'Mod-Alt-m', run: mergeCells, table: true },
    { id: 'splitCell', face: '⊟', keys: 'Mod-Alt-s', run: splitCell, table: true },
    { id: 'caption', face: 'Cap', keys: 'Mod-Alt-c', run: 'caption', table: true },
    { id: 'deleteTable', face: '✕▦', keys: 'Mod-Alt-Delete', run: deleteTable, table: true },
  ],
  [{ id: 'fullscreen', face: '⛶', keys: 'Mod-Shift-f', run: 'fullscreen' }],
];

export const TOOLS: Tool[] = TOOL_GROUPS.flat();

export const toolVisible = (tool: Tool, state: EditorState): boolean => !tool.table || isInTable(state);

const MAC = typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);
const KEY_NAMES: Record<string, [string, string]> = {
  Mod: MAC ? ['⌘', 'Meta'] : ['Ctrl', 'Control'],
  Alt: MAC ? ['⌥', 'Alt'] : ['Alt', 'Alt'],
  Shift: ['Shift', 'Shift'],
};

/** `Mod-Alt-2` as people read it (`Ctrl+Alt+2`) and as `aria-keyshortcuts` wants it (`Control+Alt+2`). */
export function describeKeys(keys: string): { label: string; aria: string } {
  const parts = keys.split(/-(?!$)/);
  const key = parts.pop() ?? keys;
  const names = parts.map((part) => KEY_NAMES[part] ?? [part, part]);
  const shown = key.length === 1 ? key.toUpperCase() : key.replace('Arrow', '');
  return {
    label: [...names.map(([label]) => label), shown].join('+'),
    aria: [...names.map(([, aria]) => aria), key.length === 1 ? key.toUpperCase() : key].join('+'),
  };
}

/** A tool's change is an undo step of its own, never merged with the typing around it. */
export const ownStep =
  (command: Command): Command =>
  (state, dispatch, view) =>
    command(state, dispatch && ((tr) => dispatch(closeHistory(tr))), view);

/** Keys of the tools (requests go to `request`), then lists, tables, line breaks. */
export function toolKeys(request: (what: ToolRequest | 'toolbar') => void): Record<string, Command> {
  const bindings: Record<string, Command> = {};
  for (const tool of TOOLS) {
    if (!tool.keys) continue;
    const run = tool.run;
    bindings[tool.keys] =
      typeof run === 'string'
        ? () => {
            request(run);
            return true;
          }
        : ownStep(run);
  }
  const hardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
    if (dispatch) dispatch(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
    return true;
  });
  return {
    ...bindings,
    'Shift-Mod-z': redo,
    'Shift-Enter': hardBreak,
    Enter: splitListItem(nodes.list_item),
    // Tab moves between cells and indents list items; anywhere else it leaves the text, as it should.
    Tab: chainCommands(goToNextCell(1), sinkListItem(nodes.list_item)),
    'Shift-Tab': chainCommands(goToNextCell(-1), liftListItem(nodes.list_item)),
    'Alt-F10': () => {
      request('toolbar');
      return true;
    },
  };
}
