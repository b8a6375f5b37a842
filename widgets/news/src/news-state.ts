import type { ArticleCategory, Audience, LegalField } from '@pbgdpl/contract';
import { ARTICLE_CATEGORIES, AUDIENCES, LEGAL_FIELDS } from '@pbgdpl/contract/values';
import {
  idParam,
  oneOfParam,
  pageParam,
  patternParam,
  textParam,
  UrlCodec,
  type Params,
  type RouteQuery,
} from '@pbgdpl/core';

/** The filters of the list: the category (as tabs), then the ones offered as selects, in order. */
export const FILTERS = ['category', 'unit', 'field', 'audience', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];
/** The filters shown as selects with counts beside the search box. */
export const SELECT_FILTERS = ['unit', 'field', 'audience', 'year'] as const satisfies readonly FilterName[];

interface FilterValues {
  category: ArticleCategory | undefined;
  unit: string | undefined;
  field: LegalField | undefined;
  audience: Audience | undefined;
  year: string | undefined;
}
export type Filters = Partial<FilterValues>;

/** What the reader asked for: words, filters, page and the open article. */
export interface NewsState extends FilterValues {
  q: string;
  page: number;
  article: number | undefined;
}

const FILTER_PARAMS: Params<FilterValues> = {
  category: oneOfParam(ARTICLE_CATEGORIES, 'cat'),
  unit: patternParam(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  field: oneOfParam(LEGAL_FIELDS),
  audience: oneOfParam(AUDIENCES, 'aud'),
  year: patternParam(/^20\d\d$/),
};

/** `tt-q`, `tt-cat`, `tt-unit`, `tt-field`, `tt-aud`, `tt-year`, `tt-page`, `tt-id` for the prefix `tt-`. */
export const newsCodec = new UrlCodec<NewsState>({
  q: textParam(),
  ...FILTER_PARAMS,
  page: pageParam(),
  article: idParam('id'),
});

/** A filter value as the API accepts it (an attribute's value, say); anything else is dropped. */
export function validFilter<N extends FilterName>(name: N, value: string | null | undefined): Filters[N] {
  return FILTER_PARAMS[name].read(value ?? null);
}

/** The `GET /articles` query: presets (attributes) always apply and win over the reader's choice. */
export function articlesQuery(state: NewsState, presets: Filters, pageSize: number): RouteQuery<'articles'> {
  const filters = Object.fromEntries(
    FILTERS.flatMap((name) => {
      const value = presets[name] ?? state[name];
      return value ? [[name, value]] : [];
    }),
  ) as Filters;
  const { year, ...rest } = filters;
  return {
    q: state.q || undefined,
    ...rest,
    year: year ? Number(year) : undefined,
    page: state.page,
    pageSize,
  };
}
