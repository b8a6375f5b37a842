import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ArticleSummary } from '@pbgdpl/contract';
import { formatDate, type Lang, type Translate } from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';
import { renderCover, renderUnit } from './article/article-parts.ts';

export interface CardsContext {
  t: Translate;
  lang: Lang;
  api: string;
  /** Wraps an article's title in whatever opens it (a link, or a button without URL state). */
  link: (article: ArticleSummary, content: unknown) => TemplateResult;
}

/** Server highlights are escaped text with `<mark>`; they still pass the sanitizer before reaching the DOM. */
const marked = (value: string | null | undefined, plain: string) =>
  value ? unsafeHTML(sanitizeHtml(value)) : plain;

const date = (article: ArticleSummary, lang: Lang) =>
  html`<time datetime=${article.publishedAt}>${formatDate(article.publishedAt, lang)}</time>`;

/** A card: cover (or a plain block of the category's colour), category, title, date, unit and lead. */
function renderCard(article: ArticleSummary, context: CardsContext): TemplateResult {
  const { t, lang, api, link } = context;
  const snippet = article.highlight?.snippet;
  return html`<li class="card" part="card" data-category=${article.category}>
    <article>
      <div class="card-media" aria-hidden=${article.cover ? nothing : 'true'}>
        ${article.cover ? renderCover(api, article.cover, '(min-width: 48em) 20em, 100vw') : nothing}
      </div>
      <div class="card-text">
        <p class="card-category">
          ${t(`category.${article.category}`)}${article.pinned
            ? html` <span class="pinned">· ${t('card.pinned')}</span>`
            : nothing}
        </p>
        <h3 class="card-title">${link(article, marked(article.highlight?.title, article.title))}</h3>
        <p class="card-meta">
          <span class="visually-hidden">${t('card.date')}: </span>${date(article, lang)} ·
          <span class="visually-hidden">${t('card.unit')}: </span>${renderUnit(t, lang, article.unit)}
        </p>
        <p class="card-summary">${marked(snippet, article.summary)}</p>
      </div>
    </article>
  </li>`;
}

/** A loading card: the boxes of a card's cover and lines, so it is exactly as tall as the card that replaces it. */
export const renderCardSkeleton = (): TemplateResult =>
  html`<li class="card-skeleton shimmer">
    <article>
      <div class="card-media"></div>
      <div class="card-text">
        <div class="card-category"></div>
        <div class="card-title"></div>
        <div class="card-meta"></div>
        <div class="card-summary"></div>
      </div>
    </article>
  </li>`;

export function renderCards(items: readonly ArticleSummary[], context: CardsContext): TemplateResult {
  return html`<ul class="cards" part="results">
    ${items.map((article) => renderCard(article, context))}
  </ul>`;
}

/** A sidebar list: a small cover, the title and the date. */
export function renderCompactList(items: readonly ArticleSummary[], context: CardsContext): TemplateResult {
  const { lang, api, link } = context;
  return html`<ul class="compact-list" part="results">
    ${items.map(
      (article) =>
        html`<li class="compact-item" part="result">
          ${article.cover
            ? html`<span class="thumb">${renderCover(api, { ...article.cover, alt: '' }, '6em')}</span>`
            : nothing}
          <span class="compact-text">
            <span class="clamp">${link(article, article.title)}</span>
            <span class="compact-meta">${date(article, lang)}</span>
          </span>
        </li>`,
    )}
  </ul>`;
}

/** Headlines for a home page: title and date only. */
export function renderHeadlines(
  items: readonly ArticleSummary[],
  { lang, link }: CardsContext,
): TemplateResult {
  return html`<ul class="headlines" part="results">
    ${items.map(
      (article) =>
        html`<li class="headline" part="result">
          <span class="clamp">${link(article, article.title)}</span>
          <span class="compact-meta">${date(article, lang)}</span>
        </li>`,
    )}
  </ul>`;
}
