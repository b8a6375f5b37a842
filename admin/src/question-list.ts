import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { AdminQuestionPage, AdminQuestionSummary, QuestionStatus } from '@pbgdpl/contract';
import { defineElement, formatDate, formatNumber } from '@pbgdpl/core';
import { AdminList } from './admin-list.ts';
import './question-messages.ts';
import { href } from './router.ts';

const PAGE_SIZE = 20;
export const QUESTION_STATUSES: readonly QuestionStatus[] = ['pending', 'answered', 'rejected'];

/** A page of the queue and the status its rows have (the tab changes at once, the rows when they arrive). */
type QueuePage = AdminQuestionPage & { status: QuestionStatus };

/**
 * Hỏi đáp: the queue, pending questions first (the daily work), with counts per status, a
 * search, and each question one click away.
 */
export class PbgdplAdminQuestions extends AdminList<AdminQuestionSummary, QueuePage> {
  @state() private status: QuestionStatus = 'pending';

  protected async fetchPage(): Promise<QueuePage> {
    const status = this.status;
    const query = { status, q: this.q || undefined, page: this.page, pageSize: PAGE_SIZE };
    const { data: page } = await this.ctx.api.get('adminQuestionList', { query });
    return { ...page, status };
  }

  #show(status: QuestionStatus): void {
    this.status = status;
    this.page = 1;
    void this.load();
  }

  /** Arrow keys move between the status tabs (WAI-ARIA tabs, automatic activation). */
  #onTabKey(event: KeyboardEvent): void {
    const index = QUESTION_STATUSES.indexOf(this.status);
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = QUESTION_STATUSES[(index + step + QUESTION_STATUSES.length) % QUESTION_STATUSES.length];
    if (!next) return;
    this.#show(next);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  }

  protected override render() {
    const { t, language } = this;
    const data = this.data;
    const status = (value: QuestionStatus) => t(`qa:status.${value}`);
    return html`
      <h1 tabindex="-1">${t('qa:title')}</h1>
      <div
        class="toolbar"
        role="tablist"
        aria-label=${t('qa:tabs')}
        @keydown=${(e: KeyboardEvent) => this.#onTabKey(e)}
      >
        ${QUESTION_STATUSES.map(
          (value) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${value}"
              class=${value === this.status ? 'primary' : ''}
              aria-selected=${value === this.status ? 'true' : 'false'}
              aria-controls="questions-panel"
              tabindex=${value === this.status ? 0 : -1}
              @click=${() => this.#show(value)}
            >
              ${t('qa:tabLabel', {
                status: status(value),
                n: formatNumber(data?.counts[value] ?? 0, language),
              })}
            </button>`,
        )}
      </div>
      <div id="questions-panel" role="tabpanel" aria-labelledby="tab-${this.status}">
        <div class="toolbar">${this.renderWordSearch(t('qa:search'), t('qa:searchButton'))}</div>
        ${this.renderTable({
          empty: t('qa:none'),
          caption: (total) =>
            t('qa:caption', {
              status: status(data?.status ?? this.status),
              total: formatNumber(total, language),
            }),
          headers: html`<th scope="col">${t('qa:code')}</th>
            <th scope="col">${t('qa:question')}</th>
            <th scope="col">${t('qa:field')}</th>
            <th scope="col">${t('qa:received')}</th>
            <th scope="col">${t('qa:published')}</th>`,
          row: (row) =>
            html`<tr>
              <td>${row.trackingCode}</td>
              <td>
                <a href=${href('questions', row.id)}>${row.title}</a>
                ${row.featured ? html`<span class="muted">(${t('qa:featured')})</span>` : nothing}
              </td>
              <td>${t(`core:field.${row.field}`)}</td>
              <td>${formatDate(row.receivedAt, language)}</td>
              <td>
                ${row.published
                  ? t('form.yes')
                  : t(row.status === 'answered' ? 'qa:awaitingApproval' : 'form.no')}
              </td>
            </tr>`,
        })}
      </div>
    `;
  }
}

defineElement('pbgdpl-admin-questions', PbgdplAdminQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-questions': PbgdplAdminQuestions;
  }
}
