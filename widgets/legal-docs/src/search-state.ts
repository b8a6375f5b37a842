import type { DocumentSort } from '@pbgdpl/contract';
import type { QueryParams } from '@pbgdpl/core';

/** The filters a reader can choose, in the order the facets are shown. */
export const FACETS = ['type', 'issuer', 'field', 'status', 'year'] as const;
export type FacetName = (typeof FACETS)[number];
export type Filters = Partial<Record<FacetName, string>>;

export const SORTS: readonly DocumentSort[] = ['relevance', 'issued', 'effective'];

/** What the reader asked for: the search, the filters, the page and the open document. */
export interface SearchState {
  q: string;
  filters: Filters;
  /** Undefined: the element's `sort` attribute decides. */
  sort: DocumentSort | undefined;
  page: number;
  doc: number | undefined;
}

export const emptyState = (): SearchState => ({
  q: '',
  filters: {},
  sort: undefined,
  page: 1,
  doc: undefined,
});

const VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR = /^(?:19|20|21)\d\d$/;
const MAX_Q = 200;

/** A filter value as the API accepts it; anything else (a hand-edited URL) is dropped. */
export function validFilter(name: FacetName, value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return (name === 'year' ? YEAR : VALUE).test(value) ? value : undefined;
}

const positive = (value: string | null): number | undefined => {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 ? number : undefined;
};

/** The parameter names one widget owns: `vb-q`, `vb-type`, …, `vb-doc` for prefix `vb-`. */
export function ownKeys(prefix: string): string[] {
  return ['q', ...FACETS, 'sort', 'page', 'doc'].map((key) => prefix + key);
}

/** Reads this widget's parameters from a query string; every other parameter is ignored. */
export function readState(search: string, prefix: string): SearchState {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(prefix + key);
  const filters: Filters = {};
  for (const name of FACETS) {
    const value = validFilter(name, get(name));
    if (value) filters[name] = value;
  }
  const sort = get('sort');
  return {
    q: (get('q') ?? '').trim().slice(0, MAX_Q),
    filters,
    sort: SORTS.find((candidate) => candidate === sort),
    page: positive(get('page')) ?? 1,
    doc: positive(get('doc')),
  };
}

/** This widget's parameters for a state; defaults are left out so URLs stay short. */
export function stateParams(state: SearchState): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  if (state.q) entries.push(['q', state.q]);
  for (const name of FACETS) {
    const value = state.filters[name];
    if (value) entries.push([name, value]);
  }
  if (state.sort) entries.push(['sort', state.sort]);
  if (state.page > 1) entries.push(['page', String(state.page)]);
  if (state.doc) entries.push(['doc', String(state.doc)]);
  return entries;
}

/**
 * The page address with this widget's parameters replaced. Other parameters keep their exact
 * spelling and order, and the hash stays: the query string is edited piece by piece rather
 * than re-serialised.
 */
export function withState(href: string, state: SearchState, prefix: string): string {
  const url = new URL(href);
  const own = new Set(ownKeys(prefix));
  const decodeKey = (piece: string) => {
    const key = piece.split('=')[0] ?? '';
    try {
      return decodeURIComponent(key.replace(/\+/g, ' '));
    } catch {
      return key;
    }
  };
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((piece) => piece !== '' && !own.has(decodeKey(piece)));
  const added = stateParams(state).map(
    ([key, value]) => `${encodeURIComponent(prefix + key)}=${encodeURIComponent(value)}`,
  );
  const search = [...kept, ...added].join('&');
  url.search = '';
  url.hash = '';
  const base = url.href.replace(/[?#]+$/, '');
  return `${base}${search ? `?${search}` : ''}${new URL(href).hash}`;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(stateParams(a)) === JSON.stringify(stateParams(b));
}

/** Preset filters (attributes) always apply and win over the reader's choice. */
export function effectiveFilters(state: SearchState, presets: Filters): Filters {
  const filters: Filters = { ...state.filters };
  for (const name of FACETS) if (presets[name]) filters[name] = presets[name];
  return filters;
}

/** The `GET /documents` query (DocumentQuery) for a state. */
export function apiQuery(
  state: SearchState,
  presets: Filters,
  pageSize: number,
  defaultSort: DocumentSort,
): QueryParams {
  const filters = effectiveFilters(state, presets);
  return {
    q: state.q || undefined,
    type: filters.type,
    issuer: filters.issuer,
    field: filters.field,
    status: filters.status,
    year: filters.year,
    sort: state.sort ?? defaultSort,
    page: state.page,
    pageSize,
  };
}
