import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { AdminDialogue, ContentState, DialogueState } from '@pbgdpl/contract';
import { CONTENT_STATES, DIALOGUE_STATES } from '@pbgdpl/contract/values';
import { defineElement, formatNumber } from '@pbgdpl/core';
import { AdminList } from '../admin-list.ts';
import { mayUse } from '../context.ts';
import { formatDateTime, options, unitOptions } from '../labels.ts';
import { href } from '../router.ts';

const PAGE_SIZE = 20;

/** The list's filters, as the admin route takes them; empty means any. */
interface Filters {
  state: DialogueState | '';
  reviewState: ContentState | '';
  unit: string;
}

/**
 * Đối thoại: every session in every state (a unit's person: their unit's), the live and coming
 * ones first, with the questions waiting and a link to each session's moderation queue.
 */
export class PbgdplAdminDialogues extends AdminList<AdminDialogue> {
  @state() private filters: Filters = { state: '', reviewState: '', unit: '' };

  protected async fetchPage() {
    const { state, reviewState, unit } = this.filters;
    const query = {
      page: this.page,
      pageSize: PAGE_SIZE,
      state: state || undefined,
      reviewState: reviewState || undefined,
      unit: unit || undefined,
    };
    return (await this.ctx.api.get('adminDialogueList', { query })).data;
  }

  #filter(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    this.filters = {
      state: value('state') as Filters['state'],
      reviewState: value('reviewState') as Filters['reviewState'],
      unit: value('unit'),
    };
    this.page = 1;
    void this.load();
  }

  #select(name: keyof Filters, label: string, choices: { value: string; label: string }[]) {
    return html`<div>
      <label for="filter-${name}">${label}</label>
      <select id="filter-${name}" name=${name}>
        <option value="" ?selected=${this.filters[name] === ''}>${this.t('admin-dialogue:all')}</option>
        ${choices.map(
          (choice) =>
            html`<option value=${choice.value} ?selected=${this.filters[name] === choice.value}>
              ${choice.label}
            </option>`,
        )}
      </select>
    </div>`;
  }

  #delete(dialogue: AdminDialogue): Promise<void> {
    const { t } = this;
    return this.deleteAfterAsking(
      {
        title: t('admin-dialogue:deleteTitle'),
        question: t('admin-dialogue:deleteQuestion', { title: dialogue.title }),
      },
      'adminDialogueDelete',
      dialogue,
      t('admin-dialogue:deleted', { title: dialogue.title }),
    );
  }

  #row(dialogue: AdminDialogue) {
    const { t, language } = this;
    const name = html`<span class="visually-hidden"> ${dialogue.title}</span>`;
    return html`<tr>
      <td><a href=${href('dialogues', dialogue.id)}>${dialogue.title}</a></td>
      <td>${dialogue.unit.name}</td>
      <td>${formatDateTime(dialogue.startsAt, language)}</td>
      <td>${t(`admin-dialogue:states.${dialogue.state}`)}</td>
      <td>${t(`contentState.${dialogue.reviewState}`)}</td>
      <td>${formatNumber(dialogue.pendingQuestions, language)}</td>
      ${this.renderRowActions(
        { name: dialogue.title, edit: href('dialogues', dialogue.id), remove: () => this.#delete(dialogue) },
        html`<a class="button" href=${href('dialogues', dialogue.id, 'questions')}
          >${t('admin-dialogue:queueLink')}${name}</a
        >`,
      )}
    </tr>`;
  }

  protected override render() {
    const { t, language } = this;
    return html`
      <h1 tabindex="-1">${t('admin-dialogue:title')}</h1>
      <div class="toolbar">
        <a class="button primary" href=${href('dialogues', 'new')}>${t('admin-dialogue:new')}</a>
      </div>
      <form class="toolbar" role="search" @submit=${(event: SubmitEvent) => this.#filter(event)}>
        ${this.#select(
          'state',
          t('admin-dialogue:state'),
          options(DIALOGUE_STATES, t, 'admin-dialogue:states'),
        )}
        ${this.#select('reviewState', t('contentStateCol'), options(CONTENT_STATES, t, 'contentState'))}
        ${mayUse(this.ctx.me, 'editor')
          ? this.#select('unit', t('admin-dialogue:unit'), unitOptions(this.ctx.site, t, language))
          : nothing}
        <button type="submit">${t('admin-dialogue:filter')}</button>
      </form>
      ${this.renderTable({
        empty: t('admin-dialogue:none'),
        caption: (total) => t('admin-dialogue:caption', { total }),
        headers: html`<th scope="col">${t('admin-dialogue:sessionTitle')}</th>
          <th scope="col">${t('admin-dialogue:unit')}</th>
          <th scope="col">${t('admin-dialogue:schedule')}</th>
          <th scope="col">${t('admin-dialogue:state')}</th>
          <th scope="col">${t('contentStateCol')}</th>
          <th scope="col">${t('admin-dialogue:pending')}</th>
          <th scope="col">${t('admin-dialogue:actions')}</th>`,
        row: (dialogue) => this.#row(dialogue),
      })}
      <pbgdpl-admin-confirm></pbgdpl-admin-confirm>
    `;
  }
}

defineElement('pbgdpl-admin-dialogues', PbgdplAdminDialogues);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-admin-dialogues': PbgdplAdminDialogues;
  }
}
