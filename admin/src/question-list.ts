import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminQuestionPage, QuestionStatus } from '@pbgdpl/contract';
import { defineElement, formatDate, formatNumber } from '@pbgdpl/core';
import { AdminElement } from './admin-element.ts';
import type { SectionContext } from './context.ts';
import { failureMessage } from './entity-form.ts';
import { renderListTable } from './list-table.ts';
import { questionApi } from './question-api.ts';
import './question-messages.ts';
import { href } from './router.ts';

const PAGE_SIZE = 20;
export const QUESTION_STATUSES: readonly QuestionStatus[] = ['pending', 'answered', 'rejected'];

/**
 * Hỏi đáp: the queue, pending questions first (the daily work), with counts per status, a
 * search, and each question one click away.
 */
export class PbgdplAdminQuestions extends AdminElement {
  @property({ attribute: false }) ctx!: SectionContext;
  @state() private status: QuestionStatus = 'pending';
  @state() private q = '';
  @state() private page = 1;
  @state() private data: AdminQuestionPage | undefined;
  /** The status of the rows on screen (the tab changes at once, the rows when they arrive). */
  @state() private shown: QuestionStatus = 'pending';
  @state() private error = '';
  @state() private loading = true;
  /** Only the newest request may fill the table (tabs can be switched faster than answers come). */
  #generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    this.error = '';
    const status = this.status;
    const generation = ++this.#generation;
    try {
      const data = await questionApi(this.ctx.api).list({
        status,
        q: this.q.trim() || undefined,
        page: this.page,
        pageSize: PAGE_SIZE,
      });
      if (generation !== this.#generation) return;
      this.data = data;
      this.shown = status;
    } catch (error) {
      if (generation === this.#generation) this.error = failureMessage(this.t, error);
    } finally {
      if (generation === this.#generation) this.loading = false;
    }
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

  #search(event: Event): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.q = (form.elements.namedItem('q') as HTMLInputElement).value;
    this.page = 1;
    void this.load();
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
        <form class="toolbar" role="search" @submit=${(event: Event) => this.#search(event)}>
          <div>
            <label for="q">${t('qa:search')}</label>
            <input id="q" name="q" type="search" .value=${this.q} />
          </div>
          <button type="submit">${t('qa:searchButton')}</button>
        </form>
        ${renderListTable({
          t,
          data,
          loading: this.loading,
          error: this.error,
          empty: t('qa:none'),
          caption: (total) =>
            t('qa:caption', { status: status(this.status), total: formatNumber(total, language) }),
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
              <td>${row.published ? t('form.yes') : t('form.no')}</td>
            </tr>`,
          goTo: (page) => {
            this.page = page;
            void this.load();
          },
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
