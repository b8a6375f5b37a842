import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { LegalField, QuestionReceipt, QuestionSort, QuestionSummary, Unit } from '@pbgdpl/contract';
import { LEGAL_FIELDS, QUESTION_SORTS } from '@pbgdpl/contract/values';
import {
  buttonStyles,
  BrowseController,
  browseStyles,
  dayAfter,
  defineElement,
  foundText,
  emit,
  formatDate,
  PbgdplElement,
  registerLocales,
  type PbgdplEventMap,
  renderBack,
  renderDetailDialog,
  renderLoading,
  renderPager,
  renderSearchField,
  renderSkeleton,
} from '@pbgdpl/core';
import type { AskHost, FieldKey } from './ask-controller.ts';
import type { AskView } from './ask-view.ts';
import { apiQuery, browseCodec, type BrowseState, type Tab } from './browse-state.ts';
import { renderAnswer, renderQuestion, type DetailContext, unitNote } from './question-detail.ts';
import { renderList } from './question-list.ts';
import { consentStyles } from '@pbgdpl/core/consent-form';
import { qaBoxStyles } from './qa-box.styles.ts';
import vi from './locales/vi.json';

registerLocales('qa-box', { vi, en: () => import('./locales/en.json') });

export interface QaBoxEventMap extends PbgdplEventMap {
  /** The reader opens an answered question (cancel it to show the question yourself). */
  'pbgdpl-question-open': { id: number };
  /** A question was received; the tracking code is the sender's way back to it. */
  'pbgdpl-question-sent': { trackingCode: string };
}

/**
 * Legal Q&A (plan appendix 2.4): answered questions to search and read, a form to ask one, and
 * the lookup of one's own question by tracking code. The view lives in the host page's address
 * (`hd-q`, `hd-field`, `hd-unit`, `hd-sort`, `hd-page`, `hd-id`, `hd-tab`), so a question can
 * be linked to. The ask form keeps its draft in localStorage until the question is received.
 *
 * @summary Browse answered legal questions, ask one, and track it by code.
 * @tag pbgdpl-qa-box
 * @attr mode - `both` (default: the three tabs), `browse` (answered questions only) or `ask` (the form and the lookup).
 * @attr field - Fixed field (e.g. `dat-dai`): the list shows only it, its filter is hidden, the form preselects it.
 * @attr sort - Default order: `newest` (default) or `featured` ("được quan tâm" first).
 * @attr page-size - Questions per page (default 10).
 * @attr detail - How a question opens: `inline` (default, replaces the list) or `dialog` (modal).
 * @attr documents-href - Address of the legal-document browser, `{id}` replaced by a document id, e.g. `/van-ban?vb-doc={id}`.
 * @attr url-prefix - Prefix of the page-address parameters (default `hd-`).
 * @attr no-url - Keep the view out of the page address.
 * @fires pbgdpl-question-open - A question is being opened; `detail: { id }`. Cancelable.
 * @fires pbgdpl-question-sent - A question was received; `detail: { trackingCode }`.
 * @csspart tabs - The tab list.
 * @csspart search - The search and filter form.
 * @csspart count - The sentence saying how many questions were found.
 * @csspart list - The list of questions.
 * @csspart item - One question in the list.
 * @csspart featured - The "Được quan tâm" badge.
 * @csspart pager - Previous / next page.
 * @csspart question - An open question.
 * @csspart answer - The answer, with who answered and when.
 * @csspart note - "Nội dung trả lời chỉ mang tính chất tham khảo".
 * @csspart related - Related documents.
 * @csspart back - The button back to the list.
 * @csspart dialog - The detail dialog.
 * @csspart form - The ask form.
 * @csspart summary - The form's list of problems (an alert).
 * @csspart consents - The consent checkboxes.
 * @csspart submit - The send button.
 * @csspart success - The confirmation with the tracking code.
 * @csspart code - The tracking code.
 * @csspart status - The lookup by tracking code.
 * @csspart tracking - The state of the question found.
 * @cssprop --pbgdpl-qa-box-highlight - Background of matched words (default #fff3b0).
 * @cssprop --pbgdpl-qa-box-row-height - Height of a loading placeholder row (default 6.25em).
 */
export class PbgdplQaBox extends PbgdplElement implements AskHost {
  static override styles = [...PbgdplElement.styles, browseStyles, buttonStyles, consentStyles, qaBoxStyles];
  protected readonly namespace = 'qa-box';

