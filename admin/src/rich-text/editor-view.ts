import { baseKeymap } from 'prosemirror-commands';
import { gapCursor } from 'prosemirror-gapcursor';
import { closeHistory, history } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState, Selection, type Command, type Transaction } from 'prosemirror-state';
import { tableEditing, fixTables } from 'prosemirror-tables';
import { dropPoint } from 'prosemirror-transform';
import { EditorView } from 'prosemirror-view';
import { headingKind, type HeadingKind } from './paste/legal-structure.ts';
import { pastedContent } from './paste/paste.ts';
import { schema } from './schema.ts';
import { fromHtml, toHtml } from './serialize.ts';
import { ownStep, toolKeys, type Tool, type ToolRequest } from './tools.ts';
import { closeAtWordEnd } from './word-undo.ts';

export interface EditorHost {
  /** The document changed; its HTML. */
  changed(html: string): void;
  /** The selection or the document changed: the toolbar shows the new state. */
  refresh(): void;
  request(what: ToolRequest | 'toolbar'): void;
  /**
   * Image files pasted or dropped (at `at`) without text: true when they go to the media
   * library as figures, false when this field cannot upload (they are refused).
   */
  images(files: File[], at: number | undefined): boolean;
  /** Something was refused (images pasted or dropped, files dropped); undefined clears the notice. */
  notice(message: 'imagesRefused' | 'filesRefused' | undefined): void;
  /** ARIA attributes of the text area (label, description, invalid). */
  attributes(): Record<string, string>;
}

/** The heading kinds ("Chương", "Mục", "Điều") the document already has, so pasted ones fit in. */
function headingsInUse(doc: PMNode): HeadingKind[] {
  const kinds: HeadingKind[] = [];
  doc.forEach((node) => {
    const kind = node.type === schema.nodes.heading ? headingKind(node.textContent) : undefined;
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  });
  return kinds;
}

const isImage = (file: File) => file.type.startsWith('image/');

/**
 * The ProseMirror view of one rich-text field. Pastes and drops never reach ProseMirror's own
 * clipboard parser (it writes `innerHTML` through a Trusted Types policy of its own, which the
 * console's CSP refuses): they go through `pastedContent`, which parses inert with DOMPurify.
 */
export class RichTextEditor {
  readonly view: EditorView;
  readonly #host: EditorHost;
  #html: string;

  constructor(mount: HTMLElement, html: string, host: EditorHost) {
    this.#host = host;
    this.view = new EditorView(
      { mount },
      {
        state: this.#state(html),
        attributes: () => ({ ...host.attributes(), class: 'editor', spellcheck: 'true' }),
        dispatchTransaction: (tr) => this.#dispatch(tr),
        handleDOMEvents: {
          paste: (view, event) => this.#paste(view, event),
          drop: (view, event) => this.#drop(view, event),
          focus: () => host.refresh(),
          blur: () => host.refresh(),
        },
      },
    );
    this.#html = toHtml(this.view.state.doc);
  }

  #state(html: string): EditorState {
    const doc = fromHtml(html);
    const state = EditorState.create({
      doc,
      plugins: [
        history({ newGroupDelay: 2000 }),
        keymap(toolKeys((what) => this.#host.request(what))),
        keymap(baseKeymap),
        gapCursor(),
        tableEditing(),
      ],
    });
    // A stored table with ragged rows is made rectangular before anyone edits it.
    const fix = fixTables(state);
    return fix ? state.apply(fix.setMeta('addToHistory', false)) : state;
  }

  #dispatch(tr: Transaction): void {
    const state = this.view.state.apply(closeAtWordEnd(tr, this.view.state));
    this.view.updateState(state);
    if (tr.docChanged) {
      this.#html = toHtml(state.doc);
      this.#host.changed(this.#html);
    }
    this.#host.refresh();
  }

  get html(): string {
    return this.#html;
  }

  /** A value from outside (a stored text, a restored draft): a new document and a new history. */
  set html(html: string) {
    if (html === this.#html) return;
    const state = this.#state(html);
    this.view.updateState(state);
    this.#html = toHtml(state.doc);
    this.#host.refresh();
  }

  get state(): EditorState {
    return this.view.state;
  }

  run(tool: Tool): boolean {
    if (typeof tool.run !== 'string') return this.runCommand(tool.run);
    this.#host.request(tool.run);
    return true;
  }

  /** A command on the text, which keeps the focus. */
  runCommand(command: Command): boolean {
    const done = ownStep(command)(this.view.state, (tr) => this.view.dispatch(tr), this.view);
    this.view.focus();
    return done;
  }

  /** Puts the caret at `at` (where files were dropped), or as near as a caret may be. */
  moveTo(at: number): void {
    const { state } = this.view;
    this.view.dispatch(
      state.tr.setSelection(Selection.near(state.doc.resolve(Math.min(at, state.doc.content.size)))),
    );
  }

  /** The ARIA attributes changed (an error appeared): write them again. */
  updateAttributes(): void {
    this.view.setProps({});
  }

  #insert(view: EditorView, data: DataTransfer, at?: number, event?: ClipboardEvent): void {
    this.#host.notice(undefined);
    const files = [...data.files];
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    if (!html && !text) {
      const images = files.filter(isImage);
      if (images.length > 0 && this.#host.images(images, at)) return;
      if (files.length) this.#host.notice(images.length > 0 ? 'imagesRefused' : 'filesRefused');
      return;
    }
    const pasted = pastedContent({ html, text }, headingsInUse(view.state.doc));
    if (pasted?.droppedImages || (files.some(isImage) && !html)) this.#host.notice('imagesRefused');
    if (!pasted) return;
    if (at === undefined) {
      // prosemirror-tables pastes cells into a table cell by cell.
      if (event && view.someProp('handlePaste', (handle) => handle(view, event, pasted.slice))) return;
      view.dispatch(
        closeHistory(view.state.tr.replaceSelection(pasted.slice).scrollIntoView().setMeta('paste', true)),
      );
      return;
    }
    const point = dropPoint(view.state.doc, at, pasted.slice) ?? at;
    view.dispatch(
      closeHistory(
        view.state.tr.replaceRange(point, point, pasted.slice).scrollIntoView().setMeta('uiEvent', 'drop'),
      ),
    );
  }

  #paste(view: EditorView, event: ClipboardEvent): boolean {
    if (!event.clipboardData) return false;
    event.preventDefault();
    this.#insert(view, event.clipboardData, undefined, event);
    return true;
  }

  #drop(view: EditorView, event: DragEvent): boolean {
    // A drag inside the text moves ProseMirror's own slice: no HTML is parsed.
    if (view.dragging || !event.dataTransfer) return false;
    event.preventDefault();
    const at =
      view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
    this.#insert(view, event.dataTransfer, at);
    return true;
  }

  destroy(): void {
    this.view.destroy();
  }
}
