import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { VideoSummary } from '@pbgdpl/contract';
import { LEGAL_FIELDS, VIDEO_CATEGORIES } from '@pbgdpl/contract/values';
import {
  BrowseController,
  browseStyles,
  defineElement,
  emit,
  formatDate,
  formatNumber,
  mediaUrl,
  srcsetOf,
  PbgdplElement,
  registerLocales,
  renderBack,
  renderDetailDialog,
  renderPager,
  renderSkeleton,
  track,
  type PbgdplEventMap,
} from '@pbgdpl/core';
import { clockDuration, spokenDuration } from './duration.ts';
import { renderPlayer, renderPlayerSkeleton } from './player.ts';
import { galleryCodec, type GalleryState } from './url-state.ts';
import { videoGalleryStyles } from './video-gallery.styles.ts';
import vi from './locales/vi.json';

/** Posters in the grid: one column on a phone, otherwise cards of 14em to about 22em (`sizes`). */
const CARD_SIZES = '(max-width: 30em) 100vw, 22em';

registerLocales('video-gallery', { vi, en: () => import('./locales/en.json') });

export interface VideoGalleryEventMap extends PbgdplEventMap {
  /** The reader opened a video (cancel it to show the video yourself). */
  'pbgdpl-video-open': { id: number };
  /** Playback started: our file, or the YouTube player after the facade was pressed. */
  'pbgdpl-video-play': { id: number; source: 'file' | 'youtube' };
}

/**
 * The province's legal videos: a grid (or a strip, or one video) of posters that costs a few
 * images until someone presses play. Our files play in the native `<video>` with captions in
 * the page's language; YouTube videos show our poster and contact YouTube (youtube-nocookie)
 * only after the reader presses play. The search and the open video live in the page address
 * (`vd-q`, `vd-cat`, `vd-page`, `vd-v`), so a video can be linked to.
 *
 * @summary Legal video gallery: posters, search, categories, a dialog player with captions, a YouTube facade.
 * @tag pbgdpl-video-gallery
 * @attr layout - `grid` (default: search, categories, pages), `carousel` (one scrolling row) or `single` (one video's player).
 * @attr video-id - Show this one video (implies `layout="single"`, whose default is the newest).
 * @attr category - Fixed category (`tieu-pham`, `tinh-huong`, `toa-dam`, `huong-dan`, `tin-tuc`): its filter is hidden.
 * @attr field - Fixed legal field (e.g. `dat-dai`).
 * @attr publisher - Only videos of this unit (unit id, e.g. `so-tu-phap`).
 * @attr page-size - Videos per page (default 12; 8 in the carousel).
 * @attr playback - Where a video plays: `dialog` (default, a modal) or `inline` (in place of the list).
 * @attr url-prefix - Prefix of the page-address parameters (default `vd-`).
 * @attr no-url - Keep the search and the open video out of the page address.
 * @attr no-track - Send no view or play beacons.
 * @fires pbgdpl-video-open - A video is being opened; `detail: { id }`. Cancelable.
 * @fires pbgdpl-video-play - Playback started; `detail: { id, source }` (`file` or `youtube`).
 * @csspart search - The search and category form.
 * @csspart count - How many videos match.
 * @csspart grid - The list of posters.
 * @csspart card - One poster with its title, date and duration.
 * @csspart pager - The page navigation.
 * @csspart dialog - The player dialog.
 * @csspart close - The dialog's close button.
 * @csspart player - One video: player, title, details, transcript, link.
 * @csspart video - The native `<video>`.
 * @csspart facade - The YouTube poster button shown before play.
 * @csspart youtube - The YouTube iframe, after play.
 * @csspart transcript - The expandable transcript.
 * @cssprop --pbgdpl-video-gallery-min-card - Narrowest poster in the grid (default 14em).
 * @cssprop --pbgdpl-video-gallery-ratio - Poster and player aspect ratio (default 16 / 9).
 */
