import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { DocumentPage, DocumentSort, DocumentSummary } from '@pbgdpl/contract';
import { DOCUMENT_SORTS } from '@pbgdpl/contract/values';
import {
  BrowseController,
  browseStyles,
  defineElement,
  foundText,
  formatNumber,
  isPlainClick,
  emit,
  PbgdplElement,
  registerLocales,
  type PbgdplEventMap,
  renderBack,
  renderDetailDialog,
  renderItemLink,
  renderPager,
  renderSearchField,
  searchFieldStyles,
  renderSkeleton,
} from '@pbgdpl/core';
import { legalDocsStyles } from './legal-docs.styles.ts';
import { renderChips, renderFacets } from './facets.ts';
import { renderCompactList, renderResults, type ResultsContext } from './results.ts';
import {
  apiQuery,
  effectiveFilters,
  FACETS,
  searchCodec,
  validFilter,
  type FacetName,
  type Filters,
  type SearchState,
} from './search-state.ts';
import vi from './locales/vi.json';
// The detail element ships in this chunk and defines itself.
import './document/legal-doc.ts';

registerLocales('legal-docs', { vi, en: () => import('./locales/en.json') });

export interface LegalDocsEventMap extends PbgdplEventMap {
  /** A search settled: the words, the filters in force (presets included) and how many documents match. */
  'pbgdpl-search': { q: string; filters: Filters; total: number };
  /** The reader opened a document (cancel it to handle the opening yourself). */
  'pbgdpl-document-open': { id: number };
}

/**
 * The province's legal documents: search (diacritics optional), facets with counts, results
 * with highlights, pages, and each document's detail inline, in a dialog or on a page of the
 * host's. The search lives in the host page's address (`vb-q`, `vb-type`, …, `vb-doc`), so
 * results can be bookmarked and Back / Forward work.
 *
 * @summary Search and browse legal documents, with facets, deep links and a detail view.
 * @tag pbgdpl-legal-docs
 * @attr issuer - Fixed issuer (unit id, e.g. `so-tu-phap`): always applied, its facet hidden.
 * @attr type - Fixed document type (e.g. `quyet-dinh`): always applied, its facet hidden.
 * @attr field - Fixed field (e.g. `dat-dai`): always applied, its facet hidden.
 * @attr status - Fixed legal status (e.g. `in-force`): always applied, its facet hidden.
 * @attr page-size - Documents per page (default 10; 5 in the compact view).
 * @attr view - `full` (search, facets, pages; default) or `compact` (a short list of the newest documents).
 * @attr detail - How a document opens: `inline` (default, replaces the list), `dialog` (modal) or `link` (to `detail-href`).
 * @attr detail-href - Address of the host's document page, `{id}` replaced by the document id, e.g. `/van-ban?id={id}`.
 * @attr more-href - Compact view: address of the full list, shown as "Xem tất cả".
 * @attr sort - Default order: `relevance` (default; newest first without words), `issued` or `effective`.
 * @attr url-prefix - Prefix of the page-address parameters (default `vb-`); give two widgets on one page different ones.
 * @attr no-url - Keep the search out of the page address.
 * @fires pbgdpl-search - A search settled; `detail: { q, filters, total }`.
 * @fires pbgdpl-document-open - A document is being opened; `detail: { id }`. Cancelable: cancel it to open the document yourself.
 * @csspart search - The search form.
 * @csspart facets - The panel of facets (a collapsible `<details>` in narrow containers).
 * @csspart facet - One facet's group of values.
 * @csspart chips - The active filters and "Xóa bộ lọc".
 * @csspart count - The sentence saying how many documents were found.
 * @csspart suggestion - "Có phải bạn muốn tìm: …", a link to the search with a typo corrected.
 * @csspart results - The list of documents.
 * @csspart result - One document in the list.
 * @csspart status - A document's legal status badge.
 * @csspart pager - The page navigation.
 * @csspart detail - The inline detail with its back button.
 * @csspart back - The button back to the list.
 * @csspart dialog - The detail dialog.
 * @csspart close - The dialog's close button.
 * @csspart document - The `<pbgdpl-legal-doc>` showing a document.
 * @csspart more - Compact view: the "Xem tất cả" link.
 * @cssprop --pbgdpl-legal-docs-sidebar-width - Width of the facet column in wide containers (default 16em).
 * @cssprop --pbgdpl-legal-docs-highlight - Background of matched words (default #fff3b0).
 * @cssprop --pbgdpl-legal-docs-row-height - Height of a loading placeholder row (default 11em).
 */
