import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MyWork, WorkflowKind, WorkItem } from '@pbgdpl/contract';
import { WORKFLOW_KINDS } from '@pbgdpl/contract/values';
import { defineElement, formatDate } from '@pbgdpl/core';
import { AdminElement } from '../admin-element.ts';
import type { SectionContext } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import { formatDateTime } from '../labels.ts';
import { href } from '../router.ts';
import './workflow-i18n.ts';

/** Where each kind's item opens in the console. */
const SECTION: Record<WorkflowKind, string> = {
  document: 'documents',
  article: 'articles',
  video: 'videos',
  banner: 'banners',
  activity: 'stats',
};

/**
 * "Việc của tôi", the page the console opens on: the editors' review queue with its counts per
 * kind, the person's own unfinished items (a returned one with the reviewer's words), and the
 * questions waiting on their unit, overdue ones marked.
 */
export class PbgdplAdminMyWork extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      .counts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1.5em;
        list-style: none;
        padding: 0;
      }
      .overdue {
        font-weight: 700;
        color: var(--_color-danger);
      }
    `,
  ];

  @property({ attribute: false }) ctx!: SectionContext;
  @state() private work: MyWork | undefined;
  @state() private error = '';

  // At the first update, not on connection: an element upgraded when its chunk arrives gets
  // the properties set before then only now.
  protected override firstUpdated(): void {
    void this.#load();
  }

  async #load(): Promise<void> {
    this.error = '';
    try {
      this.work = await this.ctx.api.send('adminMyWork', {});
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #unit(id: string | null): string {
    if (!id) return this.t('admin-workflow:work.province');
    return this.ctx.site?.units.find((unit) => unit.id === id)?.name ?? id;
  }

  #items(items: WorkItem[], caption: string, withComment: boolean) {
    const { t, language } = this;
    const k = (key: string) => t(`admin-workflow:work.${key}`);
    return html`<table>
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${k('item')}</th>
          <th scope="col">${k('kind')}</th>
          <th scope="col">${k('unit')}</th>
          <th scope="col">${k('stateCol')}</th>
          <th scope="col">${k('updated')}</th>
          ${withComment ? html`<th scope="col">${k('comment')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (item) =>
            html`<tr>
              <td><a href=${href(SECTION[item.kind], item.id)}>${item.title}</a></td>
              <td>${t(`admin-workflow:kind.${item.kind}`)}</td>
              <td>${this.#unit(item.unitId)}</td>
              <td>${t(`contentState.${item.state}`)}</td>
              <td>${formatDateTime(item.updatedAt, language)}</td>
              ${withComment ? html`<td>${item.comment ?? ''}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #review(review: NonNullable<MyWork['review']>) {
    const { t } = this;
    const heading = t('admin-workflow:work.review', { count: review.total });
    return html`<section aria-labelledby="review-heading">
      <h2 id="review-heading">${heading}</h2>
      <ul class="counts" aria-label=${t('admin-workflow:work.counts')}>
        ${WORKFLOW_KINDS.map(
          (kind) =>
            html`<li>${t(`admin-workflow:kind.${kind}`)}: <strong>${review.counts[kind]}</strong></li>`,
        )}
      </ul>
      ${review.items.length
        ? this.#items(review.items, heading, false)
        : html`<p>${t('admin-workflow:work.reviewEmpty')}</p>`}
    </section>`;
  }

  #questions(questions: MyWork['questions']) {
    const { t, language } = this;
    const k = (key: string, values?: Record<string, unknown>) => t(`admin-workflow:work.${key}`, values);
    const heading = k('questions', { count: questions.total, overdue: questions.overdue });
    return html`<section aria-labelledby="questions-heading">
      <h2 id="questions-heading">${heading}</h2>
      ${questions.items.length
        ? html`<table>
              <caption class="visually-hidden">
                ${heading}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${k('code')}</th>
                  <th scope="col">${k('question')}</th>
                  <th scope="col">${k('unit')}</th>
                  <th scope="col">${k('due')}</th>
                </tr>
              </thead>
              <tbody>
                ${questions.items.map(
                  (question) =>
                    html`<tr>
                      <td>${question.trackingCode}</td>
                      <td><a href=${href('questions', question.id)}>${question.title}</a></td>
                      <td>${this.#unit(question.unit?.id ?? null)}</td>
                      <td>
                        ${formatDate(question.dueOn, language)}
                        ${question.overdue ? html` <span class="overdue">${k('overdue')}</span>` : nothing}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
            <p><a href=${href('questions')}>${k('more')}</a></p>`
        : html`<p>${k('questionsEmpty')}</p>`}
    </section>`;
  }

  protected override render() {
    const { t } = this;
    const title = html`<h1 tabindex="-1">${t('admin-workflow:work.title')}</h1>`;
    if (this.error)
      return html`${title}
        <p class="notice" role="alert">${this.error}</p>
        <button type="button" @click=${() => this.#load()}>${t('core:retry')}</button>`;
    const work = this.work;
    if (!work)
      return html`${title}
        <p role="status">${t('core:loading')}</p>`;
    const mineHeading = t('admin-workflow:work.mine');
    return html`${title} ${work.review ? this.#review(work.review) : nothing}
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">${mineHeading}</h2>
        ${work.mine.length
          ? this.#items(work.mine, mineHeading, true)
          : html`<p>${t('admin-workflow:work.mineEmpty')}</p>`}
      </section>
      ${this.#questions(work.questions)}`;
  }
}

defineElement('pbgdpl-admin-my-work', PbgdplAdminMyWork);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-my-work': PbgdplAdminMyWork;
  }
}
