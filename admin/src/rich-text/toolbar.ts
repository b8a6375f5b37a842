import { html, nothing } from 'lit';
import type { Translate } from '@pbgdpl/core';
import type { EditorState } from 'prosemirror-state';
import { TOOL_GROUPS, describeKeys, toolVisible, type Tool } from './tools.ts';

export interface ToolbarOptions {
  t: Translate;
  label: string;
  state: EditorState;
  /** The one button in the tab order (roving tabindex), by tool id. */
  current: string;
  run(tool: Tool): void;
  /** A tool got focus: it becomes the tab stop. */
  focused(tool: Tool): void;
  /** Escape: back to the text. */
  leave(): void;
}

/** Tool name and shortcut, as the tooltip shows them: "In đậm (Ctrl+B)". */
const toolTitle = (t: Translate, tool: Tool) =>
  tool.keys
    ? `${t(`richText.tool.${tool.id}`)} (${describeKeys(tool.keys).label})`
    : t(`richText.tool.${tool.id}`);

/**
 * The toolbar (WAI-ARIA toolbar pattern): one tab stop, arrow keys, Home and End move between
 * tools, Escape returns to the text; every tool also has a shortcut, in its tooltip and in
 * `aria-keyshortcuts`. Table tools appear while the cursor is in a table.
 */
export function renderToolbar(options: ToolbarOptions) {
  const { t, state } = options;
  const groups = TOOL_GROUPS.map((group) => group.filter((tool) => toolVisible(tool, state))).filter(
    (group) => group.length > 0,
  );
  const visible = groups.flat();
  const current = visible.some((tool) => tool.id === options.current)
    ? options.current
    : (visible[0]?.id ?? '');
  const move = (event: KeyboardEvent) => {
    const index = visible.findIndex((tool) => tool.id === (event.target as HTMLElement).dataset.tool);
    const targets: Record<string, number> = {
      ArrowRight: (index + 1) % visible.length,
      ArrowLeft: (index - 1 + visible.length) % visible.length,
      Home: 0,
      End: visible.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      options.leave();
      return;
    }
    const target = targets[event.key];
    if (target === undefined || index < 0) return;
    event.preventDefault();
    const bar = (event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button');
    bar[target]?.focus();
  };
  const button = (tool: Tool) => {
    const active = tool.active?.(state);
    return html`<button
      type="button"
      data-tool=${tool.id}
      tabindex=${tool.id === current ? 0 : -1}
      aria-label=${t(`richText.tool.${tool.id}`)}
      title=${toolTitle(t, tool)}
      aria-keyshortcuts=${tool.keys ? describeKeys(tool.keys).aria : nothing}
      aria-pressed=${active === undefined ? nothing : String(active)}
      @focus=${() => options.focused(tool)}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => options.run(tool)}
    >
      ${tool.face}
    </button>`;
  };
  return html`<div
    role="toolbar"
    class="tools"
    aria-label=${t('richText.toolbar', { label: options.label })}
    aria-controls="editor"
    @keydown=${move}
  >
    ${groups.map(
      (group, index) =>
        html`${index > 0 ? html`<span class="separator" aria-hidden="true"></span>` : nothing}${group.map(
          button,
        )}`,
    )}
  </div>`;
}
