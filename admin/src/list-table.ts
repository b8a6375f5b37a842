import { html, nothing, type TemplateResult } from 'lit';
import type { Page } from '@pbgdpl/contract';
import type { Translate } from '@pbgdpl/core';
import { pager } from './pager.ts';

export interface ListTable<T> {
  t: Translate;
  data: Page<T> | undefined;
  /** A request is in flight (the table stays, marked busy, while a new page loads). */
  loading: boolean;
  error: string;
  empty: string;
  caption: (total: number) => string;
  /** The `<th scope="col">` cells. */
  headers: TemplateResult;
  row: (item: T) => TemplateResult;
  goTo: (page: number) => void;
}

/** What every list of the console shows: its error, loading, empty state or table and pager. */
export function renderListTable<T>(list: ListTable<T>): TemplateResult {
  const { t, data, loading, error } = list;
  return html`${error ? html`<p class="notice" role="alert">${error}</p>` : nothing}
  ${loading && !data ? html`<p role="status">${t('core:loading')}</p>` : nothing}
  ${data && data.items.length === 0 ? html`<p role="status">${list.empty}</p>` : nothing}
  ${data && data.items.length > 0
    ? html`<table aria-busy=${loading ? 'true' : 'false'}>
          <caption>
            ${list.caption(data.total)}
          </caption>
          <thead>
            <tr>
              ${list.headers}
            </tr>
          </thead>
          <tbody>
            ${data.items.map(list.row)}
          </tbody>
        </table>
        ${pager(t, data, list.goTo)}`
    : nothing}`;
}
