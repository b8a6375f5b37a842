import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement, formatDate } from '@pbgdpl/core';
import type { AdminDocumentPage } from '@pbgdpl/contract';
import { AdminList } from './admin-list.ts';
import { isAdmin, mayUse } from './context.ts';
import { failureMessage } from './entity-form.ts';
import { href } from './router.ts';

const PAGE_SIZE = 20;

type AdminDocumentRow = AdminDocumentPage['items'][number];

/** Văn bản: every document, unpublished ones included; search, filter, page, act on a row. */
export class PbgdplAdminDocuments extends AdminList<AdminDocumentRow> {
  @state() private published: '' | 'true' | 'false' = '';

  protected async fetchPage() {
    const query = {
      q: this.q.trim() || undefined,
      published: this.published || undefined,
      page: this.page,
      pageSize: PAGE_SIZE,
    };
    return (await this.ctx.api.get('adminDocumentList', { query })).data;
  }

  #search(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.q = (form.elements.namedItem('q') as HTMLInputElement).value;
    this.published = (form.elements.namedItem('published') as HTMLSelectElement).value as
      | ''
      | 'true'
      | 'false';
    this.page = 1;
    void this.load();
  }

  async #setPublished(row: AdminDocumentRow, published: boolean): Promise<void> {
    try {
      await this.ctx.api.send(
        'adminDocumentPublish',
        { params: { id: row.id }, body: { published } },
        { headers: { 'If-Match': `"${row.version}"` } },
      );
      this.ctx.announce(
        this.t(published ? 'documents.publishedNow' : 'documents.unpublishedNow', { number: row.number }),
      );
      await this.load();
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #delete(row: AdminDocumentRow): Promise<void> {
    const { t } = this;
    return this.deleteAfterAsking(
      {
        title: t('documents.deleteTitle'),
        question: t('documents.deleteQuestion', { number: row.number, title: row.title }),
      },
      'adminDocumentDelete',
      row,
      t('documents.deleted', { number: row.number }),
    );
  }

  protected override render() {
    const { t, language } = this;
    const admin = isAdmin(this.ctx.me);
    return html`
      <h1 tabindex="-1">${t('documents.title')}</h1>
      <div class="toolbar">
        <a class="button primary" href=${href('documents', 'new')}>${t('documents.new')}</a>
        ${admin
          ? html`<a class="button" href=${href('documents', 'import')}>${t('import.link')}</a>`
          : nothing}
      </div>
      <form class="toolbar" role="search" @submit=${(event: Event) => this.#search(event)}>
        <div>
          <label for="q">${t('documents.search')}</label>
          <input id="q" name="q" type="search" .value=${this.q} />
        </div>
        <div>
          <label for="published">${t('documents.filter')}</label>
          <select id="published" name="published">
            <option value="" ?selected=${this.published === ''}>${t('documents.filterAll')}</option>
            <option value="true" ?selected=${this.published === 'true'}>
              ${t('documents.filterPublished')}
            </option>
            <option value="false" ?selected=${this.published === 'false'}>
              ${t('documents.filterUnpublished')}
            </option>
          </select>
        </div>
        <button type="submit">${t('documents.searchButton')}</button>
      </form>
      ${this.renderTable({
        empty: t('documents.none'),
        caption: (total) => t('documents.caption', { total }),
        headers: html`<th scope="col">${t('documents.number')}</th>
          <th scope="col">${t('documents.docTitle')}</th>
          <th scope="col">${t('documents.type')}</th>
          <th scope="col">${t('documents.issuer')}</th>
          <th scope="col">${t('documents.issuedOn')}</th>
          <th scope="col">${t('documents.status')}</th>
          <th scope="col">${t('contentStateCol')}</th>
          <th scope="col">${t('documents.actions')}</th>`,
        row: (row) =>
          html`<tr>
            <td>${row.number}</td>
            <td><a href=${href('documents', row.id)}>${row.title}</a></td>
            <td>${t(`type.${row.type}`)}</td>
            <td>${row.issuer.name}</td>
            <td>${formatDate(row.issuedOn, language)}</td>
            <td>${t(`status.${row.status}`)}</td>
            <td>${t(`contentState.${row.state}`)}</td>
            ${this.renderRowActions(
              { name: row.number, edit: href('documents', row.id), remove: () => this.#delete(row) },
              // A unit's person submits for review on the document's form; editors publish here too.
              mayUse(this.ctx.me, 'editor')
                ? html`<button type="button" @click=${() => this.#setPublished(row, !row.published)}>
                    ${row.published ? t('documents.unpublish') : t('documents.publish')}<span
                      class="visually-hidden"
                    >
                      ${row.number}</span
                    >
                  </button>`
                : nothing,
            )}
          </tr>`,
      })}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-documents', PbgdplAdminDocuments);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-documents': PbgdplAdminDocuments;
  }
}
