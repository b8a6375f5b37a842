import { css, html, nothing, render } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineElement } from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';
import { AdminElement } from './admin-element.ts';

const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:|\/(?!\/))/i;

/** Sanitized HTML → nodes, through Lit's Trusted Types policy (no innerHTML of our own). */
function toFragment(clean: string): DocumentFragment {
  const holder = document.createElement('div');
  render(unsafeHTML(clean), holder);
  const fragment = document.createDocumentFragment();
  for (const node of [...holder.childNodes]) if (node.nodeType !== Node.COMMENT_NODE) fragment.append(node);
  return fragment;
}

/**
 * A small rich-text editor: a contenteditable region with bold, italic, heading, numbered and
 * bulleted lists and links. Its value is always `sanitizeHtml` output (the legal-text
 * allowlist), and pasted or dropped HTML is sanitized before it enters the region, so
 * `<img onerror>` or `javascript:` links never reach the form or the API.
 *
 * @summary Rich-text field of the editor console (documents' full text, later answers).
 * @fires pbgdpl-rich-text-input - The content changed; `detail: { value }` (sanitized HTML).
 */
export class PbgdplRichText extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      .editor {
        min-height: 12em;
        max-height: 40em;
        overflow: auto;
        border: 0.0625em solid var(--_color-muted);
        border-radius: 0 0 var(--_radius) var(--_radius);
        padding: 0.5em 0.75em;
        background: var(--_color-surface);
      }
      .editor:focus-visible {
        outline: 0.1875em solid var(--_color-focus);
        outline-offset: 0;
      }
      [role='toolbar'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        padding: 0.35em;
        border: 0.0625em solid var(--_color-muted);
        border-bottom: none;
        border-radius: var(--_radius) var(--_radius) 0 0;
        background: var(--_color-surface-alt);
      }
      [role='toolbar'] button {
        padding: 0.25em 0.6em;
        min-width: 2.25em;
      }
      .link-form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: flex-end;
        padding: 0.5em;
        border: 0.0625em solid var(--_color-muted);
        border-bottom: none;
      }
      .link-form input {
        max-width: 24em;
      }
    `,
  ];

  @property() label = '';
  @property() hint = '';
  @property({ attribute: false }) errors: string[] = [];
  @state() private linkOpen = false;
  @state() private linkError = '';
  @query('.editor') private editor!: HTMLElement;
  @query('#link-url') private linkInput?: HTMLInputElement;

  /** The last value given or emitted: setting it again does not disturb the caret. */
  #value = '';
  #range: Range | undefined;

  get value(): string {
    return this.editor ? this.#read() : this.#value;
  }

  set value(next: string) {
    if (next === this.#value) return;
    this.#value = next;
    if (this.editor) this.#write(next);
  }

  /** Focus goes to the text, not the toolbar (the error summary links here). */
  override focus(options?: FocusOptions): void {
    if (this.editor) this.editor.focus(options);
    else void this.updateComplete.then(() => this.editor.focus(options));
  }

  protected override firstUpdated(): void {
    this.#write(this.#value);
  }

  #write(dirty: string): void {
    this.editor.replaceChildren(toFragment(sanitizeHtml(dirty)));
  }

  #read(): string {
    const editor = this.editor;
    if (!editor.textContent?.trim() && !editor.querySelector('li, hr')) return '';
    return sanitizeHtml(editor.innerHTML);
  }

  #changed(): void {
    this.#value = this.#read();
    this.dispatchEvent(
      new CustomEvent('pbgdpl-rich-text-input', {
        detail: { value: this.#value },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #selection(): Selection | null {
    const root = this.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null };
    return root.getSelection?.() ?? document.getSelection();
  }

  #saveRange = () => {
    const selection = this.#selection();
    if (selection?.rangeCount && this.editor.contains(selection.getRangeAt(0).commonAncestorContainer))
      this.#range = selection.getRangeAt(0).cloneRange();
  };

  #restoreRange(): Range {
    this.editor.focus();
    const selection = this.#selection();
    let range = this.#range;
    if (!range || !this.editor.contains(range.commonAncestorContainer)) {
      range = document.createRange();
      range.selectNodeContents(this.editor);
      range.collapse(false);
    }
    selection?.removeAllRanges();
    selection?.addRange(range);
    return range;
  }

  #exec(command: string, value?: string): void {
    this.#restoreRange();
    document.execCommand('defaultParagraphSeparator', false, 'p');
    document.execCommand(command, false, value);
    this.#saveRange();
    this.#changed();
  }

  #heading(): void {
    this.#restoreRange();
    const current = document.queryCommandValue('formatBlock').toLowerCase();
    this.#exec('formatBlock', current === 'h3' ? 'p' : 'h3');
  }

  /** Pasted or dropped content: sanitized first, then inserted as nodes. */
  #insertData(data: DataTransfer | null): void {
    if (!data) return;
    const markup = data.getData('text/html');
    const content = markup
      ? toFragment(sanitizeHtml(markup))
      : document.createTextNode(data.getData('text/plain'));
    const range = this.#restoreRange();
    range.deleteContents();
    const last = content instanceof DocumentFragment ? content.lastChild : content;
    range.insertNode(content);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
      const selection = this.#selection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    this.#saveRange();
    this.#changed();
  }

  #onPaste = (event: ClipboardEvent) => {
    event.preventDefault();
    this.#insertData(event.clipboardData);
  };

  #onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.#insertData(event.dataTransfer);
  };

  async #openLink(): Promise<void> {
    this.#saveRange();
    this.linkOpen = true;
    this.linkError = '';
    await this.updateComplete;
    this.linkInput?.focus();
  }

  #insertLink(): void {
    const url = this.linkInput?.value.trim() ?? '';
    if (!SAFE_LINK.test(url)) {
      this.linkError = this.t('richText.badLink');
      this.linkInput?.focus();
      return;
    }
    this.linkOpen = false;
    const range = this.#restoreRange();
    if (range.collapsed) {
      const text = document.createTextNode(url);
      range.insertNode(text);
      range.selectNodeContents(text);
      const selection = this.#selection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      this.#saveRange();
    }
    this.#exec('createLink', url);
  }

  #closeLink(): void {
    this.linkOpen = false;
    this.#restoreRange();
  }

  #onLinkKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#insertLink();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#closeLink();
    }
  };

  protected override render() {
    const { t } = this;
    const keep = (event: Event) => event.preventDefault(); // keep the caret in the text
    const tool = (label: string, text: string, run: () => void) =>
      html`<button type="button" aria-label=${label} title=${label} @mousedown=${keep} @click=${run}>
        ${text}
      </button>`;
    const describedBy = [this.hint ? 'hint' : '', this.errors.length ? 'error' : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <span class="label" id="label">${this.label}</span>
      ${this.hint ? html`<span class="hint" id="hint">${this.hint}</span>` : nothing}
      ${this.errors.length ? html`<p class="field-error" id="error">${this.errors.join(' ')}</p>` : nothing}
      <div role="toolbar" aria-label=${t('richText.toolbar', { label: this.label })} aria-controls="editor">
        ${tool(t('richText.bold'), 'B', () => this.#exec('bold'))}
        ${tool(t('richText.italic'), 'I', () => this.#exec('italic'))}
        ${tool(t('richText.heading'), 'H', () => this.#heading())}
        ${tool(t('richText.orderedList'), '1.', () => this.#exec('insertOrderedList'))}
        ${tool(t('richText.bulletList'), '•', () => this.#exec('insertUnorderedList'))}
        ${tool(t('richText.link'), t('richText.linkShort'), () => void this.#openLink())}
        ${tool(t('richText.unlink'), t('richText.unlinkShort'), () => this.#exec('unlink'))}
      </div>
      ${this.linkOpen
        ? html`<div class="link-form">
            <div>
              <label for="link-url">${t('richText.linkUrl')}</label>
              ${this.linkError ? html`<p class="field-error" id="link-error">${this.linkError}</p>` : nothing}
              <input
                id="link-url"
                type="url"
                placeholder="https://"
                aria-invalid=${this.linkError ? 'true' : 'false'}
                aria-describedby=${ifDefined(this.linkError ? 'link-error' : undefined)}
                @keydown=${this.#onLinkKey}
              />
            </div>
            <button type="button" @click=${() => this.#insertLink()}>${t('richText.insertLink')}</button>
            <button type="button" @click=${() => this.#closeLink()}>${t('form.cancel')}</button>
          </div>`
        : nothing}
      <div
        id="editor"
        class="editor"
        contenteditable="true"
        role="textbox"
        aria-multiline="true"
        aria-labelledby="label"
        aria-describedby=${ifDefined(describedBy || undefined)}
        aria-invalid=${this.errors.length ? 'true' : 'false'}
        tabindex="0"
        @input=${() => this.#changed()}
        @keyup=${this.#saveRange}
        @mouseup=${this.#saveRange}
        @blur=${this.#saveRange}
        @paste=${this.#onPaste}
        @drop=${this.#onDrop}
      ></div>
    `;
  }
}

defineElement('pbgdpl-rich-text', PbgdplRichText);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-rich-text': PbgdplRichText;
  }
}
