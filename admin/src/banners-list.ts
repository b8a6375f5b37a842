import { html } from 'lit';
import type { AdminBanner } from '@pbgdpl/contract';
import { defineElement, formatDate } from '@pbgdpl/core';
import { AdminList } from './admin-list.ts';
import { href } from './router.ts';

const PAGE_SIZE = 20;

/** Banner: every banner, scheduled and inactive ones included. */
export class PbgdplAdminBanners extends AdminList<AdminBanner> {
  protected async fetchPage() {
    return (await this.ctx.api.get('adminBannerList', { query: { page: this.page, pageSize: PAGE_SIZE } }))
      .data;
  }

  #delete(banner: AdminBanner): Promise<void> {
    const { t } = this;
    return this.deleteAfterAsking(
      { title: t('banners.deleteTitle'), question: t('banners.deleteQuestion', { title: banner.title }) },
      'adminBannerDelete',
      banner,
      t('banners.deleted', { title: banner.title }),
    );
  }

  #unitName(id: string | null): string {
    if (!id) return this.t('banners.everywhere');
    return this.ctx.site?.units.find((unit) => unit.id === id)?.name ?? id;
  }

  #schedule(banner: AdminBanner): string {
    const { t, language } = this;
    if (!banner.startsAt && !banner.endsAt) return t('banners.always');
    return `${banner.startsAt ? formatDate(banner.startsAt, language) : '…'} – ${banner.endsAt ? formatDate(banner.endsAt, language) : '…'}`;
  }

  protected override render() {
    const { t } = this;
    return html`
      <h1 tabindex="-1">${t('banners.title')}</h1>
      <div class="toolbar">
        <a class="button primary" href=${href('banners', 'new')}>${t('banners.new')}</a>
      </div>
      ${this.renderTable({
        empty: t('banners.none'),
        caption: (total) => t('banners.caption', { total }),
        headers: html`<th scope="col">${t('banners.bannerTitle')}</th>
          <th scope="col">${t('banners.placement')}</th>
          <th scope="col">${t('banners.unit')}</th>
          <th scope="col">${t('banners.schedule')}</th>
          <th scope="col">${t('banners.priority')}</th>
          <th scope="col">${t('banners.active')}</th>
          <th scope="col">${t('contentStateCol')}</th>
          <th scope="col">${t('documents.actions')}</th>`,
        row: (banner) =>
          html`<tr>
            <td><a href=${href('banners', banner.id)}>${banner.title}</a></td>
            <td>${t(`placement.${banner.placement}`)}</td>
            <td>${this.#unitName(banner.unitId)}</td>
            <td>${this.#schedule(banner)}</td>
            <td>${banner.priority}</td>
            <td>${banner.active ? t('form.yes') : t('form.no')}</td>
            <td>${t(`contentState.${banner.state}`)}</td>
            ${this.renderRowActions({
              name: banner.title,
              edit: href('banners', banner.id),
              remove: () => this.#delete(banner),
            })}
          </tr>`,
      })}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-banners', PbgdplAdminBanners);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-banners': PbgdplAdminBanners;
  }
}
