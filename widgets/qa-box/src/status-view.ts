import { html, nothing } from 'lit';
import type { QuestionAnswer } from '@pbgdpl/contract';
import { formatDate, type Lang, type Translate } from '@pbgdpl/core';
import type { LookupController } from './status-lookup.ts';

export interface StatusContext {
  t: Translate;
  lang: Lang;
  lookup: LookupController;
  /** The list's rendering of an answer, passed in so this lazily loaded chunk does not import the element's. */
  renderAnswer: (answer: QuestionAnswer) => unknown;
  /** The answered question's address in the list, when it is published. */
  questionHref: (id: number) => string;
  onOpen: (event: MouseEvent, id: number) => void;
}

function renderResult(context: StatusContext) {
  const { t, lang, lookup } = context;
  const state = lookup.state;
  switch (state.status) {
    case 'idle':
    case 'invalid':
      return nothing;
    case 'loading':
      return html`<p class="state loading" part="state loading" aria-busy="true">${t('core:loading')}</p>`;
    case 'error':
      return html`<p class="state error" part="state error">${state.message}</p>`;
    case 'ready': {
      const { data } = state;
      const questionId = data.questionId;
      return html`<section class="tracking" part="tracking" aria-labelledby="tracking-title">
        <h3 id="tracking-title">${data.title}</h3>
        <dl class="facts">
          <div>
            <dt>${t('success.code')}</dt>
            <dd>${data.trackingCode}</dd>
          </div>
          <div>
            <dt>${t('status.received')}</dt>
            <dd><time datetime=${data.receivedAt}>${formatDate(data.receivedAt, lang)}</time></dd>
          </div>
          <div>
            <dt>${t('status.state')}</dt>
            <dd><span class="badge" data-status=${data.status}>${t(`status.${data.status}`)}</span></dd>
          </div>
          ${data.rejectReason
            ? html`<div>
                <dt>${t('status.reason')}</dt>
                <dd>${data.rejectReason}</dd>
              </div>`
            : nothing}
        </dl>
        ${data.answer
          ? context.renderAnswer(data.answer)
          : data.status === 'answered'
            ? html`<p class="hint">${t('status.awaiting')}</p>`
            : nothing}
        ${questionId
          ? html`<p>
              <a
                href=${context.questionHref(questionId)}
                @click=${(event: MouseEvent) => context.onOpen(event, questionId)}
                >${t('status.open')}</a
              >
            </p>`
          : nothing}
      </section>`;
    }
  }
}

/** A short sentence for the live region; the result itself is read when the reader gets to it. */
function announcement({ t, lookup }: StatusContext): string {
  const state = lookup.state;
  if (state.status === 'ready') return `${t('status.state')}: ${t(`status.${state.data.status}`)}`;
  return state.status === 'error' || state.status === 'invalid' ? state.message : '';
}

/** The lookup by tracking code; the outcome is announced when it arrives. */
export function renderStatus(context: StatusContext) {
  const { t, lookup } = context;
  const invalid = lookup.state.status === 'invalid';
  return html`<section class="status" part="status" aria-labelledby="status-heading">
    <h2 id="status-heading">${t('status.heading')}</h2>
    <form
      class="lookup"
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const input = (event.currentTarget as HTMLFormElement).querySelector('input');
        void lookup.lookup(input?.value ?? '');
      }}
    >
      <label for="code">${t('status.label')}</label>
      <p class="hint" id="code-hint">${t('status.hint')}</p>
      <div class="search-row">
        <input
          id="code"
          name="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="20"
          .value=${lookup.code}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? 'code-hint code-error' : 'code-hint'}
        />
        <button type="submit" class="primary">${t('status.submit')}</button>
      </div>
      ${invalid
        ? html`<p class="error" id="code-error">
            ${lookup.state.status === 'invalid' ? lookup.state.message : ''}
          </p>`
        : nothing}
    </form>
    <p class="visually-hidden" role="status">${announcement(context)}</p>
    ${renderResult(context)}
  </section>`;
}