export class PbgdplLegalDocs extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, browseStyles, searchFieldStyles, legalDocsStyles];
  protected readonly namespace = 'legal-docs';

  @property() issuer?: string;
  @property() type?: string;
  @property() field?: string;
  @property() status?: string;
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  @property({ reflect: true }) view: 'full' | 'compact' = 'full';
  @property() detail: 'inline' | 'dialog' | 'link' = 'inline';
  @property({ attribute: 'detail-href' }) detailHref?: string;
  @property({ attribute: 'more-href' }) moreHref?: string;
  @property() sort: DocumentSort = 'relevance';
  @property({ attribute: 'url-prefix' }) urlPrefix = 'vb-';
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;

  @state() private expanded = new Set<FacetName>();

  @query('dialog') private dialogElement?: HTMLDialogElement;
  @query('input[type="search"]') private searchInput?: HTMLInputElement;

  readonly #browse = new BrowseController<SearchState>(this, {
    codec: searchCodec,
    detailKey: 'doc',
    address: () => ({ prefix: this.urlPrefix, enabled: !this.noUrl }),
    fallbackFocus: '#results-heading',
  });
  readonly #documents = this.resource(
    'documents',
    () => ({ query: this.#apiQuery() }),
    (data) => data.items.length,
  );
  /** The last page that arrived: facets and chips keep showing while the next one loads. */
  #last: DocumentPage | undefined;
  #focusAfterUpdate: (() => void) | undefined;
  #announcedKey: string | undefined;

  get #search(): SearchState {
    return this.#browse.state;
  }

  get #compact(): boolean {
    return this.view === 'compact';
  }

  get #mode(): 'inline' | 'dialog' | 'link' {
    if (this.detail === 'link' && this.detailHref) return 'link';
    return this.detail === 'dialog' ? 'dialog' : 'inline';
  }

  get #presets(): Filters {
    return {
      issuer: validFilter('issuer', this.issuer),
      type: validFilter('type', this.type),
      field: validFilter('field', this.field),
      status: validFilter('status', this.status),
    };
  }

  get #pageSize(): number {
    const size = Math.floor(this.pageSize ?? 0);
    return size >= 1 ? Math.min(size, 100) : this.#compact ? 5 : 10;
  }

  get #defaultSort(): DocumentSort {
    return DOCUMENT_SORTS.includes(this.sort) ? this.sort : 'relevance';
  }

  #apiQuery() {
    if (this.#compact)
      return apiQuery({ ...searchCodec.empty(), sort: 'issued' }, this.#presets, this.#pageSize, 'issued');
    return apiQuery(this.#search, this.#presets, this.#pageSize, this.#defaultSort);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const current = this.#documents.state;
    if (current.status === 'ready') this.#last = current.data;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#mode === 'dialog') this.#browse.syncDialog(this.dialogElement);
    this.#announceSearch();
    const focus = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    focus?.();
  }

  // ---- state changes ----

  #setFilter(name: FacetName, value: string | undefined): void {
    this.#browse.change({ [name]: validFilter(name, value), page: 1 });
  }

  #onToggle = (name: FacetName, value: string) => {
    this.#setFilter(name, this.#search[name] === value ? undefined : value);
  };

  #onExpand = (name: FacetName) => {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(name)) expanded.add(name);
    this.expanded = expanded;
  };

  #onRemoveChip = (name: FacetName | 'q') => {
    const chips = [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('.chip') ?? [])];
    const index = chips.findIndex((chip) => chip.dataset.chip === name);
    if (name === 'q') this.#browse.clearSearch();
    else this.#setFilter(name, undefined);
    // Focus stays among the chips (the next one, else the previous), else goes to the search box.
    this.#focusAfterUpdate = () => {
      const left = this.shadowRoot?.querySelectorAll<HTMLButtonElement>('.chip') ?? [];
      const next = left[Math.min(index, left.length - 1)];
      (next ?? this.searchInput)?.focus();
    };
  };

  #onClear = () => {
    this.#browse.clearSearch(Object.fromEntries(FACETS.map((name) => [name, undefined])));
    this.#focusAfterUpdate = () => this.searchInput?.focus();
  };

  #onSort = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.#browse.change({ sort: DOCUMENT_SORTS.find((sort) => sort === value), page: 1 });
  };

  #onPage = (page: number) => {
    this.#browse.change({ page });
    this.#browse.focus('#results-heading');
  };

  // ---- opening documents ----

  /** Tells the host; unless it cancels, the document opens. */
  #announceOpen = (id: number): boolean =>
    emit<LegalDocsEventMap, 'pbgdpl-document-open'>(this, 'pbgdpl-document-open', { id });

  /** Tells the host about each settled search once. */
  #announceSearch(): void {
    const current = this.#documents.state;
    if (current.status !== 'ready' || this.#compact) return;
    const key = JSON.stringify(this.#apiQuery());
    if (key === this.#announcedKey) return;
    this.#announcedKey = key;
    emit<LegalDocsEventMap, 'pbgdpl-search'>(this, 'pbgdpl-search', {
      q: this.#search.q,
      filters: effectiveFilters(this.#search, this.#presets),
      total: current.data.total,
    });
  }

  // ---- rendering ----

  #link = (doc: DocumentSummary, content: unknown): TemplateResult => {
    const away = this.#mode === 'link';
    const href = away
      ? (this.detailHref ?? '').replaceAll('{id}', String(doc.id))
      : this.noUrl
        ? undefined
        : this.#browse.href({ doc: doc.id });
    return renderItemLink(
      {
        id: doc.id,
        className: 'doc-link',
        href,
        away,
        announce: () => this.#announceOpen(doc.id),
        show: () => this.#browse.open(doc.id, this.#mode === 'inline' ? '.back' : undefined),
      },
      content,
    );
  };

  get #resultsContext(): ResultsContext {
    return { t: this.t, lang: this.language, link: this.#link };
  }

  /** The open document; the list's own load and error events speak for its results, not for it. */
  #renderDocument(id: number) {
    const keepInside = (event: Event) => event.stopPropagation();
    return html`<pbgdpl-legal-doc
      part="document"
      document-id=${id}
      .api=${this.config.api}
      .unit=${this.config.unit}
      @pbgdpl-document-open=${this.#browse.openFromDetail}
      @pbgdpl-load=${keepInside}
      @pbgdpl-error=${keepInside}
    ></pbgdpl-legal-doc>`;
  }

  protected override render() {
    const { t } = this;
    const id = this.#mode === 'link' ? undefined : this.#search.doc;
    const dialog =
      this.#mode === 'dialog'
        ? renderDetailDialog(
            { t, label: t('detail.dialog'), onClose: this.#browse.close, onKeydown: this.#browse.trapFocus },
            id === undefined ? nothing : this.#renderDocument(id),
          )
        : nothing;
    if (id !== undefined && this.#mode === 'inline')
      return html`<div class="root" lang=${this.language}>
        <div class="detail" part="detail">
          ${renderBack(t, this.#browse.close)} ${this.#renderDocument(id)}
        </div>
      </div>`;
    return html`<div class="root" lang=${this.language}>
        ${this.#compact ? this.#renderCompact() : this.#renderFull()}
      </div>
      ${dialog}`;
  }

  #renderCompact() {
    const { t } = this;
    const current = this.#documents.state;
    let body: TemplateResult | typeof nothing;
    if (current.status === 'loading')
      body = renderSkeleton(t('results.loading'), this.#pageSize, { listClass: 'compact-skeleton' });
    else
      body = this.renderResource(
        this.#documents,
        (data) => data.items.length,
        (data) => renderCompactList(data.items, this.#resultsContext),
      );
    return html`<section class="compact" aria-labelledby="compact-heading">
      <h2 id="compact-heading" class="compact-heading">${t('compact.heading')}</h2>
      ${body}
      ${this.moreHref
        ? html`<a class="more" part="more" href=${this.moreHref} aria-label=${t('compact.moreLabel')}
            >${t('compact.more')} <span aria-hidden="true">→</span></a
          >`
        : nothing}
    </section>`;
  }

  #renderFull() {
    const { t } = this;
    const presets = this.#presets;
    const facets = this.#last?.facets;
    const filters = this.#search;
    // Keep the (empty) panel while the first page loads; drop it when no facet has values.
    const noFacets =
      facets !== undefined &&
      !FACETS.some((name) => !presets[name] && (facets[name].length > 0 || filters[name]));
    return html`<section class="full" aria-label=${t('region')}>
      ${this.#renderSearchBar()}
      <div class="layout ${noFacets ? 'single' : ''}">
        <details class="facets" part="facets" ?hidden=${noFacets}>
          <summary>${t('filters.toggle')}</summary>
          <div class="facets-body">
            <h2 class="visually-hidden">${t('filters.heading')}</h2>
            ${renderFacets(facets, {
              t,
              lang: this.language,
              filters,
              presets,
              expanded: this.expanded,
              onToggle: this.#onToggle,
              onExpand: this.#onExpand,
            })}
          </div>
        </details>
        <div class="main">
          ${renderChips({
            t,
            q: this.#search.q,
            filters,
            facets,
            onRemove: this.#onRemoveChip,
            onClear: this.#onClear,
          })}
          <h2 id="results-heading" class="results-heading" tabindex="-1">${t('results.heading')}</h2>
          <p class="count" part="count" role="status">
            ${foundText(this.t, this.language, this.#documents.state)}
          </p>
          ${this.#renderSuggestion()} ${this.#renderBody()}
        </div>
      </div>
    </section>`;
  }

  // Re-sorting the list in place changes no context and leaves focus on the select (WCAG 3.2.2),
  // so the sort applies on change rather than on blur.
  /* eslint-disable lit-a11y/no-invalid-change-handler */
  #renderSearchBar() {
    const { t } = this;
    const sort = this.#search.sort ?? this.#defaultSort;
    return html`<div class="bar">
      <form class="search" part="search" role="search" @submit=${this.#browse.onSubmit}>
        ${renderSearchField(t, this.#browse.draft, this.#browse.onInput, 'submit')}
      </form>
      <div class="sort">
        <label for="sort">${t('sort.label')}</label>
        <select id="sort" @change=${this.#onSort}>
          ${DOCUMENT_SORTS.map(
            (value) =>
              html`<option value=${value} ?selected=${value === sort}>${t(`sort.${value}`)}</option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  /* eslint-enable lit-a11y/no-invalid-change-handler */

  /** "Có phải bạn muốn tìm: …" when the API corrected a typo: a link (or button) that runs that search. */
  #renderSuggestion() {
    const current = this.#documents.state;
    const suggestion = current.status === 'ready' ? current.data.suggestion : undefined;
    if (!suggestion) return nothing;
    const { t } = this;
    const { q, total } = suggestion;
    const run = (event: MouseEvent) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      this.#browse.draft = q;
      this.#browse.change({ q, page: 1 });
      this.#browse.focus('#results-heading');
    };
    const link = this.noUrl
      ? html`<button type="button" class="corrected" @click=${run}>${q}</button>`
      : html`<a class="corrected" href=${this.#browse.href({ q, page: 1 })} @click=${run}>${q}</a>`;
    return html`<p class="did-you-mean" part="suggestion">
      ${t('suggestion.lead')} ${link}
      ${t('suggestion.count', { count: total, total: formatNumber(total, this.language) })}
    </p>`;
  }

  #renderBody() {
    const { t } = this;
    const current = this.#documents.state;
    if (current.status === 'loading')
      return renderSkeleton(t('results.loading'), Math.min(this.#pageSize, 10), { paged: true });
    if (current.status === 'ready' && current.data.items.length === 0) return this.#renderEmpty();
    return this.renderResource(
      this.#documents,
      (data) => data.items.length,
      (data) => {
        const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
        return html`${renderResults(data.items, this.#resultsContext)}
        ${renderPager({
          t,
          lang: this.language,
          page: this.#search.page,
          pages,
          onPage: this.#onPage,
          label: t('pager.label'),
        })}`;
      },
    );
  }

  #renderEmpty() {
    const { t } = this;
    const filtered = FACETS.some((name) => this.#search[name]);
    const anything = filtered || this.#search.q !== '';
    return html`<div class="state empty" part="state empty">
      <p class="empty-title">${t('empty.title')}</p>
      <p>${t('empty.intro')}</p>
      <ul class="suggestions">
        ${filtered ? html`<li>${t('empty.removeFilters')}</li>` : nothing}
        <li>${t('empty.spelling')}</li>
        <li>${t('empty.diacritics')}</li>
      </ul>
      ${anything
        ? html`<button type="button" class="retry" @click=${this.#onClear}>${t('empty.clear')}</button>`
        : nothing}
    </div>`;
  }
}

defineElement('pbgdpl-legal-docs', PbgdplLegalDocs);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-legal-docs': PbgdplLegalDocs;
  }
  interface HTMLElementEventMap {
    'pbgdpl-search': CustomEvent<LegalDocsEventMap['pbgdpl-search']>;
  }
}
