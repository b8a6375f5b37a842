import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentSummary, Site } from '@pbgdpl/contract';
import { apiClient, formatNumber, type Lang, type Translate } from '@pbgdpl/core';
import {
  insertFigure,
  linkAt,
  removeLink,
  setLink,
  setTableCaption,
  tableCaption,
  linkAllowed,
} from './commands.ts';
import { countText } from './counts.ts';
import { RichTextEditor, type EditorHost } from './editor-view.ts';
import { askForImage, type ImageChoice } from './image-choice.ts';
import { renderToolbar } from './toolbar.ts';
import { TOOLS, type ToolRequest } from './tools.ts';
import './fields-dialog.ts';
import './document-dialog.ts';

/** What the body needs from `<pbgdpl-rich-text>`, the element that loaded it. */
export interface RichTextShell {
  readonly t: Translate;
  readonly language: Lang;
  readonly label: string;
  readonly apiBase: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  imagePicker: ((editor: HTMLElement, file?: File) => Promise<ImageChoice | null>) | undefined;
  documentHref: string | undefined;
  requestUpdate(): void;
  textAttributes(): Record<string, string>;
  emitValue(html: string): void;
}

const COUNT_DELAY = 250;

/**
 * The editor's working parts, loaded only when a form shows a rich-text field: the
 * ProseMirror view, the toolbar, the dialogs (link, legal document, figure, table caption),
 * full screen and the word count.
 */
export class RichTextBody implements EditorHost {
  readonly editor: RichTextEditor;
  readonly #shell: RichTextShell;
  #current = TOOLS[0]?.id ?? '';
  #counts = { words: 0, characters: 0 };
  #countTimer: ReturnType<typeof setTimeout> | undefined;
  #notice = '';

  constructor(shell: RichTextShell, mount: HTMLElement, value: string) {
    this.#shell = shell;
    this.editor = new RichTextEditor(mount, value, this);
    this.#counts = countText(this.editor.state.doc);
  }

