import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { MediaItem } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import type { SectionContext } from '../context.ts';
import '../media-picker.ts';
import type { PbgdplAdminMediaPicker } from '../media-picker.ts';
import type { ImageChoice } from '../rich-text/image-choice.ts';
import './media-i18n.ts';

/**
 * The rich-text editor's figure tool with the media library: in a modal dialog, upload an image
 * or choose one of the library, then its description (required; the library's own description
 * is offered) and an optional caption. `choose` resolves with the figure, or null when cancelled;
 * given a file (pasted or dropped in the editor), it opens uploading that file.
 */
export class PbgdplAdminLibraryImage extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() private item: MediaItem | undefined;
  @state() private alt = '';
  @state() private caption = '';
  @state() private errors: { image?: string; alt?: string } = {};
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('pbgdpl-admin-media-picker') private picker!: PbgdplAdminMediaPicker;
  #resolve: ((choice: ImageChoice | null) => void) | undefined;

  async choose(file?: File): Promise<ImageChoice | null> {
    this.#resolve?.(null);
    this.item = undefined;
    this.alt = '';
    this.caption = '';
    this.errors = {};
    await this.updateComplete;
    this.dialog.showModal();
    const chosen = new Promise<ImageChoice | null>((resolve) => (this.#resolve = resolve));
    if (file) {
      await this.picker.updateComplete;
      void this.picker.upload(file);
    }
    return chosen;
  }

  #finish(choice: ImageChoice | null): void {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    if (this.dialog.open) this.dialog.close();
    resolve?.(choice);
  }

  #picked(item: MediaItem): void {
    this.item = item;
    if (!this.alt) this.alt = item.alt ?? '';
    if (!this.caption) this.caption = item.caption ?? '';
    this.errors = {};
  }

  #submit(event: Event): void {
    event.preventDefault();
    const alt = this.alt.trim();
    const errors = {
      ...(this.item ? {} : { image: this.t('admin-media:imageNone') }),
      ...(alt ? {} : { alt: this.t('admin-media:imageAltMissing') }),
    };
    this.errors = errors;
    if (!this.item || !alt) {
      const first = errors.image ? 'picker' : 'alt';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus());
      return;
    }
    this.#finish({ src: this.item.url, alt, caption: this.caption.trim() || undefined });
  }

  protected override render() {
    const { t } = this;
    const error = (name: 'image' | 'alt') =>
      this.errors[name] ? html`<p class="field-error" id="${name}-error">${this.errors[name]}</p>` : nothing;
    return html`<dialog aria-labelledby="image-title" @close=${() => this.#finish(null)}>
      <form novalidate @submit=${(event: Event) => this.#submit(event)}>
        <h2 id="image-title">${t('admin-media:imageTitle')}</h2>
        ${error('image')}
        <pbgdpl-admin-media-picker
          id="picker"
          kind="image"
          .label=${t('admin-media:imagePick')}
          .ctx=${this.ctx}
          .value=${this.item?.url ?? ''}
          @media-picked=${(event: CustomEvent<MediaItem>) => this.#picked(event.detail)}
        ></pbgdpl-admin-media-picker>
        <div class="field">
          <label for="alt">${t('admin-media:imageAlt')}</label>
          <span class="hint" id="alt-hint">${t('admin-media:imageAltHint')}</span>
          ${error('alt')}
          <input
            id="alt"
            required
            .value=${this.alt}
            aria-describedby=${this.errors.alt ? 'alt-hint alt-error' : 'alt-hint'}
            aria-invalid=${this.errors.alt ? 'true' : 'false'}
            @input=${(event: Event) => (this.alt = (event.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="caption">${t('admin-media:imageCaption')}</label>
          <input
            id="caption"
            .value=${this.caption}
            @input=${(event: Event) => (this.caption = (event.target as HTMLInputElement).value)}
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="primary">${t('admin-media:imageInsert')}</button>
          <button type="button" @click=${() => this.#finish(null)}>${t('admin-media:close')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

defineElement('pbgdpl-admin-library-image', PbgdplAdminLibraryImage);

/** Opens the dialog inside `editor` (its shadow root, so the console's settings reach it). */
export function chooseLibraryImage(
  editor: HTMLElement,
  ctx: SectionContext,
  file?: File,
): Promise<ImageChoice | null> {
  const root = editor.shadowRoot ?? editor;
  let dialog = root.querySelector('pbgdpl-admin-library-image');
  if (!dialog) {
    dialog = document.createElement('pbgdpl-admin-library-image');
    root.append(dialog);
  }
  dialog.ctx = ctx;
  return dialog.choose(file);
}

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-library-image': PbgdplAdminLibraryImage;
  }
}
