import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Activity, Page } from '@pbgdpl/contract';
import { defineElement, formatNumber } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';
import './confirm-dialog.ts';
import type { PbgdplAdminConfirm } from './confirm-dialog.ts';
import { isAdmin, type SectionContext } from './context.ts';
import { failureMessage } from './entity-form.ts';
import { renderListTable } from './list-table.ts';
import { href } from './router.ts';
import { statsApi } from './stats-api.ts';
import './stats-i18n.ts';

const PAGE_SIZE = 50;
const FIGURES = ['conferences', 'trainings', 'contests', 'participants', 'copies'] as const;

/** Thống kê: the units' monthly activity reports, newest month first; the reporters one link away. */
export class PbgdplAdminActivities extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() private page = 1;
  @state() private data: Page<Activity> | undefined;
  @state() private error = '';
  @query('pbgdpl-admin-confirm') private confirm!: PbgdplAdminConfirm;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this.error = '';
    try {
      this.data = await statsApi(this.ctx.api).activities({ page: this.page, pageSize: PAGE_SIZE });
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #unit(id: string): string {
    return this.ctx.site?.units.find((unit) => unit.id === id)?.name ?? id;
  }

  async #delete(activity: Activity): Promise<void> {
    const { t } = this;
    const names = { month: activity.month, unit: this.#unit(activity.unitId) };
    const ok = await this.confirm.ask(
      t('admin-stats:deleteActivityTitle'),
      t('admin-stats:deleteActivityQuestion', names),
      t('form.delete'),
    );
    if (!ok) return;
    try {
      await statsApi(this.ctx.api).deleteActivity(activity.id);
      this.ctx.announce(t('admin-stats:deletedActivity', names));
      await this.load();
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      this.error = failureMessage(t, error);
    }
  }

  protected override render() {
    const { t, language } = this;
    const data = this.data;
    const admin = isAdmin(this.ctx.me);
    return html`
      <h1 tabindex="-1">${t('admin-stats:activities')}</h1>
      <p class="muted">${t('admin-stats:activitiesHint')}</p>
      <div class="toolbar">
        <a class="button primary" href=${href('stats', 'new')}>${t('admin-stats:newActivity')}</a>
        <a class="button" href=${href('stats', 'reporters')}>${t('admin-stats:reporters')}</a>
      </div>
      ${renderListTable({
        t,
        data,
        loading: !data && !this.error,
        error: this.error,
        empty: t('admin-stats:noActivities'),
        caption: (total) => t('admin-stats:activitiesCaption', { total }),
        headers: html`<th scope="col">${t('admin-stats:month')}</th>
          <th scope="col">${t('admin-stats:unit')}</th>
          ${FIGURES.map((key) => html`<th scope="col">${t(`admin-stats:${key}`)}</th>`)}
          <th scope="col">${t('documents.actions')}</th>`,
        row: (activity) => {
          const label = `${activity.month} ${this.#unit(activity.unitId)}`;
          return html`<tr>
            <td><a href=${href('stats', activity.id)}>${activity.month}</a></td>
            <td>${this.#unit(activity.unitId)}</td>
            ${FIGURES.map((key) => html`<td>${formatNumber(activity[key], language)}</td>`)}
            <td>
              <div class="actions">
                <a class="button" href=${href('stats', activity.id)}
                  >${t('form.edit')}<span class="visually-hidden"> ${label}</span></a
                >
                ${admin
                  ? html`<button type="button" class="danger" @click=${() => this.#delete(activity)}>
                      ${t('form.delete')}<span class="visually-hidden"> ${label}</span>
                    </button>`
                  : nothing}
              </div>
            </td>
          </tr>`;
        },
        goTo: (page) => {
          this.page = page;
          void this.load();
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