export class PbgdplVideoGallery extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, browseStyles, videoGalleryStyles];
  protected readonly namespace = 'video-gallery';

  @property({ reflect: true }) layout: 'grid' | 'carousel' | 'single' = 'grid';
  @property({ type: Number, attribute: 'video-id' }) videoId?: number;
  @property() category?: string;
  @property() field?: string;
  @property() publisher?: string;
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  @property() playback: 'dialog' | 'inline' = 'dialog';
  @property({ attribute: 'url-prefix' }) urlPrefix = 'vd-';
  @property({ type: Boolean, attribute: 'no-url' }) noUrl = false;
  @property({ type: Boolean, attribute: 'no-track' }) noTrack = false;

  @state() private youtubeStarted = false;
  @state() private status = '';

  @query('dialog') private dialogElement?: HTMLDialogElement;

  readonly #browse = new BrowseController<GalleryState>(this, {
    codec: galleryCodec,
    detailKey: 'video',
    address: () => ({ prefix: this.urlPrefix, enabled: !this.noUrl && !this.#single }),
    fallbackFocus: '.count',
    onApply: (next, previous) => {
      if (next.video !== previous.video) this.#resetPlayer();
    },
  });
  readonly #list = this.resource(
    'videos',
    () => (this.#single && this.videoId ? undefined : { query: this.#query() }),
    (data) => data.items.length,
  );
  readonly #video = this.resource(
    'videoGet',
    () => {
      const id = this.#openId;
      return id === undefined ? undefined : { params: { id } };
    },
    () => 1,
  );
  readonly #counted = new Set<string>();

  get #search(): GalleryState {
    return this.#browse.state;
  }

  /** `video-id` alone also means one video: that is what a webmaster giving an id wants. */
  get #single(): boolean {
    return this.layout === 'single' || Boolean(this.videoId);
  }

  get #presetCategory() {
    return VIDEO_CATEGORIES.find((value) => value === this.category);
  }

  /** The video shown in the player, if any. */
  get #openId(): number | undefined {
    if (!this.#single) return this.#search.video;
    if (this.videoId) return this.videoId;
    const list = this.#list.state;
    return list.status === 'ready' ? list.data.items[0]?.id : undefined;
  }

  get #inline(): boolean {
    return this.#single || this.playback === 'inline';
  }

  #query() {
    const size = Math.floor(this.pageSize ?? 0);
    const pageSize = this.#single ? 1 : size >= 1 ? Math.min(size, 100) : this.layout === 'carousel' ? 8 : 12;
    const grid = this.layout === 'grid';
    return {
      q: (grid && this.#search.q) || undefined,
      category: this.#presetCategory ?? (grid ? this.#search.category : undefined),
      field: LEGAL_FIELDS.find((value) => value === this.field),
      unit: this.publisher || undefined,
      page: grid ? this.#search.page : 1,
      pageSize,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#video.state.status === 'ready') this.#beacon('view', this.#video.state.data.id);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#inline) this.#browse.syncDialog(this.dialogElement);
  }

  // ---- state ----

  #resetPlayer(): void {
    this.youtubeStarted = false;
    this.status = '';
  }

  #open(id: number): void {
    if (!emit<VideoGalleryEventMap, 'pbgdpl-video-open'>(this, 'pbgdpl-video-open', { id })) return;
    this.#resetPlayer();
    this.#browse.open(id, this.#inline ? '.back' : undefined);
  }

  #close = () => {
    this.#resetPlayer();
    this.#browse.close();
  };

  #onCardClick = (event: MouseEvent, id: number) => {
    // Modified clicks open the deep link in a new tab, as links do.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.#open(id);
  };

  #onCategory = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value || null;
    this.#browse.change({ category: galleryCodec.readValue('category', value), page: 1 });
  };

  #onPage = (page: number) => {
    this.#browse.change({ page });
    this.#browse.focus('.count');
  };

  #onClear = () => this.#browse.clearSearch({ category: undefined });

  #scroll(direction: 1 | -1): void {
    const row = this.renderRoot.querySelector<HTMLElement>('.grid');
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    row?.scrollBy({ left: direction * row.clientWidth * 0.9, behavior: still ? 'auto' : 'smooth' });
  }

  // ---- beacons and sharing ----

  #beacon(type: 'view' | 'play', id: number): void {
    const key = `${type}:${id}`;
    if (this.noTrack || this.#counted.has(key)) return;
    this.#counted.add(key);
    track(this.config.api, { type, subject: 'video', subjectId: String(id), unit: this.config.unit });
  }

  #played(id: number, source: 'file' | 'youtube'): void {
    emit<VideoGalleryEventMap, 'pbgdpl-video-play'>(this, 'pbgdpl-video-play', { id, source });
    this.#beacon('play', id);
  }

  #shareUrl(id: number): string {
    if (this.noUrl || this.#single) return location.href;
    return galleryCodec.withState(location.href, { ...galleryCodec.empty(), video: id }, this.urlPrefix);
  }

  async #copy(id: number): Promise<void> {
    const url = this.#shareUrl(id);
    try {
      await navigator.clipboard.writeText(url);
      this.status = this.t('copied');
    } catch {
      // Denied (no permission, not a secure context): show the link to copy by hand.
      this.status = this.t('copyFailed', { url });
    }
  }

  // ---- rendering ----

  protected override render() {
    const { t } = this;
    if (this.#single)
      return html`<section class="root layout-single" lang=${this.language} aria-label=${t('region')}>
        ${this.#openId === undefined && this.#list.state.status !== 'loading'
          ? this.renderResource(
              this.#list,
              (data) => data.items.length,
              () => nothing,
            )
          : this.#renderVideo()}
      </section>`;
    if (this.#inline && this.#search.video !== undefined)
      return html`<section class="root" lang=${this.language} aria-label=${t('region')}>
        <div class="detail">${renderBack(t, this.#close, t('back'))} ${this.#renderVideo()}</div>
      </section>`;
    return html`<section class="root layout-${this.layout}" lang=${this.language} aria-label=${t('region')}>
        ${this.layout === 'grid' ? html`${this.#renderSearch()}${this.#renderCount()}` : nothing}
        ${this.#renderList()}
      </section>
      ${this.#inline ? nothing : this.#renderDialog()}`;
  }

  #renderVideo() {
    if (this.#video.state.status === 'loading') return renderPlayerSkeleton(this.t);
    return this.renderResource(
      this.#video,
      () => 1,
      (video) =>
        renderPlayer(video, {
          t: this.t,
          lang: this.language,
          api: this.config.api,
          youtubeStarted: this.youtubeStarted,
          onYoutubePlay: () => {
            this.youtubeStarted = true;
            this.#played(video.id, 'youtube');
            this.#browse.focus('iframe');
          },
          onPlay: () => this.#played(video.id, 'file'),
          onCopy: () => void this.#copy(video.id),
          onShare:
            typeof navigator.share === 'function'
              ? () =>
                  void navigator.share({ title: video.title, url: this.#shareUrl(video.id) }).catch(() => {})
              : undefined,
          status: this.status,
        }),
    );
  }

  #renderDialog() {
    const { t } = this;
    return renderDetailDialog(
      { t, label: t('dialog'), lang: this.language, onClose: this.#close, onKeydown: this.#browse.trapFocus },
      this.#search.video === undefined ? nothing : this.#renderVideo(),
    );
  }

  /* eslint-disable lit-a11y/no-invalid-change-handler -- filtering in place changes no context (WCAG 3.2.2) */
  #renderSearch() {
    const { t } = this;
    const preset = this.#presetCategory;
    return html`<form class="search" part="search" role="search" @submit=${this.#browse.onSubmit}>
      <div class="field">
        <label for="q">${t('search.label')}</label>
        <span class="row">
          <input
            id="q"
            type="search"
            maxlength="200"
            autocomplete="off"
            enterkeyhint="search"
            placeholder=${t('search.placeholder')}
            .value=${live(this.#browse.draft)}
            @input=${this.#browse.onInput}
          />
          <button type="submit" class="action">${t('search.submit')}</button>
        </span>
      </div>
      ${preset
        ? nothing
        : html`<div class="field">
            <label for="category">${t('category.label')}</label>
            <select id="category" @change=${this.#onCategory}>
              <option value="">${t('category.all')}</option>
              ${VIDEO_CATEGORIES.map(
                (value) =>
                  html`<option value=${value} ?selected=${value === this.#search.category}>
                    ${t(`category.${value}`)}
                  </option>`,
              )}
            </select>
          </div>`}
    </form>`;
  }
  /* eslint-enable lit-a11y/no-invalid-change-handler */

  #renderList() {
    const { t } = this;
    const current = this.#list.state;
    const grid = this.layout === 'grid';
    if (current.status === 'loading') return this.#renderSkeleton();
    if (current.status === 'ready' && current.data.items.length === 0)
      return html`<div class="state empty" part="state empty" role="status">
        <p>${t('empty')}</p>
        ${grid && (this.#search.q || this.#search.category)
          ? html`<button type="button" class="retry" @click=${this.#onClear}>${t('clear')}</button>`
          : nothing}
      </div>`;
    return this.renderResource(
      this.#list,
      (data) => data.items.length,
      (data) => {
        const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
        const list = html`<ul class="grid" part="grid">
          ${data.items.map((video) => html`<li>${this.#renderCard(video)}</li>`)}
        </ul>`;
        if (!grid)
          return html`<div class="strip">
            ${this.#arrow(-1, t('carousel.previous'), '‹')} ${list} ${this.#arrow(1, t('carousel.next'), '›')}
          </div>`;
        return html`${list} ${this.#renderPager(pages)}`;
      },
    );
  }

  /** Stays in place while a page loads, so focus can wait there after paging. */
  #renderCount() {
    const current = this.#list.state;
    const total = current.status === 'ready' ? current.data.total : undefined;
    return html`<p class="count" part="count" role="status" tabindex="-1">
      ${total === undefined ? '' : this.t('count', { total: formatNumber(total, this.language) })}
    </p>`;
  }

  #arrow(direction: 1 | -1, label: string, glyph: string) {
    return html`<button
      type="button"
      class="arrow"
      aria-label=${label}
      @click=${() => this.#scroll(direction)}
    >
      <span aria-hidden="true">${glyph}</span>
    </button>`;
  }

  #renderSkeleton() {
    const count = Math.min(this.#query().pageSize, 12);
    // A card's shape: poster, two lines of title, one of date and category.
    const row = () =>
      html`<li class="skeleton-card">
        <span class="thumb shimmer"></span><span class="line title shimmer"></span
        ><span class="line when shimmer"></span>
      </li>`;
    return renderSkeleton(this.t('core:loading'), count, {
      row,
      listClass: 'grid',
      paged: this.layout === 'grid',
    });
  }

  #renderCard(video: VideoSummary): TemplateResult {
    const { t, language } = this;
    const content = html`<span class="thumb">
        <img
          src=${mediaUrl(this.config.api, video.poster.url)}
          srcset=${ifDefined(srcsetOf(this.config.api, video.poster))}
          sizes=${CARD_SIZES}
          width=${video.poster.width}
          height=${video.poster.height}
          alt=""
          loading="lazy"
          decoding="async"
        />
        <span class="play-icon" aria-hidden="true"></span>
        <span class="duration" aria-hidden="true">${clockDuration(video.durationSeconds)}</span>
      </span>
      <span class="card-title">${video.title}</span>
      <span class="card-meta">
        <time datetime=${video.publishedAt}>${formatDate(video.publishedAt, language)}</time>
        · ${t(`category.${video.category}`)}
        <span class="visually-hidden"
          >, ${t('duration', { text: spokenDuration(t, video.durationSeconds) })}</span
        >
      </span>`;
    if (this.noUrl)
      return html`<button
        type="button"
        class="card"
        part="card"
        data-item-id=${video.id}
        @click=${() => this.#open(video.id)}
      >
        ${content}
      </button>`;
    return html`<a
      class="card"
      part="card"
      href=${this.#browse.href({ video: video.id })}
      data-item-id=${video.id}
      @click=${(event: MouseEvent) => this.#onCardClick(event, video.id)}
      >${content}</a
    >`;
  }

  #renderPager(pages: number) {
    const { t } = this;
    return renderPager({
      t,
      lang: this.language,
      page: this.#search.page,
      pages,
      onPage: this.#onPage,
      label: t('pager.label'),
    });
  }
}

defineElement('pbgdpl-video-gallery', PbgdplVideoGallery);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-video-gallery': PbgdplVideoGallery;
  }
  interface HTMLElementEventMap {
    'pbgdpl-video-open': CustomEvent<VideoGalleryEventMap['pbgdpl-video-open']>;
    'pbgdpl-video-play': CustomEvent<VideoGalleryEventMap['pbgdpl-video-play']>;
  }
}
