import { html, nothing } from 'lit';
import { formatNumber, type Lang, type Translate } from '@pbgdpl/core';

export interface PagerContext {
  t: Translate;
  lang: Lang;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

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

/** A `<nav>` of page buttons; the current page carries `aria-current="page"`. */
export function renderPager({ t, lang, page, pages, onPage }: PagerContext) {
  if (pages <= 1) return nothing;
  return html`<nav class="pager" part="pager" aria-label=${t('pager.label')}>
    <ul>
      <li>
        <button type="button" class="pager-step" ?disabled=${page <= 1} @click=${() => onPage(page - 1)}>
          <span aria-hidden="true">‹</span> ${t('pager.previous')}
        </button>
      </li>
      ${pageWindow(page, pages).map((p) =>
        p === 0
          ? html`<li class="gap" aria-hidden="true">…</li>`
          : html`<li>
              <button
                type="button"
                class="pager-page"
                aria-label=${t('pager.page', { page: formatNumber(p, lang) })}
                aria-current=${p === page ? 'page' : 'false'}
                @click=${() => onPage(p)}
              >
                ${formatNumber(p, lang)}
              </button>
            </li>`,
      )}
      <li>
        <button type="button" class="pager-step" ?disabled=${page >= pages} @click=${() => onPage(page + 1)}>
          ${t('pager.next')} <span aria-hidden="true">›</span>
        </button>
      </li>
    </ul>
  </nav>`;
}
