import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';
import { richTextStyles } from './rich-text/rich-text.styles.ts';
import type { RichTextBody } from './rich-text/rich-text-body.ts';
import type { ImageChoice } from './rich-text/image-choice.ts';

export type { ImageChoice };
/**
 * Chooses a figure's image: the forms pass the media library's (`library-image-picker.ts`);
 * with `file` (pasted or dropped), that file is uploaded to be the image.
 */
export type ImagePicker = (editor: HTMLElement, file?: File) => Promise<ImageChoice | null>;

/**
 * The console's rich-text field: a ProseMirror editor whose document model is exactly the
 * legal-text allowlist (`@pbgdpl/contract/html-policy`), with undo by words, headings, lists,
 * tables, links, links to legal documents, figures, clearing, a word count and full screen,
 * every tool by keyboard. Pastes from Word, LibreOffice, web pages and PDFs keep their
 * structure and lose their styling; pasted or dropped image files go to the media library and
 * become figures (fields without the library refuse them).
 * The editor itself (ProseMirror and the tools) is a separate chunk, loaded when the first
 * field appears on a form.
 *
 * @summary Rich-text field of the editor console (documents' full text, answers).
 * @fires pbgdpl-rich-text-input - The content changed; `detail: { value }` (allowlisted HTML).
 */
export class PbgdplRichText extends AdminElement {
  static override styles = [...AdminElement.styles, richTextStyles];

  @property() label = '';
  @property() hint = '';
  @property({ attribute: false }) errors: string[] = [];
  /** How a figure's image is chosen; by default a dialog asks for its `/media/…` address. */
  @property({ attribute: false }) imagePicker: ImagePicker | undefined;
  /**
   * Address of a legal document for the document-link tool, `{id}` replaced by its id; by
   * default the portal's document browser: the site's address + `/?vb-doc={id}`.
   */
  @property({ attribute: 'document-href' }) documentHref: string | undefined;
  @state() private body: RichTextBody | undefined;
  @query('#editor') private mount!: HTMLElement;

  /** The last value given or emitted: setting it again does not disturb the caret. */
  #value = '';

  get value(): string {
    return this.body ? this.body.value : this.#value;
  }

  set value(next: string) {
    if (next === this.#value) return;
    this.#value = next;
    if (this.body) this.body.value = next;
  }

  get apiBase(): string {
    return this.config.api;
  }

  /** Focus goes to the text, not the toolbar (the error summary links here). */
  override focus(): void {
    if (this.body) this.body.editor.view.focus();
    else void this.#loaded.then(() => this.body?.editor.view.focus());
  }

  #loaded: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#loaded = this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.body?.destroy();
    this.body = undefined;
  }

  async #load(): Promise<void> {
    const [{ RichTextBody }] = await Promise.all([
      import('./rich-text/rich-text-body.ts'),
      this.updateComplete,
    ]);
    if (!this.isConnected || this.body) return;
    this.body = new RichTextBody(this, this.mount, this.#value);
  }

  /** ARIA of the text area: named by the label, described by the hint and the errors. */
  textAttributes(): Record<string, string> {
    const describedBy = [this.hint ? 'hint' : '', this.errors.length ? 'error' : '']
      .filter(Boolean)
      .join(' ');
    return {
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': 'label',
      ...(describedBy && { 'aria-describedby': describedBy }),
      'aria-invalid': this.errors.length ? 'true' : 'false',
    };
  }

  emitValue(value: string): void {
    this.#value = value;
    this.dispatchEvent(
      new CustomEvent('pbgdpl-rich-text-input', { detail: { value }, bubbles: true, composed: true }),
    );
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('errors') || changed.has('hint')) this.body?.editor.updateAttributes();
  }

  protected override render() {
    const body = this.body;
    return html`
      <span class="label" id="label">${this.label}</span>
      ${this.hint ? html`<span class="hint" id="hint">${this.hint}</span>` : nothing}
      ${this.errors.length ? html`<p class="field-error" id="error">${this.errors.join(' ')}</p>` : nothing}
      <div class="frame">
        ${body
          ? body.renderToolbar()
          : html`<p class="loading" role="status">${this.t('richText.loading')}</p>`}
        <div id="editor" class="editor"></div>
        ${body ? body.renderStatus() : nothing}
      </div>
    `;
  }
}

defineElement('pbgdpl-rich-text', PbgdplRichText);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-rich-text': PbgdplRichText;
  }
  interface HTMLElementEventMap {
    'pbgdpl-rich-text-input': CustomEvent<{ value: string }>;
  }
}
