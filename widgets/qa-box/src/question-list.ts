import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { QuestionSummary } from '@pbgdpl/contract';
import { formatDate, formatNumber, type Lang, type Translate } from '@pbgdpl/core';
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

/** Previous / next with the position between them: few pages, large targets, one line on a phone. */
export function renderPager(
  t: Translate,
  lang: Lang,
  page: number,
  pages: number,
  onPage: (page: number) => void,
) {
  if (pages <= 1) return nothing;
  return html`<nav class="pager" part="pager" aria-label=${t('pager.label')}>
    <button type="button" ?disabled=${page <= 1} @click=${() => onPage(page - 1)}>
      <span aria-hidden="true">‹</span> ${t('pager.previous')}
    </button>
    <span>${t('pager.position', { page: formatNumber(page, lang), pages: formatNumber(pages, lang) })}</span>
    <button type="button" ?disabled=${page >= pages} @click=${() => onPage(page + 1)}>
      ${t('pager.next')} <span aria-hidden="true">›</span>
    </button>
  </nav>`;
}

/** Placeholder rows of fixed height while a page loads, so nothing jumps when it arrives. */
export function renderSkeleton(t: Translate, rows: number) {
  return html`<div class="skeleton" part="state loading" role="status" aria-busy="true">
    <span class="visually-hidden">${t('results.loading')}</span>
    <ul aria-hidden="true">
      ${Array.from({ length: rows }, () => html`<li class="skeleton-row shimmer"></li>`)}
    </ul>
  </div>`;
}
