import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Article, ArticleLink } from '@pbgdpl/contract';
import { escapeHtml } from '@pbgdpl/contract/html-policy';
import {
  defineElement,
  emit,
  formatDate,
  PbgdplElement,
  registerLocales,
  track,
  type PbgdplEventMap,
} from '@pbgdpl/core';
import { sanitizeHtml } from '@pbgdpl/core/sanitize';
import {
  below,
  downloadFile,
  ReaderController,
  readerStyles,
  renderNotFound,
  renderReadingSkeleton,
  renderAttachments,
  renderTitle,
  savedPageHtml,
  toHeadingLevel,
  wrapTables,
  type RenderContext,
} from '@pbgdpl/core/reader';
import { articleStyles } from './article.styles.ts';
import {
  renderCover,
  renderDocuments,
  renderEvent,
  renderMaterial,
  renderSequence,
  renderUnit,
} from './article-parts.ts';
import vi from '../locales/vi.json';

registerLocales('news', { vi, en: () => import('../locales/en.json') });

export interface ArticleEventMap extends PbgdplEventMap {
  /** The reader chose the previous or next article; cancel to handle it yourself. */
  'pbgdpl-article-open': { id: number };
}

/** A document of the browser on this page, unless `documents-href` says where the browser is. */
const DEFAULT_DOCUMENTS_HREF = '?vb-doc={id}';

/**
 * One article in full: category, title, date, unit and author, the reader's tools, the event's
 * date and place with a calendar file (announcements), the material itself (PBGDPL materials),
 * the cover, the text, attachments, related documents (links into the document browser) and
 * the previous and next article of the same category. It has no back or close button: whoever
 * shows it provides one.
 *
 * @summary One article: text, figures, attachments, related documents, reader's tools.
 * @tag pbgdpl-article
 * @attr article-id - Id of the article to show.
 * @attr slug - Address name of the article to show (when there is no `article-id`).
 * @attr heading-level - Level of the title heading, 2–6 (default 2); sections use the next level.
 * @attr documents-href - Address of the document browser, `{id}` replaced by a document id (default: this page, `?vb-doc={id}`).
 * @attr no-track - Send no view beacon (editors see each article's views in the console).
 * @fires pbgdpl-article-open - The reader chose the previous or next article; `detail: { id }`. Cancelable: unless cancelled, the element shows that article itself.
 * @csspart title - The title (an `hN` with `tabindex="-1"`, focusable by script).
 * @csspart meta - Date, unit, author, fields and audiences.
 * @csspart toolbar - The print / save / link / e-mail / share / text size / read aloud tools.
 * @csspart notice - The line announcing what a tool did.
 * @csspart event - Date, time and place of an announced event, with the calendar file.
 * @csspart calendar - The "add to calendar" link (.ics).
 * @csspart material - The material itself (image, player or file) of a PBGDPL material.
 * @csspart cover - The cover image.
 * @csspart body - The text.
 * @csspart attachments - The list of attached files.
 * @csspart documents - Related documents.
 * @csspart sequence - Previous and next article in the category.
 * @cssprop --pbgdpl-article-measure - Longest line of the text (default 42em).
 */
