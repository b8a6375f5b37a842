import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { apiClient, defineElement, formatDate } from '@pbgdpl/core';
import type { DocumentSummary } from '@pbgdpl/contract';
import { AdminElement } from '../admin-element.ts';

type Search =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; items: DocumentSummary[]; total: number }
  | { state: 'error' };

/**
 * Finds a published legal document (the public search: what readers can open) in a modal
 * `<dialog>` and resolves with the one chosen, or null when cancelled. The editor then links
 * to the document's deep link on the portal.
 */
export class PbgdplRichTextDocument extends AdminElement {
  @state() private search: Search = { state: 'idle' };
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#doc-q') private input!: HTMLInputElement;
  #resolve: ((chosen: DocumentSummary | null) => void) | undefined;
  #abort: AbortController | undefined;

  async choose(): Promise<DocumentSummary | null> {
    this.#resolve?.(null);
    this.search = { state: 'idle' };
    await this.updateComplete;
    this.input.value = '';
    this.dialog.showModal();
    this.input.focus();
    return new Promise((resolve) => (this.#resolve = resolve));
  }

  #finish(chosen: DocumentSummary | null): void {
    this.#abort?.abort();
    if (this.dialog.open) this.dialog.close();
    this.#resolve?.(chosen);
    this.#resolve = undefined;
  }

  async #find(event: Event): Promise<void> {
    event.preventDefault();
    const q = this.input.value.trim();
    if (!q) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.search = { state: 'loading' };
    try {
      const { data } = await apiClient(this.config.api).get(
        'documents',
        { query: { q, pageSize: 10 } },
        { signal: abort.signal },
      );
      if (!abort.signal.aborted) this.search = { state: 'done', items: data.items, total: data.total };
    } catch {
      if (!abort.signal.aborted) this.search = { state: 'error' };
    }
  }

  #results() {
    const { t } = this;
    const search = this.search;
    if (search.state === 'idle') return nothing;
    if (search.state === 'loading') return html`<p role="status">${t('richText.documentSearching')}</p>`;
    if (search.state === 'error')
      return html`<p role="alert" class="field-error">${t('richText.documentError')}</p>`;
    return html`<p role="status">${t('richText.documentFound', { count: search.total })}</p>
      ${search.items.length
        ? html`<ul class="document-results">
            ${search.items.map(
              (doc) =>
                html`<li>
                  <button type="button" class="link-button" @click=${() => this.#finish(doc)}>
                    ${doc.number} — ${doc.title}
                  </button>
                  <span class="muted">${formatDate(doc.issuedOn, this.language)}</span>
                </li>`,
            )}
          </ul>`
        : nothing}`;
  }

  protected override render() {
    const { t } = this;
    return html`<dialog aria-labelledby="doc-title" @close=${() => this.#finish(null)}>
      <h2 id="doc-title">${t('richText.documentTitle')}</h2>
      <form role="search" @submit=${(event: Event) => void this.#find(event)}>
        <div class="field">
          <label for="doc-q">${t('richText.documentQuery')}</label>
          <div class="toolbar">
            <input id="doc-q" type="search" autocomplete="off" maxlength="200" />
            <button type="submit">${t('richText.documentFind')}</button>
          </div>
        </div>
      </form>
      ${this.#results()}
      <div class="form-actions">
        <button type="button" @click=${() => this.#finish(null)}>${t('form.cancel')}</button>
      </div>
    </dialog>`;
  }
}

defineElement('pbgdpl-rich-text-document', PbgdplRichTextDocument);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-rich-text-document': PbgdplRichTextDocument;
  }
}
