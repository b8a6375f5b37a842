import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Banner, BannerPlacement } from '@pbgdpl/contract';
import {
  defineElement,
  emit,
  flushTracking,
  mediaUrl,
  PbgdplElement,
  srcsetOf,
  registerLocales,
  track,
  whenHalfVisible,
  type PbgdplEventMap,
} from '@pbgdpl/core';
import { bannerStyles } from './banner.styles.ts';
import { RotationController } from './rotation.ts';
import vi from './locales/vi.json';

registerLocales('banner', { vi, en: () => import('./locales/en.json') });

export interface BannerEventMap extends PbgdplEventMap {
  /** A banner link was activated (the browser then follows it). */
  'pbgdpl-banner-click': { id: number; href: string };
  /** Another banner became the visible one. */
  'pbgdpl-banner-change': { id: number; index: number };
}

/** How wide each box is drawn (its CSS maximum, or the whole screen on a narrower one), for `sizes`. */
const BOX_SIZES: Record<string, string> = {
  leaderboard: '(max-width: 728px) 100vw, 728px',
  sidebar: '(max-width: 300px) 100vw, 300px',
  square: '(max-width: 250px) 100vw, 250px',
};

const icons = {
  previous: svg`<path d="M15.4 7.4 14 6l-6 6 6 6 1.4-1.4L10.8 12z"/>`,
  next: svg`<path d="M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z"/>`,
  pause: svg`<path d="M6 5h4v14H6zm8 0h4v14h-4z"/>`,
  play: svg`<path d="M8 5v14l11-7z"/>`,
};

/**
 * The banner every department and commune site carries, linking to the province's PBGDPL
 * pages. Its light-DOM content is the fallback: it shows before scripts run, with
 * JavaScript off, while loading and whenever the API has nothing to give.
 *
 * @summary Rotating PBGDPL banners for a placement and unit, with a plain-link fallback.
 * @tag pbgdpl-banner
 * @attr placement - Which banners to show: `leaderboard` (728×90), `sidebar` (300×250, default) or `square` (250×250).
 * @attr size - Box size when it should differ from the placement: `leaderboard`, `sidebar` or `square`.
 * @attr interval - Seconds between banners when several rotate (default 6, at least 3).
 * @attr no-track - Send no impression or click beacons.
 * @slot - Fallback content, usually a link (ideally with an image of the same size) to the PBGDPL site.
 * @csspart carousel - The box holding the banners.
 * @csspart image - The banner image.
 * @csspart controls - The previous / pause / next buttons.
 * @cssprop --pbgdpl-banner-radius - Corner radius of the banner box (default 0).
 * @cssprop --pbgdpl-banner-control-bg - Background of the control buttons (default translucent black).
 * @fires pbgdpl-banner-click - A banner link was activated; `detail: { id, href }`.
 * @fires pbgdpl-banner-change - Another banner became visible; `detail: { id, index }`.
 */