export class PbgdplArticle extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, readerStyles, articleStyles];
  protected readonly namespace = 'news';

  @property({ type: Number, attribute: 'article-id', reflect: true }) articleId?: number;
  @property() slug?: string;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = 2;
  @property({ attribute: 'documents-href' }) documentsHref?: string;
  @property({ type: Boolean, attribute: 'no-track' }) noTrack = false;

  readonly #article = this.resource(
    'articleGet',
    () => {
      const ref = this.#ref;
      return ref === undefined ? undefined : { params: { idOrSlug: ref } };
    },
    () => 1,
  );
  readonly #reader = new ReaderController(this, () => this.t);
  readonly #tracked = new Set<number>();
  #focusTitleOnLoad = false;

  /** The id (digits) or slug the API is asked for; undefined when neither is valid. */
  get #ref(): string | undefined {
    const id = Number(this.articleId);
    if (Number.isInteger(id) && id > 0) return String(id);
    const slug = this.slug?.trim().toLowerCase();
    return slug && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && /[a-z]/.test(slug) ? slug : undefined;
  }

  get #loaded(): Article | undefined {
    const current = this.#article.state;
    const ref = this.#ref;
    return current.status === 'ready' && (String(current.data.id) === ref || current.data.slug === ref)
      ? current.data
      : undefined;
  }

  /** Focuses the title (now, or as soon as the article has loaded). */
  override focus(options?: FocusOptions): void {
    const title = this.shadowRoot?.querySelector<HTMLElement>('.title');
    if (title && this.#loaded) title.focus(options);
    else this.#focusTitleOnLoad = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      (changed.has('articleId') && changed.get('articleId') !== undefined) ||
      (changed.has('slug') && changed.get('slug') !== undefined)
    )
      this.#reader.reset();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const article = this.#loaded;
    if (!article) return;
    this.#countView(article.id);
    const body = this.shadowRoot?.querySelector<HTMLElement>('.body');
    if (body) wrapTables(body, (index) => this.t('reader:table', { index }));
    if (this.#focusTitleOnLoad) {
      this.#focusTitleOnLoad = false;
      this.shadowRoot?.querySelector<HTMLElement>('.title')?.focus();
    }
  }

  /** One view beacon per article shown, as documents and videos count theirs. */
  #countView(id: number): void {
    if (this.noTrack || this.#tracked.has(id)) return;
    this.#tracked.add(id);
    track(this.config.api, {
      type: 'view',
      subject: 'article',
      subjectId: String(id),
      unit: this.config.unit,
    });
  }

  protected override render() {
    if (this.#ref === undefined) return renderNotFound(this.t('article.notFound'));
    const current = this.#article.state;
    if (current.status === 'loading' || (current.status === 'ready' && !this.#loaded))
      return renderReadingSkeleton(this.t);
    if (current.status === 'error' && current.error.status === 404)
      return renderNotFound(this.t('article.notFound'));
    return this.renderResource(
      this.#article,
      () => 1,
      (article) => this.#renderArticle(article),
    );
  }

  get #context(): RenderContext {
    return {
      t: this.t,
      lang: this.language,
      api: this.config.api,
      level: below(toHeadingLevel(this.headingLevel)),
    };
  }

  #renderArticle(article: Article): TemplateResult {
    const { t } = this;
    const context = this.#context;
    const lang = this.language;
    const [material, ...rest] = article.category === 'tai-lieu-pbgdpl' ? article.attachments : [];
    const shown = material ? [material, ...rest.filter((file) => file.kind === 'audio')] : [];
    const files = article.attachments.filter((file) => !shown.includes(file));
    return html`<article
      class="article ${this.#reader.sizeClass}"
      aria-label=${t('article.label', { title: article.title })}
    >
      <header>
        <p class="kicker">
          <span class="category" data-category=${article.category}>${t(`category.${article.category}`)}</span>
          ${article.materialFormat
            ? html`<span class="format">${t(`format.${article.materialFormat}`)}</span>`
            : nothing}
        </p>
        ${renderTitle(toHeadingLevel(this.headingLevel), article.title)}
        <dl class="meta" part="meta">
          <div>
            <dt>${t('article.published')}</dt>
            <dd><time datetime=${article.publishedAt}>${formatDate(article.publishedAt, lang)}</time></dd>
          </div>
          <div>
            <dt>${t('article.unit')}</dt>
            <dd>${renderUnit(t, lang, article.unit)}</dd>
          </div>
          ${article.authorName
            ? html`<div>
                <dt>${t('article.author')}</dt>
                <dd>${article.authorName}</dd>
              </div>`
            : nothing}
        </dl>
      </header>
      ${this.#reader.toolbar({
        ...context,
        title: article.title,
        original: material,
        onSave: () => this.#save(article),
        spoken: () =>
          `${article.title}. ${this.shadowRoot?.querySelector<HTMLElement>('.body')?.innerText ?? ''}`,
      })}
      ${article.event ? renderEvent(context, article.id, article.event) : nothing}
      ${material ? renderMaterial(context, shown, article.cover?.alt ?? article.title) : nothing}
      ${article.cover && !(material?.kind === 'image')
        ? html`<figure class="cover-figure">
            ${renderCover(context.api, article.cover, '(min-width: 48em) 42em, 100vw', true)}
          </figure>`
        : nothing}
      ${article.summary ? html`<p class="lead">${article.summary}</p>` : nothing}
      <div class="body prose" part="body" lang="vi">
        ${unsafeHTML(sanitizeHtml(article.body, { base: context.api }))}
      </div>
      ${this.#renderTags(article)} ${renderAttachments(context, files)}
      ${renderDocuments(context, article.documents, this.#documentHref)}
      ${renderSequence(t, article.previous, article.next, this.#openLink)}
    </article>`;
  }

  /** Fields and audiences, when the article names any. */
  #renderTags(article: Article) {
    const { t } = this;
    const rows = [
      { label: t('article.fields'), values: article.fields.map((field) => t(`core:field.${field}`)) },
      {
        label: t('article.audiences'),
        values: article.audiences.map((audience) => t(`core:audience.${audience}`)),
      },
    ].filter((row) => row.values.length > 0);
    if (rows.length === 0) return nothing;
    return html`<dl class="tags">
      ${rows.map(
        (row) =>
          html`<div>
            <dt>${row.label}</dt>
            <dd>${row.values.join(', ')}</dd>
          </div>`,
      )}
    </dl>`;
  }

  #documentHref = (id: number): string => {
    const template = this.documentsHref || DEFAULT_DOCUMENTS_HREF;
    return new URL(template.replaceAll('{id}', String(id)), location.href).href;
  };

  #openLink = (link: ArticleLink) => {
    if (!emit<ArticleEventMap, 'pbgdpl-article-open'>(this, 'pbgdpl-article-open', { id: link.id })) return;
    this.#focusTitleOnLoad = true;
    this.slug = undefined;
    this.articleId = link.id;
  };

  #save(article: Article): void {
    if (!this.shadowRoot) return;
    const { t } = this;
    const lang = this.language;
    const rows = [
      { label: t('categories'), value: t(`category.${article.category}`) },
      { label: t('article.published'), value: formatDate(article.publishedAt, lang) },
      { label: t('article.unit'), value: article.unit.name },
      ...(article.authorName ? [{ label: t('article.author'), value: article.authorName }] : []),
    ];
    const page = savedPageHtml(t, lang, {
      title: article.title,
      heading: article.title,
      meta: { caption: t('article.details'), rows },
      body: article.summary ? `<p>${escapeHtml(article.summary)}</p>${article.body}` : article.body,
      source: location.href,
      api: this.config.api,
    });
    downloadFile(this.shadowRoot, `${article.slug}.html`, page);
  }
}

defineElement('pbgdpl-article', PbgdplArticle);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-article': PbgdplArticle;
  }
  interface HTMLElementEventMap {
    'pbgdpl-article-open': CustomEvent<ArticleEventMap['pbgdpl-article-open']>;
  }
}
