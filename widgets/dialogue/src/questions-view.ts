import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { DialogueQuestion } from '@pbgdpl/contract';
import { formatDate, formatNumber, formatTime, type Lang, type Translate } from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';
import type { QuestionSort } from './dialogue-state.ts';

export interface QuestionsContext {
  t: Translate;
  lang: Lang;
  api: string;
  sort: QuestionSort;
  questions: DialogueQuestion[];
  /** Supporting is offered while questions count (not on an archived session). */
  canSupport: boolean;
  supported: (id: number) => boolean;
  /** Support under way or refused, by question. */
  supportProblem: (id: number) => string | undefined;
  onSort: (sort: QuestionSort) => void;
  onSupport: (question: DialogueQuestion) => void;
}

const stamp = (value: string, lang: Lang) => `${formatTime(value, lang)}, ${formatDate(value, lang)}`;

function renderQuestion(context: QuestionsContext, question: DialogueQuestion): TemplateResult {
  const { t, lang, api } = context;
  const who =
    [question.askerName, question.organisation].filter(Boolean).join(' – ') || t('questions.anonymous');
  const done = context.supported(question.id);
  const problem = context.supportProblem(question.id);
  return html`<li class="question" part="question" data-question-id=${question.id}>
    <p class="meta">
      <span>${who}</span>
      <time datetime=${question.askedAt}>${stamp(question.askedAt, lang)}</time>
      ${question.status === 'answered-in-session'
        ? html`<span class="badge" data-state="answered">${t('questions.inSession')}</span>`
        : nothing}
      ${question.merged ? html`<span>${t('questions.merged', { count: question.merged })}</span>` : nothing}
    </p>
    <p class="body">${question.body}</p>
    ${question.answer
      ? html`<div class="answer" part="answer">
          <h4 class="visually-hidden">${t('questions.answer')}</h4>
          <div class="rich">${unsafeHTML(sanitizeHtml(question.answer.html, { base: api }))}</div>
          <p class="byline">
            ${t('questions.answeredBy')}: <strong>${question.answer.answeredBy}</strong>,
            ${question.answer.answererTitle} ·
            <time datetime=${question.answer.answeredAt}>${stamp(question.answer.answeredAt, lang)}</time>
          </p>
        </div>`
      : nothing}
    <p class="support-row">
      ${context.canSupport
        ? html`<button
            type="button"
            class="secondary support"
            part="support"
            aria-pressed=${done ? 'true' : 'false'}
            ?disabled=${done}
            @click=${() => context.onSupport(question)}
          >
            ${done ? t('questions.supported') : t('questions.support')}
            <span class="visually-hidden">: ${question.body.slice(0, 80)}</span>
          </button>`
        : nothing}
      <span class="supports"
        >${t('questions.supports', {
          count: question.supports,
          n: formatNumber(question.supports, lang),
        })}</span
      >
      ${problem ? html`<span class="error" role="alert">${problem}</span>` : nothing}
    </p>
  </li>`;
}

/** The accepted questions with their answers as they come, most supported or newest first. */
export function renderQuestions(context: QuestionsContext): TemplateResult {
  const { t } = context;
  return html`<div class="row sort">
      <label for="sort">${t('questions.sort')}</label>
      <select
        id="sort"
        @input=${(event: Event) => context.onSort((event.target as HTMLSelectElement).value as QuestionSort)}
      >
        <option value="support" ?selected=${context.sort === 'support'}>${t('questions.bySupport')}</option>
        <option value="newest" ?selected=${context.sort === 'newest'}>${t('questions.byNewest')}</option>
      </select>
    </div>
    ${context.questions.length
      ? html`<ol class="questions" part="questions">
          ${context.questions.map((question) => renderQuestion(context, question))}
        </ol>`
      : html`<p class="state empty" part="state empty">${t('questions.none')}</p>`}`;
}
