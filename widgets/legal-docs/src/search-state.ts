import type { DocumentSort, DocumentStatus, DocumentType, LegalField } from '@pbgdpl/contract';
import { DOCUMENT_SORTS, DOCUMENT_STATUSES, DOCUMENT_TYPES, LEGAL_FIELDS } from '@pbgdpl/contract/values';
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

/** The filters a reader can choose, in the order the facets are shown. */
export const FACETS = ['type', 'issuer', 'field', 'status', 'year'] as const;
export type FacetName = (typeof FACETS)[number];

interface FacetValues {
  type: DocumentType | undefined;
  issuer: string | undefined;
  field: LegalField | undefined;
  status: DocumentStatus | undefined;
  year: string | undefined;
}
export type Filters = Partial<FacetValues>;

/** What the reader asked for: the words, the filters, the order, the page and the open document. */
export interface SearchState extends FacetValues {
  q: string;
  /** Undefined: the element's `sort` attribute decides. */
  sort: DocumentSort | undefined;
  page: number;
  doc: number | undefined;
}

const FACET_PARAMS: Params<FacetValues> = {
  type: oneOfParam(DOCUMENT_TYPES),
  issuer: patternParam(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  field: oneOfParam(LEGAL_FIELDS),
  status: oneOfParam(DOCUMENT_STATUSES),
  year: patternParam(/^(?:19|20|21)\d\d$/),
};

/** `vb-q`, `vb-type`, …, `vb-doc` for the prefix `vb-`; anything malformed reads as unset. */
export const searchCodec = new UrlCodec<SearchState>({
  q: textParam(),
  ...FACET_PARAMS,
  sort: oneOfParam(DOCUMENT_SORTS),
  page: pageParam(),
  doc: idParam(),
});

/** A filter value as the API accepts it (an attribute's value, say); anything else is dropped. */
export function validFilter<N extends FacetName>(name: N, value: string | null | undefined): Filters[N] {
  return FACET_PARAMS[name].read(value ?? null);
}

/** Preset filters (attributes) always apply and win over the reader's choice. */
export function effectiveFilters(state: Filters, presets: Filters): Filters {
  return Object.fromEntries(
    FACETS.flatMap((name) => {
      const value = presets[name] ?? state[name];
      return value ? [[name, value]] : [];
    }),
  );
}

/** The `GET /documents` query (DocumentQuery) for a state. */
export function apiQuery(
  state: SearchState,
  presets: Filters,
  pageSize: number,
  defaultSort: DocumentSort,
): RouteQuery<'documents'> {
  return {
    q: state.q || undefined,
    ...effectiveFilters(state, presets),
    sort: state.sort ?? defaultSort,
    page: state.page,
    pageSize,
  };
}