export class PbgdplBanner extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, bannerStyles];
  protected readonly namespace = 'banner';

  @property({ reflect: true }) placement: BannerPlacement = 'sidebar';
  @property({ reflect: true }) size?: BannerPlacement;
  @property({ type: Number }) interval = 6;
  @property({ type: Boolean, attribute: 'no-track' }) noTrack = false;

  readonly #banners = this.resource(
    'banners',
    (config) => ({ query: { placement: this.placement, unit: config.unit } }),
    (data) => data.items.length,
  );
  readonly #rotation = new RotationController(
    this,
    () => Math.max(3, this.interval || 6) * 1000,
    (index) => this.#announceChange(index),
  );
  readonly #seen = new Set<number>();
  #stopWatching: (() => void) | undefined;
  #visible = false;

  get #items(): Banner[] {
    const state = this.#banners.state;
    return state.status === 'ready' ? state.data.items : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatching = whenHalfVisible(this, () => {
      this.#visible = true;
      this.#countImpression();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    this.#visible = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#rotation.setCount(this.#items.length);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#countImpression();
  }

  protected override render() {
    const items = this.#items;
    // While banners load, the fallback sits in the banner's box, so their arrival moves nothing.
    if (this.#banners.state.status === 'loading') return html`<div class="carousel"><slot></slot></div>`;
    if (items.length === 0) return html`<slot></slot>`;
    const { t } = this;
    const rotation = this.#rotation;
    return html`<section
      class="carousel"
      part="carousel"
      aria-roledescription="carousel"
      aria-label=${t('region')}
      @mouseenter=${() => rotation.setHovered(true)}
      @mouseleave=${() => rotation.setHovered(false)}
      @focusin=${() => rotation.setFocused(true)}
      @focusout=${(event: FocusEvent) => rotation.setFocused(this.#containsFocus(event))}
      @keydown=${this.#onKeydown}
    >
      <div aria-live=${rotation.rotating ? 'off' : 'polite'}>
        ${items.map((banner, index) => this.#renderSlide(banner, index, items.length))}
      </div>
      ${items.length > 1 ? this.#renderControls() : nothing}
    </section>`;
  }

  #renderSlide(banner: Banner, index: number, total: number) {
    const { api } = this.config;
    return html`<div
      class="slide"
      role="group"
      aria-roledescription="slide"
      aria-label=${this.t('slide', { index: index + 1, total, title: banner.title })}
      ?hidden=${index !== this.#rotation.index}
    >
      <a href=${banner.href} @click=${() => this.#onClick(banner)}>
        <img
          part="image"
          src=${mediaUrl(api, banner.image.url)}
          srcset=${ifDefined(srcsetOf(api, banner.image))}
          sizes=${BOX_SIZES[this.size ?? this.placement] ?? BOX_SIZES.sidebar}
          width=${banner.image.width}
          height=${banner.image.height}
          alt=${banner.alt}
          loading=${index === 0 ? 'eager' : 'lazy'}
          decoding="async"
        />
      </a>
    </div>`;
  }

  #renderControls() {
    const { t } = this;
    const rotation = this.#rotation;
    const paused = rotation.pausedByUser;
    const button = (label: string, icon: keyof typeof icons, onClick: () => void) =>
      html`<button type="button" aria-label=${label} title=${label} @click=${onClick}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[icon]}</svg>
      </button>`;
    return html`<div class="controls" part="controls">
      ${button(t('previous'), 'previous', () => rotation.go(-1))}
      ${rotation.canRotate
        ? button(paused ? t('play') : t('pause'), paused ? 'play' : 'pause', () => rotation.togglePause())
        : nothing}
      ${button(t('next'), 'next', () => rotation.go(1))}
    </div>`;
  }

  #onKeydown = (event: KeyboardEvent) => {
    const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    if (!step || this.#items.length < 2) return;
    event.preventDefault();
    this.#rotation.go(this.matches(':dir(rtl)') ? -step : step);
  };

  #containsFocus(event: FocusEvent): boolean {
    const next = event.relatedTarget;
    return next instanceof Node && this.shadowRoot?.contains(next) === true;
  }

  #announceChange(index: number): void {
    const banner = this.#items[index];
    if (banner)
      emit<BannerEventMap, 'pbgdpl-banner-change'>(this, 'pbgdpl-banner-change', { id: banner.id, index });
  }

  #onClick(banner: Banner): void {
    emit<BannerEventMap, 'pbgdpl-banner-click'>(this, 'pbgdpl-banner-click', {
      id: banner.id,
      href: banner.href,
    });
    if (this.noTrack) return;
    track(this.config.api, {
      type: 'click',
      subject: 'banner',
      subjectId: String(banner.id),
      unit: this.config.unit,
    });
    flushTracking(); // the page is about to unload
  }

  /** One impression per banner per page view, counted when it is at least half on screen. */
  #countImpression(): void {
    const banner = this.#items[this.#rotation.index];
    if (!banner || !this.#visible || this.noTrack || this.#seen.has(banner.id)) return;
    this.#seen.add(banner.id);
    track(this.config.api, {
      type: 'impression',
      subject: 'banner',
      subjectId: String(banner.id),
      unit: this.config.unit,
    });
  }
}

defineElement('pbgdpl-banner', PbgdplBanner);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-banner': PbgdplBanner;
  }
  interface HTMLElementEventMap {
    'pbgdpl-banner-click': CustomEvent<BannerEventMap['pbgdpl-banner-click']>;
    'pbgdpl-banner-change': CustomEvent<BannerEventMap['pbgdpl-banner-change']>;
  }
}
