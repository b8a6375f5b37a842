import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MediaItem } from '@pbgdpl/contract';
import { defineElement } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import type { SectionContext } from '../context.ts';
import { UploadError } from '../media-upload.ts';

type Phase = 'waiting' | 'sending' | 'done' | 'failed' | 'cancelled';

interface Upload {
  file: File;
  phase: Phase;
  sent: number;
  error: string;
  abort?: AbortController;
}

/** Two files at a time: the others wait, so one slow video does not hold the rest back. */
const AT_ONCE = 2;

/**
 * Uploading several files at once: dropped on the zone or chosen with the button (the keyboard's
 * way), each with its progress bar, cancel, and retry after a refusal with the server's reason.
 * Results are said in the console's live region; `media-uploaded` tells the page of each new entry.
 */
export class PbgdplAdminUploadQueue extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      .drop {
        border: 0.15em dashed var(--_color-border);
        border-radius: 0.5em;
        padding: 1em;
      }
      .drop.over {
        border-color: var(--_color-primary);
        background: var(--_color-surface-alt);
      }
      label.button:focus-within {
        outline: 0.15em solid var(--_color-primary);
        outline-offset: 0.15em;
      }
      ul {
        list-style: none;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: minmax(8em, 1fr) minmax(6em, 12em) auto;
        gap: 0.5em;
        align-items: center;
        margin-block: 0.25em;
      }
      progress {
        inline-size: 100%;
      }
      .failed {
        color: var(--_color-danger);
      }
    `,
  ];

  @property({ attribute: false }) ctx!: SectionContext;
  @state() private uploads: Upload[] = [];
  @state() private over = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const upload of this.uploads) upload.abort?.abort();
  }

  /** Adds files to the queue and starts what may start. */
  add(files: Iterable<File>): void {
    const added = [...files].map((file): Upload => ({ file, phase: 'waiting', sent: 0, error: '' }));
    if (added.length === 0) return;
    this.uploads = [...this.uploads, ...added];
    this.#next();
  }

  #next(): void {
    const sending = this.uploads.filter((upload) => upload.phase === 'sending').length;
    const waiting = this.uploads.filter((upload) => upload.phase === 'waiting');
    for (const upload of waiting.slice(0, Math.max(0, AT_ONCE - sending))) void this.#send(upload);
    if (sending === 0 && waiting.length === 0) this.#summarise();
  }

  #change(upload: Upload, change: Partial<Upload>): void {
    Object.assign(upload, change);
    this.uploads = [...this.uploads];
  }

  async #send(upload: Upload): Promise<void> {
    const abort = new AbortController();
    this.#change(upload, { phase: 'sending', sent: 0, error: '', abort });
    try {
      const item = await this.ctx.upload(
        upload.file,
        undefined,
        (sent) => this.#change(upload, { sent }),
        abort.signal,
      );
      this.#change(upload, { phase: 'done', sent: 1 });
      this.ctx.announce(this.t('admin-media:uploaded', { name: item.name }));
      this.dispatchEvent(
        new CustomEvent<MediaItem>('media-uploaded', { detail: item, bubbles: true, composed: true }),
      );
    } catch (error) {
      if (error instanceof UploadError && error.aborted) this.#change(upload, { phase: 'cancelled' });
      else {
        const reason = (error as Error).message;
        this.#change(upload, { phase: 'failed', error: reason });
        this.ctx.announce(this.t('admin-media:failedOne', { name: upload.file.name, reason }));
      }
    } finally {
      upload.abort = undefined;
      this.#next();
    }
  }

  #summarise(): void {
    const total = this.uploads.length;
    if (total < 2) return;
    const done = this.uploads.filter((upload) => upload.phase === 'done').length;
    this.ctx.announce(this.t('admin-media:allDone', { done, total }));
  }

  #drop = (event: DragEvent): void => {
    event.preventDefault();
    this.over = false;
    this.add(event.dataTransfer?.files ?? []);
  };

  #dragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.over = true;
  };

  #status(upload: Upload): string {
    const { t } = this;
    if (upload.phase === 'sending')
      return t('admin-media:sending', { percent: Math.round(upload.sent * 100) });
    if (upload.phase === 'failed') return upload.error;
    return t(`admin-media:${upload.phase}`);
  }

  #row(upload: Upload, index: number) {
    const { t } = this;
    const name = upload.file.name;
    const which = html`<span class="visually-hidden"> ${t('admin-media:fileName', { name })}</span>`;
    return html`<li>
      <span>
        <strong>${name}</strong><br />
        <span class=${upload.phase === 'failed' ? 'failed' : ''}>${this.#status(upload)}</span>
      </span>
      <progress max="1" .value=${upload.sent} aria-label=${t('admin-media:progress', { name })}></progress>
      <span class="actions">
        ${upload.phase === 'sending' || upload.phase === 'waiting'
          ? html`<button type="button" @click=${() => this.#cancel(upload)}>
              ${t('admin-media:cancel')}${which}
            </button>`
          : nothing}
        ${upload.phase === 'failed' || upload.phase === 'cancelled'
          ? html`<button type="button" @click=${() => this.#retry(upload)}>
              ${t('admin-media:retry')}${which}
            </button>`
          : nothing}
        ${upload.phase !== 'sending'
          ? html`<button type="button" @click=${() => this.#forget(index)}>
              ${t('admin-media:remove')}${which}
            </button>`
          : nothing}
      </span>
    </li>`;
  }

  #cancel(upload: Upload): void {
    if (upload.abort) upload.abort.abort();
    else this.#change(upload, { phase: 'cancelled' });
  }

  #retry(upload: Upload): void {
    this.#change(upload, { phase: 'waiting', sent: 0, error: '' });
    this.#next();
  }

  #forget(index: number): void {
    this.uploads = this.uploads.filter((_, i) => i !== index);
  }

  protected override render() {
    const { t } = this;
    return html`<section
        class="drop ${this.over ? 'over' : ''}"
        aria-labelledby="drop-title"
        @dragover=${this.#dragOver}
        @dragleave=${() => (this.over = false)}
        @drop=${this.#drop}
      >
        <h2 id="drop-title">${t('admin-media:dropTitle')}</h2>
        <p id="drop-hint">${t('admin-media:dropHint')}</p>
        <label class="button primary">
          ${t('admin-media:chooseFiles')}
          <input
            id="files"
            class="visually-hidden"
            type="file"
            multiple
            aria-describedby="drop-hint"
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const files = [...(input.files ?? [])];
              input.value = '';
              this.add(files);
            }}
          />
        </label>
      </section>
      ${this.uploads.length
        ? html`<h2>${t('admin-media:uploads')}</h2>
            <ul>
              ${this.uploads.map((upload, index) => this.#row(upload, index))}
            </ul>`
        : nothing}`;
  }
}

defineElement('pbgdpl-admin-upload-queue', PbgdplAdminUploadQueue);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-upload-queue': PbgdplAdminUploadQueue;
  }
}
