import { html } from 'lit';
import { state } from 'lit/decorators.js';
import type { AdminFeedback, AdminFeedbackPage, FeedbackStatus } from '@pbgdpl/contract';
import { FEEDBACK_STATUSES } from '@pbgdpl/contract/values';
import { defineElement, formatDate, formatNumber } from '@pbgdpl/core';
import { AdminList } from '../admin-list.ts';
import { href } from '../router.ts';

const PAGE_SIZE = 20;

/**
 * Phản ánh, kiến nghị: feedback on documents, routed to the issuing unit (a unit's person sees
 * their unit's only, as the server scopes it), waiting ones first, oldest first.
 */
export class PbgdplAdminFeedbackList extends AdminList<AdminFeedback, AdminFeedbackPage> {
  @state() private status: FeedbackStatus | '' = 'pending';

  protected async fetchPage() {
    const query = { status: this.status || undefined, page: this.page, pageSize: PAGE_SIZE };
    return (await this.ctx.api.get('adminFeedbackList', { query })).data;
  }

  #filter(event: SubmitEvent): void {
    event.preventDefault();
    const select = (event.target as HTMLFormElement).elements.namedItem('status') as HTMLSelectElement;
    this.status = select.value as FeedbackStatus | '';
    this.page = 1;
    void this.load();
  }

  protected override render() {
    const { t, language } = this;
    const counts = this.data?.counts;
    const label = (status: FeedbackStatus) =>
      t('admin-feedback:tabLabel', {
        status: t(`admin-feedback:statuses.${status}`),
        n: formatNumber(counts?.[status] ?? 0, language),
      });
    return html`
      <h1 tabindex="-1">${t('admin-feedback:title')}</h1>
      <p>${t('admin-feedback:intro')}</p>
      <form class="toolbar" role="search" @submit=${(event: SubmitEvent) => this.#filter(event)}>
        <div>
          <label for="status">${t('admin-feedback:status')}</label>
          <select id="status" name="status">
            ${FEEDBACK_STATUSES.map(
              (status) =>
                html`<option value=${status} ?selected=${status === this.status}>${label(status)}</option>`,
            )}
            <option value="" ?selected=${this.status === ''}>${t('admin-feedback:all')}</option>
          </select>
        </div>
        <button type="submit">${t('admin-feedback:filter')}</button>
      </form>
      ${this.renderTable({
        empty: t('admin-feedback:none'),
        caption: (total) =>
          t('admin-feedback:caption', {
            status: this.status ? t(`admin-feedback:statuses.${this.status}`) : t('admin-feedback:all'),
            total: formatNumber(total, language),
          }),
        headers: html`<th scope="col">${t('admin-feedback:code')}</th>
          <th scope="col">${t('admin-feedback:document')}</th>
          <th scope="col">${t('admin-feedback:reason')}</th>
          <th scope="col">${t('admin-feedback:received')}</th>
          <th scope="col">${t('admin-feedback:status')}</th>`,
        row: (item) =>
          html`<tr>
            <td><a href=${href('feedback', item.id)}>${item.trackingCode}</a></td>
            <td>${item.document.number}: ${item.document.title}</td>
            <td>${t(`admin-feedback:reasons.${item.reason}`)}</td>
            <td>${formatDate(item.receivedAt, language)}</td>
            <td>
              ${t(`admin-feedback:statuses.${item.status}`)}${item.responsePublished
                ? html` · ${t('admin-feedback:isPublished')}`
                : ''}
            </td>
          </tr>`,
      })}
    `;
  }
}

defineElement('pbgdpl-admin-feedback-list', PbgdplAdminFeedbackList);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-feedback-list': PbgdplAdminFeedbackList;
  }
}
