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

/**
 * What every list of the console shows: its error, loading or empty state, or its items as
 * `body` draws them (a table, a grid) followed by the pager.
 */
export function renderListItems<T>(
  list: Pick<ListTable<T>, 't' | 'data' | 'loading' | 'error' | 'empty' | 'goTo'>,
  body: (items: T[]) => TemplateResult,
): TemplateResult {
  const { t, data, loading, error } = list;
  return html`${error ? html`<p class="notice" role="alert">${error}</p>` : nothing}
  ${loading && !data ? html`<p role="status">${t('core:loading')}</p>` : nothing}
  ${data && data.items.length === 0 ? html`<p role="status">${list.empty}</p>` : nothing}
  ${data && data.items.length > 0 ? html`${body(data.items)} ${pager(t, data, list.goTo)}` : nothing}`;
}

/** A list as a table (see `renderListItems`). */
export function renderListTable<T>(list: ListTable<T>): TemplateResult {
  return renderListItems(
    list,
    (items) =>
      html`<table aria-busy=${list.loading ? 'true' : 'false'}>
        <caption>
          ${list.caption(list.data?.total ?? 0)}
        </caption>
        <thead>
          <tr>
            ${list.headers}
          </tr>
        </thead>
        <tbody>
          ${items.map(list.row)}
        </tbody>
      </table>`,
  );
}
