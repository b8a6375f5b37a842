import { html } from 'lit';
import type { Reporter } from '@pbgdpl/contract';
import { defineElement, formatDate } from '@pbgdpl/core';
import { AdminList } from './admin-list.ts';
import { href } from './router.ts';
import './stats-i18n.ts';

const PAGE_SIZE = 50;

/** Báo cáo viên, tuyên truyền viên: everyone, past terms included, in Vietnamese order. */
export class PbgdplAdminReporters extends AdminList<Reporter> {
  protected async fetchPage() {
    const query = { page: this.page, pageSize: PAGE_SIZE, q: this.q || undefined };
    return (await this.ctx.api.get('adminReporterList', { query })).data;
  }

  #delete(reporter: Reporter): Promise<void> {
    const { t } = this;
    return this.deleteAfterAsking(
      {
        title: t('admin-stats:deleteReporterTitle'),
        question: t('admin-stats:deleteReporterQuestion', { name: reporter.name }),
      },
      'adminReporterDelete',
      reporter,
      t('admin-stats:deletedReporter', { name: reporter.name }),
    );
  }

  #row(reporter: Reporter) {
    const { t, language } = this;
    const term = `${formatDate(reporter.termStart, language)} – ${reporter.termEnd ? formatDate(reporter.termEnd, language) : '…'}`;
    return html`<tr>
      <td><a href=${href('stats', 'reporters', reporter.id)}>${reporter.name}</a></td>
      <td>${t(`admin-stats:roles.${reporter.role}`)}</td>
      <td>${reporter.unitName}</td>
      <td>${term}</td>
      ${this.renderRowActions({
        name: reporter.name,
        edit: href('stats', 'reporters', reporter.id),
        remove: () => this.#delete(reporter),
      })}
    </tr>`;
  }

  protected override render() {
    const { t } = this;
    return html`
      <h1 tabindex="-1">${t('admin-stats:reporters')}</h1>
      <p class="muted">${t('admin-stats:publicNote')}</p>
      <div class="toolbar">
        <a class="button primary" href=${href('stats', 'reporters', 'new')}
          >${t('admin-stats:newReporter')}</a
        >
        <a class="button" href=${href('stats')}>${t('admin-stats:activities')}</a>
        ${this.renderWordSearch(t('admin-stats:search'))}
      </div>
      ${this.renderTable({
        empty: t('admin-stats:noReporters'),
        caption: (total) => t('admin-stats:reportersCaption', { total }),
        headers: html`<th scope="col">${t('admin-stats:name')}</th>
          <th scope="col">${t('admin-stats:role')}</th>
          <th scope="col">${t('admin-stats:unit')}</th>
          <th scope="col">${t('admin-stats:term')}</th>
          <th scope="col">${t('documents.actions')}</th>`,
        row: (reporter) => this.#row(reporter),
      })}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-reporters', PbgdplAdminReporters);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-reporters': PbgdplAdminReporters;
  }
}
