import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PublishedDocument } from '@pbgdpl/contract';
import {
  defineElement,
  emit,
  PbgdplElement,
  registerLocales,
  track,
  type PbgdplEventMap,
} from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';
import { addSrcsets } from './body-images.ts';
import {
  below,
  downloadFile,
  isPdf,
  ReaderController,
  readerStyles,
  renderNotFound,
  renderReadingSkeleton,
  renderAttachments,
  renderHeading,
  renderTitle,
  toHeadingLevel,
  wrapTables,
  type HeadingLevel,
  type RenderContext,
} from '@pbgdpl/core/reader';
import { legalDocStyles } from './legal-doc.styles.ts';
import { renderStatus, renderMetadata } from './metadata.ts';
import { renderLinksOut } from './links-out.ts';
import { renderRelations, renderRelationsState } from './relations.ts';
import { renderMaterials } from './materials.ts';
import { documentHtml, fileNameFor } from './save.ts';
import type { DocumentFeedback } from './feedback.ts';
import vi from './locales/vi.json';
import listVi from '../locales/vi.json';

// Type, status, relation and material labels belong to the list's namespace; registering it
// here too lets this element work on its own (adding the same bundle twice is harmless).
registerLocales('legal-docs', { vi: listVi, en: () => import('../locales/en.json') });
registerLocales('legal-doc', { vi, en: () => import('./locales/en.json') });

export interface LegalDocEventMap extends PbgdplEventMap {
  /** The reader chose a related document of ours; cancel to handle it yourself. */
  'pbgdpl-document-open': { id: number };
}

/**
 * One legal document in full: title, status, the national database's metadata, the full
 * text, attachments, related documents (both directions), introduction materials and links
 * to the national database and the Official Gazette, with print, save, copy link, share,
 * text size and read aloud. It has no back or close button: whoever shows it provides one.
 *
 * @summary The detail of one legal document, for reading, printing and saving.
 * @tag pbgdpl-legal-doc
 * @attr document-id - Id of the document to show (required).
 * @attr heading-level - Level of the title heading, 2–6 (default 2); sections use the next level.
 * @attr no-track - Send no view beacon.
 * @fires pbgdpl-document-open - The reader chose a related document; `detail: { id }`. Cancelable: unless cancelled, the element shows that document itself.
 * @csspart title - The document title (an `hN` with `tabindex="-1"`, focusable by script).
 * @csspart status - The legal status badges.
 * @csspart toolbar - The print / save / link / share / text size / read aloud tools.
 * @csspart notice - The line announcing what a tool did (e.g. "Đã sao chép liên kết").
 * @csspart metadata - The table of document details.
 * @csspart body - The full text.
 * @csspart attachments - The list of attached files.
 * @csspart relations - Related documents, grouped by relation.
 * @csspart materials - Introduction materials, grouped by kind.
 * @csspart links - Links to the national legal database and the Official Gazette.
 * @csspart feedback - "Phản ánh, kiến nghị": the published responses and the form.
 * @csspart responses - The published feedback with the issuing unit's responses.
 * @csspart feedback-form - The feedback form.
 * @csspart receipt - What the feedback form says once sent, with the tracking code.
 * @cssprop --pbgdpl-legal-doc-measure - Longest line of the text (default 42em).
 * @cssprop --pbgdpl-legal-doc-status-bg - Background of an "in force" badge (default #e7f5ec).
 * @cssprop --pbgdpl-legal-doc-status-text - Text of an "in force" badge (default #14532d).
 * @cssprop --pbgdpl-legal-doc-status-off-bg - Background of an expired / suspended badge (default #fdecea).
 * @cssprop --pbgdpl-legal-doc-status-off-text - Text of an expired / suspended badge (default #8a1c12).
 */