  changed(value: string): void {
    this.#shell.emitValue(value);
    clearTimeout(this.#countTimer);
    this.#countTimer = setTimeout(() => {
      this.#counts = countText(this.editor.state.doc);
      this.#shell.requestUpdate();
    }, COUNT_DELAY);
  }

  refresh(): void {
    this.#shell.requestUpdate();
  }

  attributes(): Record<string, string> {
    return this.#shell.textAttributes();
  }

  notice(message: 'imagesRefused' | 'filesRefused' | undefined): void {
    this.#notice = message ? this.#shell.t(`richText.${message}`) : '';
    this.#shell.requestUpdate();
  }

  /** A new value from outside. */
  set value(value: string) {
    this.editor.html = value;
    this.#counts = countText(this.editor.state.doc);
  }

  get value(): string {
    return this.editor.html;
  }

  request(what: ToolRequest | 'toolbar'): void {
    const handlers: Record<ToolRequest | 'toolbar', () => Promise<void> | void> = {
      link: () => this.#link(),
      document: () => this.#documentLink(),
      figure: () => this.#figure(),
      caption: () => this.#caption(),
      fullscreen: () => this.#fullscreen(),
      toolbar: () => this.#find<HTMLButtonElement>('[role=toolbar] button[tabindex="0"]')?.focus(),
    };
    void handlers[what]();
  }

  #find<T extends Element>(selector: string): T | null {
    return this.#shell.renderRoot.querySelector<T>(selector);
  }

  /** A dialog of this body: rendered with the toolbar, so always there once a tool runs. */
  #part<K extends 'pbgdpl-rich-text-dialog' | 'pbgdpl-rich-text-document'>(tag: K): HTMLElementTagNameMap[K] {
    const found = this.#shell.renderRoot.querySelector(tag);
    if (!found) throw new Error(`<${tag}> is not rendered`);
    return found;
  }

  #run(command: Parameters<RichTextEditor['runCommand']>[0]): void {
    this.editor.runCommand(command);
  }

  async #link(): Promise<void> {
    const { t } = this.#shell;
    const state = this.editor.state;
    const existing = linkAt(state);
    const asksText = state.selection.empty && !existing;
    const answer = await this.#part('pbgdpl-rich-text-dialog').ask({
      title: t(existing ? 'richText.linkEdit' : 'richText.linkTitle'),
      submit: t('richText.linkInsert'),
      fields: [
        {
          name: 'href',
          label: t('richText.linkUrl'),
          hint: existing ? t('richText.linkRemoveHint') : t('richText.linkHint'),
          value: existing?.href ?? '',
          required: !existing,
          check: (value) => (linkAllowed(value) ? undefined : t('richText.badLink')),
        },
        ...(asksText ? [{ name: 'text', label: t('richText.linkText') }] : []),
      ],
    });
    if (answer) this.#run(answer.href ? setLink(answer.href, answer.text) : removeLink);
    else this.editor.view.focus();
  }

  async #documentHref(doc: DocumentSummary): Promise<string> {
    const template =
      this.#shell.documentHref ?? `${(await this.#site()).url.replace(/\/+$/, '')}/?vb-doc={id}`;
    return template.replaceAll('{id}', String(doc.id));
  }

  async #site(): Promise<Site> {
    return (await apiClient(this.#shell.apiBase).get('site', {})).data;
  }

  async #documentLink(): Promise<void> {
    const chosen = await this.#part('pbgdpl-rich-text-document').choose();
    if (!chosen) {
      this.editor.view.focus();
      return;
    }
    try {
      this.#run(setLink(await this.#documentHref(chosen), chosen.number));
    } catch {
      this.#notice = this.#shell.t('richText.documentError');
      this.#shell.requestUpdate();
    }
  }

  /** The element's own node, where the library's dialog opens (inside its shadow root). */
  #host(): HTMLElement | undefined {
    const root = this.#shell.renderRoot;
    return root instanceof ShadowRoot ? (root.host as HTMLElement) : undefined;
  }

  async #figure(): Promise<void> {
    const shell = this.#shell;
    const host = this.#host();
    const image =
      shell.imagePicker && host
        ? await shell.imagePicker(host)
        : await askForImage(this.#part('pbgdpl-rich-text-dialog'), shell.t);
    if (image) this.#run(insertFigure(image));
    else this.editor.view.focus();
  }

  /**
   * Pasted or dropped pictures become figures the way the figure tool makes them: each is
   * uploaded to the library in its dialog (progress, the server's reason when refused) and
   * inserted once described. Without the library (no picker), they are refused.
   */
  images(files: File[], at: number | undefined): boolean {
    const { imagePicker } = this.#shell;
    const host = this.#host();
    if (!imagePicker || !host) return false;
    if (at !== undefined) this.editor.moveTo(at);
    void (async () => {
      for (const file of files) {
        const image = await imagePicker(host, file);
        if (!image) break;
        this.#run(insertFigure(image));
      }
      this.editor.view.focus();
    })();
    return true;
  }

  async #caption(): Promise<void> {
    const { t } = this.#shell;
    const current = tableCaption(this.editor.state);
    if (current === undefined) return;
    const answer = await this.#part('pbgdpl-rich-text-dialog').ask({
      title: t('richText.captionTitle'),
      submit: t('richText.captionSave'),
      fields: [
        { name: 'caption', label: t('richText.caption'), hint: t('richText.captionHint'), value: current },
      ],
    });
    if (answer) this.#run(setTableCaption(answer.caption ?? ''));
    else this.editor.view.focus();
  }

  async #fullscreen(): Promise<void> {
    const frame = this.#find<HTMLElement>('.frame');
    const root = this.#shell.renderRoot as ShadowRoot;
    if (root.fullscreenElement) await document.exitFullscreen();
    else await frame?.requestFullscreen();
    this.editor.view.focus();
    this.#shell.requestUpdate();
  }

  get fullscreen(): boolean {
    return !!(this.#shell.renderRoot as ShadowRoot).fullscreenElement;
  }

  /** Toolbar, then (after the text area the element renders) the count, the notices and the dialogs. */
  renderToolbar(): TemplateResult {
    return renderToolbar({
      t: this.#shell.t,
      label: this.#shell.label,
      state: this.editor.state,
      current: this.#current,
      run: (tool) => this.editor.run(tool),
      focused: (tool) => (this.#current = tool.id),
      leave: () => this.editor.view.focus(),
    });
  }

  renderStatus(): TemplateResult {
    const { t, language } = this.#shell;
    return html`<div class="status">
        <span class="count"
          >${t('richText.count', {
            words: formatNumber(this.#counts.words, language),
            characters: formatNumber(this.#counts.characters, language),
          })}</span
        >
        <span role="status" class="notice">${this.#notice || nothing}</span>
      </div>
      <pbgdpl-rich-text-dialog></pbgdpl-rich-text-dialog>
      <pbgdpl-rich-text-document></pbgdpl-rich-text-document>`;
  }

  destroy(): void {
    clearTimeout(this.#countTimer);
    this.editor.destroy();
  }
}
