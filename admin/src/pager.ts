import { html, nothing, type TemplateResult } from 'lit';
import type { Page } from '@pbgdpl/contract';
import type { Translate } from '@pbgdpl/core';

/** Previous / next with "Trang 2 / 5", for every list of the console. */
export function pager(
  t: Translate,
  data: Page<unknown>,
  goTo: (page: number) => void,
): TemplateResult | typeof nothing {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  if (pages === 1) return nothing;
  return html`<nav class="pager" aria-label=${t('pager.label')}>
    <button type="button" ?disabled=${data.page <= 1} @click=${() => goTo(data.page - 1)}>
      ${t('pager.previous')}
    </button>
    <span aria-live="polite">${t('pager.position', { page: data.page, pages })}</span>
    <button type="button" ?disabled=${data.page >= pages} @click=${() => goTo(data.page + 1)}>
      ${t('pager.next')}
    </button>
  </nav>`;
}
