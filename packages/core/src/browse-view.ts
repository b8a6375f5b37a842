import { css, html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from './format.ts';
import type { Lang, Translate } from './i18n.ts';
import type { ResourceState } from './resource.ts';

/**
 * The pieces every browsing widget shows alike: pages, loading rows, the back button of an
 * inline detail and the detail dialog, with their styles. Texts come from `core:browse.*`.
 */

/** Page numbers to show: the first, the last and two either side of the current one; `0` is a gap. */
export function pageWindow(page: number, pages: number): number[] {
  const shown = new Set([1, pages]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: number[] = [];
  sorted.forEach((p, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && p - previous > 1) out.push(0);
    out.push(p);
  });
  return out;
}

export interface PagerContext {
  t: Translate;
  lang: Lang;
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** What the pages are of, for the navigation's name ("Trang kết quả"). */
  label: string;
}

/** A `<nav>` of page buttons with previous and next; the current page carries `aria-current="page"`. */
export function renderPager({ t, lang, page, pages, onPage, label }: PagerContext) {
  if (pages <= 1) return nothing;
  const current = Math.min(page, pages);
  return html`<nav class="pager" part="pager" aria-label=${label}>
    <ul>
      <li>
        <button
          type="button"
          class="pager-step"
          ?disabled=${current <= 1}
          @click=${() => onPage(current - 1)}
        >
          <span aria-hidden="true">‹</span> ${t('core:browse.previous')}
        </button>
      </li>
      ${pageWindow(current, pages).map((p) =>
        p === 0
          ? html`<li class="gap" aria-hidden="true">…</li>`
          : html`<li>
              <button
                type="button"
                class="pager-page"
                aria-label=${t('core:browse.page', { page: formatNumber(p, lang) })}
                aria-current=${p === current ? 'page' : 'false'}
                @click=${() => onPage(p)}
              >
                ${formatNumber(p, lang)}
              </button>
            </li>`,
      )}
      <li>
        <button
          type="button"
          class="pager-step"
          ?disabled=${current >= pages}
          @click=${() => onPage(current + 1)}
        >
          ${t('core:browse.next')} <span aria-hidden="true">›</span>
        </button>
      </li>
    </ul>
  </nav>`;
}

/** "Tìm thấy 1.234 văn bản": the widget's `results.found` message once a list has settled. */
export function foundText(t: Translate, lang: Lang, state: ResourceState<{ total: number }>): string {
  if (state.status !== 'ready') return '';
  const { total } = state.data;
  return t('results.found', { count: total, total: formatNumber(total, lang) });
}

export interface SkeletonOptions {
  /** Draws a row of another shape (a poster). */
  row?: () => TemplateResult;
  listClass?: string;
  /** Keeps the pager's room too: a list's first page nearly always has more after it. */
  paged?: boolean;
}

/**
 * Placeholder rows while a page loads, as tall as the rows that replace them (each widget sets
 * `--_row-height`), so nothing jumps.
 */
export function renderSkeleton(
  label: string,
  rows: number,
  {
    row = () => html`<li class="skeleton-row shimmer"></li>`,
    listClass = '',
    paged = false,
  }: SkeletonOptions = {},
) {
  return html`<div
    class="skeleton ${paged ? 'paged' : ''}"
    part="state loading"
    role="status"
    aria-busy="true"
  >
    <span class="visually-hidden">${label}</span>
    <ul aria-hidden="true" class=${listClass}>
      ${Array.from({ length: rows }, row)}
    </ul>
  </div>`;
}

/** The button above an inline detail, back to the list. */
export function renderBack(t: Translate, onBack: () => void, label = t('core:browse.back')) {
  return html`<button type="button" class="back" part="back" @click=${onBack}>
    <span aria-hidden="true">←</span> ${label}
  </button>`;
}

export interface DialogContext {
  t: Translate;
  /** The dialog's name ("Chi tiết văn bản"). */
  label: string;
  onClose: () => void;
  onKeydown: (event: KeyboardEvent) => void;
  lang?: Lang;
}

/**
 * The detail as a native modal (top layer, Esc closes it, the page behind is inert); its
 * content exists only while an item is open. The controller opens and closes it.
 */
export function renderDetailDialog({ t, label, onClose, onKeydown, lang }: DialogContext, content: unknown) {
  return html`<dialog
    class="dialog"
    part="dialog"
    aria-label=${label}
    lang=${lang ?? nothing}
    @close=${onClose}
    @keydown=${onKeydown}
  >
    <div class="dialog-bar">
      <button type="button" class="close" part="close" @click=${onClose}>
        <span aria-hidden="true">×</span> ${t('core:browse.close')}
      </button>
    </div>
    <div class="dialog-body">${content}</div>
  </dialog>`;
}

/** Styles of the pieces above; widgets set `--_row-height` and may set `--_dialog-width`. */
export const browseStyles = css`
  /* An item's opener: 24 px tall even on one line (WCAG 2.5.8) */
  [data-item-id] {
    display: inline-block;
    min-height: 24px;
  }
  .back,
  .close,
  .pager button {
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0.375em 1em;
    border: 0.0625em solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary);
    cursor: pointer;
  }
  .back:hover,
  .close:hover,
  .pager button:hover:not(:disabled) {
    background: var(--_color-surface-alt);
  }
  .pager ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 1em 0 0;
    padding: 0;
    list-style: none;
  }
  .pager .pager-page {
    padding-inline: 0.625em;
    border-color: var(--_color-border);
  }
  .pager button[aria-current='page'] {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  .pager button:disabled {
    border-color: var(--_color-border);
    color: var(--_color-muted);
    cursor: default;
  }
  .pager .gap {
    align-self: center;
    color: var(--_color-muted);
  }
  .skeleton ul {
    display: grid;
    gap: 0.75em;
  }
  /* The pager's buttons and the space above them */
  .skeleton.paged {
    padding-block-end: 3.75em;
  }
  .skeleton-row {
    height: var(--_row-height, 6em);
    border-radius: var(--_radius);
  }
  .detail {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .detail > :not(.back) {
    justify-self: stretch;
  }
  .dialog {
    width: min(var(--_dialog-width, 56em), 100% - 1em);
    /* the browser's own limit wastes 2em of a phone */
    max-width: calc(100% - 1em);
    max-height: calc(100% - 2em);
    padding: 0;
    border: 0.0625em solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font-family: var(--_font-family);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding: 0.5em;
    background: var(--_color-surface);
    border-block-end: 0.0625em solid var(--_color-border);
  }
  .dialog-body {
    padding: 0.75em;
  }
  @media (forced-colors: active) {
    .pager button[aria-current='page'] {
      outline: 0.1875em solid CanvasText;
    }
  }
`;
