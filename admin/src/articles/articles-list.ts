import { html } from 'lit';
import type { AdminArticlePage } from '@pbgdpl/contract';
import { defineElement, formatDate, formatNumber } from '@pbgdpl/core';
import { AdminList } from '../admin-list.ts';
import { href } from '../router.ts';

type ArticleRow = AdminArticlePage['items'][number];
const PAGE_SIZE = 20;

/** Tin bài: every article in every state (a unit's person: their unit's), newest first. */
export class PbgdplAdminArticles extends AdminList<ArticleRow> {
  protected async fetchPage() {
    const query = { page: this.page, pageSize: PAGE_SIZE, q: this.q || undefined };
    return (await this.ctx.api.get('adminArticleList', { query })).data;
  }

  #delete(article: ArticleRow): Promise<void> {
    const { t } = this;
    return this.deleteAfterAsking(
      {
        title: t('admin-article:deleteTitle'),
        question: t('admin-article:deleteQuestion', { title: article.title }),
      },
      'adminArticleDelete',
      article,
      t('admin-article:deleted', { title: article.title }),
    );
  }

  #row(article: ArticleRow) {
    const { t, language } = this;
    return html`<tr>
      <td><a href=${href('articles', article.id)}>${article.title}</a></td>
      <td>${t(`admin-article:categories.${article.category}`)}</td>
      <td>${article.unit.name}</td>
      <td>${formatDate(article.publishedAt, language)}</td>
      <td>${t(`contentState.${article.state}`)}</td>
      <td>${formatNumber(article.views, language)}</td>
      ${this.renderRowActions({
        name: article.title,
        edit: href('articles', article.id),
        remove: () => this.#delete(article),
      })}
    </tr>`;
  }

  protected override render() {
    const { t } = this;
    return html`
      <h1 tabindex="-1">${t('admin-article:title')}</h1>
      <div class="toolbar">
        <a class="button primary" href=${href('articles', 'new')}>${t('admin-article:new')}</a>
        ${this.renderWordSearch(t('admin-article:search'))}
      </div>
      ${this.renderTable({
        empty: t('admin-article:none'),
        caption: (total) => t('admin-article:caption', { total }),
        headers: html`<th scope="col">${t('admin-article:articleTitle')}</th>
          <th scope="col">${t('admin-article:category')}</th>
          <th scope="col">${t('admin-article:unit')}</th>
          <th scope="col">${t('admin-article:publishedAt')}</th>
          <th scope="col">${t('admin-article:state')}</th>
          <th scope="col">${t('admin-article:views')}</th>
          <th scope="col">${t('documents.actions')}</th>`,
        row: (article) => this.#row(article),
      })}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-articles', PbgdplAdminArticles);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-articles': PbgdplAdminArticles;
  }
}
