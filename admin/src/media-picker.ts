import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MediaItem, MediaKind } from '@pbgdpl/contract';
import { ApiError, defineElement } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';
import type { SectionContext } from './context.ts';
import { UploadError } from './media-upload.ts';

/**
 * A file field backed by the media library: upload a file (chosen with the button, or dropped
 * on the field; with progress and cancel) or choose one already in the library. Says `media-picked` with the chosen entry; the form takes what it
 * needs from it (address, size, dimensions), so nobody types them.
 */
export class PbgdplAdminMediaPicker extends AdminElement {
  // The form's error summary focuses the field by its id: focus goes to the first control.
  static override shadowRootOptions = { ...AdminElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    ...AdminElement.styles,
    css`
      .current {
        display: flex;
        gap: 0.5em;
        align-items: center;
        margin-block: 0.5em;
      }
      .current img {
        max-inline-size: 12rem;
        max-block-size: 6rem;
        object-fit: contain;
        border: 1px solid var(--_color-border);
      }
      .library {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
        gap: 0.5em;
        padding: 0;
        list-style: none;
      }
      .library button {
        inline-size: 100%;
        min-block-size: 2.75rem;
        text-align: start;
      }
      .library img {
        display: block;
        inline-size: 100%;
        block-size: 5rem;
        object-fit: contain;
      }
      progress {
        inline-size: 100%;
      }
      fieldset.over {
        border-color: var(--_color-primary);
        background: var(--_color-surface-alt);
      }
      /* The file input is hidden inside its label: the label shows where focus is. */
      label.button:focus-within {
        outline: 0.15em solid var(--_color-primary);
        outline-offset: 0.15em;
      }
    `,
  ];

  @property({ attribute: false }) ctx!: SectionContext;
  @property() kind: MediaKind = 'image';
  /** Shown as the field's name. */
  @property() label = '';
  /** The address chosen now, if any. */
  @property() value = '';
  @state() private sent: number | undefined;
  @state() private error = '';
  @state() private library: MediaItem[] | undefined;
  /** A file is being dragged over the field. */
  @state() private over = false;
  #upload: AbortController | undefined;

  #dragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files') || this.sent !== undefined) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.over = true;
  };

  /** A dropped file is uploaded as a chosen one would be (the field takes one file: the first). */
  #drop = (event: DragEvent): void => {
    event.preventDefault();
    this.over = false;
    const file = event.dataTransfer?.files[0];
    if (file && this.sent === undefined) void this.upload(file);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#upload?.abort();
  }

  /** Uploads `file` (chosen, dropped here, or given by the editor), with progress and cancel; picks it when stored. */
  async upload(file: File): Promise<void> {
    this.#upload = new AbortController();
    this.error = '';
    this.sent = 0;
    try {
      const item = await this.ctx.upload(file, this.kind, (sent) => (this.sent = sent), this.#upload.signal);
      this.#pick(item);
      this.ctx.announce(this.t('media.uploaded', { name: item.name }));
    } catch (error) {
      if (!(error instanceof UploadError && error.aborted)) this.error = (error as Error).message;
    } finally {
      this.sent = undefined;
      this.#upload = undefined;
    }
  }

  async #openLibrary(): Promise<void> {
    this.error = '';
    try {
      const page = await this.ctx.api.send('adminMediaList', { query: { kind: this.kind, pageSize: 48 } });
      this.library = page.items;
    } catch (error) {
      this.error = (error instanceof ApiError && error.problem?.detail) || this.t('media.failed');
    }
  }

  #pick(item: MediaItem): void {
    this.library = undefined;
    this.value = item.url;
    this.dispatchEvent(new CustomEvent('media-picked', { detail: item, bubbles: true, composed: true }));
  }

  protected override render() {
    const { t } = this;
    const busy = this.sent !== undefined;
    return html`<fieldset
      class=${this.over ? 'over' : ''}
      @dragover=${this.#dragOver}
      @dragleave=${() => (this.over = false)}
      @drop=${this.#drop}
    >
      <legend>${this.label}</legend>
      ${this.value
        ? html`<p class="current">
            ${this.kind === 'image' ? html`<img src=${this.value} alt="" />` : nothing}
            <span>${t('media.current')} <code>${this.value}</code></span>
          </p>`
        : html`<p class="current">${t('media.noneChosen')}</p>`}
      <div class="row">
        <label class="button">
          ${t('media.upload')}
          <input
            id="file"
            class="visually-hidden"
            type="file"
            ?disabled=${busy}
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void this.upload(file);
            }}
          />
        </label>
        <button type="button" ?disabled=${busy} @click=${() => void this.#openLibrary()}>
          ${t('media.choose')}
        </button>
      </div>
      ${busy
        ? html`<p>
            <label for="progress">${t('media.sending')}</label>
            <progress id="progress" max="1" .value=${this.sent ?? 0}></progress>
            <button type="button" @click=${() => this.#upload?.abort()}>${t('media.cancel')}</button>
          </p>`
        : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.library ? this.#renderLibrary() : nothing}
    </fieldset>`;
  }

  #renderLibrary() {
    if (this.library?.length === 0) return html`<p>${this.t('media.empty')}</p>`;
    return html`<ul class="library" aria-label=${this.t('media.library')}>
      ${this.library?.map(
        (item) =>
          html`<li>
            <button type="button" @click=${() => this.#pick(item)}>
              ${item.kind === 'image' ? html`<img src=${item.url} alt="" />` : nothing} ${item.title}
            </button>
          </li>`,
      )}
    </ul>`;
  }
}

defineElement('pbgdpl-admin-media-picker', PbgdplAdminMediaPicker);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-media-picker': PbgdplAdminMediaPicker;
  }
}