  @property() mode: 'both' | 'browse' | 'ask' = 'both';
  @property() field?: string;
  @property() sort: QuestionSort = 'newest';
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  @property() detail: 'inline' | 'dialog' = 'inline';
  @property({ attribute: 'documents-href' }) documentsHref?: string;
  @property({ attribute: 'url-prefix' }) urlPrefix = 'hd-';
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;

  @state() private announcement = '';

  @query('dialog') private dialogElement?: HTMLDialogElement;

  readonly #browse = new BrowseController<BrowseState>(this, {
    codec: browseCodec,
    detailKey: 'id',
    address: () => ({ prefix: this.urlPrefix, enabled: !this.noUrl }),
    fallbackFocus: '#results-heading',
  });
  readonly #list = this.resource(
    'questions',
    () => (this.#tab === 'browse' ? { query: this.#apiQuery() } : undefined),
    (data) => data.items.length,
  );
  readonly #question = this.resource(
    'questionGet',
    () => (this.#tab === 'browse' && this.#view.id ? { params: { id: this.#view.id } } : undefined),
    () => 1,
  );
  readonly #site = this.resource(
    'site',
    () => (this.#tab === 'browse' ? {} : undefined),
    (site) => site.units.length,
  );
  /** The ask form and the lookup, loaded on the first visit to their tabs. */
  @state() private askView: AskView | undefined;
  #loadingAskView = false;
  #focusAfterUpdate: (() => void) | undefined;

  get #view(): BrowseState {
    return this.#browse.state;
  }

  get #tabs(): Tab[] {
    if (this.mode === 'browse') return ['browse'];
    if (this.mode === 'ask') return ['ask', 'status'];
    return ['browse', 'ask', 'status'];
  }

  get #tab(): Tab {
    const tabs = this.#tabs;
    return tabs.includes(this.#view.tab) ? this.#view.tab : (tabs[0] ?? 'browse');
  }

  get #pageSize(): number {
    const size = Math.floor(this.pageSize ?? 0);
    return size >= 1 ? Math.min(size, 100) : 10;
  }

  get #fixedField(): LegalField | undefined {
    return LEGAL_FIELDS.find((value) => value === this.field);
  }

  /** Field values with their labels, in the contract's order. */
  get #fields(): Array<[string, string]> {
    return LEGAL_FIELDS.map((value) => [value, this.t(`core:field.${value}`)]);
  }

  #apiQuery() {
    const sort = QUESTION_SORTS.includes(this.sort) && this.sort !== 'relevance' ? this.sort : 'newest';
    return apiQuery(this.#view, { field: this.#fixedField }, this.#pageSize, sort);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#tab !== 'browse') this.#loadAskView();
    if (this.#tab === 'ask') void this.askView?.ask.ensureForm();
    this.#browse.syncDialog(this.dialogElement, this.#view.id !== undefined && this.#tab === 'browse');
    const focus = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    focus?.();
  }

  #loadAskView(): void {
    if (this.askView || this.#loadingAskView) return;
    this.#loadingAskView = true;
    import('./ask-view.ts').then(
      ({ createAskView }) => (this.askView = createAskView(this, this.#fixedField)),
      () => (this.#loadingAskView = false),
    );
  }

  // ---- AskHost ----

  focusProblem(field: FieldKey): void {
    const id = field === 'contact' ? 'email' : field === 'form' ? 'summary' : field;
    this.#focusAfterUpdate = () => this.shadowRoot?.getElementById(id)?.focus();
    this.requestUpdate();
  }

  sent(receipt: QuestionReceipt): void {
    emit<QaBoxEventMap, 'pbgdpl-question-sent'>(this, 'pbgdpl-question-sent', {
      trackingCode: receipt.trackingCode,
    });
    this.#focusAfterUpdate = () => this.shadowRoot?.getElementById('success-heading')?.focus();
  }

  // ---- state ----

  #announce(message: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  #selectTab(tab: Tab, focus = true): void {
    this.#browse.change({ tab });
    if (focus) this.#browse.focus(`#tab-${tab}`);
  }

  #onTabKey = (event: KeyboardEvent) => {
    const tabs = this.#tabs;
    const index = tabs.indexOf(this.#tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#selectTab(tabs[(next + tabs.length) % tabs.length] ?? this.#tab);
  };

  #onFilter = (name: 'field' | 'unit' | 'sort') => (event: Event) => {
    const value = (event.target as HTMLSelectElement).value || null;
    this.#browse.change({ [name]: browseCodec.readValue(name, value), page: 1 });
  };

  #onClear = () => this.#browse.clearSearch({ field: undefined, unit: undefined });

  #onPage = (page: number) => {
    this.#browse.change({ page });
    this.#browse.focus('#results-heading');
  };

  #open(event: MouseEvent | undefined, id: number): void {
    if (event && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey))
      return;
    event?.preventDefault();
    if (!emit<QaBoxEventMap, 'pbgdpl-question-open'>(this, 'pbgdpl-question-open', { id })) return;
    if (this.#tab !== 'browse') this.#browse.change({ tab: 'browse' }, 'replace');
    this.#browse.open(id, this.detail === 'dialog' ? undefined : '.back');
  }

  #onCopy = async () => {
    const code = this.askView?.ask.receipt?.trackingCode ?? '';
    try {
      await navigator.clipboard.writeText(code);
      this.#announce(this.t('success.copied'));
    } catch {
      // No clipboard permission: select the code so the reader can copy it by hand.
      const node = this.shadowRoot?.querySelector('.code');
      if (node) getSelection()?.selectAllChildren(node);
    }
  };

  #onLookup = () => {
    const view = this.askView;
    if (!view) return;
    const code = view.ask.receipt?.trackingCode ?? '';
    view.ask.reset();
    this.#selectTab('status', false);
    this.#focusAfterUpdate = () => this.shadowRoot?.getElementById('code')?.focus();
    void view.lookup.lookup(code);
  };

  // ---- rendering ----

  #link = (question: QuestionSummary, content: unknown): TemplateResult => {
    const open = (event?: MouseEvent) => this.#open(event, question.id);
    if (this.noUrl)
      return html`<button type="button" class="link" data-item-id=${question.id} @click=${() => open()}>
        ${content}
      </button>`;
    return html`<a
      href=${this.#browse.href({ tab: 'browse', id: question.id })}
      data-item-id=${question.id}
      @click=${open}
      >${content}</a
    >`;
  };

  get #detailContext(): DetailContext {
    return {
      t: this.t,
      lang: this.language,
      api: this.config.api,
      documentsHref: this.documentsHref,
      unitNote: this.#formerUnitNote,
    };
  }

  /** The unit that answered, if gone in the 2025 reform: its last day, and who took over. */
  #formerUnitNote = (id: string): string =>
    unitNote(
      this.#site.state.status === 'ready' ? this.#site.state.data.units : [],
      id,
      this.t,
      this.language,
    );

  protected override render() {
    const { t } = this;
    const tabs = this.#tabs;
    const tab = this.#tab;
    return html`<section class="root" lang=${this.language} aria-label=${t('region')}>
      ${tabs.length > 1
        ? html`<div
            class="tabs"
            part="tabs"
            role="tablist"
            aria-label=${t('tabs.label')}
            @keydown=${this.#onTabKey}
          >
            ${tabs.map(
              (name) =>
                html`<button
                  type="button"
                  role="tab"
                  id="tab-${name}"
                  aria-controls="panel"
                  aria-selected=${name === tab ? 'true' : 'false'}
                  tabindex=${name === tab ? 0 : -1}
                  @click=${() => this.#selectTab(name)}
                >
                  ${t(`tabs.${name}`)}
                </button>`,
            )}
          </div>`
        : nothing}
      <div
        id="panel"
        role=${tabs.length > 1 ? 'tabpanel' : nothing}
        aria-labelledby=${tabs.length > 1 ? `tab-${tab}` : nothing}
      >
        ${tab === 'browse' ? this.#renderBrowse() : tab === 'ask' ? this.#renderAsk() : this.#renderStatus()}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  #renderAsk() {
    if (!this.askView) return renderLoading(this.t);
    return this.askView.renderAsk({
      t: this.t,
      lang: this.language,
      fields: this.#fields,
      onCopy: () => void this.#onCopy(),
      onLookup: this.#onLookup,
    });
  }

  #renderStatus() {
    if (!this.askView) return renderLoading(this.t);
    const detail = this.#detailContext;
    return this.askView.renderStatus({
      t: this.t,
      lang: this.language,
      renderAnswer: (answer) => renderAnswer(answer, detail, 4),
      questionHref: (id) =>
        browseCodec.withState(location.href, { ...browseCodec.empty(), id }, this.urlPrefix),
      onOpen: (event, id) => (this.mode === 'ask' ? undefined : this.#open(event, id)),
    });
  }

  #renderDetail() {
    return this.renderResource(
      this.#question,
      () => 1,
      (question) => renderQuestion(question, this.#detailContext),
    );
  }

  #renderBrowse() {
    const { t } = this;
    const open = this.#view.id !== undefined;
    if (open && this.detail !== 'dialog')
      return html`<div class="detail">${renderBack(t, this.#browse.close)} ${this.#renderDetail()}</div>`;
    return html`${this.#renderFilters()}
      <h2 id="results-heading" class="results-heading" tabindex="-1">${t('results.heading')}</h2>
      <p class="count" part="count" role="status">${foundText(this.t, this.language, this.#list.state)}</p>
      ${this.#renderResults()}
      ${this.detail === 'dialog'
        ? renderDetailDialog(
            { t, label: t('detail.dialog'), onClose: this.#browse.close, onKeydown: this.#browse.trapFocus },
            open ? this.#renderDetail() : nothing,
          )
        : nothing}`;
  }

  /** A unit gone since a reform says so, or a reader takes "Phường 1" for a ward of today. */
  #unitLabel(unit: Unit): string {
    if (!unit.validTo) return unit.name;
    return this.t('filter.formerUnit', {
      name: unit.name,
      date: formatDate(dayAfter(unit.validTo), this.language),
    });
  }

  // Changing a filter re-lists in place and leaves focus on the select (no change of context).
  /* eslint-disable lit-a11y/no-invalid-change-handler */
  #renderFilters() {
    const { t } = this;
    const site = this.#site.state.status === 'ready' ? this.#site.state.data : undefined;
    const select = (name: 'field' | 'unit', options: Array<[string, string]>) =>
      html`<div class="filter">
        <label for="filter-${name}">${t(`filter.${name}`)}</label>
        <select id="filter-${name}" @change=${this.#onFilter(name)}>
          <option value="" ?selected=${!this.#view[name]}>${t('filter.all')}</option>
          ${options.map(
            ([value, label]) =>
              html`<option value=${value} ?selected=${this.#view[name] === value}>${label}</option>`,
          )}
        </select>
      </div>`;
    const sort = this.#view.sort ?? (this.#apiQuery().sort as QuestionSort);
    return html`<form class="search" part="search" role="search" @submit=${this.#browse.onSubmit}>
      <div class="query">${renderSearchField(t, this.#browse.draft, this.#browse.onInput, 'primary')}</div>
      <div class="filters">
        ${this.#fixedField ? nothing : select('field', this.#fields)}
        ${site || this.#site.state.status === 'loading'
          ? // While the units load the select is there already, so the form keeps its size.
            select('unit', site?.units.map((unit) => [unit.id, this.#unitLabel(unit)]) ?? [])
          : nothing}
        <div class="filter">
          <label for="filter-sort">${t('filter.sort')}</label>
          <select id="filter-sort" @change=${this.#onFilter('sort')}>
            ${QUESTION_SORTS.filter((value) => value !== 'relevance' || this.#view.q).map(
              (value) =>
                html`<option value=${value} ?selected=${value === sort}>${t(`sort.${value}`)}</option>`,
            )}
          </select>
        </div>
      </div>
    </form>`;
  }
  /* eslint-enable lit-a11y/no-invalid-change-handler */

  #renderResults() {
    const { t } = this;
    const current = this.#list.state;
    if (current.status === 'loading')
      return renderSkeleton(t('results.loading'), Math.min(this.#pageSize, 10), { paged: true });
    if (current.status === 'ready' && current.data.items.length === 0)
      return html`<div class="state empty" part="state empty">
        <p>${t('results.empty')}</p>
        <p class="actions">
          ${this.#view.q || this.#view.field || this.#view.unit
            ? html`<button type="button" class="secondary" @click=${this.#onClear}>
                ${t('filter.clear')}
              </button>`
            : nothing}
          ${this.#tabs.includes('ask')
            ? html`<button type="button" class="primary" @click=${() => this.#selectTab('ask')}>
                ${t('tabs.ask')}
              </button>`
            : nothing}
        </p>
      </div>`;
    return this.renderResource(
      this.#list,
      (data) => data.items.length,
      (data) =>
        html`${renderList(data.items, { t, lang: this.language, link: this.#link })}
        ${renderPager({
          t,
          lang: this.language,
          page: this.#view.page,
          pages: Math.max(1, Math.ceil(data.total / data.pageSize)),
          onPage: this.#onPage,
          label: t('pager.label'),
        })}`,
    );
  }
}

defineElement('pbgdpl-qa-box', PbgdplQaBox);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-qa-box': PbgdplQaBox;
  }
}
