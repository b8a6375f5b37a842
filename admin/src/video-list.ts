import { html } from 'lit';
import type { AdminVideo } from '@pbgdpl/contract';
import { defineElement, formatDate } from '@pbgdpl/core';
import { AdminList } from './admin-list.ts';
import { href } from './router.ts';
import './video-i18n.ts';

const PAGE_SIZE = 20;

/** Video: every video, unpublished ones included, newest first; search by words. */
export class PbgdplAdminVideos extends AdminList<AdminVideo> {
  protected async fetchPage() {
    const query = { page: this.page, pageSize: PAGE_SIZE, q: this.q || undefined };
    return (await this.ctx.api.get('adminVideoList', { query })).data;
  }

  #delete(video: AdminVideo): Promise<void> {
    const { t } = this;
    return this.deleteAfterAsking(
      {
        title: t('admin-video:deleteTitle'),
        question: t('admin-video:deleteQuestion', { title: video.title }),
      },
      'adminVideoDelete',
      video,
      t('admin-video:deleted', { title: video.title }),
    );
  }

  #row(video: AdminVideo) {
    const { t, language } = this;
    return html`<tr>
      <td><a href=${href('videos', video.id)}>${video.title}</a></td>
      <td>${t(`admin-video:categories.${video.category}`)}</td>
      <td>${formatDate(video.publishedAt, language)}</td>
      <td>
        ${video.youtubeId ? 'YouTube' : video.sources.map((s) => s.type.slice(6).toUpperCase()).join(', ')}
      </td>
      <td>${t(`contentState.${video.state}`)}</td>
      ${this.renderRowActions({
        name: video.title,
        edit: href('videos', video.id),
        remove: () => this.#delete(video),
      })}
    </tr>`;
  }

  protected override render() {
    const { t } = this;
    return html`
      <h1 tabindex="-1">${t('admin-video:title')}</h1>
      <div class="toolbar">
        <a class="button primary" href=${href('videos', 'new')}>${t('admin-video:new')}</a>
        ${this.renderWordSearch(t('admin-video:search'))}
      </div>
      ${this.renderTable({
        empty: t('admin-video:none'),
        caption: (total) => t('admin-video:caption', { total }),
        headers: html`<th scope="col">${t('admin-video:videoTitle')}</th>
          <th scope="col">${t('admin-video:category')}</th>
          <th scope="col">${t('admin-video:publishedAt')}</th>
          <th scope="col">${t('admin-video:play')}</th>
          <th scope="col">${t('contentStateCol')}</th>
          <th scope="col">${t('documents.actions')}</th>`,
        row: (video) => this.#row(video),
      })}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-videos', PbgdplAdminVideos);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-videos': PbgdplAdminVideos;
  }
}