export class PbgdplLegalDoc extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, readerStyles, legalDocStyles];
  protected readonly namespace = 'legal-doc';

  @property({ type: Number, attribute: 'document-id', reflect: true }) documentId?: number;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = 2;
  @property({ type: Boolean, attribute: 'no-track' }) noTrack = false;

  readonly #document = this.resource(
    'documentGet',
    () => (this.#validId === undefined ? undefined : { params: { id: this.#validId } }),
    () => 1,
  );
  readonly #related = this.resource(
    'documentRelated',
    () => (this.#validId === undefined ? undefined : { params: { id: this.#validId } }),
    (data) => data.items.length,
  );
  readonly #reader = new ReaderController(this, () => this.t);
  readonly #tracked = new Set<number>();
  #focusTitleOnLoad = false;
  /** "Phản ánh, kiến nghị", in its own chunk, loaded once a document shows. */
  @state() private feedback: DocumentFeedback | undefined;
  #loadingFeedback: number | undefined;

  get #validId(): number | undefined {
    const id = Number(this.documentId);
    return Number.isInteger(id) && id > 0 ? id : undefined;
  }

  get #level(): HeadingLevel {
    return toHeadingLevel(this.headingLevel);
  }

  get #loaded(): PublishedDocument | undefined {
    const current = this.#document.state;
    return current.status === 'ready' && current.data.id === this.#validId ? current.data : undefined;
  }

  /** Focuses the title (now, or as soon as the document has loaded). */
  override focus(options?: FocusOptions): void {
    const title = this.shadowRoot?.querySelector<HTMLElement>('.title');
    if (title && this.#loaded) title.focus(options);
    else this.#focusTitleOnLoad = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('documentId') && changed.get('documentId') !== undefined) {
      this.#reader.reset();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const doc = this.#loaded;
    if (!doc) return;
    const body = this.shadowRoot?.querySelector<HTMLElement>('.body');
    if (body) {
      wrapTables(body, (index) => this.t('body.table', { index }));
      addSrcsets(body, doc.images, this.#context.api);
    }
    this.#countView(doc);
    this.#loadFeedback(doc.id);
    if (this.#focusTitleOnLoad) {
      this.#focusTitleOnLoad = false;
      this.shadowRoot?.querySelector<HTMLElement>('.title')?.focus();
    }
  }

  protected override render() {
    if (this.#validId === undefined) return renderNotFound(this.t('notFound'));
    const current = this.#document.state;
    if (current.status === 'loading' || (current.status === 'ready' && current.data.id !== this.#validId))
      return renderReadingSkeleton(this.t);
    if (current.status === 'error' && current.error.status === 404) return renderNotFound(this.t('notFound'));
    return this.renderResource(
      this.#document,
      () => 1,
      (doc) => this.#renderDocument(doc),
    );
  }

  get #context(): RenderContext {
    return { t: this.t, lang: this.language, api: this.config.api, level: below(this.#level) };
  }

  #renderDocument(doc: PublishedDocument): TemplateResult {
    const { t } = this;
    const context = this.#context;
    const original = doc.attachments.find(isPdf);
    return html`<article class="doc ${this.#reader.sizeClass}" aria-label=${t('label', { title: doc.title })}>
      <header>
        ${renderTitle(this.#level, doc.title)}
        <p class="subtitle">
          <span class="number">${t('number', { number: doc.number })}</span>
          <span class="visually-hidden">${t('meta.status')}:</span> ${renderStatus(t, doc.status)}
        </p>
      </header>
      ${this.#reader.toolbar({
        ...context,
        title: `${doc.number} – ${doc.title}`,
        original,
        onSave: () => this.#save(doc),
        spoken: () =>
          `${doc.title}. ${this.shadowRoot?.querySelector<HTMLElement>('.body')?.innerText ?? ''}`,
      })}
      ${renderMetadata(context, doc)}
      <section class="full-text" aria-labelledby="body-heading">
        ${renderHeading(context.level, 'body-heading', t('body.heading'))}
        ${doc.body.trim()
          ? html`<div class="body prose" part="body" lang="vi">
              ${unsafeHTML(sanitizeHtml(doc.body, { base: context.api }))}
            </div>`
          : html`<p class="empty-body">${t('body.empty')}</p>`}
      </section>
      ${renderAttachments(context, doc.attachments)} ${this.#renderRelated(context)}
      ${renderMaterials(context, doc.materials)} ${renderLinksOut(context, doc.links)}
      ${this.feedback?.documentId === doc.id ? this.feedback.render(context.level) : nothing}
    </article>`;
  }

  #renderRelated(context: RenderContext) {
    const related = this.#related.state;
    if (related.status === 'ready')
      return related.data.items.length
        ? renderRelations({ ...context, onOpen: this.#openRelated }, related.data.items)
        : nothing;
    return renderRelationsState(context, related.status, () => this.#related.retry());
  }

  // ---- behaviour ----

  #loadFeedback(id: number): void {
    if (this.feedback?.documentId === id || this.#loadingFeedback === id) return;
    this.#loadingFeedback = id;
    import('./feedback.ts').then(
      ({ DocumentFeedback, feedbackStyles }) => {
        this.#loadingFeedback = undefined;
        const root = this.shadowRoot;
        if (!root || this.#validId !== id) return;
        const sheets = feedbackStyles.map((style) => style.styleSheet).filter((sheet) => sheet !== undefined);
        if (!sheets.every((sheet) => root.adoptedStyleSheets.includes(sheet)))
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
        this.feedback = new DocumentFeedback(this, id);
      },
      () => {
        // Offline: the document reads without it; the next render tries again.
        this.#loadingFeedback = undefined;
      },
    );
  }

  focusFeedback(selector: string): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }

  #openRelated = (id: number) => {
    if (!emit<LegalDocEventMap, 'pbgdpl-document-open'>(this, 'pbgdpl-document-open', { id })) return;
    if (id === this.#validId) return;
    this.#focusTitleOnLoad = true;
    this.documentId = id;
  };

  #save(doc: PublishedDocument): void {
    if (!this.shadowRoot) return;
    const place = { source: location.href, api: this.config.api };
    downloadFile(this.shadowRoot, fileNameFor(doc), documentHtml(this.t, this.language, doc, place));
  }

  /** One view beacon per document shown. */
  #countView(doc: PublishedDocument): void {
    if (this.noTrack || this.#tracked.has(doc.id)) return;
    this.#tracked.add(doc.id);
    track(this.config.api, {
      type: 'view',
      subject: 'document',
      subjectId: String(doc.id),
      unit: this.config.unit,
    });
  }
}

defineElement('pbgdpl-legal-doc', PbgdplLegalDoc);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-legal-doc': PbgdplLegalDoc;
  }
  interface HTMLElementEventMap {
    'pbgdpl-document-open': CustomEvent<LegalDocEventMap['pbgdpl-document-open']>;
  }
}
