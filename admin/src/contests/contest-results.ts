import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdminContest, AdminContestResultRow, AdminContestResults } from '@pbgdpl/contract';
import { pathOf } from '@pbgdpl/contract/route-table';
import { defineElement, formatNumber } from '@pbgdpl/core';
import { AdminList } from '../admin-list.ts';
import { mayUse } from '../context.ts';
import { failureMessage } from '../entity-form.ts';
import { href } from '../router.ts';

const PAGE_SIZE = 50;

/**
 * Kết quả: a round's ranking with every name, the prizes editors award from the contest's list,
 * contact details for prizes (editors, with consent), flags on impossible timing, and the
 * ranking as XLSX or CSV.
 */
export class PbgdplAdminContestResults extends AdminList<AdminContestResultRow, AdminContestResults> {
  @property({ attribute: false }) contestId!: number;
  @state() private contest: AdminContest | undefined;
  /** The round shown; undefined: the server's choice (the latest that has started). */
  @state() private roundId: number | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(async () => {
      this.contest = (await this.ctx.api.get('adminContestGet', { params: { id: this.contestId } })).data;
    });
  }

  protected async fetchPage() {
    const query = { round: this.roundId, page: this.page, pageSize: PAGE_SIZE };
    const { data } = await this.ctx.api.get(
      'adminContestResults',
      { params: { id: this.contestId }, query },
      { fresh: true },
    );
    this.roundId = data.round.id;
    return data;
  }

  get #editor(): boolean {
    return mayUse(this.ctx.me, 'editor');
  }

  async #award(row: AdminContestResultRow, prize: string): Promise<void> {
    if (!this.data) return;
    try {
      await this.ctx.api.send('adminContestPrize', {
        params: { id: this.contestId },
        body: { roundId: this.data.round.id, participantId: row.participantId, prize: prize || null },
      });
      this.ctx.announce(this.t('admin-contest:prizeSaved', { name: row.name }));
      await this.load();
    } catch (error) {
      this.error = failureMessage(this.t, error);
    }
  }

  #prizeCell(row: AdminContestResultRow) {
    const { t } = this;
    if (!this.#editor) return html`<td>${row.prize ?? ''}</td>`;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const select = (event.target as HTMLFormElement).elements.namedItem('prize') as HTMLSelectElement;
      void this.#award(row, select.value);
    };
    return html`<td>
      <form @submit=${submit}>
        <select name="prize" aria-label=${t('admin-contest:prizeFor', { name: row.name })}>
          <option value="" ?selected=${row.prize === null}>${t('admin-contest:noPrize')}</option>
          ${(this.contest?.prizes ?? []).map(
            (prize) =>
              html`<option value=${prize.name} ?selected=${row.prize === prize.name}>${prize.name}</option>`,
          )}
        </select>
        <button type="submit">
          ${t('admin-contest:award')}<span class="visually-hidden"> ${row.name}</span>
        </button>
      </form>
    </td>`;
  }

  #row(row: AdminContestResultRow) {
    const { t, language } = this;
    const contact = row.contact
      ? [row.contact.phone, row.contact.email, row.contact.idNumber].filter(Boolean)
      : [];
    return html`<tr>
      <td>${row.rank}</td>
      <td>
        ${row.name}
        ${row.publishConsent
          ? nothing
          : html`<br /><span class="muted">${t('admin-contest:consentNote')}</span>`}
        ${row.flagged ? html`<br /><strong>${t('admin-contest:flagged')}</strong>` : nothing}
      </td>
      <td>${row.commune}</td>
      <td>${row.correct}/${row.total}</td>
      <td>${formatNumber(Math.round(row.seconds), language)}</td>
      <td>${row.guess ?? ''}</td>
      ${this.#prizeCell(row)} ${this.#editor ? html`<td>${contact.join(', ')}</td>` : nothing}
    </tr>`;
  }

  #exportLink(route: 'adminContestResultsXlsx' | 'adminContestResultsExport', label: string) {
    if (!this.data) return nothing;
    const url = this.ctx.api.url(pathOf(route, { id: this.contestId }), { round: this.data.round.id });
    return html`<a class="button" download href=${url}>${label}</a>`;
  }

  #pickRound = (event: SubmitEvent): void => {
    event.preventDefault();
    const select = (event.target as HTMLFormElement).elements.namedItem('round') as HTMLSelectElement;
    this.roundId = Number(select.value);
    this.page = 1;
    void this.load();
  };

  protected override render() {
    const { t, data, language } = this;
    return html`
      <h1 tabindex="-1">${t('admin-contest:resultsTitle', { title: this.contest?.title ?? '…' })}</h1>
      <p><a href=${href('contests', this.contestId)}>${t('admin-contest:backToContest')}</a></p>
      <div class="toolbar">
        <form @submit=${this.#pickRound}>
          <label for="round">${t('admin-contest:roundPick')}</label>
          <select id="round" name="round">
            ${(this.contest?.rounds ?? []).map(
              (round) =>
                html`<option value=${round.id} ?selected=${round.id === this.roundId}>
                  ${round.title} (${t(`admin-contest:roundStates.${round.state}`)})
                </option>`,
            )}
          </select>
          <button type="submit">${t('admin-contest:show')}</button>
        </form>
        ${this.#exportLink('adminContestResultsXlsx', t('admin-contest:exportXlsx'))}
        ${this.#exportLink('adminContestResultsExport', t('admin-contest:exportCsv'))}
      </div>
      ${data
        ? html`<p>
            ${t('admin-contest:attempts', { n: formatNumber(data.attempts, language) })}
            ${data.rightCount === null
              ? nothing
              : html` · ${t('admin-contest:rightCount', { n: formatNumber(data.rightCount, language) })}`}
          </p>`
        : nothing}
      <p class="muted">${t('admin-contest:contactOnlyEditors')}</p>
      ${this.renderTable({
        empty: t('admin-contest:resultsNone'),
        caption: (total) => t('admin-contest:resultsCaption', { round: data?.round.title ?? '', total }),
        headers: html`<th scope="col">${t('admin-contest:rank')}</th>
          <th scope="col">${t('admin-contest:name')}</th>
          <th scope="col">${t('admin-contest:commune')}</th>
          <th scope="col">${t('admin-contest:score')}</th>
          <th scope="col">${t('admin-contest:seconds')}</th>
          <th scope="col">${t('admin-contest:guess')}</th>
          <th scope="col">${t('admin-contest:prizeColumn')}</th>
          ${this.#editor ? html`<th scope="col">${t('admin-contest:contact')}</th>` : nothing}`,
        row: (row) => this.#row(row),
      })}
    `;
  }
}

defineElement('pbgdpl-admin-contest-results', PbgdplAdminContestResults);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-contest-results': PbgdplAdminContestResults;
  }
}
