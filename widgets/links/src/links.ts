import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { SiteLink } from '@pbgdpl/contract';
import { SITE_LINK_KINDS } from '@pbgdpl/contract/values';
import { defineElement, PbgdplElement, registerLocales } from '@pbgdpl/core';
import { linksStyles } from './links.styles.ts';
import vi from './locales/vi.json';

registerLocales('links', { vi, en: () => import('./locales/en.json') });

type Kind = SiteLink['kind'];

/** The national sources a citizen is sent to, then the province's own pages. */
const GROUPS: Array<{ id: 'national' | 'province'; kinds: readonly Kind[] }> = [
  { id: 'national', kinds: SITE_LINK_KINDS.filter((kind) => kind !== 'other') },
  { id: 'province', kinds: ['other'] },
];

/** One simple glyph per kind, drawn in the link's colour; decorative (the text names the link). */
const ICONS: Record<Kind, ReturnType<typeof svg>> = {
  'national-portal': svg`<path d="M12 2 2 7v2h20V7zm-7 9v7h3v-7zm5 0v7h4v-7zm6 0v7h3v-7zM2 20v2h20v-2z"/>`,
  'legal-database': svg`<path d="M6 2h9l5 5v15H6zm8 1.5V8h4.5zM9 12v1.5h8V12zm0 3v1.5h8V15zm0 3v1.5h5V18z"/>`,
  codification: svg`<path d="M4 3h7v18H4zm9 0h7v18h-7zM6 6v1.5h3V6zm9 0v1.5h3V6z"/>`,
  gazette: svg`<path d="M3 4h15v15a2 2 0 0 0 2 0V7h2v12a3 3 0 0 1-3 3H5a2 2 0 0 1-2-2zm3 3v4h9V7zm0 6v1.5h9V13zm0 3v1.5h9V16z"/>`,
  bookshelf: svg`<path d="M3 3h3v18H3zm4 2h3v16H7zm4-2h3v18h-3zm4.2 2.6 2.9-.8 3.7 14.5-2.9.8z"/>`,
  other: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m6.9 9h-3a15 15 0 0 0-1.3-5.6A8 8 0 0 1 18.9 11M12 4c.9 1.2 1.8 3.5 2 7h-4c.2-3.5 1.1-5.8 2-7M9.4 5.4A15 15 0 0 0 8.1 11h-3a8 8 0 0 1 4.3-5.6M5.1 13h3a15 15 0 0 0 1.3 5.6A8 8 0 0 1 5.1 13m6.9 7c-.9-1.2-1.8-3.5-2-7h4c-.2 3.5-1.1 5.8-2 7m2.6-1.4a15 15 0 0 0 1.3-5.6h3a8 8 0 0 1-4.3 5.6"/>`,
};

/**
 * The links a PBGDPL page owes its readers: the national legal database, Pháp điển, Công báo,
 * the law bookshelf and the national PBGDPL portal, then the province's own pages, as the site
 * settings list them (`GET /site`), grouped under headings.
 *
 * @summary The national legal portals and the province's links, as a list or a grid of tiles.
 * @tag pbgdpl-links
 * @attr layout - `list` (default) or `grid` (tiles with an icon per kind).
 * @attr heading-level - Level of the widget's heading, 2 (default) to 4; the groups' headings are one below.
 * @csspart link - Each link.
 * @fires pbgdpl-load - The links arrived; `detail: { count, stale }`.
 * @fires pbgdpl-error - They could not be read; `detail: { kind, status }`.
 */
export class PbgdplLinks extends PbgdplElement {
  static override styles = [...PbgdplElement.styles, linksStyles];
  protected readonly namespace = 'links';

  @property({ reflect: true }) layout: 'list' | 'grid' = 'list';
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  readonly #site = this.resource(
    'site',
    () => ({}),
    (data) => data.links.length,
  );

  #heading(level: number, id: string, text: string) {
    // Lit cannot bind a tag name: one template per level.
    switch (Math.min(Math.max(level, 2), 5)) {
      case 3:
        return html`<h3 id=${id}>${text}</h3>`;
      case 4:
        return html`<h4 id=${id}>${text}</h4>`;
      case 5:
        return html`<h5 id=${id}>${text}</h5>`;
      default:
        return html`<h2 id=${id}>${text}</h2>`;
    }
  }

  #renderLink(link: SiteLink) {
    return html`<li>
      <a part="link" href=${link.url}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[link.kind]}</svg>
        <span>${link.title} <span class="kind">${this.t(`kinds.${link.kind}`)}</span></span>
      </a>
    </li>`;
  }

  #renderGroups(links: SiteLink[]) {
    const level = Math.min(Math.max(this.headingLevel, 2), 4);
    return GROUPS.map(({ id, kinds }) => {
      const shown = links.filter((link) => kinds.includes(link.kind));
      if (shown.length === 0) return nothing;
      return html`<section aria-labelledby=${`links-${id}`}>
        ${this.#heading(level + 1, `links-${id}`, this.t(`groups.${id}`))}
        <ul>
          ${shown.map((link) => this.#renderLink(link))}
        </ul>
      </section>`;
    });
  }

  protected override render() {
    const { t } = this;
    return html`<nav
      aria-labelledby="links-title"
      class=${this.#site.state.status === 'loading' ? 'loading' : ''}
    >
      ${this.#heading(this.headingLevel, 'links-title', t('title'))}
      ${this.renderResource(
        this.#site,
        (data) => data.links.length,
        (data) => html`${this.#renderGroups(data.links)}`,
        t('empty'),
      )}
    </nav>`;
  }
}

defineElement('pbgdpl-links', PbgdplLinks);

declare global {
  interface HTMLElementTagNameMap {
    'pbgdpl-links': PbgdplLinks;
  }
}
