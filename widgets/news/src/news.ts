import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { ArticlePage, ArticleSummary, FacetCount } from '@pbgdpl/contract';
import { ARTICLE_CATEGORIES } from '@pbgdpl/contract/values';
import {
  BrowseController,
  browseStyles,
  defineElement,
  emit,
  foundText,
  formatNumber,
  PbgdplElement,
  registerLocales,
  renderBack,
  renderDetailDialog,
  renderItemLink,
  renderPager,
  renderSearchField,
  searchFieldStyles,
  renderSkeleton,
} from '@pbgdpl/core';
import { newsStyles } from './news.styles.ts';
import {
  renderCards,
  renderCardSkeleton,
  renderCompactList,
  renderHeadlines,
  type CardsContext,
} from './cards.ts';
import {
  articlesQuery,
  FILTERS,
  newsCodec,
  SELECT_FILTERS,
  validFilter,
  type FilterName,
  type Filters,
  type NewsState,
} from './news-state.ts';
import type { ArticleEventMap } from './article/article.ts';
import vi from './locales/vi.json';
// The article element ships in this chunk and defines itself.

registerLocales('news', { vi, en: () => import('./locales/en.json') });

/** `<pbgdpl-article>`, imported once; a failed import is tried again at the next article. */
let articleView: Promise<unknown> | undefined;
const loadArticleView = () => {
  articleView ??= import('./article/article.ts').catch(() => (articleView = undefined));
};

type View = 'full' | 'compact' | 'headlines' | 'cards';
const VIEWS: readonly View[] = ['full', 'compact', 'headlines', 'cards'];

/**
 * The province's articles: news and events, guidance, unit activities, the coordination
 * council, reporters, announcements and invitations, plans and PBGDPL materials. The full view
 * has category tabs, a search (diacritics optional) with filters and counts, cards and pages;
 * `compact`, `headlines` and `cards` are short lists for sidebars and home pages. An article
 * opens inline, in a dialog or on a page of the host's. The list and the open article live in
 * the host page's address (`tt-q`, `tt-cat`, …, `tt-id`). On a unit's site (`unit` on the element,
 * a provider or the loader's `data-unit`) only that unit's articles are listed.
 *
 * @summary News and articles: category tabs, search with filters, cards, and each article in full.
 * @tag pbgdpl-news
 * @attr category - Fixed category (e.g. `huong-dan-chi-dao`, `thong-bao-giay-moi`): always applied, its tabs hidden.
 * @attr field - Fixed legal field (e.g. `dat-dai`): its filter hidden.
 * @attr audience - Fixed target group (e.g. `nong-dan`): its filter hidden.
 * @attr view - `full` (tabs, search, filters, cards, pages; default), `cards` (a grid of the newest), `compact` (a short list with thumbnails) or `headlines` (titles and dates).
 * @attr page-size - Articles per page (default 12 in the full view, 6 as cards, 5 otherwise).
 * @attr detail - How an article opens: `inline` (default, replaces the list), `dialog` (modal) or `link` (to `detail-href`).
 * @attr detail-href - Address of the host's article page, `{id}` and `{slug}` replaced, e.g. `/tin-bai?id={id}`.
 * @attr more-href - Short views: address of the full list, shown as "Xem tất cả".
 * @attr documents-href - Address of the document browser for related documents, `{id}` replaced (default: this page, `?vb-doc={id}`).
 * @attr url-prefix - Prefix of the page-address parameters (default `tt-`); give two widgets on one page different ones.
 * @attr no-url - Keep the list and the open article out of the page address.
 * @attr no-track - Send no view beacon for the articles opened.
 * @fires pbgdpl-article-open - An article is being opened; `detail: { id }`. Cancelable: cancel it to open the article yourself.
 * @csspart tabs - The category tabs.
 * @csspart search - The search form with its filters.
 * @csspart count - How many articles were found.
 * @csspart results - The list of articles.
 * @csspart card - One article's card.
 * @csspart result - One article in the compact and headline lists.
 * @csspart cover - A cover image.
 * @csspart pager - The page navigation.
 * @csspart detail - The inline detail with its back button.
 * @csspart back - The button back to the list.
 * @csspart dialog - The detail dialog.
 * @csspart close - The dialog's close button.
 * @csspart article - The `<pbgdpl-article>` showing an article.
 * @csspart more - Short views: the "Xem tất cả" link.
 * @cssprop --pbgdpl-news-min-card - Narrowest card in the grid (default 16em).
 * @cssprop --pbgdpl-news-ratio - Cover aspect ratio in cards (default 16 / 9).
 * @cssprop --pbgdpl-news-highlight - Background of matched words (default #fff3b0).
 */
