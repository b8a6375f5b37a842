import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { DocumentPage, DocumentSort, DocumentSummary } from '@pbgdpl/contract';
import {
  defineElement,
  emit,
  formatNumber,
  PbgdplElement,
  registerLocales,
  type PbgdplEventMap,
  renderSearchField,
} from '@pbgdpl/core';
import { legalDocsStyles } from './legal-docs.styles.ts';
import { renderChips, renderFacets } from './facets.ts';
import { renderPager } from './pager.ts';
import { renderCompactList, renderResults, renderSkeleton, type ResultsContext } from './results.ts';
import { renderDialog, renderInlineDetail, type DetailContext } from './detail-view.ts';
import {
  apiQuery,
  effectiveFilters,
  emptyState,
  FACETS,
  SORTS,
  validFilter,
  withState,
  type FacetName,
  type Filters,
  type SearchState,
} from './search-state.ts';
import { UrlStateController } from './url-state.ts';
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

const TYPING_DELAY = 300;

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
 * @csspart chips - The active filters and "Xoá bộ lọc".
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
 * @cssprop --pbgdpl-legal-docs-row-height - Height of a loading placeholder row (default 8.5em).
 */
export class PbgdplLegalDocs extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, legalDocsStyles];
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

  @state() private search: SearchState = emptyState();
  @state() private expanded = new Set<FacetName>();

  @query('dialog') private dialogElement?: HTMLDialogElement;
  @query('input[type="search"]') private searchInput?: HTMLInputElement;

  readonly #url = new UrlStateController(
    this,
    () => ({ prefix: this.urlPrefix, enabled: !this.noUrl }),
    (next) => this.#apply(next),
  );
  readonly #documents = this.resource<DocumentPage>(
    () => ({ path: '/documents', params: this.#apiQuery() }),
    (data) => data.items.length,
  );
  /** The last page that arrived: facets and chips keep showing while the next one loads. */
  #last: DocumentPage | undefined;
  #draft = '';
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #typing = false;
  /** The result a document was opened from, to take focus back there. */
  #returnTo: number | undefined;
  #focusAfterUpdate: (() => void) | undefined;
  #announcedKey: string | undefined;

  get #compact(): boolean {
    return this.view === 'compact';
  }

  get #mode(): 'inline' | 'dialog' | 'link' {
    if (this.detail === 'link' && this.detailHref) return 'link';
    return this.detail === 'dialog' ? 'dialog' : 'inline';
  }

  get #presets(): Filters {
    const presets: Filters = {};
    for (const name of ['issuer', 'type', 'field', 'status'] as const) {
      const value = validFilter(name, this[name]);
      if (value) presets[name] = value;
    }
    return presets;
  }

  get #pageSize(): number {
    const size = Math.floor(this.pageSize ?? 0);
    return size >= 1 ? Math.min(size, 100) : this.#compact ? 5 : 10;
  }

  get #defaultSort(): DocumentSort {
    return SORTS.includes(this.sort) ? this.sort : 'relevance';
  }

  #apiQuery() {
    if (this.#compact)
      return apiQuery({ ...emptyState(), sort: 'issued' }, this.#presets, this.#pageSize, 'issued');
    return apiQuery(this.search, this.#presets, this.#pageSize, this.#defaultSort);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typingTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const current = this.#documents.state;
    if (current.status === 'ready') this.#last = current.data;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncDialog();
    this.#announceSearch();
    const focus = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    focus?.();
  }

  // ---- state changes ----

  /** State from the address (connect, Back / Forward): no history entry, and the dialog follows. */
  #apply(next: SearchState): void {
    const closing = this.search.doc !== undefined && next.doc === undefined;
    const returnTo = this.#returnTo ?? this.search.doc;
    this.search = next;
    this.#draft = next.q;
    this.#typing = false;
    clearTimeout(this.#typingTimer);
    if (closing && this.#mode === 'inline') this.#focusAfterUpdate = () => this.#focusResult(returnTo);
  }

  #change(patch: Partial<SearchState>, mode: 'push' | 'replace' = 'push'): void {
    if (mode === 'push') this.#typing = false;
    this.search = { ...this.search, ...patch };
    this.#url.write(this.search, mode);
  }

  #setFilter(name: FacetName, value: string | undefined): void {
    this.#change({ filters: { ...this.search.filters, [name]: value }, page: 1 });
  }

  #onToggle = (name: FacetName, value: string) => {
    this.#setFilter(name, this.search.filters[name] === value ? undefined : value);
  };

  #onExpand = (name: FacetName) => {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(name)) expanded.add(name);
    this.expanded = expanded;
  };

  #onRemoveChip = (name: FacetName | 'q') => {
    const chips = [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('.chip') ?? [])];
    const index = chips.findIndex((chip) => chip.dataset.chip === name);
    if (name === 'q') {
      this.#draft = '';
      this.#change({ q: '', page: 1 });
    } else this.#setFilter(name, undefined);
    // Focus stays among the chips (the next one, else the previous), else goes to the search box.
    this.#focusAfterUpdate = () => {
      const left = this.shadowRoot?.querySelectorAll<HTMLButtonElement>('.chip') ?? [];
      const next = left[Math.min(index, left.length - 1)];
      (next ?? this.searchInput)?.focus();
    };
  };

  #onClear = () => {
    this.#draft = '';
    this.#change({ q: '', filters: {}, page: 1 });
    this.#focusAfterUpdate = () => this.searchInput?.focus();
  };

  #onInput = (event: Event) => {
    this.#draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => {
      const q = this.#draft.trim();
      if (q === this.search.q) return;
      // The first pause of a typing run makes one history entry; later pauses update it.
      const mode = this.#typing ? 'replace' : 'push';
      this.#change({ q, page: 1 }, mode);
      this.#typing = true;
    }, TYPING_DELAY);
  };

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    clearTimeout(this.#typingTimer);
    const q = this.#draft.trim();
    if (q !== this.search.q) this.#change({ q, page: 1 }, this.#typing ? 'replace' : 'push');
    this.#typing = false;
  };

  #onSort = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.#change({ sort: SORTS.find((sort) => sort === value), page: 1 });
  };

  #onPage = (page: number) => {
    this.#change({ page });
    this.#focusAfterUpdate = () => this.shadowRoot?.querySelector<HTMLElement>('#results-heading')?.focus();
  };

  // ---- opening documents ----

  /** Tells the host; unless it cancels, shows the document (inline or in the dialog). */
  #open(id: number, from: number | undefined): boolean {
    if (!emit<LegalDocsEventMap, 'pbgdpl-document-open'>(this, 'pbgdpl-document-open', { id })) return false;
    if (from !== undefined) this.#returnTo = from;
    this.#change({ doc: id });
    if (this.#mode === 'inline')
      this.#focusAfterUpdate = () => this.shadowRoot?.querySelector<HTMLElement>('.back')?.focus();
    return true;
  }

  #close = () => {
    if (this.search.doc === undefined) return;
    const returnTo = this.#returnTo ?? this.search.doc;
    this.#returnTo = undefined;
    this.#change({ doc: undefined });
    this.#focusAfterUpdate = () => this.#focusResult(returnTo);
  };

  /** The dialog closed by itself (Esc) or because the state lost its document. */
  #onDialogClose = () => {
    if (this.search.doc !== undefined) this.#close();
  };

  /** A relation inside the detail: open that document here, unless someone cancelled the event. */
  #onDetailOpen = (event: CustomEvent<{ id: number }>) => {
    const id = event.detail?.id;
    // Let the host page's listeners run first: the event is still being dispatched.
    queueMicrotask(() => {
      if (event.defaultPrevented || typeof id !== 'number' || id === this.search.doc) return;
      this.#change({ doc: id });
    });
  };

  #onResultClick = (event: MouseEvent, id: number) => {
    // Modified clicks open the deep link in a new tab, as links do.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.#open(id, id);
  };

  #onLinkClick = (event: MouseEvent, id: number) => {
    if (!emit<LegalDocsEventMap, 'pbgdpl-document-open'>(this, 'pbgdpl-document-open', { id }))
      event.preventDefault();
  };

  #focusResult(id: number | undefined): void {
    const root = this.shadowRoot;
    const target =
      root?.querySelector<HTMLElement>(`[data-doc-id="${id}"]`) ??
      root?.querySelector<HTMLElement>('#results-heading, .doc-link');
    target?.focus();
  }

  #syncDialog(): void {
    const dialog = this.dialogElement;
    if (!dialog || this.#mode !== 'dialog') return;
    const open = this.search.doc !== undefined;
    if (open && !dialog.open && dialog.isConnected) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }

  /** Tells the host about each settled search once. */
  #announceSearch(): void {
    const current = this.#documents.state;
    if (current.status !== 'ready' || this.#compact) return;
    const key = JSON.stringify(this.#apiQuery());
    if (key === this.#announcedKey) return;
    this.#announcedKey = key;
    emit<LegalDocsEventMap, 'pbgdpl-search'>(this, 'pbgdpl-search', {
      q: this.search.q,
      filters: effectiveFilters(this.search, this.#presets),
      total: current.data.total,
    });
  }

  // ---- rendering ----

  #link = (doc: DocumentSummary, content: unknown): TemplateResult => {
    if (this.#mode === 'link') {
      const href = (this.detailHref ?? '').replaceAll('{id}', String(doc.id));
      return html`<a
        class="doc-link"
        href=${href}
        data-doc-id=${doc.id}
        @click=${(event: MouseEvent) => this.#onLinkClick(event, doc.id)}
        >${content}</a
      >`;
    }
    if (this.noUrl)
      return html`<button
        type="button"
        class="doc-link"
        data-doc-id=${doc.id}
        @click=${() => this.#open(doc.id, doc.id)}
      >
        ${content}
      </button>`;
    const href = withState(location.href, { ...this.search, doc: doc.id }, this.urlPrefix);
    return html`<a
      class="doc-link"
      href=${href}
      data-doc-id=${doc.id}
      @click=${(event: MouseEvent) => this.#onResultClick(event, doc.id)}
      >${content}</a
    >`;
  };

  get #resultsContext(): ResultsContext {
    return { t: this.t, lang: this.language, link: this.#link };
  }

  get #detailContext(): DetailContext | undefined {
    const id = this.search.doc;
    if (id === undefined || this.#mode === 'link') return undefined;
    return {
      t: this.t,
      id,
      api: this.config.api,
      unit: this.config.unit,
      onBack: this.#close,
      onOpen: this.#onDetailOpen,
    };
  }

  protected override render() {
    const detail = this.#detailContext;
    const dialog =
      this.#mode === 'dialog' ? renderDialog(this.t, detail, this.#close, this.#onDialogClose) : nothing;
    if (detail && this.#mode === 'inline')
      return html`<div class="root" lang=${this.language}>${renderInlineDetail(detail)}</div>`;
    return html`<div class="root" lang=${this.language}>
        ${this.#compact ? this.#renderCompact() : this.#renderFull()}
      </div>
      ${dialog}`;
  }

  #renderCompact() {
    const { t } = this;
    const current = this.#documents.state;
    let body: TemplateResult | typeof nothing;
    if (current.status === 'loading') body = renderSkeleton(this.#pageSize, t, true);
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
    const filters = this.search.filters;
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
            q: this.search.q,
            filters,
            facets,
            onRemove: this.#onRemoveChip,
            onClear: this.#onClear,
          })}
          <h2 id="results-heading" class="results-heading" tabindex="-1">${t('results.heading')}</h2>
          <p class="count" part="count" role="status">${this.#countText()}</p>
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
    const sort = this.search.sort ?? this.#defaultSort;
    return html`<div class="bar">
      <form class="search" part="search" role="search" @submit=${this.#onSubmit}>
        ${renderSearchField(t, this.#draft, this.#onInput, 'submit')}
      </form>
      <div class="sort">
        <label for="sort">${t('sort.label')}</label>
        <select id="sort" @change=${this.#onSort}>
          ${SORTS.map(
            (value) =>
              html`<option value=${value} ?selected=${value === sort}>${t(`sort.${value}`)}</option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  /* eslint-enable lit-a11y/no-invalid-change-handler */

  #countText(): string {
    const current = this.#documents.state;
    if (current.status !== 'ready') return '';
    const total = current.data.total;
    return this.t('results.found', { count: total, total: formatNumber(total, this.language) });
  }

  /** "Có phải bạn muốn tìm: …" when the API corrected a typo: a link (or button) that runs that search. */
  #renderSuggestion() {
    const current = this.#documents.state;
    const suggestion = current.status === 'ready' ? current.data.suggestion : undefined;
    if (!suggestion) return nothing;
    const { t } = this;
    const { q, total } = suggestion;
    const run = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.#draft = q;
      this.#change({ q, page: 1 });
      this.#focusAfterUpdate = () => this.shadowRoot?.querySelector<HTMLElement>('#results-heading')?.focus();
    };
    const link = this.noUrl
      ? html`<button type="button" class="corrected" @click=${run}>${q}</button>`
      : html`<a
          class="corrected"
          href=${withState(location.href, { ...this.search, q, page: 1 }, this.urlPrefix)}
          @click=${run}
          >${q}</a
        >`;
    return html`<p class="did-you-mean" part="suggestion">
      ${t('suggestion.lead')} ${link}
      ${t('suggestion.count', { count: total, total: formatNumber(total, this.language) })}
    </p>`;
  }

  #renderBody() {
    const { t } = this;
    const current = this.#documents.state;
    if (current.status === 'loading') return renderSkeleton(Math.min(this.#pageSize, 10), t);
    if (current.status === 'ready' && current.data.items.length === 0) return this.#renderEmpty();
    return this.renderResource(
      this.#documents,
      (data) => data.items.length,
      (data) => {
        const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
        return html`${renderResults(data.items, this.#resultsContext)}
        ${renderPager({ t, lang: this.language, page: this.search.page, pages, onPage: this.#onPage })}`;
      },
    );
  }

  #renderEmpty() {
    const { t } = this;
    const filtered = FACETS.some((name) => this.search.filters[name]);
    const anything = filtered || this.search.q !== '';
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
