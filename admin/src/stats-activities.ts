import { html } from 'lit';
import type { Activity } from '@pbgdpl/contract';
import { defineElement, formatNumber } from '@pbgdpl/core';
import { AdminList } from './admin-list.ts';
import { href } from './router.ts';
import './stats-i18n.ts';

const PAGE_SIZE = 50;
const FIGURES = ['conferences', 'trainings', 'contests', 'participants', 'copies'] as const;

/** Thống kê: the units' monthly activity reports, newest month first; the reporters one link away. */
export class PbgdplAdminActivities extends AdminList<Activity> {
  protected async fetchPage() {
    return (await this.ctx.api.get('adminActivityList', { query: { page: this.page, pageSize: PAGE_SIZE } }))
      .data;
  }

  #unit(id: string): string {
    return this.ctx.site?.units.find((unit) => unit.id === id)?.name ?? id;
  }

  #delete(activity: Activity): Promise<void> {
    const { t } = this;
    const names = { month: activity.month, unit: this.#unit(activity.unitId) };
    return this.deleteAfterAsking(
      {
        title: t('admin-stats:deleteActivityTitle'),
        question: t('admin-stats:deleteActivityQuestion', names),
      },
      'adminActivityDelete',
      activity,
      t('admin-stats:deletedActivity', names),
    );
  }

  protected override render() {
    const { t, language } = this;
    return html`
      <h1 tabindex="-1">${t('admin-stats:activities')}</h1>
      <p class="muted">${t('admin-stats:activitiesHint')}</p>
      <div class="toolbar">
        <a class="button primary" href=${href('stats', 'new')}>${t('admin-stats:newActivity')}</a>
        <a class="button" href=${href('stats', 'reporters')}>${t('admin-stats:reporters')}</a>
      </div>
      ${this.renderTable({
        empty: t('admin-stats:noActivities'),
        caption: (total) => t('admin-stats:activitiesCaption', { total }),
        headers: html`<th scope="col">${t('admin-stats:month')}</th>
          <th scope="col">${t('admin-stats:unit')}</th>
          ${FIGURES.map((key) => html`<th scope="col">${t(`admin-stats:${key}`)}</th>`)}
          <th scope="col">${t('contentStateCol')}</th>
          <th scope="col">${t('documents.actions')}</th>`,
        row: (activity) => {
          const label = `${activity.month} ${this.#unit(activity.unitId)}`;
          return html`<tr>
            <td><a href=${href('stats', activity.id)}>${activity.month}</a></td>
            <td>${this.#unit(activity.unitId)}</td>
            ${FIGURES.map((key) => html`<td>${formatNumber(activity[key], language)}</td>`)}
            <td>${t(`contentState.${activity.state}`)}</td>
            ${this.renderRowActions({
              name: label,
              edit: href('stats', activity.id),
              remove: () => this.#delete(activity),
            })}
          </tr>`;
        },
      })}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-activities', PbgdplAdminActivities);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-activities': PbgdplAdminActivities;
  }
}