export class PbgdplNews extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, browseStyles, searchFieldStyles, newsStyles];
  protected readonly namespace = 'news';

  @property() category?: string;
  @property() field?: string;
  @property() audience?: string;
  @property({ reflect: true }) view: View = 'full';
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  @property() detail: 'inline' | 'dialog' | 'link' = 'inline';
  @property({ attribute: 'detail-href' }) detailHref?: string;
  @property({ attribute: 'more-href' }) moreHref?: string;
  @property({ attribute: 'documents-href' }) documentsHref?: string;
  @property({ attribute: 'url-prefix' }) urlPrefix = 'tt-';
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;
  @property({ type: Boolean, attribute: 'no-track' }) noTrack = false;

  @query('dialog') private dialogElement?: HTMLDialogElement;

  readonly #browse = new BrowseController<NewsState>(this, {
    codec: newsCodec,
    detailKey: 'article',
    address: () => ({ prefix: this.urlPrefix, enabled: !this.noUrl }),
    fallbackFocus: '#results-heading',
  });
  readonly #articles = this.resource(
    'articles',
    () => ({ query: this.#query() }),
    (data) => data.items.length,
  );
  /** The last page that arrived: the filters keep their counts while the next one loads. */
  #last: ArticlePage | undefined;

  get #state(): NewsState {
    return this.#browse.state;
  }

  get #view(): View {
    return VIEWS.includes(this.view) ? this.view : 'full';
  }

  get #full(): boolean {
    return this.#view === 'full';
  }

  get #mode(): 'inline' | 'dialog' | 'link' {
    if (this.detail === 'link' && this.detailHref) return 'link';
    return this.detail === 'dialog' ? 'dialog' : 'inline';
  }

  /** Attributes fix filters; a unit's site lists only that unit's articles. */
  get #presets(): Filters {
    return {
      category: validFilter('category', this.category),
      unit: validFilter('unit', this.config.unit),
      field: validFilter('field', this.field),
      audience: validFilter('audience', this.audience),
    };
  }

  get #pageSize(): number {
    const size = Math.floor(this.pageSize ?? 0);
    if (size >= 1) return Math.min(size, 100);
    return this.#full ? 12 : this.#view === 'cards' ? 6 : 5;
  }

  #query() {
    const state = this.#full ? this.#state : newsCodec.empty();
    return articlesQuery(state, this.#presets, this.#pageSize);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const current = this.#articles.state;
    if (current.status === 'ready') this.#last = current.data;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#mode === 'dialog') this.#browse.syncDialog(this.dialogElement);
  }

  // ---- state changes ----

  #setFilter(name: FilterName, value: string | undefined): void {
    this.#browse.change({ [name]: validFilter(name, value), page: 1 });
  }

  // Choosing a filter re-runs the list in place: no change of context, focus stays (WCAG 3.2.2).
  #onSelect = (name: FilterName, event: Event) => {
    this.#setFilter(name, (event.target as HTMLSelectElement).value || undefined);
  };

  #onClear = () => {
    this.#browse.clearSearch(Object.fromEntries(FILTERS.map((name) => [name, undefined])));
    this.#browse.focus('input[type="search"]');
  };

  #onPage = (page: number) => {
    this.#browse.change({ page });
    this.#browse.focus('#results-heading');
  };

  // ---- opening articles ----

  #link = (article: ArticleSummary, content: unknown): TemplateResult => {
    const away = this.#mode === 'link';
    const href = away
      ? (this.detailHref ?? '').replaceAll('{id}', String(article.id)).replaceAll('{slug}', article.slug)
      : this.noUrl
        ? undefined
        : this.#browse.href({ article: article.id });
    return renderItemLink(
      {
        id: article.id,
        className: 'article-link',
        href,
        away,
        announce: () =>
          emit<ArticleEventMap, 'pbgdpl-article-open'>(this, 'pbgdpl-article-open', { id: article.id }),
        show: () => this.#browse.open(article.id, this.#mode === 'inline' ? '.back' : undefined),
      },
      content,
    );
  };

  get #cardsContext(): CardsContext {
    return { t: this.t, lang: this.language, api: this.config.api, link: this.#link };
  }

  // ---- rendering ----

  /**
   * The open article; the list's own load and error events speak for the list, not for it. Its
   * element and the reader's tools load with the first article opened, not with the list.
   */
  #renderArticle(id: number) {
    loadArticleView();
    const keepInside = (event: Event) => event.stopPropagation();
    return html`<pbgdpl-article
      part="article"
      article-id=${id}
      documents-href=${this.documentsHref ?? nothing}
      ?no-track=${this.noTrack}
      .api=${this.config.api}
      .unit=${this.config.unit}
      @pbgdpl-article-open=${this.#browse.openFromDetail}
      @pbgdpl-load=${keepInside}
      @pbgdpl-error=${keepInside}
    ></pbgdpl-article>`;
  }

  protected override render() {
    const { t } = this;
    const id = this.#mode === 'link' ? undefined : this.#state.article;
    if (id !== undefined && this.#mode === 'inline')
      return html`<div class="root" lang=${this.language}>
        <div class="detail" part="detail">
          ${renderBack(t, this.#browse.close)} ${this.#renderArticle(id)}
        </div>
      </div>`;
    const dialog =
      this.#mode === 'dialog'
        ? renderDetailDialog(
            { t, label: t('detail.dialog'), onClose: this.#browse.close, onKeydown: this.#browse.trapFocus },
            id === undefined ? nothing : this.#renderArticle(id),
          )
        : nothing;
    return html`<div class="root" lang=${this.language}>
        ${this.#full ? this.#renderFull() : this.#renderShort()}
      </div>
      ${dialog}`;
  }

  /** `compact`, `headlines` and `cards`: the newest articles, a heading and "Xem tất cả". */
  #renderShort() {
    const { t } = this;
    const view = this.#view;
    const current = this.#articles.state;
    const body =
      current.status === 'loading'
        ? this.#renderSkeleton()
        : this.renderResource(
            this.#articles,
            (data) => data.items.length,
            (data) => {
              const context = this.#cardsContext;
              if (view === 'cards') return renderCards(data.items, context);
              return view === 'headlines'
                ? renderHeadlines(data.items, context)
                : renderCompactList(data.items, context);
            },
            t('empty.none'),
          );
    const heading = this.#presets.category ? t(`category.${this.#presets.category}`) : t('compact.heading');
    return html`<section class="short short-${view}" aria-labelledby="short-heading">
      <h2 id="short-heading" class="short-heading">${heading}</h2>
      ${body}
      ${this.moreHref
        ? html`<a class="more" part="more" href=${this.moreHref} aria-label=${t('compact.moreLabel')}
            >${t('compact.more')} <span aria-hidden="true">→</span></a
          >`
        : nothing}
    </section>`;
  }

  #renderSkeleton() {
    const label = this.t('results.loading');
    const rows = Math.min(this.#pageSize, 12);
    if (this.#view === 'full' || this.#view === 'cards')
      return renderSkeleton(label, rows, {
        row: renderCardSkeleton,
        listClass: 'cards',
        paged: this.#view === 'full',
      });
    return renderSkeleton(label, rows, { listClass: `${this.#view}-skeleton` });
  }

  #renderFull() {
    const { t } = this;
    return html`<section class="full" aria-label=${t('region')}>
      ${this.#renderTabs()}
      <form class="search" part="search" role="search" @submit=${this.#browse.onSubmit}>
        <div class="search-field">
          ${renderSearchField(t, this.#browse.draft, this.#browse.onInput, 'submit')}
        </div>
        ${this.#renderFilters()}
      </form>
      <h2 id="results-heading" class="results-heading" tabindex="-1">${t('results.heading')}</h2>
      <p class="count" part="count" role="status">${foundText(t, this.language, this.#articles.state)}</p>
      ${this.#renderBody()}
    </section>`;
  }

  /** "Tất cả" and one tab per category, unless a category is preset. */
  #renderTabs() {
    if (this.#presets.category) return nothing;
    const { t } = this;
    const selected = this.#state.category;
    const tab = (value: (typeof ARTICLE_CATEGORIES)[number] | undefined) =>
      html`<li>
        <button
          type="button"
          class="tab"
          aria-pressed=${value === selected ? 'true' : 'false'}
          @click=${() => this.#setFilter('category', value)}
        >
          ${value ? t(`category.${value}`) : t('category.all')}
        </button>
      </li>`;
    return html`<nav class="tabs" part="tabs" aria-label=${t('categories')}>
      <ul>
        ${tab(undefined)} ${ARTICLE_CATEGORIES.map(tab)}
      </ul>
    </nav>`;
  }

  #facetLabel(name: FilterName, count: FacetCount): string {
    switch (name) {
      case 'field':
        return this.t(`core:field.${count.value}`);
      case 'audience':
        return this.t(`core:audience.${count.value}`);
      default:
        return count.label ?? count.value;
    }
  }

  /* eslint-disable lit-a11y/no-invalid-change-handler */
  /** A select per filter the attributes leave open, with the count of each value. */
  #renderFilters() {
    const { t } = this;
    const facets = this.#last?.facets;
    const presets = this.#presets;
    const open = SELECT_FILTERS.filter((name) => !presets[name]);
    const active = FILTERS.some((name) => this.#state[name]) || this.#state.q !== '';
    return html`<div class="filters">
      ${open.map((name) => {
        const selected = this.#state[name];
        const counts = facets?.[name] ?? [];
        const listed = counts.some((count) => count.value === selected);
        return html`<div class="filter">
          <label for=${`filter-${name}`}>${t(`filter.${name}`)}</label>
          <select id=${`filter-${name}`} @change=${(event: Event) => this.#onSelect(name, event)}>
            <option value="" ?selected=${!selected}>${t('filter.any')}</option>
            ${selected && !listed ? html`<option value=${selected} selected>${selected}</option>` : nothing}
            ${counts.map(
              (count) =>
                html`<option value=${count.value} ?selected=${count.value === selected}>
                  ${t('filter.option', {
                    label: this.#facetLabel(name, count),
                    number: formatNumber(count.count, this.language),
                  })}
                </option>`,
            )}
          </select>
        </div>`;
      })}
      ${active
        ? html`<button type="button" class="clear" @click=${this.#onClear}>${t('filter.clear')}</button>`
        : nothing}
    </div>`;
  }
  /* eslint-enable lit-a11y/no-invalid-change-handler */

  #renderBody() {
    const { t } = this;
    const current = this.#articles.state;
    if (current.status === 'loading') return this.#renderSkeleton();
    if (current.status === 'ready' && current.data.items.length === 0) return this.#renderEmpty();
    return this.renderResource(
      this.#articles,
      (data) => data.items.length,
      (data) =>
        html`${renderCards(data.items, this.#cardsContext)}
        ${renderPager({
          t,
          lang: this.language,
          page: this.#state.page,
          pages: Math.max(1, Math.ceil(data.total / data.pageSize)),
          onPage: this.#onPage,
          label: t('pager.label'),
        })}`,
    );
  }

  #renderEmpty() {
    const { t } = this;
    const asked = FILTERS.some((name) => this.#state[name]) || this.#state.q !== '';
    return html`<div class="state empty" part="state empty">
      <p class="empty-title">${asked ? t('empty.title') : t('empty.none')}</p>
      ${asked
        ? html`<p>${t('empty.hint')}</p>
            <button type="button" class="retry" @click=${this.#onClear}>${t('filter.clear')}</button>`
        : nothing}
    </div>`;
  }
}

defineElement('pbgdpl-news', PbgdplNews);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-news': PbgdplNews;
  }
}
