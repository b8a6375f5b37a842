import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminContest, ContestQuestion } from '@pbgdpl/contract';
import { XLSX_TYPE } from '@pbgdpl/contract/values';
import { pathOf } from '@pbgdpl/contract/route-table';
import { defineElement } from '@pbgdpl/core';
import { AdminList } from '../admin-list.ts';
import { ImportPanel } from '../import-panel.ts';
import { href } from '../router.ts';

const PAGE_SIZE = 50;
const letter = (index: number) => String.fromCharCode(65 + index);

/** Nhập câu hỏi: the bank's XLSX or CSV file, checked then imported, with both templates to download. */
export class PbgdplAdminContestImport extends ImportPanel {
  @property({ attribute: false }) contestId!: number;
  protected readonly accept = `.xlsx,.csv,${XLSX_TYPE},text/csv`;

  protected get fileLabel(): string {
    return this.t('admin-contest:file');
  }

  protected get fileHint(): string {
    return this.t('admin-contest:fileHint');
  }

  protected send(file: File, dryRun: boolean) {
    const type = /\.xlsx$/i.test(file.name) || file.type === XLSX_TYPE ? XLSX_TYPE : 'text/csv';
    return this.ctx.api.send(
      'adminContestQuestionImport',
      { query: { contest: this.contestId, dryRun: dryRun ? 'true' : 'false' } },
      { raw: { body: file, type }, timeout: 60_000 },
    );
  }

  protected override imported(): void {
    this.dispatchEvent(new Event('imported', { bubbles: true, composed: true }));
  }

  protected renderIntro() {
    const { t, ctx } = this;
    return html`<h2>${t('admin-contest:importTitle')}</h2>
      <p>${t('admin-contest:importIntro')}</p>
      <p class="actions">
        <a class="button" download href=${ctx.api.url(pathOf('adminContestQuestionTemplateXlsx'))}
          >${t('admin-contest:templateXlsx')}</a
        >
        <a class="button" download href=${ctx.api.url(pathOf('adminContestQuestionTemplate'))}
          >${t('admin-contest:templateCsv')}</a
        >
      </p>`;
  }
}

/** Ngân hàng câu hỏi: a contest's questions with their key, to add, edit, delete or import. */
export class PbgdplAdminContestBank extends AdminList<ContestQuestion> {
  @property({ attribute: false }) contestId!: number;
  @state() private contest: AdminContest | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(async () => {
      this.contest = (await this.ctx.api.get('adminContestGet', { params: { id: this.contestId } })).data;
    });
  }

  protected async fetchPage() {
    const query = { contest: this.contestId, page: this.page, pageSize: PAGE_SIZE };
    return (await this.ctx.api.get('adminContestQuestionList', { query }, { fresh: true })).data;
  }

  #delete(question: ContestQuestion): Promise<void> {
    const { t } = this;
    return this.deleteAfterAsking(
      {
        title: t('admin-contest:deleteQuestionTitle'),
        question: t('admin-contest:deleteQuestionAsk', { text: question.text.slice(0, 80) }),
      },
      'adminContestQuestionDelete',
      question,
      t('admin-contest:questionDeleted'),
    );
  }

  #row(question: ContestQuestion) {
    const { t } = this;
    const edit = href('contests', this.contestId, 'questions', question.id);
    return html`<tr>
      <td><a href=${edit}>${question.text}</a></td>
      <td>
        <ol type="A">
          ${question.options.map(
            (option, index) =>
              html`<li>
                ${option}${question.correct.includes(index) ? html` <strong>✓</strong>` : nothing}
              </li>`,
          )}
        </ol>
      </td>
      <td>${question.correct.map(letter).join(', ')}</td>
      <td>${t(`admin-contest:difficulties.${question.difficulty}`)}</td>
      <td>${question.tags.join('; ')}</td>
      ${this.renderRowActions({
        name: question.text.slice(0, 60),
        edit,
        remove: () => this.#delete(question),
      })}
    </tr>`;
  }

  protected override render() {
    const { t } = this;
    return html`
      <h1 tabindex="-1">${t('admin-contest:bankTitle', { title: this.contest?.title ?? '…' })}</h1>
      <p><a href=${href('contests', this.contestId)}>${t('admin-contest:backToContest')}</a></p>
      <div class="toolbar">
        <a class="button primary" href=${href('contests', this.contestId, 'questions', 'new')}
          >${t('admin-contest:newQuestion')}</a
        >
      </div>
      ${this.renderTable({
        empty: t('admin-contest:bankNone'),
        caption: (total) => t('admin-contest:bankCaption', { total }),
        headers: html`<th scope="col">${t('admin-contest:questionText')}</th>
          <th scope="col">${t('admin-contest:options')}</th>
          <th scope="col">${t('admin-contest:correct')}</th>
          <th scope="col">${t('admin-contest:difficulty')}</th>
          <th scope="col">${t('admin-contest:tags')}</th>
          <th scope="col">${t('admin-contest:actions')}</th>`,
        row: (question) => this.#row(question),
      })}
      <pbgdpl-admin-contest-import
        .ctx=${this.ctx}
        .contestId=${this.contestId}
        @imported=${() => this.load()}
      ></pbgdpl-admin-contest-import>
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-contest-import', PbgdplAdminContestImport);
defineElement('pbgdpl-admin-contest-bank', PbgdplAdminContestBank);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-contest-import': PbgdplAdminContestImport;
    'pbgdpl-admin-contest-bank': PbgdplAdminContestBank;
  }
}
