import type { QuestionSort } from '@pbgdpl/contract';
import type { QueryParams } from '@pbgdpl/core';

/** The widget's three views: answered questions, the ask form, the lookup by tracking code. */
export type Tab = 'browse' | 'ask' | 'status';
export const TABS: readonly Tab[] = ['browse', 'ask', 'status'];
export const SORTS: readonly QuestionSort[] = ['newest', 'featured', 'relevance'];

/** What the reader asked for; lives in the host page's address under the widget's prefix. */
export interface BrowseState {
  tab: Tab;
  q: string;
  field: string | undefined;
  unit: string | undefined;
  /** Undefined: the element's `sort` attribute decides. */
  sort: QuestionSort | undefined;
  page: number;
  /** The open question. */
  id: number | undefined;
}

export const emptyState = (): BrowseState => ({
  tab: 'browse',
  q: '',
  field: undefined,
  unit: undefined,
  sort: undefined,
  page: 1,
  id: undefined,
});

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (value: string | null | undefined) => (value && SLUG.test(value) ? value : undefined);
const positive = (value: string | null) =>
  value && /^\d{1,9}$/.test(value) && Number(value) >= 1 ? Number(value) : undefined;

const KEYS = ['tab', 'q', 'field', 'unit', 'sort', 'page', 'id'] as const;

/** Reads this widget's parameters (`hd-q`, `hd-field`, …); anything malformed is dropped. */
export function readState(search: string, prefix: string): BrowseState {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(prefix + key);
  return {
    tab: TABS.find((tab) => tab === get('tab')) ?? 'browse',
    q: (get('q') ?? '').trim().slice(0, 200),
    field: slug(get('field')),
    unit: slug(get('unit')),
    sort: SORTS.find((sort) => sort === get('sort')),
    page: positive(get('page')) ?? 1,
    id: positive(get('id')),
  };
}

/**
 * The page address with this widget's parameters replaced; other parameters keep their
 * spelling and order, and the hash stays.
 */
export function withState(href: string, state: BrowseState, prefix: string): string {
  const url = new URL(href);
  const own = new Set(KEYS.map((key) => prefix + key));
  const kept = [...url.searchParams].filter(([key]) => !own.has(key));
  const values: Record<(typeof KEYS)[number], string | number | undefined> = {
    ...state,
    tab: state.tab === 'browse' ? undefined : state.tab,
    page: state.page > 1 ? state.page : undefined,
  };
  const added = KEYS.filter((key) => values[key]).map((key) => [prefix + key, String(values[key])]);
  url.search = new URLSearchParams([...kept, ...added]).toString();
  return url.href;
}

/** `GET /questions` parameters; a fixed field (attribute) wins over the reader's choice. */
export function apiQuery(
  state: BrowseState,
  presets: { field?: string; unit?: string },
  pageSize: number,
  defaultSort: QuestionSort,
): QueryParams {
  const sort = state.sort ?? (state.q && defaultSort === 'newest' ? 'relevance' : defaultSort);
  return {
    q: state.q || undefined,
    field: presets.field ?? state.field,
    unit: presets.unit ?? state.unit,
    sort,
    page: state.page,
    pageSize,
  };
}
