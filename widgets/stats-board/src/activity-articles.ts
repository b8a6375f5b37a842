import { html, nothing, type TemplateResult } from 'lit';
import type { StatsReport } from '@pbgdpl/contract';
import { formatDate, formatNumber, type Lang, type Translate } from '@pbgdpl/core';

/** Where the board's links lead: the host's article view and news list. */
export interface ArticleLinks {
  /** An article, `{id}` and `{slug}` replaced. */
  article: string;
  /** The news list of a unit's activity reports, `{unit}` replaced (empty: the whole province); none: no link. */
  news: string | undefined;
}

/**
 * Under the activity figures: the newest articles that report those activities in the period
 * (of the unit shown), each opening on the host's news page, and the way to all of them.
 */
export function renderActivityArticles(
  t: Translate,
  lang: Lang,
  found: StatsReport['activityArticles'],
  unit: string | undefined,
  links: ArticleLinks,
): TemplateResult | typeof nothing {
  if (found.total === 0) return nothing;
  const href = (item: (typeof found.items)[number]) =>
    links.article.replaceAll('{id}', String(item.id)).replaceAll('{slug}', item.slug);
  return html`<div class="activity-articles">
    <h4 id="h-activity-articles">${t('activityArticles.heading')}</h4>
    <ul aria-labelledby="h-activity-articles">
      ${found.items.map(
        (item) =>
          html`<li>
            <a href=${href(item)}>${item.title}</a>
            <time datetime=${item.publishedAt}>${formatDate(item.publishedAt, lang)}</time>
          </li>`,
      )}
    </ul>
    ${links.news
      ? html`<a class="all-articles" href=${links.news.replaceAll('{unit}', unit ?? '')}
          >${t('activityArticles.all', { count: found.total, total: formatNumber(found.total, lang) })}</a
        >`
      : nothing}
  </div>`;
}
