import { html } from 'lit';
import type { AdminContest } from '@pbgdpl/contract';
import { defineElement, formatDate } from '@pbgdpl/core';
import { AdminList } from '../admin-list.ts';
import { href } from '../router.ts';

const PAGE_SIZE = 20;

/** Cuộc thi: every contest in every review state (a unit's person: their unit's), with its state now. */
export class PbgdplAdminContests extends AdminList<AdminContest> {
  protected async fetchPage() {
    const query = { page: this.page, pageSize: PAGE_SIZE };
    return (await this.ctx.api.get('adminContestList', { query })).data;
  }

  #delete(contest: AdminContest): Promise<void> {
    const { t } = this;
    return this.deleteAfterAsking(
      {
        title: t('admin-contest:deleteTitle'),
        question: t('admin-contest:deleteQuestion', { title: contest.title }),
      },
      'adminContestDelete',
      contest,
      t('admin-contest:deleted', { title: contest.title }),
    );
  }

  #row(contest: AdminContest) {
    const { t, language } = this;
    const name = html`<span class="visually-hidden"> ${contest.title}</span>`;
    return html`<tr>
      <td><a href=${href('contests', contest.id)}>${contest.title}</a></td>
      <td>${contest.unit.name}</td>
      <td>${formatDate(contest.startsAt, language)} – ${formatDate(contest.endsAt, language)}</td>
      <td>${t(`admin-contest:states.${contest.state}`)}</td>
      <td>${t(`contentState.${contest.reviewState}`)}</td>
      <td>${contest.bankSize}</td>
      <td>${contest.participants}</td>
      ${this.renderRowActions(
        { name: contest.title, edit: href('contests', contest.id), remove: () => this.#delete(contest) },
        html`<a class="button" href=${href('contests', contest.id, 'questions')}
            >${t('admin-contest:bankLink')}${name}</a
          >
          <a class="button" href=${href('contests', contest.id, 'results')}
            >${t('admin-contest:resultsLink')}${name}</a
          >`,
      )}
    </tr>`;
  }

  protected override render() {
    const { t } = this;
    return html`
      <h1 tabindex="-1">${t('admin-contest:title')}</h1>
      <div class="toolbar">
        <a class="button primary" href=${href('contests', 'new')}>${t('admin-contest:new')}</a>
      </div>
      ${this.renderTable({
        empty: t('admin-contest:none'),
        caption: (total) => t('admin-contest:caption', { total }),
        headers: html`<th scope="col">${t('admin-contest:contestTitle')}</th>
          <th scope="col">${t('admin-contest:unit')}</th>
          <th scope="col">${t('admin-contest:period')}</th>
          <th scope="col">${t('admin-contest:state')}</th>
          <th scope="col">${t('contentStateCol')}</th>
          <th scope="col">${t('admin-contest:bankSize')}</th>
          <th scope="col">${t('admin-contest:participants')}</th>
          <th scope="col">${t('admin-contest:actions')}</th>`,
        row: (contest) => this.#row(contest),
      })}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-contests', PbgdplAdminContests);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-contests': PbgdplAdminContests;
  }
}
