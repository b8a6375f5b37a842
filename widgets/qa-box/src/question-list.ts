import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { QuestionSummary } from '@pbgdpl/contract';
import { formatDate, type Lang, type Translate } from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';

export interface ListContext {
  t: Translate;
  lang: Lang;
  /** Wraps a title in whatever opens the question (a deep link, or a button without URL state). */
  link: (question: QuestionSummary, content: unknown) => TemplateResult;
}

/** Server highlights are escaped text with `<mark>`; they still pass the sanitizer. */
const marked = (value: string | null | undefined, plain: string) =>
  value ? unsafeHTML(sanitizeHtml(value)) : plain;

function renderItem(question: QuestionSummary, { t, lang, link }: ListContext) {
  const { highlight } = question;
  return html`<li class="item" part="item">
    <article>
      <h3 class="title">${link(question, marked(highlight?.title, question.title))}</h3>
      <p class="meta">
        ${question.featured
          ? html`<span class="badge" part="featured">${t('question.featured')}</span>`
          : nothing}
        <span>${t(`core:field.${question.field}`)}</span>
        <span
          >${t('question.answered')}:
          <time datetime=${question.answeredOn}>${formatDate(question.answeredOn, lang)}</time></span
        >
      </p>
      <p class="excerpt">${marked(highlight?.snippet, question.excerpt)}</p>
    </article>
  </li>`;
}

export function renderList(items: QuestionSummary[], context: ListContext) {
  return html`<ol class="list" part="list">
    ${items.map((question) => renderItem(question, context))}
  </ol>`;
}
